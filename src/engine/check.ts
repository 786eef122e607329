// The engine's front door: file contents in, report out. No I/O, no clock: the adapters read
// the files and pass today's date.
import { BUILTIN_CATALOG_PATH, BUILTIN_CATALOG_YAML } from './catalog/builtin.js';
import { type Catalog, buildCatalog } from './catalog/catalog.js';
import { buildCommands } from './commands.js';
import { computeDownloads } from './downloads.js';
import { type Finding, findingAt } from './findings.js';
import { loadApps, loadClusters, loadPackages, loadPlan } from './inventory/load.js';
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
import { checkMinioSpace } from './rules/platform.js';
import { type Simulation, simulate } from './simulate.js';
import { NoRouteError, planYaml, suggestPlan } from './suggest.js';
import { parseVersion } from './versions.js';
import { MAX_FILE_BYTES, type ParsedYaml, parseYaml } from './yaml.js';

/** One inventory file as the adapter found it. */
export type FileInput = { path: string } & (
  | { text: string }
  | { bytes: Uint8Array }
  | { missing: true }
  /** Not read: the adapter saw its size was over the limit. */
  | { size: number }
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
}

/** Everything the engine learnt from an inventory; the report is one view of it. */
export interface Analysis {
  findings: Finding[];
  catalog: Catalog;
  clusters?: Clusters;
  apps?: Apps;
  plan?: PlanSpec;
  packages?: PackageSpec[];
  simulation?: Simulation;
}

export function check(files: InventoryInput, options: CheckOptions): Report {
  const analysis = analyze(files);
  return reportOf(analysis, options);
}

/** Parses, validates and simulates; findings for everything wrong, never an exception for input. */
export function analyze(files: InventoryInput): Analysis {
  const findings: Finding[] = [];
  const read = (input: FileInput | undefined, required: boolean): ParsedYaml | undefined => {
    if (!input) return undefined;
    const text = readText(input, required, findings);
    if (text === undefined) return undefined;
    const { parsed, findings: problems } = parseYaml(input.path, text);
    findings.push(...problems);
    return parsed ?? undefined;
  };

  const catalogFile = read(files.catalog, false);
  const { catalog, findings: catalogFindings } = buildCatalog(builtinCatalog(), catalogFile);
  findings.push(...catalogFindings);

  const analysis: Analysis = { findings, catalog };
  const clustersFile = read(files.clusters, true);
  const appsFile = read(files.apps, true);
  const planFile = read(files.plan, true);
  const packagesFile = read(files.packages, false);

  const take = <T>(loaded: { value: T | undefined; findings: Finding[] }): T | undefined => {
    findings.push(...loaded.findings);
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
    findings.push(
      ...analysis.simulation.findings,
      ...checkMinioSpace(catalog, analysis.simulation.moves),
    );
  }
  return analysis;
}

export function reportOf(analysis: Analysis, options: CheckOptions): Report {
  const { catalog, clusters, apps, plan, packages, simulation } = analysis;
  const findings = [...analysis.findings];
  const moves = simulation?.moves ?? [];
  const downloads =
    apps && packages ? computeDownloads({ catalog, apps, packages, clusters, plan, moves }) : [];
  findings.push(...checkPackages(downloads, plan?.target.text));

  const inputBroken = findings.some((f) => f.rule.startsWith('input/') && f.severity === 'error');
  const commands = clusters && !inputBroken ? buildCommands(clusters, downloads, moves) : [];
  const all = sortFindings(applyWaivers(findings, plan?.waivers ?? [], options.today));
  const summary = summarize(all);
  const failOn = options.failOn ?? 'error';
  const report: Report = {
    schemaVersion: 1,
    mode: 'check',
    inventory: options.inventory,
    verdict: verdictOf(summary, failOn),
    failOn,
    target: plan?.target.text ?? null,
    summary,
    findings: all,
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

/** The suggested plan's text, only when it passes the path/* and order/* rules itself. */
/** `suggest --target`: the plan, or why there is none. */
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
  const target = parseVersion(targetText);
  if (!target) return { error: `--target "${targetText}" is not a version (e.g. 4.3.0)` };
  if (!catalog.release(target))
    return { error: `--target ${target.text} is not a release the catalog knows` };
  try {
    const plan = suggestPlan(catalog, clusters, target);
    return { plan: planYaml(plan, [`Suggested by acp-upgrade-check for target ${target.text}.`]) };
  } catch (error) {
    if (error instanceof NoRouteError) return { error: error.message };
    throw error;
  }
}

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
  const { parsed } = parseYaml('suggested plan.yaml', text);
  const suggested = parsed && loadPlan(parsed, catalog, clusters).value;
  if (!suggested) return undefined;
  const check = simulate(catalog, clusters, suggested);
  return check.findings.some((f) => f.severity === 'error') ? undefined : text;
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
          `${input.path} does not exist; ${MISSING_HINT[baseName(input.path)] ?? 'create it'}`,
          input.path,
          1,
          1,
        ),
      );
    }
    return undefined;
  }
  if ('size' in input || ('bytes' in input && input.bytes.length > MAX_FILE_BYTES)) {
    const size = 'size' in input ? input.size : (input as { bytes: Uint8Array }).bytes.length;
    findings.push(
      findingAt(
        'input/yaml-syntax',
        `${input.path} is ${(size / 1048576).toFixed(1)} MiB, over the ${MAX_FILE_BYTES / 1048576} MiB limit for an inventory file; it was not read`,
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

const MISSING_HINT: Record<string, string> = {
  'apps.yaml': 'export it with `violet list --output-file apps.yaml` against the platform',
  'clusters.yaml': 'list every cluster with its version and Kubernetes there',
  'plan.yaml':
    'write the target and steps there, or start from `acp-upgrade-check suggest --target VERSION`',
};

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Where the first byte that is not UTF-8 sits, for the finding. */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const length =
      b < 0x80
        ? 1
        : b >= 0xc2 && b < 0xe0
          ? 2
          : b >= 0xe0 && b < 0xf0
            ? 3
            : b >= 0xf0 && b < 0xf5
              ? 4
              : 0;
    if (length === 0) return { line, column };
    for (let k = 1; k < length; k++) {
      if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return { line, column };
    }
    if (b === 0x0a) {
      line++;
      column = 1;
    } else {
      column++;
    }
    i += length;
  }
  return { line, column };
}

let builtin: ParsedYaml | undefined;
function builtinCatalog(): ParsedYaml {
  if (!builtin) {
    const { parsed, findings } = parseYaml(BUILTIN_CATALOG_PATH, BUILTIN_CATALOG_YAML);
    if (!parsed) throw new Error(`the built-in catalog is not valid YAML: ${findings[0]?.message}`);
    builtin = parsed;
  }
  return builtin;
}
