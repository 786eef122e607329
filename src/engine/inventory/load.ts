// Turns parsed inventory files into the model: schema first (validate.ts), then what a schema
// cannot say: versions read from their source text, roles, duplicates, names another file uses.
import { z } from 'zod';
import type { Catalog } from '../catalog/catalog.js';
import { UNSAFE_CHARACTER } from '../characters.js';
import { type Finding, type RuleId, finding } from '../findings.js';
import { RULES, isRuleId } from '../rules/registry.js';
import { type Version, exactVersion, parseVersion } from '../versions.js';
import {
  type ParsedYaml,
  type YMap,
  type YNode,
  nodeAt,
  scalarText,
  scalarVersion,
} from '../yaml.js';
import type {
  AppPackageSpec,
  ApplicationSpec,
  Apps,
  ClusterSpec,
  Clusters,
  Loc,
  NodeSpec,
  PackageSpec,
  PlanSpec,
  StepSpec,
  WaiverSpec,
} from './model.js';
import {
  ApplicationPackage,
  AppsFile,
  ClustersFile,
  CorePackage,
  type NodeInput,
  PackagesFile,
  PlanFile,
} from './schemas.js';
import { suggest } from '../../did-you-mean.js';
import { append, validate } from './validate.js';

const PackagesFileOutline = PackagesFile.extend({ packages: z.array(z.unknown()) });

export interface Loaded<T> {
  value: T | undefined;
  findings: Finding[];
}

/** Unknown names that get a "did you mean" hint, per file. */
const MAX_HINTED = 200;

const UNSAFE = new RegExp(UNSAFE_CHARACTER);

/** Reads values out of one parsed file, collecting findings as it goes. */
class Reader {
  readonly findings: Finding[] = [];

  constructor(readonly parsed: ParsedYaml) {}

  node(path: readonly PropertyKey[]): YNode {
    return nodeAt(this.parsed.root!, path).node;
  }

  loc(path: readonly PropertyKey[]): Loc {
    return { file: this.parsed.file, offset: this.node(path).start };
  }

  keyLoc(path: readonly PropertyKey[]): Loc {
    const { node, keyStart } = nodeAt(this.parsed.root!, path);
    return { file: this.parsed.file, offset: keyStart ?? node.start };
  }

  report(
    rule: RuleId,
    message: string,
    at: Loc,
    details: Parameters<typeof finding>[4] = {},
  ): void {
    this.findings.push(finding(rule, message, at.file, at.offset, details));
  }

  /** A version from the scalar's source text, so `1.30` stays 1.30. */
  version(path: readonly PropertyKey[], what: string): Version | undefined {
    const node = this.node(path);
    const version = scalarVersion(node);
    if (!version) {
      this.report(
        'input/schema',
        `${what} "${scalarText(node)}" is not a version; write MAJOR.MINOR or MAJOR.MINOR.PATCH, e.g. 4.3.0 or "1.31"`,
        this.loc(path),
      );
    }
    return version ?? undefined;
  }

  /**
   * The text as written of a value the engine uses as it is (a package's version, an installed
   * version, a kernel release): the text that reaches the report and the runbook is the one
   * checked to be one line (the schemas check the parsed value; this is the text actually used).
   */
  oneLine(text: string, what: string, at: Loc): boolean {
    if (!UNSAFE.test(text)) return true;
    this.report(
      'input/schema',
      `${what} must not contain control characters, line breaks or direction overrides`,
      at,
    );
    return false;
  }

  /** A Distribution Version the catalog must know. */
  release(path: readonly PropertyKey[], what: string, catalog: Catalog): Version | undefined {
    const version = this.version(path, what);
    if (version && !catalog.release(version)) {
      const known = [...catalog.releases.keys()].join(', ');
      this.report(
        'input/unknown-version',
        `${what} ${version.text} is not a release the catalog knows (${known}); fix the version, or describe the release in catalog.yaml`,
        this.loc(path),
      );
      return undefined;
    }
    return version;
  }

  private readonly hints = new Map<string, string | undefined>();
  private clusterNames: string[] | undefined;

