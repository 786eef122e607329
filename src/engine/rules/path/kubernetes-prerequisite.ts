// path/kubernetes-prerequisite: an edge's Kubernetes prerequisite for the clusters of the global
// tier and for each cluster as it moves itself. An `at-least` edge (4.0 -> 4.2) needs *all*
// clusters on that minor or later: the whole tier is checked when one of it moves along the edge.
// A `within-compatible` edge (-> 4.3) needs the moving cluster's own Kubernetes inside the target's
// Compatible Versions: the preflight's KubernetesVersionSupported check ("The cluster's
// Kubernetes version is within the target release's supported range"), the global's included.
// Workloads out of range when the tier moves are order/workload-kubernetes's. One finding per
// cluster and release.
import type { Edge } from '../../catalog/catalog.js';
import { inCompatible, kubernetesFix, kubernetesMeets } from '../../routes.js';
import type { ClusterState } from '../../state.js';
import { compareMinor, minorOf } from '../../versions.js';
import { PREFLIGHT_REFUSES, type Reporter, type StepEvent, defineRule } from '../rule.js';
import { rangeText } from '../text.js';

export const kubernetesPrerequisite = defineRule({
  id: 'path/kubernetes-prerequisite',
  severity: 'error',
  title: "A cluster's Kubernetes is outside the upgrade path's prerequisite",
  waivable: false,
  notWaivableBecause: PREFLIGHT_REFUSES,
  phase: 'step',
  docs: 'kubernetes-prerequisite.md',
  check: {
    step(ctx, out) {
      const edge = ctx.move?.edge;
      if (!edge) return;
      if (edge.kubernetes.kind === 'at-least') {
        const clusters = ctx.cluster.role === 'workload' ? [ctx.cluster] : ctx.platform.globalTier;
        for (const cluster of clusters) atLeast(ctx, edge, cluster, out);
      } else if (ctx.cluster.role !== 'workload') {
        withinRange(ctx, edge, out);
      }
    },
  },
});

function atLeast(ctx: StepEvent, edge: Edge, cluster: ClusterState, out: Reporter): void {
  if (edge.kubernetes.kind !== 'at-least') return;
  const minimum = edge.kubernetes.minimum;
  if (compareMinor(cluster.kubernetes, minimum) >= 0) return;
  if (!out.once(`${cluster.name}@${minorOf(edge.to)}`)) return;
  const fix = kubernetesFix(ctx.catalog, cluster, edge);
  const whose =
    cluster.name === ctx.cluster.name
      ? ''
      : `, and step ${ctx.step.index} moves ${ctx.cluster.name} along it`;
  out.report(
    `${minorOf(edge.from)} -> ${minorOf(edge.to)} needs every cluster on Kubernetes ${minimum.text} or later, but ${cluster.name} runs ${cluster.kubernetes.text}${whose}; ` +
      (fix
        ? `add a step before step ${ctx.step.index}: cluster: ${cluster.name}, kubernetes: "${fix.text}"`
        : `no Kubernetes inside ${cluster.name}'s release ${minorOf(cluster.version)} reaches it; check the catalog`),
    ctx.step.to?.at ?? ctx.at,
    { cluster: cluster.name, step: ctx.step.index },
  );
}

/** The moving global-tier cluster's own Kubernetes inside the target's Compatible Versions. */
function withinRange(ctx: StepEvent, edge: Edge, out: Reporter): void {
  const cluster = ctx.cluster;
  const release = ctx.catalog.release(edge.to);
  if (!release?.compatible || kubernetesMeets(ctx.catalog, edge, cluster)) return;
  if (!out.once(`${cluster.name}@${minorOf(edge.to)}`)) return;
  const range = rangeText(release.compatible);
  const head = `step ${ctx.step.index} moves ${cluster.name} to ${ctx.move!.to.text} on Kubernetes ${cluster.kubernetes.text}, but ${minorOf(edge.to)} takes a cluster only from inside its Compatible Versions (${range}): the preflight's KubernetesVersionSupported check refuses it`;
  const newest = [...release.compatible].sort(compareMinor).pop()!;
  const fix = kubernetesFix(ctx.catalog, cluster, edge);
  const action =
    compareMinor(cluster.kubernetes, newest) > 0 && !inCompatible(release, cluster.kubernetes)
      ? `${cluster.name} runs a Kubernetes newer than ${minorOf(edge.to)} supports; check its kubernetes in clusters.yaml, or choose a target whose Compatible Versions include it`
      : fix
        ? `add a step before step ${ctx.step.index}: cluster: ${cluster.name}, kubernetes: "${fix.text}" (inside its release ${minorOf(cluster.version)})`
        : `no Kubernetes inside ${cluster.name}'s release ${minorOf(cluster.version)} is in that range; check the catalog`;
  out.report(`${head}; ${action}`, ctx.step.to?.at ?? ctx.at, {
    cluster: cluster.name,
    step: ctx.step.index,
  });
}
