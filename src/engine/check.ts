// The engine's front door: file contents in, report out. No I/O, no clock: the adapters read
// the files and pass today's date.
import { BUILTIN_CATALOG } from './catalog/builtin.js';
import {
  type Catalog,
  type CatalogChanges,
  type OverridePolicy,
  buildCatalog,
} from './catalog/catalog.js';
import { buildCommands } from './commands.js';
import { computeDownloads } from './downloads.js';
import { type Finding, capFindings, findingAt } from './findings.js';
import { loadApps, loadClusters, loadPackages, loadPlan } from './inventory/load.js';
import { append } from './inventory/validate.js';
import type { Apps, Clusters, PackageSpec, PlanSpec } from './inventory/model.js';
import {
  type FailOn,
  type Report,
  applyWaivers,
  downloadReport,
  sortFindings,
  summarize,
  verdictOf,
} from './report.js';
import { checkPackages } from './rules/packages.js';
import { checkOtherPrerequisites } from './rules/path.js';
import { checkMinioSpace } from './rules/platform.js';
import { type Simulation, simulate } from './simulate.js';
import { NoRouteError, planYaml, suggestPlan } from './suggest.js';
import { compareVersions, exactVersion, parseVersion } from './versions.js';
import { MAX_FILE_BYTES, type ParsedYaml, parseYaml, tooLargeMessage } from './yaml.js';

/** One inventory file as the adapter found it. */
export type FileInput = { path: string } & (
  | { text: string }
  | { bytes: Uint8Array }
  | { missing: true }
  /** Not read: the adapter saw its size was over the limit. */
  | { size: number }
  /** Not read: the adapter would not read it, for this reason (a link out of the repository). */
  | { refused: string }
);

export interface InventoryInput {
  apps: FileInput;
  clusters: FileInput;
  /** Required for a check; drift mode leaves it out. */
  plan?: FileInput;
  packages?: FileInput;
  catalog?: FileInput;
}

export interface CheckOptions {
  /** The inventory folder as the user named it (for the report and the comment marker). */
  inventory: string;
  /** YYYY-MM-DD, for waiver expiry. */
  today: string;
  failOn?: FailOn;
  /** What a catalog.yaml entry that replaces a built-in one is (catalog/override). */
  catalogOverrides?: OverridePolicy;
}

/** Everything the engine learnt from an inventory; the report is one view of it. */
export interface Analysis {
  findings: Finding[];
  catalog: Catalog;
  /** What catalog.yaml added to or replaced in the built-in catalog. */
  catalogChanges: CatalogChanges;
  clusters?: Clusters;
  apps?: Apps;
  plan?: PlanSpec;
  packages?: PackageSpec[];
  simulation?: Simulation;
}

export function check(files: InventoryInput, options: CheckOptions): Report {
  const analysis = analyze(files, options.catalogOverrides);
  return reportOf(analysis, options);
}

/** Parses, validates and simulates; findings for everything wrong, never an exception for input. */
export function analyze(files: InventoryInput, catalogOverrides?: OverridePolicy): Analysis {
  const findings: Finding[] = [];
  const read = (input: FileInput | undefined, required: boolean): ParsedYaml | undefined => {
    if (!input) return undefined;
    const text = readText(input, required, findings);
    if (text === undefined) return undefined;
    const { parsed, findings: problems } = parseYaml(input.path, text);
    append(findings, problems);
    return parsed ?? undefined;
  };

  const catalogFile = read(files.catalog, false);
  const built = buildCatalog(BUILTIN_CATALOG, catalogFile, catalogOverrides);
  append(findings, built.findings);
  const { catalog } = built;

  const analysis: Analysis = { findings, catalog, catalogChanges: built.changes };
  const clustersFile = read(files.clusters, true);
  const appsFile = read(files.apps, true);
  const planFile = read(files.plan, true);
  const packagesFile = read(files.packages, false);

  const take = <T>(loaded: { value: T | undefined; findings: Finding[] }): T | undefined => {
    append(findings, loaded.findings);
    return loaded.value;
  };
  if (clustersFile) analysis.clusters = take(loadClusters(clustersFile, catalog));
  if (appsFile) analysis.apps = take(loadApps(appsFile, analysis.clusters));
  if (planFile) analysis.plan = take(loadPlan(planFile, catalog, analysis.clusters));
  // No packages.yaml means nothing is downloaded yet; one that does not load leaves it unknown.
  if (packagesFile) analysis.packages = take(loadPackages(packagesFile));
  else if (!files.packages || 'missing' in files.packages) analysis.packages = [];

  if (analysis.clusters && analysis.plan) {
    analysis.simulation = simulate(catalog, analysis.clusters, analysis.plan);
    append(findings, analysis.simulation.findings);
    append(findings, checkMinioSpace(catalog, analysis.simulation.moves));
    append(findings, checkOtherPrerequisites(analysis.simulation.moves, analysis.apps));
  }
  return analysis;
}

