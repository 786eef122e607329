// state/kubernetes-unsupported: every cluster runs a Kubernetes its own release lists among its
// Compatible Versions, and every workload one that the global's release lists (the support
// matrix holds for the platform as it is, before any step).
import type { Release } from '../../catalog/catalog.js';
import type { ClusterSpec } from '../../inventory/model.js';
import { inCompatible } from '../../routes.js';
import { minorOf } from '../../versions.js';
import { defineRule } from '../rule.js';
import { rangeText } from '../text.js';

export const kubernetesUnsupported = defineRule({
  id: 'state/kubernetes-unsupported',
  severity: 'error',
  title: "A cluster starts on a Kubernetes its release's matrix does not support",
  waivable: false,
  phase: 'state',
  docs: 'kubernetes-unsupported.md',
  check: {
    state({ platform, catalog }, out) {
      const globalSpec = platform.global.spec;
      const globalRelease = catalog.release(globalSpec.version);
      const report = (spec: ClusterSpec, release: Release, whose: string) =>
        out.report(
          `${spec.name} runs Kubernetes ${spec.kubernetes.text}, outside the Compatible Versions of ${whose} (${rangeText(release.compatible!)}); the support matrix is already broken: check ${spec.name}'s kubernetes in clusters.yaml, or bring its Kubernetes into that range before planning an upgrade`,
          spec.kubernetesAt,
          { cluster: spec.name },
        );
      for (const state of platform.all()) {
        const spec = state.spec;
        const own = catalog.release(spec.version);
        if (own?.compatible && !inCompatible(own, spec.kubernetes)) {
          report(spec, own, `its release ${minorOf(spec.version)}`);
        } else if (
          state.role === 'workload' &&
          globalRelease?.compatible &&
          !inCompatible(globalRelease, spec.kubernetes)
        ) {
          report(
            spec,
            globalRelease,
            `the global cluster's release ${minorOf(globalSpec.version)}`,
          );
        }
      }
    },
  },
});
