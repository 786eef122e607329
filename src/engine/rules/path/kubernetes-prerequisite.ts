// path/kubernetes-prerequisite: an edge with an `at-least` prerequisite needs *all* clusters on
// that Kubernetes or later. Checked for the global tier when one of it moves along the edge, and
// for a workload as it moves itself; workloads below it when the tier moves are
// order/workload-kubernetes's. One finding per cluster and release.
import { kubernetesFix } from '../../routes.js';
import { compareMinor, minorOf } from '../../versions.js';
import { defineRule } from '../rule.js';

export const kubernetesPrerequisite = defineRule({
  id: 'path/kubernetes-prerequisite',
  severity: 'error',
  title: "A cluster's Kubernetes is below the upgrade path's minimum",
  waivable: true,
  phase: 'step',
  check: {
    step(ctx, out) {
      const edge = ctx.move?.edge;
      if (!edge || edge.kubernetes.kind !== 'at-least') return;
      const minimum = edge.kubernetes.minimum;
      const clusters = ctx.cluster.role === 'workload' ? [ctx.cluster] : ctx.platform.globalTier;
      for (const cluster of clusters) {
        if (compareMinor(cluster.kubernetes, minimum) >= 0) continue;
        if (!out.once(`${cluster.name}@${minorOf(edge.to)}`)) continue;
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
    },
  },
});
