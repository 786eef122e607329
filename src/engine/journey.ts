// The journey: what the plan does to the platform once simulated (simulate.ts): the timeline, the
// Distribution Version moves, the hops, and what falls due along the way (post-upgrade tasks,
// node-readiness gates). The rules report on it and the runbook is composed from it.
import {
  type Catalog,
  type NodeGateRule,
  type PostUpgradeRule,
  matchesPatterns,
} from './catalog/catalog.js';
import type { Hop } from './hops.js';
import type { Apps, ClusterSpec, Clusters, Loc } from './inventory/model.js';
import type { Move, PlatformState } from './state.js';
import { type Version, compareMinor, minorOf, parseVersion } from './versions.js';

export interface TimelineEntry {
  step: number;
  cluster: string;
  role: 'global' | 'standby' | 'workload';
  from: { version: string; kubernetes: string };
  to: { version: string; kubernetes: string };
}

export interface Journey {
  timeline: TimelineEntry[];
  /** Every Distribution Version move, in plan order. */
  moves: Move[];
  hops: Hop[];
  /** The platform after the last step. */
  platform: PlatformState;
  /** The global cluster's version before the first step. */
  initialGlobal: Version;
  /** The post-upgrade tasks that apply, in the order they fall due. */
  tasks: PostUpgradeTask[];
  /** The node-readiness gates the steps cross. */
  gates: GateCrossing[];
}

/** A post-upgrade task that applies to this journey, and the step after which it falls due. */
export interface PostUpgradeTask {
  rule: PostUpgradeRule;
  /** The step after which it falls due. */
  step: number;
  at: Loc;
  /** What to do, in words, with the applications and clusters it concerns. */
  text: string;
}

/**
 * The post-upgrade tasks (SPEC §2 "Release notes with an action") that fall due after the global
 * tier moves into a release from below it, in the order they fall due.
 */
export function postUpgradeTasks(
  catalog: Catalog,
  apps: Apps | undefined,
  clusters: Clusters,
  hops: Hop[],
): PostUpgradeTask[] {
  const tasks: PostUpgradeTask[] = [];
  const moves = hops.flatMap((h) => h.moves).sort((a, b) => a.step.index - b.step.index);
  const lastMove = new Map(moves.map((m) => [m.cluster.name, m]));
  for (const rule of catalog.packageRules) {
    if (rule.rule !== 'platform/post-upgrade') continue;
    for (const hop of hops) {
      if (!hop.firstTierMove || compareMinor(hop.version, rule.release) !== 0) continue;
      if (compareMinor(hop.from, rule.release) >= 0) continue;
      if (rule.sourceBelow && compareMinor(hop.from, rule.sourceBelow) >= 0) continue;
      const release = minorOf(rule.release);
      const installed = rule.whenInstalled
        ? (apps?.list ?? []).filter(
            (a) =>
              a.installed.length > 0 && matchesPatterns(rule.whenInstalled!, a.name, a.displayName),
          )
        : [];
      if (rule.whenInstalled && installed.length === 0) continue;
      const primary =
        hop.moves.filter((m) => m.cluster.role === 'global').pop() ?? hop.firstTierMove;
      const why = rule.sourceBelow
        ? ` (the journey into ${release} starts on ${minorOf(hop.from)}, below ${minorOf(rule.sourceBelow)})`
        : '';
      const names = installed
        .map((a) => (a.displayName ? `${a.displayName} (${a.name})` : a.name))
        .join(', ');
      const task = rule.task.replace('{installed}', names);
      if (rule.after === 'global') {
        tasks.push({
          rule,
          step: primary.step.index,
          at: primary.at,
          text: `after step ${primary.step.index} moves ${primary.cluster.name} to ${primary.to.text}${why}, ${task}`,
        });
        continue;
      }
      const behind = clusters.list
        .filter((c) => c.role === 'workload')
        .filter((c) => compareMinor(lastMove.get(c.name)?.to ?? c.version, rule.release) < 0)
        .map((c) => c.name);
      const reached = moves.filter(
        (m) => m.cluster.role === 'workload' && compareMinor(m.to, rule.release) === 0,
      );
      const lastWorkload = reached.pop();
      // Due once both the global tier and the last workload are there, whichever comes later.
      const due =
        behind.length === 0 && lastWorkload && lastWorkload.step.index > primary.step.index
          ? lastWorkload
          : primary;
      const when =
        behind.length === 0
          ? `after step ${due.step.index}, once the global tier and every workload cluster are on ${release}`
          : `once ${behind.join(', ')} also ${behind.length === 1 ? 'reaches' : 'reach'} ${release} (this plan leaves ${behind.length === 1 ? 'it' : 'them'} on an older release)`;
      tasks.push({ rule, step: due.step.index, at: due.at, text: `${when}${why}, ${task}` });
    }
  }
  return tasks.sort((a, b) => a.step - b.step);
}

