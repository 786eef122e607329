// platform/minio-space: /cpaas/minio on the global (and standby) control-plane nodes needs the
// catalog's minimum free; an error below it, a notice when clusters.yaml does not say.
import { defineRule } from '../rule.js';

export const minioSpace = defineRule({
  id: 'platform/minio-space',
  severity: 'error',
  title: 'Too little free space in /cpaas/minio',
  waivable: true,
  phase: 'step',
  alsoReports: [{ severity: 'notice', when: 'when `minioFreeGB` is not declared' }],
  docs: 'minio-space.md',
  check: {
    step(ctx, out) {
      const spec = ctx.cluster.spec;
      if (!ctx.move || spec.role === 'workload' || !out.once(spec.name)) return;
      const minimum = ctx.catalog.minio.minFreeGB;
      if (spec.minioFreeGB === undefined) {
        out.report(
          `${spec.name} does not declare minioFreeGB; check that /cpaas/minio has at least ${minimum} GB free on every control-plane node before the window (df -BG /cpaas/minio), then record the smallest value in clusters.yaml`,
          spec.at,
          { cluster: spec.name, severity: 'notice' },
        );
      } else if (spec.minioFreeGB < minimum) {
        out.report(
          `${spec.name} has ${spec.minioFreeGB} GB free in /cpaas/minio; the upgrade needs at least ${minimum} GB on every control-plane node: free space before the window`,
          spec.minioAt ?? spec.at,
          { cluster: spec.name },
        );
      }
    },
  },
});
