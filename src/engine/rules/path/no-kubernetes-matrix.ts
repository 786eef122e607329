// path/no-kubernetes-matrix: a step moves clusters to a release whose Kubernetes support matrix row
// is not published (4.5 today): the check cannot judge its Kubernetes prerequisites, so it does
// not guess; catalog.yaml can add the row once the documentation publishes it.
import { compareMinor, minorOf } from '../../versions.js';
import { defineRule } from '../rule.js';

export const noKubernetesMatrix = defineRule({
  id: 'path/no-kubernetes-matrix',
  severity: 'error',
  title: 'A step goes to a release without a published Kubernetes matrix',
  waivable: false,
  notWaivableBecause:
    'what the check cannot judge: without the matrix row no Kubernetes prerequisite of the release can be checked',
  phase: 'step',
  docs: 'no-kubernetes-matrix.md',
  check: {
    step(ctx, out) {
      const to = ctx.move?.to;
      // Entering the release: a patch move inside one without a matrix (3.18.0 -> 3.18.1) is not.
      if (!to || compareMinor(ctx.move!.from, to) === 0) return;
      const release = ctx.catalog.release(to);
      if (!release || (release.creation && release.compatible)) return;
      if (!out.once(minorOf(to))) return;
      const minor = minorOf(to);
      out.report(
        `step ${ctx.step.index} moves ${ctx.cluster.name} to ${to.text}, but no Kubernetes support matrix row for ${minor} is published (docs/en/overview/kubernetes-support-matrix.mdx), so its Kubernetes prerequisites cannot be checked and nothing is guessed. Once the documentation publishes the row, add it in catalog.yaml (releases: - version: "${minor}", kubernetes: { creation: [...], compatible: [...] }, source: the page), which the comment lists as a change to the built-in catalog`,
        ctx.step.to!.at,
        { cluster: ctx.cluster.name, step: ctx.step.index },
      );
    },
  },
});
