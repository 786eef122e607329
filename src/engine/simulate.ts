// Walks plan.yaml's steps in order over the clusters' versions and checks every path/* and order/*
// rule at the step where it applies. Clusters named in one step move together: each is checked
// against the states before the step.
import type { Catalog, Edge } from './catalog/catalog.js';
import type { Finding } from './findings.js';
import type { Clusters, PlanSpec, Role, StepSpec } from './inventory/model.js';
import {
  checkGlobalFirst,
  checkImmutableMultiMinor,
  checkKubernetesStep,
  checkKubernetesWithCore,
  checkLeftBehind,
  checkStandbyFirst,
  checkWorkloadKubernetes,
  checkWorkloadTarget,
} from './rules/order.js';
import {
  checkDowngrade,
  checkEdge,
  checkKubernetesPrerequisite,
  checkNoOp,
  checkSourcePatch,
  checkTarget,
} from './rules/path.js';
import { checkStartingState } from './rules/state.js';
import { type Move, PlatformState, type StepContext } from './state.js';
import { type Version, compareMinor, minorOf } from './versions.js';

export interface TimelineEntry {
  step: number;
  cluster: string;
  role: 'global' | 'standby' | 'workload';
  from: { version: string; kubernetes: string };
  to: { version: string; kubernetes: string };
}

export interface Simulation {
  findings: Finding[];
  timeline: TimelineEntry[];
  moves: Move[];
  platform: PlatformState;
}

export function simulate(catalog: Catalog, clusters: Clusters, plan: PlanSpec): Simulation {
  const platform = new PlatformState(catalog, clusters, plan);
  const initialGlobal = platform.global.version;
  const findings: Finding[] = checkStartingState(platform);
  const timeline: TimelineEntry[] = [];
  const moves: Move[] = [];
  const workloadKubernetes = new WorkloadKubernetesFindings();
  const reported: Reported = { prerequisite: new Set(), sourcePatch: new Set() };

  for (const step of plan.steps) {
    const updates: { name: string; version: Version; kubernetes: Version }[] = [];
    for (const entry of step.clusters) {
      const ctx: StepContext = { platform, step, cluster: platform.get(entry.name), at: entry.at };
      const result = applyStep(ctx, reported);
      for (const f of result.findings) {
        if (f.rule === 'order/workload-kubernetes' && result.move) {
          workloadKubernetes.add(f, ctx.cluster.role, result.move.to);
        } else {
          findings.push(f);
        }
      }
      if (result.move) moves.push(result.move);
      updates.push({ name: entry.name, ...result.after });
      timeline.push({
        step: step.index,
        cluster: entry.name,
        role: ctx.cluster.role,
        from: { version: ctx.cluster.version.text, kubernetes: ctx.cluster.kubernetes.text },
        to: { version: result.after.version.text, kubernetes: result.after.kubernetes.text },
      });
    }
    for (const update of updates) platform.set(update.name, update.version, update.kubernetes);
  }
  findings.push(
    ...workloadKubernetes.findings(),
    ...checkTarget(platform, initialGlobal),
    ...checkLeftBehind(platform),
  );
  return { findings, timeline, moves, platform };
}

/** Clusters already reported for an edge, so that a platform-wide check reports each once. */
interface Reported {
  /** `cluster@release`: path/kubernetes-prerequisite. */
  prerequisite: Set<string>;
  /** `cluster@from->to`: path/source-patch. */
  sourcePatch: Set<string>;
}

/**
 * order/workload-kubernetes is checked when the DR standby moves and when the primary moves; a
 * workload out of range at both is reported once, at the primary's step (where SPEC §1 puts it).
 * One fixed between the two steps is reported at the standby's: the global tier had started.
 */
class WorkloadKubernetesFindings {
  private readonly primary: Finding[] = [];
  private readonly standby: { finding: Finding; key: string }[] = [];
  private readonly atPrimary = new Set<string>();

  add(finding: Finding, role: Role, to: Version): void {
    const key = `${finding.cluster}@${minorOf(to)}`;
    if (role === 'standby') {
      this.standby.push({ finding, key });
    } else {
      this.primary.push(finding);
      this.atPrimary.add(key);
    }
  }

  findings(): Finding[] {
    const standbyOnly = this.standby
      .filter((s) => !this.atPrimary.has(s.key))
      .map((s) => s.finding);
    return [...this.primary, ...standbyOnly];
  }
}

