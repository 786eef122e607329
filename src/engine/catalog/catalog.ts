// The release catalog: releases with their Kubernetes matrix, the supported upgrade edges, and
// the special package rules. Built from catalog/acp.yaml plus the user's catalog.yaml, whose
// entries add to or replace built-in ones by key.
import { type Finding, finding } from '../findings.js';
import { validate } from '../inventory/validate.js';
import { type Version, compareMinor, matchesVersion, minorOf, parseVersion } from '../versions.js';
import type { Loc } from '../inventory/model.js';
import { type ParsedYaml, type YNode, nodeAt } from '../yaml.js';
import {
  type CatalogFileInput,
  type CatalogPackageRuleInput,
  catalogFileSchema,
} from './schema.js';

export interface Release {
  version: Version;
  /** Kubernetes minors supported for cluster creation; absent when no matrix is documented. */
  creation?: Version[];
  /** Compatible Versions: what workload clusters may run before the global tier moves here. */
  compatible?: Version[];
  source: string;
}

export type KubernetesPrerequisite =
  { kind: 'within-compatible' } | { kind: 'at-least'; minimum: Version };

export interface Edge {
  from: Version;
  to: Version;
  fromPatches?: Version[];
  kubernetes: KubernetesPrerequisite;
  /** Prerequisites beyond Kubernetes: what to verify, and what breaks it when installed. */
  prerequisites?: EdgePrerequisite[];
  source: string;
}

export interface EdgePrerequisite {
  verify: string;
  notInstalled?: Patterns;
}

export interface Patterns {
  nameContains: string[];
  displayNameContains: string[];
}

export interface PrestageRule {
  id: string;
  rule: 'packages/topolvm-prestage';
  edges: { from: Version; to: Version }[];
  application: Patterns;
  source: string;
}

export interface CompanionRule {
  id: string;
  rule: 'packages/log-essentials';
  globalAtLeast: Version;
  whenInstalled: Patterns;
  package: Patterns;
  source: string;
}

/** A release note with an action: MySQL-PXC instances become unmanaged (packages/mysql-pxc). */
export interface MysqlPxcRule {
  id: string;
  rule: 'packages/mysql-pxc';
  globalInto: Version;
  application: Patterns;
  source: string;
}

/** A task after the upgrade (platform/post-upgrade). */
export interface PostUpgradeRule {
  id: string;
  rule: 'platform/post-upgrade';
  release: Version;
  after: 'global' | 'all-workloads';
  sourceBelow?: Version;
  whenInstalled?: Patterns;
  task: string;
  source: string;
}

/** A scenario package set (4.4: "ACP Upgrade to v4.4"), staged with the Core artifacts. */
export interface ScenarioRule {
  id: string;
  rule: 'packages/missing';
  scenario: string;
  release: Version;
  violetAtLeast: string;
  displayNames: string[];
  neverPushFrom: Version[];
  agnosticOptional: boolean;
  source: string;
}

/** A node-readiness gate (platform/node-readiness): kernel and cgroup, and the ack to write. */
export interface NodeGateRule {
  id: string;
  rule: 'platform/node-readiness';
  kubernetesAtLeast: Version;
  kernelAtLeast: Version;
  cgroup: 'v2';
  ackKeys: { release: Version; key: string }[];
  source: string;
}

export type PackageRule =
  PrestageRule | CompanionRule | MysqlPxcRule | PostUpgradeRule | ScenarioRule | NodeGateRule;

export class Catalog {
  private readonly byFrom = new Map<string, Edge[]>();
  private readonly byTo = new Map<string, Edge[]>();

  constructor(
    /** The built-in catalog's version (catalog/acp.yaml `version`). */
    readonly version: number,
    readonly releases: ReadonlyMap<string, Release>,
    readonly edges: ReadonlyMap<string, Edge>,
    readonly packageRules: readonly PackageRule[],
    readonly minio: { minFreeGB: number; source: string },
  ) {
    for (const edge of edges.values()) {
      push(this.byFrom, minorOf(edge.from), edge);
      push(this.byTo, minorOf(edge.to), edge);
    }
    for (const list of this.byFrom.values()) list.sort((a, b) => compareMinor(b.to, a.to));
  }

