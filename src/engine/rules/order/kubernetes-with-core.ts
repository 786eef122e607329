// order/kubernetes-with-core (ACP-FACTS ordering rule 5): a release's Core is validated on its own
// Kubernetes minor, so Kubernetes moves with Core in the same window.
import { compareMinor, minorOf } from '../../versions.js';
import { defineRule } from '../rule.js';

export const kubernetesWithCore = defineRule({
  id: 'order/kubernetes-with-core',
  severity: 'warning',
  title: "A cluster reaches a release without that release's Kubernetes",
  waivable: true,
  phase: 'step',
  docs: 'kubernetes-with-core.md',
  check: {
    step(ctx, out) {
      const to = ctx.move?.to;
      if (!to || ctx.kubernetes.down) return;
      const kubernetes = ctx.kubernetes.to;
      const creation = ctx.catalog.release(to)?.creation;
      if (!creation || creation.some((v) => compareMinor(v, kubernetes) === 0)) return;
      out.report(
        `${ctx.cluster.name} reaches ${to.text} on Kubernetes ${kubernetes.text}, but ${minorOf(to)} is validated on ${creation.map((v) => v.text).join(', ')}; upgrade Kubernetes in the same window (drop "kubernetes" from step ${ctx.step.index}, or set it to ${creation[0]!.text})`,
        ctx.kubernetes.at,
        { cluster: ctx.cluster.name, step: ctx.step.index },
      );
    },
  },
});
