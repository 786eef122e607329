// path/unsupported: a move between minors takes an edge of the catalog's upgrade graph ("any other
// pair is unsupported"); the message names the shortest supported route.
import type { Edge } from '../../catalog/catalog.js';
import { preferredRoute } from '../../routes.js';
import { type Version, compareMinor, compareVersions, minorOf } from '../../versions.js';
import { type StepEvent, defineRule } from '../rule.js';
import { routeAdvice } from './route-advice.js';

export const unsupported = defineRule({
  id: 'path/unsupported',
  severity: 'error',
  title: 'A step takes an unsupported upgrade path',
  waivable: false,
  phase: 'step',
  docs: 'unsupported.md',
  check: {
    step(ctx, out) {
      const move = ctx.move;
      if (!move || move.edge || compareMinor(move.from, move.to) === 0) return;
      out.report(message(ctx, move.to), ctx.step.to!.at, {
        cluster: ctx.cluster.name,
        step: ctx.step.index,
      });
    },
  },
});

function message(ctx: StepEvent, to: Version): string {
  const { catalog, plan } = ctx;
  const from = ctx.cluster.version;
  const edge: Edge | undefined = catalog.edge(from, to);
  const head = `step ${ctx.step.index} moves ${ctx.cluster.name} from ${from.text} to ${to.text}`;
  const route = preferredRoute(catalog, from, to, ctx.platform.all());
  if (edge?.fromPatches) {
    const patches = edge.fromPatches.map((v) => v.text).join(', ');
    const limited = `${head}, but ${minorOf(from)} -> ${minorOf(to)} starts only from ${patches}`;
    // A patch above the current one can be reached first; one below cannot (no downgrades).
    if (edge.fromPatches.some((patch) => compareVersions(patch, from) > 0)) {
      return `${limited}; move ${ctx.cluster.name} to one of those patches first`;
    }
    if (route) return `${limited}; ${routeAdvice(catalog, from, route, to, workloadGlobal(ctx))}`;
    const toTarget =
      compareMinor(to, plan.target) !== 0
        ? preferredRoute(catalog, from, plan.target, ctx.platform.all())
        : undefined;
    return toTarget
      ? `${limited}, and no supported route leads from ${from.text} to ${minorOf(to)}; toward the target ${plan.target.text}, ${routeAdvice(catalog, from, toTarget, plan.target, workloadGlobal(ctx))}`
      : `${limited}, and the catalog has no supported route from ${from.text} to ${minorOf(to)}; check the versions, or describe the path in catalog.yaml`;
  }
  if (!route) {
    return `${head}, and the catalog has no supported route from ${minorOf(from)} to ${minorOf(to)}; check the versions, or describe the path in catalog.yaml`;
  }
  return `${head}, which is not a supported upgrade path; ${routeAdvice(catalog, from, route, to, workloadGlobal(ctx))}`;
}

/** For a workload, the global's current version: the only target ACP offers it. */
function workloadGlobal(ctx: StepEvent): Version | undefined {
  return ctx.cluster.role === 'workload' ? ctx.platform.global.version : undefined;
}