  release(version: Version): Release | undefined {
    return this.releases.get(minorOf(version));
  }

  edge(from: Version, to: Version): Edge | undefined {
    return this.edges.get(edgeKey(from, to));
  }

  /** Whether a cluster on `from` (with its patch, if known) may take this edge. */
  allowsSource(edge: Edge, from: Version): boolean {
    if (!edge.fromPatches || from.patch === undefined) return true;
    return edge.fromPatches.some((patch) => matchesVersion(from, patch));
  }

  /**
   * The number of hops from each release (by minor) to `to`'s minor, for every release that can
   * reach it: one breadth-first search backwards over the edges, linear in the catalog's size.
   */
  hopsTo(to: Version): ReadonlyMap<string, number> {
    const goal = minorOf(to);
    const hops = new Map([[goal, 0]]);
    let frontier = [goal];
    while (frontier.length > 0) {
      const next: string[] = [];
      for (const minor of frontier) {
        const distance = hops.get(minor)! + 1;
        for (const edge of this.byTo.get(minor) ?? []) {
          const from = minorOf(edge.from);
          if (hops.has(from)) continue;
          hops.set(from, distance);
          next.push(from);
        }
      }
      frontier = next;
    }
    return hops;
  }

  /** The edges out of a release, newest target first. */
  edgesFrom(from: Version): readonly Edge[] {
    return this.byFrom.get(minorOf(from)) ?? [];
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function edgeKey(from: Version, to: Version): string {
  return `${minorOf(from)}->${minorOf(to)}`;
}

/** Lower-cased, without spaces, "-" and "_": `Log Essentials` matches `logessentials`. */
export function normalizeForMatch(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, '');
}

export function matchesPatterns(
  patterns: Patterns,
  name: string,
  displayName: string | undefined,
): boolean {
  const hit = (value: string | undefined, list: string[]) =>
    value !== undefined &&
    list.some((pattern) => normalizeForMatch(value).includes(normalizeForMatch(pattern)));
  return hit(name, patterns.nameContains) || hit(displayName, patterns.displayNameContains);
}

// --- loading --------------------------------------------------------------------------------

/** What catalog.yaml did to the built-in catalog: entries it added, and entries it replaced. */
export interface CatalogChanges {
  added: string[];
  overrides: CatalogOverride[];
}

export interface CatalogOverride {
  /** `release 4.3`, `edge 4.2 -> 4.3`, `package rule topolvm-prestage`, `platform`. */
  entry: string;
  /** The built-in entry's facts and the user's, in words. */
  builtin: string;
  user: string;
  at: Loc;
}

/** What a catalog.yaml entry that replaces a built-in one is (the action's `catalog-overrides`). */
export type OverridePolicy = 'warn' | 'error' | 'allow';

interface Draft {
  releases: Map<string, Release>;
  edges: Map<string, Edge>;
  rules: Map<string, PackageRule>;
  minio?: { minFreeGB: number; source: string };
}

/** Where the user's entries came from (absent for the built-in file). */
type Locate = (path: PropertyKey[]) => Loc;

/**
 * Builds the catalog from the built-in data and, optionally, the user's file. The built-in data
 * is catalog/acp.yaml as the bundle embeds it (a test validates that file against the schema, so
 * it is not validated again at every start); problems in the user's file are findings, and so is
 * every built-in entry it replaces (catalog/override): the rules a pull request is judged by must
 * not change silently.
 */
export function buildCatalog(
  builtin: CatalogFileInput,
  user: ParsedYaml | undefined,
  policy: OverridePolicy = 'warn',
): { catalog: Catalog; findings: Finding[]; changes: CatalogChanges } {
  const draft: Draft = { releases: new Map(), edges: new Map(), rules: new Map() };
  mergeCatalog(draft, builtin, (path) => {
    const version = parseVersion(String(valueAt(builtin, path)));
    if (!version) throw new Error(`the built-in catalog has no version at ${path.join('.')}`);
    return version;
  });
  const builtinKeys = new Set(draftKeys(draft));
  for (const edge of draft.edges.values()) {
    const unknown = unknownEnd(draft, edge);
    if (unknown) throw new Error(`catalog edge ${edgeKey(edge.from, edge.to)} names ${unknown}`);
  }
  const changes: CatalogChanges = { added: [], overrides: [] };
  const findings = user ? mergeUserCatalog(draft, user, changes) : [];
  const overridden = new Set(changes.overrides.map((o) => o.entry));
  for (const key of draftKeys(draft)) {
    if (!builtinKeys.has(key) && !overridden.has(key)) changes.added.push(key);
  }
  if (policy !== 'allow') {
    for (const override of changes.overrides) findings.push(overrideFinding(override, policy));
  }
  if (!draft.minio) throw new Error('the built-in catalog lacks platform.minioMinFreeGB');
  const catalog = new Catalog(
    builtin.version ?? 1,
    draft.releases,
    draft.edges,
    [...draft.rules.values()],
    draft.minio,
  );
  return { catalog, findings, changes };
}

function draftKeys(draft: Draft): string[] {
  return [
    ...[...draft.releases.keys()].map((k) => `release ${k}`),
    ...[...draft.edges.values()].map((e) => edgeEntry(e)),
    ...[...draft.rules.keys()].map((k) => `package rule ${k}`),
  ];
}

function edgeEntry(edge: { from: Version; to: Version }): string {
  return `edge ${minorOf(edge.from)} -> ${minorOf(edge.to)}`;
}

/** `release 4.5` when an edge names a release the catalog lacks. */
function unknownEnd(draft: Draft, edge: { from: Version; to: Version }): string | undefined {
  for (const end of [edge.from, edge.to]) {
    if (!draft.releases.has(minorOf(end))) return `the unknown release ${minorOf(end)}`;
  }
  return undefined;
}

function overrideFinding(override: CatalogOverride, policy: 'warn' | 'error'): Finding {
  return finding(
    'catalog/override',
    `catalog.yaml changes what the built-in catalog says of the ${override.entry}: ${override.builtin} there, ${override.user} here; the plan is now judged by this entry instead of the ACP documentation: remove it from catalog.yaml unless the documentation changed, and have the change reviewed`,
    override.at.file,
    override.at.offset,
    { severity: policy === 'error' ? 'error' : 'warning' },
  );
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const part of path) current = (current as Record<PropertyKey, unknown>)?.[part];
  return current;
}