  /**
   * "Did you mean" for an unknown cluster name. Each comparison costs an edit distance against
   * every cluster, so a file naming thousands of unknown clusters gets hints for the first
   * MAX_HINTED names only, and each name is compared once.
   */
  clusterHint(name: string, clusters: Clusters): string | undefined {
    if (this.hints.has(name)) return this.hints.get(name);
    if (this.hints.size >= MAX_HINTED) return undefined;
    this.clusterNames ??= [...clusters.byName.keys()];
    const hint = suggest(name, this.clusterNames);
    this.hints.set(name, hint);
    return hint;
  }

  empty(what: string): Loaded<never> {
    this.report('input/schema', `${this.parsed.file.path} is empty; it must hold ${what}`, {
      file: this.parsed.file,
      offset: 0,
    });
    return { value: undefined, findings: this.findings };
  }
}

// --- clusters.yaml ----------------------------------------------------------------------------

export function loadClusters(parsed: ParsedYaml, catalog: Catalog): Loaded<Clusters> {
  const r = new Reader(parsed);
  if (!parsed.root) return r.empty('a "clusters:" list');
  const { value, findings } = validate(ClustersFile, parsed, parsed.root);
  if (!value) return { value: undefined, findings };

  const list: ClusterSpec[] = [];
  const byName = new Map<string, ClusterSpec>();
  value.clusters.forEach((input, i) => {
    const path = ['clusters', i];
    const at = r.loc([...path, 'name']);
    const version = r.release([...path, 'version'], `${input.name}'s version`, catalog);
    const kubernetes = r.version([...path, 'kubernetes'], `${input.name}'s kubernetes`);
    if (byName.has(input.name)) {
      const first = byName.get(input.name)!;
      r.report(
        'input/duplicate',
        `the cluster "${input.name}" is listed twice (first on line ${first.at.file.position(first.at.offset).line}); keep one entry`,
        at,
        { cluster: input.name },
      );
      return;
    }
    if (input.platformAddress) checkAddress(r, input.platformAddress, [...path, 'platformAddress']);
    if (!version || !kubernetes) return;
    const cluster: ClusterSpec = {
      name: input.name,
      role: input.role ?? (input.name === 'global' ? 'global' : 'workload'),
      version,
      kubernetes,
      infrastructure: input.infrastructure ?? 'traditional',
      index: i,
      at,
      versionAt: r.loc([...path, 'version']),
      kubernetesAt: r.loc([...path, 'kubernetes']),
    };
    if (input.minioFreeGB !== undefined) {
      cluster.minioFreeGB = input.minioFreeGB;
      cluster.minioAt = r.loc([...path, 'minioFreeGB']);
    }
    if (input.platformAddress) cluster.platformAddress = input.platformAddress;
    if (input.registry) cluster.registry = input.registry;
    if (input.nodes) cluster.nodes = loadNodes(r, input.nodes, [...path, 'nodes']);
    list.push(cluster);
    byName.set(cluster.name, cluster);
  });
  if (value.platformAddress) checkAddress(r, value.platformAddress, ['platformAddress']);

  const globals = list.filter((c) => c.role === 'global');
  const standbys = list.filter((c) => c.role === 'standby');
  for (const [extra, what] of [
    [globals.slice(1), 'global'],
    [standbys.slice(1), 'standby'],
  ] as const) {
    for (const cluster of extra) {
      r.report(
        'input/duplicate',
        `"${cluster.name}" is a second ${what} cluster; a platform has exactly one global${what === 'standby' ? ' and at most one DR standby' : ''}`,
        cluster.at,
        { cluster: cluster.name },
      );
    }
  }
  const global = globals[0];
  if (!global) {
    r.report(
      'input/schema',
      'no cluster has role global; mark the global cluster with "role: global" (or name it "global")',
      r.keyLoc(['clusters']),
    );
  }
  append(findings, r.findings);
  if (!global || findings.some((f) => f.severity === 'error'))
    return { value: undefined, findings };
  const clusters: Clusters = { list, byName, global };
  if (standbys[0]) clusters.standby = standbys[0];
  if (value.platformAddress) clusters.platformAddress = value.platformAddress;
  if (value.externalRegistry !== undefined) clusters.externalRegistry = value.externalRegistry;
  return { value: clusters, findings };
}

