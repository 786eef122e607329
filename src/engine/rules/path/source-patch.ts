// path/source-patch: an edge that starts only from listed patches (3.16.0-2 -> 4.0) needs every
// cluster of the platform on one of them when the global tier takes it: a cluster still below
// the edge's target on another version cannot follow. One finding per cluster and edge.
import { edgeKey } from '../../catalog/catalog.js';
import { compareMinor, minorOf } from '../../versions.js';
import { defineRule } from '../rule.js';

export const sourcePatch = defineRule({
  id: 'path/source-patch',
  severity: 'error',
  title: 'A cluster is on a patch the upgrade path does not start from',
  waivable: false,
  phase: 'step',
  docs: 'source-patch.md',
  check: {
    step(ctx, out) {
      const edge = ctx.move?.edge;
      if (!edge?.fromPatches || ctx.cluster.role === 'workload') return;
      const patches = edge.fromPatches.map((v) => v.text).join(', ');
      for (const cluster of ctx.platform.all()) {
        if (cluster.name === ctx.cluster.name) continue; // its own source is path/unsupported's
        if (compareMinor(cluster.version, edge.to) >= 0) continue;
        if (
          compareMinor(cluster.version, edge.from) === 0 &&
          ctx.catalog.allowsSource(edge, cluster.version)
        )
          continue;
        if (!out.once(`${cluster.name}@${edgeKey(edge.from, edge.to)}`)) continue;
        out.report(
          `step ${ctx.step.index} moves ${ctx.cluster.name} along ${minorOf(edge.from)} -> ${minorOf(edge.to)}, which needs every cluster of the platform on ${patches}, but ${cluster.name} is on ${cluster.version.text}; ${cluster.name} cannot follow from there: bring it to one of those patches first, or check its version in clusters.yaml`,
          ctx.step.to?.at ?? ctx.at,
          { cluster: cluster.name, step: ctx.step.index },
        );
      }
    },
  },
});
