// Route choice through the catalog's upgrade graph, shared by path/unsupported messages and the
// suggested plan: shortest first; among equals, the one whose Kubernetes prerequisites the
// clusters already meet, then the one through the newer intermediate release.
import type { Catalog, Edge, Release } from './catalog/catalog.js';
import type { Role } from './inventory/model.js';
import { type Version, compareMinor, compareVersions, minorOf } from './versions.js';

export interface KubernetesView {
  name: string;
  role: Role;
  kubernetes: Version;
}

/** Does every cluster meet this edge's Kubernetes prerequisite as things stand? */
export function edgePrerequisiteMet(
  catalog: Catalog,
  edge: Edge,
  clusters: readonly KubernetesView[],
): boolean {
  return clusters.every((c) => kubernetesMeets(catalog, edge, c));
}

/** Whether one cluster meets an edge's Kubernetes prerequisite. */
export function kubernetesMeets(catalog: Catalog, edge: Edge, cluster: KubernetesView): boolean {
  if (edge.kubernetes.kind === 'at-least') {
    return compareMinor(cluster.kubernetes, edge.kubernetes.minimum) >= 0;
  }
  if (cluster.role !== 'workload') return true;
  return inCompatible(catalog.release(edge.to), cluster.kubernetes);
}

export function inCompatible(release: Release | undefined, kubernetes: Version): boolean {
  if (!release?.compatible) return true;
  return release.compatible.some((v) => compareMinor(v, kubernetes) === 0);
}

/** The preferred shortest route from a version to a target, or undefined when none exists. */
export function preferredRoute(
  catalog: Catalog,
  from: Version,
  to: Version,
  clusters: readonly KubernetesView[],
): Edge[] | undefined {
  const routes = catalog.shortestRoutes(from, to);
  let best: Edge[] | undefined;
  let bestMet = false;
  for (const route of routes) {
    const met = route.every((edge) => edgePrerequisiteMet(catalog, edge, clusters));
    if (!best || (met && !bestMet) || (met === bestMet && newerIntermediates(route, best))) {
      best = route;
      bestMet = met;
    }
  }
  return best;
}

function newerIntermediates(a: Edge[], b: Edge[]): boolean {
  for (let i = 0; i < a.length - 1; i++) {
    const order = compareVersions(a[i]!.to, b[i]!.to);
    if (order !== 0) return order > 0;
  }
  return false;
}

/** `3.18 -> 4.0 -> 4.3` */
export function describeRoute(from: Version, route: readonly Edge[]): string {
  return [minorOf(from), ...route.map((edge) => minorOf(edge.to))].join(' -> ');
}
