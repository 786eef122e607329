// order/dr-standby-first: with global DR, the standby reaches a version before the primary.
import { compareVersions } from '../../versions.js';
import { defineRule } from '../rule.js';

export const drStandbyFirst = defineRule({
  id: 'order/dr-standby-first',
  severity: 'error',
  title: 'The primary global moves before the DR standby',
  waivable: false,
  phase: 'step',
  docs: 'dr-standby-first.md',
  check: {
    step(ctx, out) {
      const to = ctx.move?.to;
      const standby = ctx.platform.standby;
      if (!to || ctx.cluster.role !== 'global' || !standby) return;
      if (compareVersions(standby.version, to) >= 0) return;
      out.report(
        `step ${ctx.step.index} moves the primary global ${ctx.cluster.name} to ${to.text} while the DR standby ${standby.name} is still on ${standby.version.text}; upgrade ${standby.name} to ${to.text} in an earlier step`,
        ctx.at,
        { cluster: ctx.cluster.name, step: ctx.step.index },
      );
    },
  },
});