/** The user's catalog.yaml: validated, versions read from their source text, problems reported. */
function mergeUserCatalog(draft: Draft, parsed: ParsedYaml, changes: CatalogChanges): Finding[] {
  if (!parsed.root) return [];
  const { value, findings } = validate(catalogFileSchema(), parsed, parsed.root);
  if (!value) return findings;
  const root = parsed.root;
  const locate: Locate = (path) => ({ file: parsed.file, offset: nodeAt(root, path).node.start });
  // The user's entries go into a draft of their own first: an edge may name a release the same
  // file adds, and is judged against the merged releases.
  const mine: Draft = { releases: new Map(), edges: new Map(), rules: new Map() };
  const places = new Map<string, Loc>();
  mergeCatalog(
    mine,
    value,
    (path) => {
      const { node } = nodeAt(root, path);
      const version = scalarVersion(node) ?? undefined;
      if (!version) {
        findings.push(
          finding(
            'input/schema',
            `"${scalarText(node)}" is not a version (write MAJOR.MINOR, e.g. "4.3")`,
            parsed.file,
            node.start,
          ),
        );
      }
      return version;
    },
    (entry, path) => places.set(entry, locate(path)),
  );
  const releases = new Map([...draft.releases, ...mine.releases]);
  const unknown = (edge: { from: Version; to: Version }) =>
    unknownEnd({ ...draft, releases }, edge);
  for (const [key, edge] of mine.edges) {
    const problem = unknownEnd({ ...draft, releases }, edge);
    if (!problem) continue;
    const at = places.get(edgeEntry(edge))!;
    findings.push(
      finding(
        'input/schema',
        `the ${edgeEntry(edge)} names ${problem}; add the release under "releases:" (with its Kubernetes support matrix) or fix the version`,
        at.file,
        at.offset,
      ),
    );
    mine.edges.delete(key);
  }
  for (const [id, rule] of mine.rules) {
    const named =
      rule.rule === 'packages/topolvm-prestage'
        ? rule.edges.map(unknown).find((p) => p !== undefined)
        : ruleReleases(rule)
            .filter((v) => !releases.has(minorOf(v)))
            .map((v) => `the unknown release ${minorOf(v)}`)[0];
    if (!named) continue;
    const at = places.get(`package rule ${id}`)!;
    findings.push(
      finding(
        'input/schema',
        `package rule ${id} names ${named}; add the release under "releases:" or fix the version`,
        at.file,
        at.offset,
      ),
    );
    mine.rules.delete(id);
  }

  const replace = <T>(
    map: Map<string, T>,
    key: string,
    entry: string,
    value: T,
    say: (v: T) => string,
  ) => {
    const before = map.get(key);
    if (before !== undefined && say(before) !== say(value)) {
      changes.overrides.push({
        entry,
        builtin: say(before),
        user: say(value),
        at: places.get(entry)!,
      });
    }
    map.set(key, value);
  };
  // Between two releases the built-in catalog knows, a path it lacks is one the documentation
  // does not support ("any other pair is unsupported"): adding it changes a fact too.
  const documented = new Set(draft.releases.keys());
  for (const [key, edge] of mine.edges) {
    if (draft.edges.has(key) || !documented.has(minorOf(edge.from))) continue;
    if (!documented.has(minorOf(edge.to))) continue;
    const entry = edgeEntry(edge);
    changes.overrides.push({
      entry,
      builtin: 'not a supported upgrade path',
      user: describeEdge(edge),
      at: places.get(entry)!,
    });
  }
  for (const [key, release] of mine.releases)
    replace(draft.releases, key, `release ${key}`, release, describeRelease);
  for (const [key, edge] of mine.edges)
    replace(draft.edges, key, edgeEntry(edge), edge, describeEdge);
  for (const [key, rule] of mine.rules)
    replace(draft.rules, key, `package rule ${key}`, rule, describeRule);
  if (mine.minio) {
    const say = (m: { minFreeGB: number }) => `${m.minFreeGB} GB free in /cpaas/minio`;
    if (draft.minio && say(draft.minio) !== say(mine.minio)) {
      changes.overrides.push({
        entry: 'platform',
        builtin: say(draft.minio),
        user: say(mine.minio),
        at: places.get('platform')!,
      });
    }
    draft.minio = mine.minio;
  }
  changes.overrides.sort((a, b) => a.at.offset - b.at.offset);
  return findings;
}

