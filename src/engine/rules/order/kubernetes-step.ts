// order/kubernetes-step: a Kubernetes-only step stays inside the current release's Compatible
// Versions.
import { inCompatible } from '../../routes.js';
import { minorOf } from '../../versions.js';
import { PREFLIGHT_REFUSES, defineRule } from '../rule.js';
import { rangeText } from '../text.js';

export const kubernetesStep = defineRule({
  id: 'order/kubernetes-step',
  severity: 'error',
  title: "A Kubernetes-only step leaves the release's Compatible Versions",
  waivable: false,
  notWaivableBecause: PREFLIGHT_REFUSES,
  phase: 'step',
  docs: 'kubernetes-step.md',
  check: {
    step(ctx, out) {
      if (ctx.move || ctx.noop || ctx.kubernetes.down) return;
      const release = ctx.catalog.release(ctx.cluster.version);
      const kubernetes = ctx.kubernetes.to;
      if (!release?.compatible || inCompatible(release, kubernetes)) return;
      out.report(
        `step ${ctx.step.index} moves ${ctx.cluster.name} to Kubernetes ${kubernetes.text}, outside its release ${minorOf(ctx.cluster.version)}'s Compatible Versions (${rangeText(release.compatible)}); pick a version in that range, or move the Distribution Version with it (a step with "to")`,
        ctx.kubernetes.at,
        { cluster: ctx.cluster.name, step: ctx.step.index },
      );
    },
  },
});
