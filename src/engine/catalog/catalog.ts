// The release catalog: releases with their Kubernetes matrix, the supported upgrade edges, the
// special package rules and each release's upgrade book. Built by merge.ts from catalog/acp.yaml
// plus the user's catalog.yaml, whose entries add to or replace built-in ones by key.
import { type Version, compareMinor, matchesVersion, minorOf } from '../versions.js';

export interface Release {
  version: Version;
  /** Kubernetes minors supported for cluster creation; absent when no matrix is documented. */
  creation?: Version[];
  /** Compatible Versions: what workload clusters may run before the global tier moves here. */
  compatible?: Version[];
  /** The newest documented patch, MAJOR.MINOR.PATCH. */
  latestPatch?: Version;
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
  /** What to do about an application that breaks it (default: uninstall it first). */
  fix?: string;
}

export interface Patterns {
  nameContains: string[];
  displayNameContains: string[];
}

export interface EdgeRef {
  from: Version;
  to: Version;
}

export interface PrestageRule {
  id: string;
  rule: 'packages/topolvm-prestage';
  edges: EdgeRef[];
  application: Patterns;
  source: string;
}

/** A command a package rule's steps run on the cluster or on the global cluster. */
export interface RuleCommand {
  on: 'cluster' | 'global';
  run?: string[];
  shell?: string;
  note: string;
}

/** TopoLVM resources backed up and deleted around a cluster's upgrade (packages/topolvm-backup). */
export interface BackupRule {
  id: string;
  rule: 'packages/topolvm-backup';
  edges: EdgeRef[];
  /** From these sources its CRs are created on their own, with --target-catalog-source platform. */
  crsWithPlatformCatalogFrom: Version[];
  application: Patterns;
  before: RuleCommand[];
  after: RuleCommand[];
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
  /** The global tier moves from below this release into it or later. */
  globalInto: Version;
  application: Patterns;
  source: string;
}

/** A release note an operator must act on (platform/release-note). */
export interface ReleaseNoteRule {
  id: string;
  rule: 'platform/release-note';
  /** A move from this exact version to that one. */
  moves?: EdgeRef;
  /** The global tier moves from below this release into it or later. */
  globalInto?: Version;
  whenInstalled?: Patterns;
  warning: string;
  /** A line for the runbook, in the window of each cluster the note concerns. */
  note?: string;
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
  | PrestageRule
  | BackupRule
  | CompanionRule
  | MysqlPxcRule
  | ReleaseNoteRule
  | PostUpgradeRule
  | ScenarioRule
  | NodeGateRule;

// --- books ------------------------------------------------------------------------------------

/** A step of a release's book: a command, a push of the hop's packages, or a step by hand. */
export interface BookEntry {
  /** What the composition needs to know of it. */
  as?: 'sync' | 'preflight' | 'start' | 'request';
  /** argv templates: "{cluster}", "--to={version}", "{registryPassword}" ... */
  run?: string[];
  /** A line of the page's own, `{cluster}` replaced by the quoted name (built-in books only). */
  shell?: string;
  push?: { flags: string[]; clusters?: 'this' };
  note: string;
  /** The note for a DR standby, when it differs. */
  standby?: string;
  registry?: 'builtin' | 'external';
  from?: Version[];
  role?: 'global' | 'standby';
}

export interface PushPolicy {
  flags: string[];
  /** --target-catalog-source platform on cluster plugins and operators. */
  catalogSource: boolean;
  /** global: operators to the global only; all-moving: also every moving workload running it. */
  operators: 'global' | 'all-moving';
  note: string;
}

export interface Book {
  release: Version;
  source: string;
  prepare: { tier: BookEntry[]; pushes: PushPolicy; workload: BookEntry[] };
  window: { tier: BookEntry[]; workload: BookEntry[] };
  after: { tier: BookEntry[]; workload: BookEntry[] };
  dr: { before: BookEntry[]; after: BookEntry[] };
}

export class Catalog {
  private readonly byFrom = new Map<string, Edge[]>();
  private readonly byTo = new Map<string, Edge[]>();

  constructor(
    /** The built-in catalog's version (catalog/acp.yaml `version`). */
    readonly version: number,
    readonly releases: ReadonlyMap<string, Release>,
    readonly edges: ReadonlyMap<string, Edge>,
    readonly packageRules: readonly PackageRule[],
    readonly books: ReadonlyMap<string, Book>,
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

  /** The book a hop into `version`'s release follows. */
  book(version: Version): Book | undefined {
    return this.books.get(minorOf(version));
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

/** Whether a move from `from` to `to` is along one of `edges` (by minor). */
export function alongEdges(edges: readonly EdgeRef[], from: Version, to: Version): boolean {
  return edges.some((e) => compareMinor(e.from, from) === 0 && compareMinor(e.to, to) === 0);
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