/** The facts of an entry in words (its source aside): equal words, equal facts. */
function describeRelease(release: Release): string {
  if (!release.creation || !release.compatible) return 'no Kubernetes matrix';
  const list = (versions: Version[]) => versions.map(minorOf).join(', ');
  return `Kubernetes for creation ${list(release.creation)}, Compatible Versions ${list(release.compatible)}`;
}

function describeEdge(edge: Edge): string {
  const kubernetes =
    edge.kubernetes.kind === 'at-least'
      ? `every cluster on Kubernetes ${minorOf(edge.kubernetes.minimum)} or later`
      : "workloads inside the target's Compatible Versions";
  const patches = edge.fromPatches ? ` from ${edge.fromPatches.map((v) => v.text).join(', ')}` : '';
  const others = edge.prerequisites?.length
    ? `; ${edge.prerequisites.map((p) => p.verify).join('; ')}`
    : '';
  return `${kubernetes}${patches}${others}`;
}

/** The releases a rule other than the pre-stage names: each must be in the catalog. */
function ruleReleases(rule: Exclude<PackageRule, PrestageRule>): Version[] {
  switch (rule.rule) {
    case 'packages/log-essentials':
      return [rule.globalAtLeast];
    case 'packages/mysql-pxc':
      return [rule.globalInto];
    case 'platform/post-upgrade':
      return [rule.release];
    case 'packages/missing':
      return [rule.release, ...rule.neverPushFrom];
    case 'platform/node-readiness':
      return rule.ackKeys.map((a) => a.release);
  }
}

