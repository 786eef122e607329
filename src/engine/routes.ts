// Route choice through the catalog's upgrade graph, shared by path/unsupported messages and the
// suggested plan: shortest first; among equals, the one whose Kubernetes prerequisites the
// clusters already meet, then the one through the newer intermediate release.
import type { Catalog, Edge, Release } from './catalog/catalog.js';
import type { Role } from './inventory/model.js';
import { type Version, compareMinor, exactVersion, minorOf } from './versions.js';

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
  // Workloads when the global tier moves, a global-tier cluster when it moves itself (the
  // preflight's KubernetesVersionSupported check).
  return inCompatible(catalog.release(edge.to), cluster.kubernetes);
}

export function inCompatible(release: Release | undefined, kubernetes: Version): boolean {
  if (!release?.compatible) return true;
  return release.compatible.some((v) => compareMinor(v, kubernetes) === 0);
}

/**
 * The preferred shortest route from a version to a target, or undefined when none exists
 * (SPEC §3, path/unsupported): the shortest; among equally short routes, the one whose first hop
 * the clusters can take now, without a Kubernetes-only step; then the one through the newer
 * intermediate releases, compared hop by hop. Built hop by hop from the distances to the target,
 * so its cost is linear in the catalog's size whatever the number of equally short routes.
 */
export function preferredRoute(
  catalog: Catalog,
  from: Version,
  to: Version,
  clusters: readonly KubernetesView[],
): Edge[] | undefined {
  if (compareMinor(from, to) === 0) return [];
  const hops = catalog.hopsTo(to);
  const onShortestRoute = (edge: Edge, here: string) =>
    hops.get(minorOf(edge.to)) === hops.get(here)! - 1;
  // The first hop from the source's own patch (later hops land on a minor), on a shortest route.
  const fewest = shortestFirstHop(catalog, from, hops);
  const first = catalog
    .edgesFrom(from)
    .filter((edge) => catalog.allowsSource(edge, from) && hops.get(minorOf(edge.to)) === fewest);
  if (first.length === 0) return undefined;
  const ready = first.filter((edge) => edgePrerequisiteMet(catalog, edge, clusters));
  const route = [newest(ready.length > 0 ? ready : first)];
  for (;;) {
    const here = minorOf(route[route.length - 1]!.to);
    if (hops.get(here) === 0) return route;
    route.push(
      newest(
        catalog.edgesFrom(route[route.length - 1]!.to).filter((e) => onShortestRoute(e, here)),
      ),
    );
  }
}

/** The fewest hops left after a first hop the source's patch may take. */
function shortestFirstHop(
  catalog: Catalog,
  from: Version,
  hops: ReadonlyMap<string, number>,
): number {
  let best = Infinity;
  for (const edge of catalog.edgesFrom(from)) {
    const left = hops.get(minorOf(edge.to));
    if (left !== undefined && catalog.allowsSource(edge, from)) best = Math.min(best, left);
  }
  return best;
}

function newest(edges: readonly Edge[]): Edge {
  return edges.reduce((best, edge) => (compareMinor(edge.to, best.to) > 0 ? edge : best));
}

/** `3.18 -> 4.0 -> 4.3` */
export function describeRoute(from: Version, route: readonly Edge[]): string {
  return [minorOf(from), ...route.map((edge) => minorOf(edge.to))].join(' -> ');
}

/**
 * Which Kubernetes-only step brings a cluster into an edge's prerequisite: the lowest minor that
 * both the prerequisite accepts and the cluster's current release supports (ACP-FACTS ordering
 * rule 4: upgrade the workload's Kubernetes first, within its current release).
 */
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

/**
 * Where a route stops in an intermediate release: its newest documented patch (the Core package
 * an operator downloads today), else its first.
 */
export function stopOf(catalog: Catalog, release: Version): Version {
  return catalog.release(release)?.latestPatch ?? exactVersion(release);
}
