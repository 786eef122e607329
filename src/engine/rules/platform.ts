// platform/* rules: what the global tier needs on disk before its upgrade.
import type { Catalog } from '../catalog/catalog.js';
import { type Finding, finding } from '../findings.js';
import type { Move } from '../state.js';

/**
 * platform/minio-space: /cpaas/minio on the global (and standby) control-plane nodes needs the
 * catalog's minimum free; an error below it, a notice when clusters.yaml does not say.
 */
export function checkMinioSpace(catalog: Catalog, moves: Move[]): Finding[] {
  const minimum = catalog.minio.minFreeGB;
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const move of moves) {
    const spec = move.cluster.spec;
    if (spec.role === 'workload' || seen.has(spec.name)) continue;
    seen.add(spec.name);
    const details = { cluster: spec.name };
    if (spec.minioFreeGB === undefined) {
      findings.push(
        finding(
          'platform/minio-space',
          `${spec.name} does not declare minioFreeGB; check that /cpaas/minio has at least ${minimum} GB free on every control-plane node before the window (df -BG /cpaas/minio), then record the smallest value in clusters.yaml`,
          spec.at.file,
          spec.at.offset,
          { ...details, severity: 'notice' },
        ),
      );
    } else if (spec.minioFreeGB < minimum) {
      const at = spec.minioAt ?? spec.at;
      findings.push(
        finding(
          'platform/minio-space',
          `${spec.name} has ${spec.minioFreeGB} GB free in /cpaas/minio; the upgrade needs at least ${minimum} GB on every control-plane node: free space before the window`,
          at.file,
          at.offset,
          details,
        ),
      );
    }
  }
  return findings;
}