export function reportOf(analysis: Analysis, options: CheckOptions): Report {
  const { catalog, clusters, apps, plan, packages, simulation } = analysis;
  const findings = [...analysis.findings];
  const moves = simulation?.moves ?? [];
  const downloads =
    apps && packages ? computeDownloads({ catalog, apps, packages, clusters, plan, moves }) : [];
  append(findings, checkPackages(downloads, plan?.target.text));

  const inputBroken = findings.some((f) => f.rule.startsWith('input/') && f.severity === 'error');
  const commands = clusters && !inputBroken ? buildCommands(clusters, downloads, moves) : [];
  const waived = applyWaivers(capFindings(findings), plan?.waivers ?? [], options.today);
  const all = sortFindings(waived.findings);
  const summary = summarize(all);
  const failOn = options.failOn ?? 'error';
  const report: Report = {
    schemaVersion: 1,
    mode: 'check',
    inventory: options.inventory,
    verdict: verdictOf(summary, failOn),
    failOn,
    target: plan?.target.text ?? null,
    catalog: catalogReport(analysis),
    summary,
    findings: all,
    waivers: waived.waivers,
    timeline: simulation?.timeline ?? [],
    downloads: downloads.map(downloadReport),
    commands,
  };
  const needsRoute = all.some(
    (f) => !f.waived && f.severity === 'error' && /^(path|order)\//.test(f.rule),
  );
  if (needsRoute && clusters && plan) {
    const suggestion = verifiedSuggestion(catalog, clusters, plan);
    if (suggestion) report.suggestedPlan = suggestion;
  }
  return report;
}

/** The catalog the plan was judged by: the built-in version, and what catalog.yaml changed. */
export function catalogReport(analysis: Analysis): Report['catalog'] {
  const { added, overrides } = analysis.catalogChanges;
  return {
    version: analysis.catalog.version,
    changed: added.length > 0 || overrides.length > 0,
    added,
    overrides: overrides.map((o) => {
      const { line, column } = o.at.file.position(o.at.offset);
      return {
        entry: o.entry,
        builtin: o.builtin,
        user: o.user,
        file: o.at.file.path,
        line,
        column,
      };
    }),
  };
}

/**
 * `suggest --target`: a plan that passes the check, or why there is none. The suggestion is
 * checked like any plan before it is offered: a route that would fail is not printed.
 */
export function verifiedSuggestionFor(
  analysis: Analysis,
  targetText: string,
): { plan: string } | { error: string } {
  const { catalog, clusters } = analysis;
  if (!clusters) {
    const problem = analysis.findings.find((f) => f.severity === 'error');
    return {
      error: `clusters.yaml must load first${problem ? `: ${problem.file}:${problem.line}: ${problem.message}` : ''}`,
    };
  }
  const written = parseVersion(targetText);
  if (!written) return { error: `--target "${targetText}" is not a version (e.g. 4.3.0)` };
  const target = exactVersion(written);
  if (!catalog.release(target))
    return { error: `--target ${target.text} is not a release the catalog knows` };
  const global = clusters.global;
  if (compareVersions(target, global.version) < 0) {
    return {
      error: `--target ${target.text} is below the global cluster ${global.name}'s ${global.version.text}; ACP upgrades only go up`,
    };
  }
  let text: string;
  try {
    const plan = suggestPlan(catalog, clusters, target);
    text = planYaml(plan, [`Suggested by acp-upgrade-check for target ${target.text}.`]);
  } catch (error) {
    if (error instanceof NoRouteError) return { error: error.message };
    throw error;
  }
  const problem = planProblem(catalog, clusters, text);
  if (problem) {
    return {
      error: `no plan to ${target.text} was found that passes the check: the route found breaks ${problem.rule} (${problem.message}); write the plan by hand`,
    };
  }
  return { plan: text };
}

