// platform/* rules: what the global tier needs before its upgrade, and what is left after it.
import {
  type Catalog,
  type NodeGateRule,
  type PostUpgradeRule,
  matchesPatterns,
} from '../catalog/catalog.js';
import { type Finding, finding } from '../findings.js';
import type { Hop } from '../hops.js';
import type { Apps, Clusters, Loc } from '../inventory/model.js';
import type { Move } from '../state.js';
import { compareMinor, minorOf, parseVersion } from '../versions.js';

/**
 * platform/minio-space: /cpaas/minio on the global (and standby) control-plane nodes needs the
 * catalog's minimum free; an error below it, a notice when clusters.yaml does not say.
 */
export function checkMinioSpace(catalog: Catalog, moves: Move[]): Finding[] {
  const minimum = catalog.minio.minFreeGB;
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const move of moves) {
    const spec = move.cluster.spec;
    if (spec.role === 'workload' || seen.has(spec.name)) continue;
    seen.add(spec.name);
    const details = { cluster: spec.name };
    if (spec.minioFreeGB === undefined) {
      findings.push(
        finding(
          'platform/minio-space',
          `${spec.name} does not declare minioFreeGB; check that /cpaas/minio has at least ${minimum} GB free on every control-plane node before the window (df -BG /cpaas/minio), then record the smallest value in clusters.yaml`,
          spec.at.file,
          spec.at.offset,
          { ...details, severity: 'notice' },
        ),
      );
    } else if (spec.minioFreeGB < minimum) {
      const at = spec.minioAt ?? spec.at;
      findings.push(
        finding(
          'platform/minio-space',
          `${spec.name} has ${spec.minioFreeGB} GB free in /cpaas/minio; the upgrade needs at least ${minimum} GB on every control-plane node: free space before the window`,
          at.file,
          at.offset,
          details,
        ),
      );
    }
  }
  return findings;
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
 * platform/post-upgrade (SPEC §2 "Release notes with an action"): the tasks that fall due after
 * the global tier moves into a release from below it, in the order they fall due.
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
      tasks.push({
        rule,
        step: due.step.index,
        at: due.at,
        text: `${when}${why}, ${task}`,
      });
    }
  }
  return tasks.sort((a, b) => a.step - b.step);
}

