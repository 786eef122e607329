// The route advice path/* messages share: the shortest supported route, one step per hop.
import type { Catalog, Edge } from '../../catalog/catalog.js';
import { describeRoute, stopOf } from '../../routes.js';
import { type Version, compareMinor } from '../../versions.js';

/**
 * `the shortest supported route is 3.18 -> 4.1 -> 4.3: one step per hop (to: 4.1.6, then to:
 * 4.3.0)`. Each hop names an exact version: the release's newest documented patch, or, for a
 * workload, the global's current version where the global already is (the only target ACP offers
 * a workload).
 */
export function routeAdvice(
  catalog: Catalog,
  from: Version,
  route: readonly Edge[],
  to: Version,
  globalNow?: Version,
): string {
  const hops = route.map((e, i) => {
    if (globalNow && compareMinor(e.to, globalNow) === 0) return `to: ${globalNow.text}`;
    return `to: ${i === route.length - 1 ? to.text : stopOf(catalog, e.to).text}`;
  });
  return `the shortest supported route is ${describeRoute(from, route)}: one step per hop (${hops.join(', then ')})`;
}