function describeRule(rule: PackageRule): string {
  const patterns = (p: Patterns) =>
    `names ${p.nameContains.join('/') || '-'}, display names ${p.displayNameContains.join('/') || '-'}`;
  switch (rule.rule) {
    case 'packages/topolvm-prestage':
      return `${rule.rule} on ${rule.edges.map((e) => `${minorOf(e.from)} -> ${minorOf(e.to)}`).join(', ')} for ${patterns(rule.application)}`;
    case 'packages/log-essentials':
      return `${rule.rule} from ${minorOf(rule.globalAtLeast)} when ${patterns(rule.whenInstalled)} is installed, package ${patterns(rule.package)}`;
    case 'packages/mysql-pxc':
      return `${rule.rule} into ${minorOf(rule.globalInto)} for ${patterns(rule.application)}`;
    case 'platform/post-upgrade':
      return `${rule.rule} into ${minorOf(rule.release)}${rule.sourceBelow ? ` from below ${minorOf(rule.sourceBelow)}` : ''}, after ${rule.after}${rule.whenInstalled ? ` when ${patterns(rule.whenInstalled)} is installed` : ''}: ${rule.task}`;
    case 'packages/missing':
      return `scenario "${rule.scenario}" into ${minorOf(rule.release)} (violet ${rule.violetAtLeast} or later): ${rule.displayNames.join(', ')}; no violet push from ${rule.neverPushFrom.map(minorOf).join(', ') || '-'}; missing Agnostic packages ${rule.agnosticOptional ? 'do not block' : 'block'} the upgrade`;
    case 'platform/node-readiness':
      return `${rule.rule} into a release created with Kubernetes ${minorOf(rule.kubernetesAtLeast)} or later: kernel ${minorOf(rule.kernelAtLeast)} or later, cgroup ${rule.cgroup}, ack keys ${rule.ackKeys.map((a) => `${minorOf(a.release)}: ${a.key}`).join(', ')}`;
  }
}

/**
 * Adds or replaces entries by key: releases by version, edges by from+to, rules by id. `seen`
 * learns where each entry of the file is.
 */
function mergeCatalog(
  draft: Draft,
  value: CatalogFileInput,
  minor: (path: PropertyKey[]) => Version | undefined,
  seen: (entry: string, path: PropertyKey[]) => void = () => {},
): void {
  const minors = (path: PropertyKey[], count: number) =>
    Array.from({ length: count }, (_, i) => minor([...path, i])).filter((v) => v !== undefined);

  value.releases?.forEach((release, i) => {
    const version = minor(['releases', i, 'version']);
    if (!version) return;
    const entry: Release = { version: toMinor(version), source: release.source };
    if (release.kubernetes) {
      entry.creation = minors(
        ['releases', i, 'kubernetes', 'creation'],
        release.kubernetes.creation.length,
      );
      entry.compatible = minors(
        ['releases', i, 'kubernetes', 'compatible'],
        release.kubernetes.compatible.length,
      );
    }
    draft.releases.set(minorOf(version), entry);
    seen(`release ${minorOf(version)}`, ['releases', i]);
  });

  value.edges?.forEach((edge, i) => {
    const from = minor(['edges', i, 'from']);
    const to = minor(['edges', i, 'to']);
    if (!from || !to) return;
    const kubernetes: KubernetesPrerequisite =
      edge.kubernetes === 'within-compatible'
        ? { kind: 'within-compatible' }
        : { kind: 'at-least', minimum: minor(['edges', i, 'kubernetes', 'atLeast']) ?? from };
    const entry: Edge = { from: toMinor(from), to: toMinor(to), kubernetes, source: edge.source };
    if (edge.fromPatches)
      entry.fromPatches = minors(['edges', i, 'fromPatches'], edge.fromPatches.length);
    if (edge.prerequisites) {
      entry.prerequisites = edge.prerequisites.map((p) => ({
        verify: p.verify,
        ...(p.notInstalled && { notInstalled: patterns(p.notInstalled) }),
      }));
    }
    draft.edges.set(edgeKey(from, to), entry);
    seen(edgeEntry(entry), ['edges', i]);
  });

  value.packageRules?.forEach((rule, i) => {
    const built = buildRule(rule, (path) => minor(['packageRules', i, ...path]));
    if (!built) return;
    draft.rules.set(rule.id, built);
    seen(`package rule ${rule.id}`, ['packageRules', i]);
  });

  if (value.platform) {
    draft.minio = { minFreeGB: value.platform.minioMinFreeGB, source: value.platform.source };
    seen('platform', ['platform']);
  }
}