/** A cluster's nodes: the kernel read from its source text, its MAJOR.MINOR required. */
function loadNodes(r: Reader, nodes: NodeInput[], path: PropertyKey[]): NodeSpec[] {
  const out: NodeSpec[] = [];
  nodes.forEach((node, i) => {
    const at = [...path, i];
    const kernelNode = r.node([...at, 'kernel']);
    const kernel = kernelNode.kind === 'scalar' ? kernelNode.source : String(node.kernel);
    if (!r.oneLine(kernel, `node ${node.name}'s kernel`, r.loc([...at, 'kernel']))) return;
    const release = /^(\d+)\.(\d+)(?![\d])/.exec(kernel);
    const kernelVersion = release ? parseVersion(`${release[1]}.${release[2]}`) : null;
    if (!kernelVersion) {
      r.report(
        'input/schema',
        `node ${node.name}'s kernel "${kernel}" is not a kernel release; write what \`uname -r\` prints on the node, e.g. 5.14.0-427.13.1.el9_4.x86_64`,
        r.loc([...at, 'kernel']),
      );
      return;
    }
    out.push({
      name: node.name,
      kernel,
      kernelVersion,
      cgroup: node.cgroup,
      at: r.loc([...at, 'name']),
      kernelAt: r.loc([...at, 'kernel']),
      cgroupAt: r.loc([...at, 'cgroup']),
    });
  });
  return out;
}

