// order/global-first: a workload may only go where the whole global tier already is.
import { compareVersions } from '../../versions.js';
import { defineRule } from '../rule.js';

export const globalFirst = defineRule({
  id: 'order/global-first',
  severity: 'error',
  title: 'A workload cluster moves before the global tier',
  waivable: false,
  phase: 'step',
  docs: 'global-first.md',
  check: {
    step(ctx, out) {
      const to = ctx.move?.to;
      if (!to || ctx.cluster.role !== 'workload') return;
      const behind = ctx.platform.globalTier.filter((g) => compareVersions(g.version, to) < 0);
      if (behind.length === 0) return;
      const where = behind.map((g) => `${g.name} is on ${g.version.text}`).join(' and ');
      out.report(
        `step ${ctx.step.index} moves workload ${ctx.cluster.name} to ${to.text}, but ${where} at that point; upgrade the global tier${ctx.platform.standby ? ' (standby, then primary)' : ''} to ${to.text} in an earlier step`,
        ctx.at,
        { cluster: ctx.cluster.name, step: ctx.step.index },
      );
    },
  },
});
