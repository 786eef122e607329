// path/* rules: is each move a supported upgrade edge, are its Kubernetes prerequisites met, does
// anything go down, and does the global tier reach the target.
import type { Catalog, Edge } from '../catalog/catalog.js';
import { type Finding, finding } from '../findings.js';
import type { Loc } from '../inventory/model.js';
import { describeRoute, preferredRoute } from '../routes.js';
import type { ClusterState, PlatformState, StepContext } from '../state.js';
import { type Version, compareMinor, compareVersions, minorOf } from '../versions.js';
import { kubernetesFix } from './kubernetes.js';

function at(rule: Finding['rule'], message: string, loc: Loc, ctx?: StepContext): Finding {
  return finding(
    rule,
    message,
    loc.file,
    loc.offset,
    ctx ? { cluster: ctx.cluster.name, step: ctx.step.index } : {},
  );
}

/** path/downgrade for a Distribution or Kubernetes version that goes down. */
export function checkDowngrade(
  ctx: StepContext,
  what: 'Distribution Version' | 'Kubernetes',
  from: Version,
  to: Version,
  loc: Loc,
): Finding[] {
  if (compareVersions(to, from) >= 0) return [];
  return [
    at(
      'path/downgrade',
      `step ${ctx.step.index} would take ${ctx.cluster.name}'s ${what} from ${from.text} down to ${to.text}; ACP upgrades only go up: fix the version or remove the step`,
      loc,
      ctx,
    ),
  ];
}

/**
 * path/unsupported and path/kubernetes-prerequisite for a move between minors. Returns the edge
 * when the catalog has one, so the simulation can carry on either way.
 */
export function checkEdge(
  ctx: StepContext,
  to: Version,
  loc: Loc,
): { edge: Edge | undefined; findings: Finding[] } {
  const { catalog } = ctx.platform;
  const from = ctx.cluster.version;
  const edge = catalog.edge(from, to);
  if (!edge || !catalog.allowsSource(edge, from)) {
    return {
      edge: undefined,
      findings: [at('path/unsupported', unsupportedMessage(ctx, edge, to), loc, ctx)],
    };
  }
  const findings: Finding[] = [];
  if (
    edge.kubernetes.kind === 'at-least' &&
    compareMinor(ctx.cluster.kubernetes, edge.kubernetes.minimum) < 0
  ) {
    const fix = kubernetesFix(catalog, ctx.cluster, edge);
    findings.push(
      at(
        'path/kubernetes-prerequisite',
        `${minorOf(from)} -> ${minorOf(to)} needs every cluster on Kubernetes ${edge.kubernetes.minimum.text} or later, but ${ctx.cluster.name} runs ${ctx.cluster.kubernetes.text}; ` +
          (fix
            ? `add a step before step ${ctx.step.index}: cluster: ${ctx.cluster.name}, kubernetes: "${fix.text}"`
            : `no Kubernetes inside ${ctx.cluster.name}'s release ${minorOf(from)} reaches it; check the catalog`),
        loc,
        ctx,
      ),
    );
  }
  return { edge, findings };
}

function unsupportedMessage(ctx: StepContext, edge: Edge | undefined, to: Version): string {
  const { catalog, plan } = ctx.platform;
  const from = ctx.cluster.version;
  const head = `step ${ctx.step.index} moves ${ctx.cluster.name} from ${from.text} to ${to.text}`;
  const route = preferredRoute(catalog, from, to, ctx.platform.all());
  if (edge?.fromPatches) {
    const patches = edge.fromPatches.map((v) => v.text).join(', ');
    const limited = `${head}, but ${minorOf(from)} -> ${minorOf(to)} starts only from ${patches}`;
    // A patch above the current one can be reached first; one below cannot (no downgrades).
    if (edge.fromPatches.some((patch) => compareVersions(patch, from) > 0)) {
      return `${limited}; move ${ctx.cluster.name} to one of those patches first`;
    }
    if (route) return `${limited}; ${routeAdvice(from, route, to)}`;
    const toTarget =
      compareMinor(to, plan.target) !== 0
        ? preferredRoute(catalog, from, plan.target, ctx.platform.all())
        : undefined;
    return toTarget
      ? `${limited}, and no supported route leads from ${from.text} to ${minorOf(to)}; toward the target ${plan.target.text}, ${routeAdvice(from, toTarget, plan.target)}`
      : `${limited}, and the catalog has no supported route from ${from.text} to ${minorOf(to)}; check the versions, or describe the path in catalog.yaml`;
  }
  if (!route) {
    return `${head}, and the catalog has no supported route from ${minorOf(from)} to ${minorOf(to)}; check the versions, or describe the path in catalog.yaml`;
  }
  return `${head}, which is not a supported upgrade path; ${routeAdvice(from, route, to)}`;
}

/** `the shortest supported route is 3.18 -> 4.0 -> 4.3: one step per hop (to: 4.0, then to: 4.3.0)` */
function routeAdvice(from: Version, route: readonly Edge[], to: Version): string {
  const hops = route.map((e, i) => `to: ${i === route.length - 1 ? to.text : minorOf(e.to)}`);
  return `the shortest supported route is ${describeRoute(from, route)}: one step per hop (${hops.join(', then ')})`;
}

/** path/target-not-reached, and path/downgrade for a target below where the global already is. */
export function checkTarget(platform: PlatformState, initialGlobal: Version): Finding[] {
  const { plan, catalog } = platform;
  const loc = plan.targetAt;
  if (compareVersions(plan.target, initialGlobal) < 0) {
    return [
      at(
        'path/downgrade',
        `the target ${plan.target.text} is below the global cluster's current ${initialGlobal.text}; ACP upgrades only go up`,
        loc,
      ),
    ];
  }
  const findings: Finding[] = [];
  for (const state of platform.globalTier) {
    if (compareVersions(state.version, plan.target) >= 0) continue;
    findings.push({
      ...at('path/target-not-reached', targetMessage(catalog, platform, state), loc),
      cluster: state.name,
    });
  }
  return findings;
}

function targetMessage(catalog: Catalog, platform: PlatformState, state: ClusterState): string {
  const target = platform.plan.target;
  const role = state.role === 'standby' ? 'the DR standby' : 'the global cluster';
  const head = `after the last step ${role} ${state.name} is on ${state.version.text}, not the target ${target.text}`;
  if (compareMinor(state.version, target) === 0) {
    return `${head}; add a step that moves ${state.name} to ${target.text}`;
  }
  const route = preferredRoute(catalog, state.version, target, platform.all());
  if (!route) return `${head}, and the catalog has no supported route there`;
  if (route.length === 1) return `${head}; add a step that moves ${state.name} to ${target.text}`;
  return `${head}; add steps for ${state.name}: ${routeAdvice(state.version, route, target)}`;
}