/** violet takes IPv4 literals only. */
function checkAddress(r: Reader, address: string, path: PropertyKey[]): void {
  if (/^(https?:\/\/)?\[/.test(address)) {
    r.report(
      'input/schema',
      `"${address}" is an IPv6 literal; violet does not support IPv6 platform addresses, use a host name or IPv4 address`,
      r.loc(path),
    );
  }
}

// --- plan.yaml --------------------------------------------------------------------------------

export function loadPlan(
  parsed: ParsedYaml,
  catalog: Catalog,
  clusters: Clusters | undefined,
): Loaded<PlanSpec> {
  const r = new Reader(parsed);
  if (!parsed.root) return r.empty('"target:" and "steps:"');
  const { value, findings } = validate(PlanFile, parsed, parsed.root);
  if (!value) return { value: undefined, findings };

  const target = exact(r.release(['target'], 'the target', catalog));
  const steps: StepSpec[] = [];
  value.steps.forEach((input, i) => {
    const path = ['steps', i];
    const at = r.loc(path);
    const index = i + 1;
    if ((input.cluster === undefined) === (input.clusters === undefined)) {
      r.report(
        'input/schema',
        `step ${index} must name its cluster with either "cluster: NAME" or "clusters: [A, B]"`,
        at,
        { step: index },
      );
      return;
    }
    if (input.to === undefined && input.kubernetes === undefined) {
      r.report(
        'input/schema',
        `step ${index} says neither "to" (a Distribution Version) nor "kubernetes" (a Kubernetes-only step)`,
        at,
        { step: index },
      );
      return;
    }
    const names =
      input.cluster !== undefined
        ? [{ name: input.cluster, at: r.loc([...path, 'cluster']) }]
        : input.clusters!.map((name, j) => ({ name, at: r.loc([...path, 'clusters', j]) }));
    const seen = new Set<string>();
    const stepClusters: StepSpec['clusters'] = [];
    for (const entry of names) {
      if (seen.has(entry.name)) {
        r.report('input/duplicate', `step ${index} names "${entry.name}" twice`, entry.at, {
          cluster: entry.name,
          step: index,
        });
        continue;
      }
      seen.add(entry.name);
      if (clusters && !clusters.byName.has(entry.name)) {
        reportUnknownCluster(r, entry.name, entry.at, clusters, { step: index });
        continue;
      }
      stepClusters.push(entry);
    }
    const step: StepSpec = { index, clusters: stepClusters, at };
    if (input.to !== undefined) {
      const version = exact(r.release([...path, 'to'], `step ${index}'s "to"`, catalog));
      if (!version) return;
      step.to = { version, at: r.loc([...path, 'to']) };
    }
    if (input.kubernetes !== undefined) {
      const version = r.version([...path, 'kubernetes'], `step ${index}'s "kubernetes"`);
      if (!version) return;
      step.kubernetes = { version, at: r.loc([...path, 'kubernetes']) };
    }
    steps.push(step);
  });

  const waivers: WaiverSpec[] = [];
  value.waivers?.forEach((input, i) => {
    const path = ['waivers', i];
    if (!isRuleId(input.rule)) {
      const hint = suggest(
        input.rule,
        RULES.map((r) => r.id),
      );
      r.report(
        'input/schema',
        `waiver ${i + 1} names the rule "${input.rule}", which does not exist${hint ? `; did you mean "${hint}"?` : ''}`,
        r.loc([...path, 'rule']),
      );
      return;
    }
    // `expires: 2027-01-31` is text to YAML's core schema; a number or a version is not a date.
    const expiresNode = r.node([...path, 'expires']);
    const expires = expiresNode.kind === 'scalar' ? expiresNode.source : '';
    if (!isIsoDate(expires)) {
      r.report(
        'input/schema',
        `waiver ${i + 1} expires "${expires}"; write the date as YYYY-MM-DD`,
        r.loc([...path, 'expires']),
      );
      return;
    }
    const waiver: WaiverSpec = {
      rule: input.rule,
      reason: input.reason,
      owner: input.owner,
      expires,
      at: r.loc(path),
    };
    if (input.cluster !== undefined) waiver.cluster = input.cluster;
    if (input.package !== undefined) waiver.package = input.package;
    waivers.push(waiver);
  });

  append(findings, r.findings);
  if (!target || findings.some((f) => f.severity === 'error'))
    return { value: undefined, findings };
  return { value: { target, targetAt: r.loc(['target']), steps, waivers }, findings };
}

/** The Distribution Version a step or the plan goes to is an exact version. */
function exact(version: Version | undefined): Version | undefined {
  return version && exactVersion(version);
}

function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

function reportUnknownCluster(
  r: Reader,
  name: string,
  at: Loc,
  clusters: Clusters,
  details: { step?: number } = {},
): void {
  const hint = r.clusterHint(name, clusters);
  r.report(
    'input/unknown-cluster',
    `"${name}" is not a cluster in clusters.yaml${hint ? `; did you mean "${hint}"?` : '; add it there or fix the name'}`,
    at,
    { cluster: name, ...details },
  );
}

// --- apps.yaml --------------------------------------------------------------------------------

export function loadApps(parsed: ParsedYaml, clusters: Clusters | undefined): Loaded<Apps> {
  const r = new Reader(parsed);
  if (!parsed.root) return r.empty('"applications:" as `violet list` writes it');
  const { value, findings } = validate(AppsFile, parsed, parsed.root);
  if (!value) return { value: undefined, findings };

  const list: ApplicationSpec[] = [];
  const byName = new Map<string, ApplicationSpec>();
  const appsNode = r.node(['applications']);
  const entries = appsNode.kind === 'map' ? appsNode.entries : [];
  for (const entry of entries) {
    const input = value.applications?.[entry.key];
    if (!input) continue;
    const appNode = entry.value as YMap;
    const installedNode = nodeAt(appNode, ['installed']).node;
    const installed = (input.installed ?? []).map((item, j) => {
      const itemNode = installedNode.kind === 'seq' ? installedNode.items[j]! : appNode;
      const versionNode = valueOf(itemNode, 'version');
      const clusterNode = valueOf(itemNode, 'clusterName');
      const version = versionNode?.kind === 'scalar' ? versionNode.source : String(item.version);
      const at = { file: parsed.file, offset: (clusterNode ?? itemNode).start };
      r.oneLine(version, `${entry.key}'s installed version`, {
        file: parsed.file,
        offset: (versionNode ?? itemNode).start,
      });
      return { cluster: item.clusterName, version, at };
    });
    const app: ApplicationSpec = {
      name: entry.key,
      type: input.type,
      installed,
      at: { file: parsed.file, offset: entry.keyStart },
    };
    if (input.displayName !== undefined) app.displayName = input.displayName;
    if (clusters) {
      for (const item of installed) {
        if (!clusters.byName.has(item.cluster))
          reportUnknownCluster(r, item.cluster, item.at, clusters);
      }
    }
    list.push(app);
    byName.set(app.name, app);
  }
  append(findings, r.findings);
  return { value: { list, byName }, findings };
}

/** A mapping's value for `key` (no path array: this runs once per installation). */
function valueOf(node: YNode, key: string): YNode | undefined {
  if (node.kind !== 'map') return undefined;
  for (const entry of node.entries) if (entry.key === key) return entry.value;
  return undefined;
}

// --- packages.yaml ----------------------------------------------------------------------------

export function loadPackages(parsed: ParsedYaml): Loaded<PackageSpec[]> {
  const r = new Reader(parsed);
  const root = parsed.root;
  if (!root) return { value: [], findings: [] };
  // The file's outline first; each entry is then checked against the Core or the application
  // package schema, chosen by its "core" key, so that messages speak of the right one.
  const top = validate(PackagesFileOutline, parsed, root);
  if (!top.value) return { value: undefined, findings: top.findings };
  const listNode = nodeAt(root, ['packages']).node;
  const items = listNode.kind === 'seq' ? listNode.items : [];
  const list: PackageSpec[] = [];
  const findings: Finding[] = [...top.findings];
  const seen = new Map<string, Loc>();
  items.forEach((item, i) => {
    const path = ['packages', i];
    const isCore = item.kind === 'map' && item.entries.some((e) => e.key === 'core');
    const schema = isCore ? CorePackage : ApplicationPackage;
    const checked = validate(schema, r.parsed, item, path);
    append(findings, checked.findings);
    if (!checked.value) return;
    const at = r.loc(path);
    if ('core' in checked.value) {
      const version = r.version([...path, 'core'], 'the Core package version');
      if (!version) return;
      const key = `core ${version.text}`;
      if (duplicate(r, seen, key, `the Core package ${version.text}`, at)) return;
      const spec: PackageSpec = { kind: 'core', version, file: checked.value.file, at };
      if (checked.value.sha256) spec.sha256 = checked.value.sha256;
      list.push(spec);
      return;
    }
    const input = checked.value;
    const acpVersions = input.acpVersions?.map((_, j) =>
      r.version([...path, 'acpVersions', j], `${input.name}'s acpVersions entry`),
    );
    if (acpVersions?.some((v) => v === undefined)) return;
    const versionNode = r.node([...path, 'version']);
    const versionText = versionNode.kind === 'scalar' ? versionNode.source : String(input.version);
    if (!r.oneLine(versionText, `${input.name}'s version`, r.loc([...path, 'version']))) return;
    // One application may have several packages (one per hop of a multi-hop journey); the same
    // name and version twice is a mistake.
    const key = `package ${input.name}@${versionText.replace(/^v/, '')}`;
    const what = `the package "${input.name}" ${versionText}`;
    if (duplicate(r, seen, key, what, at, input.name)) return;
    const spec: AppPackageSpec = {
      kind: 'package',
      name: input.name,
      type: input.type,
      version: versionText,
      file: input.file,
      at,
      versionAt: r.loc([...path, 'version']),
      typeAt: r.loc([...path, 'type']),
    };
    if (input.displayName !== undefined) spec.displayName = input.displayName;
    if (input.lifecycle) spec.lifecycle = input.lifecycle;
    if (acpVersions) {
      spec.acpVersions = acpVersions as Version[];
      spec.acpVersionsAt = r.loc([...path, 'acpVersions']);
    }
    if (input.sha256) spec.sha256 = input.sha256;
    list.push(spec);
  });
  append(findings, r.findings);
  return { value: findings.some((f) => f.severity === 'error') ? undefined : list, findings };
}

function duplicate(
  r: Reader,
  seen: Map<string, Loc>,
  key: string,
  what: string,
  at: Loc,
  pkg?: string,
): boolean {
  const first = seen.get(key);
  if (!first) {
    seen.set(key, at);
    return false;
  }
  r.report(
    'input/duplicate',
    `${what} is listed twice (first on line ${first.file.position(first.offset).line}); keep one entry`,
    at,
    pkg ? { package: pkg } : {},
  );
  return true;
}