/**
 * A step that takes a cluster across a node-readiness gate: on a release created with the gate's
 * Kubernetes or later (4.4: 1.35), from below that Kubernetes to it or later. The gate applies to
 * every such upgrade "to Kubernetes 1.35 or later", a Kubernetes-only step inside 4.4 included.
 */
export interface GateCrossing {
  rule: NodeGateRule;
  /** The release's ack key, when the catalog knows it. */
  ackKey: string | undefined;
  step: number;
  cluster: string;
  /** The release the cluster is on after the step. */
  release: Version;
  kubernetes: Version;
  /** The Distribution Version move of the step, when it is one. */
  move?: Move;
}

/** The gate a step crosses, if any. */
export function gateCrossed(
  catalog: Catalog,
  release: Version,
  before: Version,
  after: Version,
): { rule: NodeGateRule; ackKey: string | undefined } | undefined {
  const creation = catalog.release(release)?.creation ?? [];
  for (const rule of catalog.packageRules) {
    if (rule.rule !== 'platform/node-readiness') continue;
    if (!creation.some((k) => compareMinor(k, rule.kubernetesAtLeast) >= 0)) continue;
    if (compareMinor(before, rule.kubernetesAtLeast) >= 0) continue;
    if (compareMinor(after, rule.kubernetesAtLeast) < 0) continue;
    const ack = rule.ackKeys.find((a) => compareMinor(a.release, release) === 0);
    return { rule, ackKey: ack?.key };
  }
  return undefined;
}

/** The gates the timeline crosses, in plan order. */
export function gateCrossings(
  catalog: Catalog,
  timeline: readonly TimelineEntry[],
  moves: readonly Move[],
): GateCrossing[] {
  const moveOf = new Map(moves.map((m) => [`${m.step.index} ${m.cluster.name}`, m]));
  const out: GateCrossing[] = [];
  for (const entry of timeline) {
    const release = parseVersion(entry.to.version);
    const before = parseVersion(entry.from.kubernetes);
    const after = parseVersion(entry.to.kubernetes);
    if (!release || !before || !after) continue;
    const gate = gateCrossed(catalog, release, before, after);
    if (!gate) continue;
    const move = moveOf.get(`${entry.step} ${entry.cluster}`);
    out.push({
      ...gate,
      step: entry.step,
      cluster: entry.cluster,
      release,
      kubernetes: after,
      ...(move && { move }),
    });
  }
  return out;
}

/**
 * Whether a cluster's recorded nodes keep it from reaching `kubernetes` on `release`: the move
 * crosses a node-readiness gate and a declared node runs an older kernel or another cgroup.
 */
export function nodesBlock(
  catalog: Catalog,
  cluster: ClusterSpec,
  release: Version,
  kubernetes: Version,
): boolean {
  const gate = gateCrossed(catalog, release, cluster.kubernetes, kubernetes);
  if (!gate || !cluster.nodes) return false;
  return cluster.nodes.some(
    (n) =>
      compareMinor(n.kernelVersion, gate.rule.kernelAtLeast) < 0 || n.cgroup !== gate.rule.cgroup,
  );
}

/** How the runbook and the findings name the ack of a gate. */
export function ackWords(gate: { ackKey: string | undefined }): string {
  return gate.ackKey !== undefined
    ? `the key ${gate.ackKey}: "true"`
    : 'the key the preflight names (the gates are listed in the ConfigMap cpaas-system/admin-gates; a later release can supply a different key than 4.4)';
}