export function checkPostUpgrade(tasks: PostUpgradeTask[]): Finding[] {
  return tasks.map((task) =>
    finding('platform/post-upgrade', `${capitalize(task.text)}.`, task.at.file, task.at.offset, {
      step: task.step,
    }),
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The Kubernetes each cluster runs before and after each step, as the timeline shows. */
export type KubernetesTimeline = readonly {
  step: number;
  cluster: string;
  from: { kubernetes: string };
  to: { kubernetes: string };
}[];

export interface NodeGate {
  rule: NodeGateRule;
  /** The release's ack key, when the catalog knows it. */
  ackKey: string | undefined;
  /** The moves of the hop that bring a cluster to the gate's Kubernetes (or later). */
  moves: Move[];
}

/**
 * The node-readiness gate of a hop into a release created with the gate's Kubernetes or later
 * (4.4: 1.35), with the moves that cross to that Kubernetes: the gate applies when the upgrade
 * "upgrades the cluster to Kubernetes 1.35 or later".
 */
export function nodeGateOf(
  catalog: Catalog,
  hop: Hop,
  timeline: KubernetesTimeline,
): NodeGate | undefined {
  const creation = catalog.release(hop.version)?.creation ?? [];
  for (const rule of catalog.packageRules) {
    if (rule.rule !== 'platform/node-readiness') continue;
    if (!creation.some((k) => compareMinor(k, rule.kubernetesAtLeast) >= 0)) continue;
    const entries = new Map(timeline.map((t) => [`${t.step} ${t.cluster}`, t]));
    const moves = hop.moves.filter((move) => {
      const entry = entries.get(`${move.step.index} ${move.cluster.name}`);
      const before = entry ? parseVersion(entry.from.kubernetes) : null;
      const after = entry ? parseVersion(entry.to.kubernetes) : null;
      return (
        !before ||
        !after ||
        (compareMinor(before, rule.kubernetesAtLeast) < 0 &&
          compareMinor(after, rule.kubernetesAtLeast) >= 0)
      );
    });
    if (moves.length === 0) continue;
    const ack = rule.ackKeys.find((a) => compareMinor(a.release, hop.version) === 0);
    return { rule, ackKey: ack?.key, moves };
  }
  return undefined;
}

/** How the runbook and the findings name the ack of a gate. */
export function ackWords(gate: { ackKey: string | undefined }): string {
  return gate.ackKey !== undefined
    ? `the key ${gate.ackKey}: "true"`
    : 'the key the preflight names (the gates are listed in the ConfigMap cpaas-system/admin-gates; a later release can supply a different key than 4.4)';
}

/**
 * platform/node-readiness: a hop into a release created with Kubernetes 1.35 or later (4.4)
 * needs every production node of each cluster that moves to that Kubernetes on a recent enough
 * kernel with cgroup v2. Declared nodes are checked (an error each, naming node and cluster);
 * a moving cluster without `nodes` gets a notice with the two checks to run on each node.
 */
export function checkNodeReadiness(
  catalog: Catalog,
  hops: Hop[],
  timeline: KubernetesTimeline,
): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const hop of hops) {
    const gate = nodeGateOf(catalog, hop, timeline);
    if (!gate) continue;
    const { rule } = gate;
    const kernel = minorOf(rule.kernelAtLeast);
    const kubernetes = minorOf(rule.kubernetesAtLeast);
    for (const move of gate.moves) {
      const spec = move.cluster.spec;
      if (seen.has(spec.name)) continue;
      seen.add(spec.name);
      const step = `step ${move.step.index} moves ${spec.name} to ${move.to.text} (Kubernetes ${kubernetes})`;
      const details = { cluster: spec.name, step: move.step.index };
      if (!spec.nodes || spec.nodes.length === 0) {
        findings.push(
          finding(
            'platform/node-readiness',
            `${step}: every production node of ${spec.name} needs Linux kernel ${kernel} or later and cgroup v2 (and a kernel inside the ACP supported operating system and kernel matrix for ${minorOf(hop.version)}, which the check does not know), or the preflight's AdminAckRequired gate blocks the upgrade. clusters.yaml lists no nodes for ${spec.name}: check each node (the kernel: the KERNEL-VERSION column of \`kubectl get nodes -o wide\`; the cgroup: \`stat -fc %T /sys/fs/cgroup/\` on the node prints cgroup2fs for v2) and record them under "nodes:"`,
            spec.at.file,
            spec.at.offset,
            { ...details, severity: 'notice' },
          ),
        );
        continue;
      }
      for (const node of spec.nodes) {
        if (compareMinor(node.kernelVersion, rule.kernelAtLeast) < 0) {
          findings.push(
            finding(
              'platform/node-readiness',
              `node ${node.name} of ${spec.name} runs Linux kernel ${node.kernel}; ${step}, which needs kernel ${kernel} or later on every production node: upgrade the node's kernel (or replace the node) before step ${move.step.index}, then record the new \`uname -r\``,
              node.kernelAt.file,
              node.kernelAt.offset,
              details,
            ),
          );
        }
        if (node.cgroup !== rule.cgroup) {
          findings.push(
            finding(
              'platform/node-readiness',
              `node ${node.name} of ${spec.name} runs cgroup ${node.cgroup}; ${step}, which needs cgroup ${rule.cgroup} on every production node (\`stat -fc %T /sys/fs/cgroup/\` prints cgroup2fs): move the node to cgroup ${rule.cgroup} before step ${move.step.index}`,
              node.cgroupAt.file,
              node.cgroupAt.offset,
              details,
            ),
          );
        }
      }
    }
  }
  return findings;
}
