// order/workload-kubernetes: when the global tier moves along an edge, every workload must already
// meet the edge's Kubernetes prerequisite (Compatible Versions from 4.3 on, a minimum before).
// Checked at the primary's step and at the DR standby's: the standby's upgrade is where the global
// tier starts moving (ACP-FACTS ordering rules 3 and 4). A workload out of range at both is
// reported once per release, at the primary's step (where SPEC §1 puts it); one fixed between
// the two steps at the standby's.
import type { Edge } from '../../catalog/catalog.js';
import type { FindingDetails } from '../../findings.js';
import type { Loc } from '../../inventory/model.js';
import { kubernetesFix, kubernetesMeets } from '../../routes.js';
import type { ClusterState, StepContext } from '../../state.js';
import { compareMinor, minorOf } from '../../versions.js';
import { PREFLIGHT_REFUSES, type StepEvent, defineRule } from '../rule.js';
import { rangeText } from '../text.js';

interface Pending {
  key: string;
  message: string;
  at: Loc;
  details: FindingDetails;
}

interface Memory {
  /** Found at the standby's step, reported at the end unless the primary's step found it too. */
  standby: Pending[];
  atPrimary: Set<string>;
}

export const workloadKubernetes = defineRule({
  id: 'order/workload-kubernetes',
  severity: 'error',
  title: "A workload's Kubernetes is outside the release the global moves to",
  waivable: false,
  notWaivableBecause: PREFLIGHT_REFUSES,
  phase: 'step',
  docs: 'workload-kubernetes.md',
  check: {
    step(ctx, out) {
      const edge = ctx.move?.edge;
      if (!edge || ctx.cluster.role === 'workload') return;
      const memory = out.memory<Memory>(() => ({ standby: [], atPrimary: new Set() }));
      for (const workload of ctx.platform.workloads()) {
        if (kubernetesMeets(ctx.catalog, edge, workload)) continue;
        const key = `${workload.name}@${minorOf(edge.to)}`;
        // At the step itself (SPEC §4's example): the workload at fault is not named in it.
        const finding = {
          key,
          message: message(ctx, edge, workload),
          at: ctx.step.at,
          details: { cluster: workload.name, step: ctx.step.index },
        };
        if (ctx.cluster.role === 'standby') {
          memory.standby.push(finding);
        } else {
          memory.atPrimary.add(key);
          out.report(finding.message, finding.at, finding.details);
        }
      }
    },
    plan(_ctx, out) {
      const memory = out.memory<Memory>(() => ({ standby: [], atPrimary: new Set() }));
      for (const pending of memory.standby) {
        if (!memory.atPrimary.has(pending.key))
          out.report(pending.message, pending.at, pending.details);
      }
    },
  },
});

function message(ctx: StepEvent, edge: Edge, workload: ClusterState): string {
  const { catalog } = ctx;
  const target = minorOf(edge.to);
  const need =
    edge.kubernetes.kind === 'at-least'
      ? `${minorOf(edge.from)} -> ${target} needs every cluster on Kubernetes ${edge.kubernetes.minimum.text} or later`
      : `${target} needs workloads on ${rangeText(catalog.release(edge.to)?.compatible ?? [])}`;
  const start = tierStartStep(ctx, edge);
  const before =
    start === ctx.step.index
      ? `before step ${start}`
      : `before step ${start}, where the global tier starts moving to ${target}`;
  const fix = kubernetesFix(catalog, workload, edge);
  const accepted = catalog.release(edge.to)?.compatible ?? [];
  const newest = [...accepted].sort(compareMinor).pop();
  let action: string;
  if (
    edge.kubernetes.kind === 'within-compatible' &&
    newest &&
    compareMinor(workload.kubernetes, newest) > 0
  ) {
    // Kubernetes never goes down in an upgrade: no step can fix this, the inventory or the target is wrong.
    action = `${workload.name} runs Kubernetes ${workload.kubernetes.text}, newer than ${target} supports for workload clusters; check ${workload.name}'s kubernetes in clusters.yaml, or choose a target whose Compatible Versions include it`;
  } else if (fix) {
    action = `upgrade ${workload.name}'s Kubernetes to ${fix.text} ${before} (a step with cluster: ${workload.name}, kubernetes: "${fix.text}")`;
  } else {
    // The workload's own release cannot run a Kubernetes the edge accepts: it must first follow
    // the global tier to the release the tier is leaving, then take a Kubernetes step there.
    // It can only go to the global's current version; no Kubernetes step is advised where that
    // release already brings one in range.
    const release = ctx.cluster.version;
    const creation = catalog.release(release)?.creation;
    const brought =
      creation?.length === 1 && compareMinor(creation[0]!, workload.kubernetes) > 0
        ? creation[0]!
        : workload.kubernetes;
    const landed = { ...workload, version: release, kubernetes: brought };
    const there = kubernetesMeets(catalog, edge, landed)
      ? undefined
      : kubernetesFix(catalog, landed, edge);
    action = `no Kubernetes inside ${workload.name}'s release ${minorOf(workload.version)} fits; upgrade ${workload.name} to ${release.text}${there ? ` and then its Kubernetes to ${there.text}` : ''} ${before}`;
  }
  return `${action}: step ${ctx.step.index} moves ${ctx.cluster.name} to ${ctx.step.to?.version.text ?? target} and ${workload.name} runs Kubernetes ${workload.kubernetes.text} (${need})`;
}

/** The first step at or before this one that moves a global-tier cluster to the edge's release. */
function tierStartStep(ctx: StepContext, edge: Edge): number {
  const tier = new Set(ctx.platform.globalTier.map((g) => g.name));
  for (const step of ctx.platform.plan.steps) {
    if (step.index >= ctx.step.index) break;
    if (!step.to || compareMinor(step.to.version, edge.to) !== 0) continue;
    if (step.clusters.some((c) => tier.has(c.name))) return step.index;
  }
  return ctx.step.index;
}
