// order/workload-target (ACP-FACTS ordering rule 8): the only target ACP offers a workload is the
// global's current Distribution Version ("cannot be selected manually"). A `to` the global tier
// has not reached yet is order/global-first's; this is a `to` the global went past, or another
// patch of its release.
import { compareMinor, compareVersions, matchesVersion, minorOf } from '../../versions.js';
import { defineRule } from '../rule.js';

export const workloadTarget = defineRule({
  id: 'order/workload-target',
  severity: 'error',
  title: "A workload goes to another version than the global's current one",
  waivable: false,
  phase: 'step',
  docs: 'workload-target.md',
  check: {
    step(ctx, out) {
      const to = ctx.move?.to;
      if (!to || ctx.cluster.role !== 'workload') return;
      const global = ctx.platform.global;
      if (ctx.platform.globalTier.some((g) => compareVersions(g.version, to) < 0)) return;
      if (matchesVersion(global.version, to)) return;
      out.report(
        `step ${ctx.step.index} moves workload ${ctx.cluster.name} to ${to.text}, but the global cluster ${global.name} is on ${global.version.text} at that point, and a workload can only be upgraded to the global's current version; ${compareMinor(to, global.version) < 0 ? `move ${ctx.cluster.name} before the global tier leaves ${minorOf(to)}, or ` : ''}set this step's "to" to ${global.version.text}`,
        ctx.step.to!.at,
        { cluster: ctx.cluster.name, step: ctx.step.index },
      );
    },
  },
});