/** The suggested plan's text, only when it passes the path/* and order/* rules itself. */
export function verifiedSuggestion(
  catalog: Catalog,
  clusters: Clusters,
  plan: PlanSpec,
): string | undefined {
  let text: string;
  try {
    text = planYaml(suggestPlan(catalog, clusters, plan.target));
  } catch (error) {
    if (error instanceof NoRouteError) return undefined;
    throw error;
  }
  return planProblem(catalog, clusters, text) ? undefined : text;
}

/** The first error a plan's text gets from loading and simulation, if any. */
function planProblem(catalog: Catalog, clusters: Clusters, text: string): Finding | undefined {
  const { parsed, findings } = parseYaml('suggested plan.yaml', text);
  const loaded = parsed ? loadPlan(parsed, catalog, clusters) : undefined;
  if (!loaded?.value) {
    const problems = [...findings, ...(loaded?.findings ?? [])];
    return (
      problems.find((f) => f.severity === 'error') ??
      findingAt('input/schema', 'the plan does not load', 'suggested plan.yaml', 1, 1)
    );
  }
  return simulate(catalog, clusters, loaded.value).findings.find((f) => f.severity === 'error');
}

/** The file's text, or undefined with a finding when it is missing, too large or not UTF-8. */
export function readText(
  input: FileInput,
  required: boolean,
  findings: Finding[],
): string | undefined {
  if ('missing' in input) {
    if (required) {
      findings.push(
        findingAt(
          'input/missing-file',
          `${input.path} does not exist; ${MISSING_HINT.get(baseName(input.path)) ?? 'create it'}`,
          input.path,
          1,
          1,
        ),
      );
    }
    return undefined;
  }
  if ('refused' in input) {
    findings.push(
      findingAt(
        'input/schema',
        `${input.path} was not read: ${input.refused}; commit the file itself`,
        input.path,
        1,
        1,
      ),
    );
    return undefined;
  }
  if ('size' in input || ('bytes' in input && input.bytes.length > MAX_FILE_BYTES)) {
    const size = 'size' in input ? input.size : (input as { bytes: Uint8Array }).bytes.length;
    findings.push(
      findingAt(
        'input/yaml-syntax',
        tooLargeMessage(
          input.path,
          size,
          'it was not read; split it or remove what the check does not need',
        ),
        input.path,
        1,
        1,
      ),
    );
    return undefined;
  }
  if ('text' in input) return input.text;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input.bytes);
  } catch {
    const { line, column } = firstInvalidUtf8(input.bytes);
    findings.push(
      findingAt(
        'input/yaml-syntax',
        `${input.path} is not UTF-8 text (invalid byte on line ${line}); save it as UTF-8`,
        input.path,
        line,
        column,
      ),
    );
    return undefined;
  }
}

const MISSING_HINT = new Map([
  ['apps.yaml', 'export it with `violet list --output-file apps.yaml` against the platform'],
  ['clusters.yaml', 'list every cluster with its version and Kubernetes there'],
  [
    'plan.yaml',
    'write the target and steps there, or start from `acp-upgrade-check suggest --target VERSION`',
  ],
]);

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * Where the first byte that is not UTF-8 sits, for the finding: the well-formed sequences of
 * Unicode's table 3-7 (no overlong forms, no surrogates, nothing above U+10FFFF). The column
 * counts UTF-16 code units, as the columns of all other findings do.
 */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
  let line = 1;
  let column = 1;
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = utf8SequenceLength(bytes, i);
    if (length === 0) return { line, column };
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      column = 1;
    } else if (b !== 0x0d) {
      column += length === 4 ? 2 : 1;
    }
    i += length;
  }
  return { line, column };
}

/** The length of the well-formed UTF-8 sequence at `i`, or 0 when there is none. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const inRange = (k: number, lo = 0x80, hi = 0xbf) => {
    const c = bytes[i + k];
    return c !== undefined && c >= lo && c <= hi;
  };
  if (b >= 0xc2 && b <= 0xdf) return inRange(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const second = b === 0xe0 ? inRange(1, 0xa0) : b === 0xed ? inRange(1, 0x80, 0x9f) : inRange(1);
    return second && inRange(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const second = b === 0xf0 ? inRange(1, 0x90) : b === 0xf4 ? inRange(1, 0x80, 0x8f) : inRange(1);
    return second && inRange(2) && inRange(3) ? 4 : 0;
  }
  return 0;
}
