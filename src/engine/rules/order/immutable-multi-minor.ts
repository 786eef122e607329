// order/immutable-multi-minor (ACP-FACTS ordering rule 5): immutable infrastructure needs
// artifacts for every Kubernetes minor it passes.
import { minorDistance, minorOf } from '../../versions.js';
import { defineRule } from '../rule.js';

export const immutableMultiMinor = defineRule({
  id: 'order/immutable-multi-minor',
  severity: 'warning',
  title: 'An immutable-infrastructure cluster jumps more than one Kubernetes minor',
  waivable: true,
  phase: 'step',
  docs: 'immutable-multi-minor.md',
  check: {
    step(ctx, out) {
      if (ctx.noop || ctx.kubernetes.down) return;
      if (ctx.cluster.spec.infrastructure !== 'immutable') return;
      const { from, to } = ctx.kubernetes;
      const jump = minorDistance(from, to);
      if (jump <= 1) return;
      const between = Array.from(
        { length: jump - 1 },
        (_, i) => `${from.major}.${from.minor + i + 1}`,
      );
      out.report(
        `step ${ctx.step.index} takes immutable-infrastructure cluster ${ctx.cluster.name} from Kubernetes ${minorOf(from)} to ${minorOf(to)} (${jump} minors); stage the intermediate artifacts (${between.join(', ')}) before the window`,
        ctx.kubernetes.at,
        { cluster: ctx.cluster.name, step: ctx.step.index },
      );
    },
  },
});