function applyStep(
  ctx: StepContext,
  reported: Reported,
): {
  findings: Finding[];
  after: { version: Version; kubernetes: Version };
  move?: Move;
} {
  const { step, cluster } = ctx;
  const findings: Finding[] = [];
  let version = cluster.version;
  let move: Move | undefined;

  if (step.to && !alreadyOn(cluster.version, step.to.version)) {
    const to = step.to.version;
    const down = checkDowngrade(ctx, 'Distribution Version', cluster.version, to, step.to.at);
    findings.push(...down);
    if (down.length === 0) {
      findings.push(
        ...checkGlobalFirst(ctx, to),
        ...checkWorkloadTarget(ctx, to, step.to.at),
        ...checkStandbyFirst(ctx, to),
      );
      let edge;
      if (compareMinor(cluster.version, to) !== 0) {
        const checked = checkEdge(ctx, to, step.to.at);
        edge = checked.edge;
        findings.push(...checked.findings);
        if (edge) findings.push(...checkEdgeTaken(ctx, edge, reported));
      }
      move = { ...ctx, from: cluster.version, to, edge };
      version = to;
    }
  }

  const kubernetes = nextKubernetes(ctx, version);
  const kubernetesAt = step.kubernetes?.at ?? step.to?.at ?? ctx.at;
  const kubeDown = checkDowngrade(ctx, 'Kubernetes', cluster.kubernetes, kubernetes, kubernetesAt);
  findings.push(...kubeDown);
  if (kubeDown.length > 0)
    return { findings, after: { version, kubernetes: cluster.kubernetes }, ...(move && { move }) };

  if (!move && alreadyOn(cluster.kubernetes, kubernetes)) {
    // Nothing happens to this cluster in this step (a repeated step, or a version it runs).
    findings.push(...checkNoOp(ctx, step.to?.at ?? kubernetesAt));
    return { findings, after: { version: cluster.version, kubernetes: cluster.kubernetes } };
  }
  if (!move) findings.push(...checkKubernetesStep(ctx, kubernetes, kubernetesAt));
  if (move) findings.push(...checkKubernetesWithCore(ctx, version, kubernetes, kubernetesAt));
  findings.push(...checkImmutableMultiMinor(ctx, cluster.kubernetes, kubernetes, kubernetesAt));
  return { findings, after: { version, kubernetes }, ...(move && { move }) };
}

/**
 * What taking `edge` needs, as far as the plan can show it. When the global tier (standby or
 * primary) takes it: every cluster of the tier meets an `at-least` Kubernetes minimum, every
 * workload meets the edge's Kubernetes prerequisite, every cluster is on a source patch the edge
 * lists. When a workload takes it: its own Kubernetes meets the minimum.
 */
function checkEdgeTaken(ctx: StepContext, edge: Edge, reported: Reported): Finding[] {
  if (ctx.cluster.role === 'workload') {
    return checkKubernetesPrerequisite(ctx, edge, [ctx.cluster], reported.prerequisite);
  }
  return [
    ...checkKubernetesPrerequisite(ctx, edge, ctx.platform.globalTier, reported.prerequisite),
    ...checkWorkloadKubernetes(ctx, edge),
    ...checkSourcePatch(ctx, edge, reported.sourcePatch),
  ];
}

/** A cluster on `current` is already on `wanted` (`4.3` wants any 4.3 patch). */
function alreadyOn(current: Version, wanted: Version): boolean {
  return compareMinor(current, wanted) === 0 && (wanted.patch ?? current.patch) === current.patch;
}

/**
 * The Kubernetes a cluster runs after a step: the step's own `kubernetes`, else (for a move to a
 * release with one creation minor, 4.1 and later) that minor, else what it ran before.
 */
function nextKubernetes(ctx: StepContext, version: Version): Version {
  const { step, cluster } = ctx;
  if (step.kubernetes) return step.kubernetes.version;
  if (!step.to) return cluster.kubernetes;
  // One creation minor: the cluster moves to it, also from a higher one (then path/downgrade says
  // so: the release does not run what the cluster runs).
  const creation = ctx.platform.catalog.release(version)?.creation;
  if (creation?.length === 1 && compareMinor(creation[0]!, cluster.kubernetes) !== 0) {
    return creation[0]!;
  }
  return cluster.kubernetes;
}

export type { StepSpec };
