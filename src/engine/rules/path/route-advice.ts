// The route advice path/* messages share: the shortest supported route, one step per hop.
import type { Edge } from '../../catalog/catalog.js';
import { describeRoute } from '../../routes.js';
import { type Version, exactVersion } from '../../versions.js';

/** `the shortest supported route is 3.18 -> 4.0 -> 4.3: one step per hop (to: 4.0.0, then to: 4.3.0)` */
export function routeAdvice(from: Version, route: readonly Edge[], to: Version): string {
  // Each hop names an exact version (`to: 4.0.0`): the operator writes the patch they downloaded.
  const hops = route.map(
    (e, i) => `to: ${i === route.length - 1 ? to.text : exactVersion(e.to).text}`,
  );
  return `the shortest supported route is ${describeRoute(from, route)}: one step per hop (${hops.join(', then ')})`;
}