function buildRule(
  rule: CatalogPackageRuleInput,
  minor: (path: PropertyKey[]) => Version | undefined,
): PackageRule | undefined {
  if (rule.rule === 'packages/topolvm-prestage') {
    const edges = rule.edges.flatMap((_, j) => {
      const from = minor(['edges', j, 'from']);
      const to = minor(['edges', j, 'to']);
      return from && to ? [{ from, to }] : [];
    });
    return {
      id: rule.id,
      rule: rule.rule,
      edges,
      application: patterns(rule.application),
      source: rule.source,
    };
  }
  if (rule.rule === 'packages/mysql-pxc') {
    const globalInto = minor(['globalInto']);
    if (!globalInto) return undefined;
    return {
      id: rule.id,
      rule: rule.rule,
      globalInto,
      application: patterns(rule.application),
      source: rule.source,
    };
  }
  if (rule.rule === 'packages/missing') {
    const release = minor(['release']);
    const neverPushFrom = (rule.neverPushFrom ?? []).map((_, j) => minor(['neverPushFrom', j]));
    if (!release || neverPushFrom.some((v) => v === undefined)) return undefined;
    return {
      id: rule.id,
      rule: rule.rule,
      scenario: rule.scenario,
      release,
      violetAtLeast: rule.violetAtLeast,
      displayNames: rule.displayNames,
      neverPushFrom: neverPushFrom as Version[],
      agnosticOptional: rule.agnosticOptional ?? false,
      source: rule.source,
    };
  }
  if (rule.rule === 'platform/node-readiness') {
    const kubernetesAtLeast = minor(['kubernetesAtLeast']);
    const kernelAtLeast = minor(['kernelAtLeast']);
    const releases = rule.ackKeys.map((_, j) => minor(['ackKeys', j, 'release']));
    if (!kubernetesAtLeast || !kernelAtLeast || releases.some((v) => v === undefined))
      return undefined;
    return {
      id: rule.id,
      rule: rule.rule,
      kubernetesAtLeast,
      kernelAtLeast,
      cgroup: rule.cgroup,
      ackKeys: rule.ackKeys.map((a, j) => ({ release: releases[j]!, key: a.key })),
      source: rule.source,
    };
  }
  if (rule.rule === 'platform/post-upgrade') {
    const release = minor(['release']);
    if (!release) return undefined;
    const built: PostUpgradeRule = {
      id: rule.id,
      rule: rule.rule,
      release,
      after: rule.after,
      task: rule.task,
      source: rule.source,
    };
    if (rule.sourceBelow !== undefined) {
      const below = minor(['sourceBelow']);
      if (!below) return undefined;
      built.sourceBelow = below;
    }
    if (rule.whenInstalled) built.whenInstalled = patterns(rule.whenInstalled);
    return built;
  }
  const globalAtLeast = minor(['globalAtLeast']);
  if (!globalAtLeast) return undefined;
  return {
    id: rule.id,
    rule: rule.rule,
    globalAtLeast,
    whenInstalled: patterns(rule.whenInstalled),
    package: patterns(rule.package),
    source: rule.source,
  };
}

function patterns(p: { nameContains?: string[]; displayNameContains?: string[] }): Patterns {
  return { nameContains: p.nameContains ?? [], displayNameContains: p.displayNameContains ?? [] };
}

function toMinor(version: Version): Version {
  return { ...version, patch: undefined, text: minorOf(version) };
}

/** The version a scalar's source text spells (`1.30`, not the number 1.3). */
export function scalarVersion(node: YNode): Version | null {
  return node.kind === 'scalar' ? parseVersion(node.source) : null;
}

export function scalarText(node: YNode): string {
  return node.kind === 'scalar' ? node.source : node.kind === 'seq' ? '(a list)' : '(a mapping)';
}
