// path/no-op-step: a step that changes nothing for a cluster would print an empty window.
import { defineRule } from '../rule.js';

export const noOpStep = defineRule({
  id: 'path/no-op-step',
  severity: 'warning',
  title: 'A step changes nothing for a cluster',
  waivable: true,
  phase: 'step',
  docs: 'no-op-step.md',
  check: {
    step(ctx, out) {
      if (!ctx.noop) return;
      const { cluster, step } = ctx;
      const what = step.to
        ? `already on ${cluster.version.text}${step.kubernetes ? ` and Kubernetes ${cluster.kubernetes.text}` : ''}`
        : `already on Kubernetes ${cluster.kubernetes.text}`;
      out.report(
        `step ${step.index} changes nothing for ${cluster.name}: it is ${what} at that point; remove ${cluster.name} from the step (a repeated step would print a maintenance window that does nothing)`,
        step.to?.at ?? ctx.kubernetes.at,
        { cluster: cluster.name, step: step.index },
      );
    },
  },
});
