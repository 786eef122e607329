// Which Kubernetes-only step brings a cluster into an edge's prerequisite: the lowest minor that
// both the prerequisite accepts and the cluster's current release supports (ACP-FACTS ordering
// rule 4: upgrade the workload's Kubernetes first, within its current release).
import type { Catalog, Edge } from '../catalog/catalog.js';
import type { KubernetesView } from '../routes.js';
import { type Version, compareMinor } from '../versions.js';

export function kubernetesFix(
  catalog: Catalog,
  cluster: KubernetesView & { version: Version },
  edge: Edge,
): Version | undefined {
  const accepts = (v: Version) =>
    edge.kubernetes.kind === 'at-least'
      ? compareMinor(v, edge.kubernetes.minimum) >= 0
      : (catalog.release(edge.to)?.compatible ?? []).some((c) => compareMinor(c, v) === 0);
  const current = catalog.release(cluster.version)?.compatible;
  const candidates = current
    ? [...current]
    : edge.kubernetes.kind === 'at-least'
      ? [edge.kubernetes.minimum]
      : [];
  return candidates
    .filter((v) => accepts(v) && compareMinor(v, cluster.kubernetes) >= 0)
    .sort(compareMinor)[0];
}
