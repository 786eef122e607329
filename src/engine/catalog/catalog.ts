// The release catalog: releases with their Kubernetes matrix, the supported upgrade edges, and
// the special package rules. Built from catalog/acp.yaml plus the user's catalog.yaml, whose
// entries add to or replace built-in ones by key.
import { type Finding, finding } from '../findings.js';
import { validate } from '../inventory/validate.js';
import { type Version, compareMinor, matchesVersion, minorOf, parseVersion } from '../versions.js';
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
  note?: string;
  source: string;
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

export type PackageRule = PrestageRule | CompanionRule | MysqlPxcRule | PostUpgradeRule;

export class Catalog {
  private readonly byFrom = new Map<string, Edge[]>();

  constructor(
    readonly releases: ReadonlyMap<string, Release>,
    readonly edges: ReadonlyMap<string, Edge>,
    readonly packageRules: readonly PackageRule[],
    readonly minio: { minFreeGB: number; source: string },
  ) {
    for (const edge of edges.values()) {
      const key = minorOf(edge.from);
      const list = this.byFrom.get(key) ?? [];
      list.push(edge);
      this.byFrom.set(key, list);
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

  /** Every shortest chain of supported edges from `from` to `to`'s minor (none when unreachable). */
  shortestRoutes(from: Version, to: Version): Edge[][] {
    const goal = minorOf(to);
    let frontier: Edge[][] = [[]];
    const seen = new Set([minorOf(from)]);
    while (frontier.length > 0) {
      const next: Edge[][] = [];
      const reachedNow = new Set<string>();
      for (const route of frontier) {
        const here = route.length === 0 ? from : route[route.length - 1]!.to;
        for (const edge of this.byFrom.get(minorOf(here)) ?? []) {
          const target = minorOf(edge.to);
          if (seen.has(target)) continue;
          if (route.length === 0 && !this.allowsSource(edge, from)) continue;
          next.push([...route, edge]);
          reachedNow.add(target);
        }
      }
      const done = next.filter((route) => minorOf(route[route.length - 1]!.to) === goal);
      if (done.length > 0) return done;
      for (const key of reachedNow) seen.add(key);
      frontier = next;
    }
    return [];
  }
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

interface Draft {
  releases: Map<string, Release>;
  edges: Map<string, Edge>;
  rules: Map<string, PackageRule>;
  minio?: { minFreeGB: number; source: string };
}

/**
 * Builds the catalog from the built-in data and, optionally, the user's file. The built-in data
 * is catalog/acp.yaml as the bundle embeds it (a test validates that file against the schema, so
 * it is not validated again at every start); problems in the user's file are findings.
 */
export function buildCatalog(
  builtin: CatalogFileInput,
  user: ParsedYaml | undefined,
): { catalog: Catalog; findings: Finding[] } {
  const draft: Draft = { releases: new Map(), edges: new Map(), rules: new Map() };
  mergeCatalog(draft, builtin, (path) => {
    const version = parseVersion(String(valueAt(builtin, path)));
    if (!version) throw new Error(`the built-in catalog has no version at ${path.join('.')}`);
    return version;
  });
  const findings = user ? mergeUserCatalog(draft, user) : [];
  for (const edge of draft.edges.values()) {
    for (const end of [edge.from, edge.to]) {
      if (!draft.releases.has(minorOf(end))) {
        throw new Error(
          `catalog edge ${edgeKey(edge.from, edge.to)} names unknown release ${end.text}`,
        );
      }
    }
  }
  if (!draft.minio) throw new Error('the built-in catalog lacks platform.minioMinFreeGB');
  return {
    catalog: new Catalog(draft.releases, draft.edges, [...draft.rules.values()], draft.minio),
    findings,
  };
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const part of path) current = (current as Record<PropertyKey, unknown>)?.[part];
  return current;
}

/** The user's catalog.yaml: validated, versions read from their source text, problems reported. */
function mergeUserCatalog(draft: Draft, parsed: ParsedYaml): Finding[] {
  if (!parsed.root) return [];
  const { value, findings } = validate(catalogFileSchema(), parsed, parsed.root);
  if (!value) return findings;
  mergeCatalog(draft, value, (path) => {
    const { node } = nodeAt(parsed.root!, path);
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
  });
  return findings;
}

/** Adds or replaces entries by key: releases by version, edges by from+to, rules by id. */
function mergeCatalog(
  draft: Draft,
  value: CatalogFileInput,
  minor: (path: PropertyKey[]) => Version | undefined,
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
    if (edge.note) entry.note = edge.note;
    draft.edges.set(edgeKey(from, to), entry);
  });

  value.packageRules?.forEach((rule, i) => {
    const built = buildRule(rule, (path) => minor(['packageRules', i, ...path]));
    if (built) draft.rules.set(rule.id, built);
  });

  if (value.platform) {
    draft.minio = { minFreeGB: value.platform.minioMinFreeGB, source: value.platform.source };
  }
}

function buildRule(
  rule: CatalogPackageRuleInput,
  minor: (path: PropertyKey[]) => Version | undefined,
): PackageRule | undefined {
  const patterns = (p: { nameContains?: string[]; displayNameContains?: string[] }): Patterns => ({
    nameContains: p.nameContains ?? [],
    displayNameContains: p.displayNameContains ?? [],
  });
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
