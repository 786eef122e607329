// path/* rules: is each move a supported upgrade edge, are its Kubernetes prerequisites met, does
// anything go down, and does the global tier reach the target.
import { type Catalog, type Edge, edgeKey, matchesPatterns } from '../catalog/catalog.js';
import { type Finding, finding } from '../findings.js';
import type { Apps, Loc } from '../inventory/model.js';
import { describeRoute, preferredRoute } from '../routes.js';
import type { ClusterState, Move, PlatformState, StepContext } from '../state.js';
import {
  type Version,
  compareMinor,
  compareVersions,
  exactVersion,
  matchesVersion,
  minorOf,
} from '../versions.js';
import { kubernetesFix } from './kubernetes.js';

function at(
  rule: Finding['rule'],
  message: string,
  loc: Loc,
  ctx?: StepContext,
  cluster = ctx?.cluster.name,
): Finding {
  return finding(
    rule,
    message,
    loc.file,
    loc.offset,
    ctx ? { cluster: cluster!, step: ctx.step.index } : {},
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

/** path/unsupported for a move between minors; returns the edge when the catalog has one. */
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
  return { edge, findings: [] };
}

/**
 * path/kubernetes-prerequisite: an edge with an `at-least` prerequisite needs *all* clusters on
 * that Kubernetes or later. Checked for `clusters` (the global tier when one of it moves along the
 * edge, or the moving cluster itself); workloads are order/workload-kubernetes's when the global
 * tier moves. `reported` keeps each cluster to one finding per release.
 */
export function checkKubernetesPrerequisite(
  ctx: StepContext,
  edge: Edge,
  clusters: readonly ClusterState[],
  reported: Set<string>,
): Finding[] {
  if (edge.kubernetes.kind !== 'at-least') return [];
  const minimum = edge.kubernetes.minimum;
  const { catalog } = ctx.platform;
  const findings: Finding[] = [];
  for (const cluster of clusters) {
    if (compareMinor(cluster.kubernetes, minimum) >= 0) continue;
    const key = `${cluster.name}@${minorOf(edge.to)}`;
    if (reported.has(key)) continue;
    reported.add(key);
    const fix = kubernetesFix(catalog, cluster, edge);
    const whose =
      cluster.name === ctx.cluster.name
        ? ''
        : `, and step ${ctx.step.index} moves ${ctx.cluster.name} along it`;
    findings.push(
      at(
        'path/kubernetes-prerequisite',
        `${minorOf(edge.from)} -> ${minorOf(edge.to)} needs every cluster on Kubernetes ${minimum.text} or later, but ${cluster.name} runs ${cluster.kubernetes.text}${whose}; ` +
          (fix
            ? `add a step before step ${ctx.step.index}: cluster: ${cluster.name}, kubernetes: "${fix.text}"`
            : `no Kubernetes inside ${cluster.name}'s release ${minorOf(cluster.version)} reaches it; check the catalog`),
        ctx.step.to?.at ?? ctx.at,
        ctx,
        cluster.name,
      ),
    );
  }
  return findings;
}

/**
 * path/source-patch: an edge that starts only from listed patches (3.16.0-2 or 3.18.0/1 -> 4.0)
 * needs every cluster of the platform on one of them when the global tier takes it: a cluster
 * still below the edge's target on another version cannot follow. `reported` keeps each cluster
 * to one finding per edge.
 */
export function checkSourcePatch(ctx: StepContext, edge: Edge, reported: Set<string>): Finding[] {
  if (!edge.fromPatches) return [];
  const { catalog } = ctx.platform;
  const patches = edge.fromPatches.map((v) => v.text).join(', ');
  const findings: Finding[] = [];
  for (const cluster of ctx.platform.all()) {
    if (cluster.name === ctx.cluster.name) continue; // its own source is path/unsupported's
    if (compareMinor(cluster.version, edge.to) >= 0) continue;
    if (
      compareMinor(cluster.version, edge.from) === 0 &&
      catalog.allowsSource(edge, cluster.version)
    )
      continue;
    const key = `${cluster.name}@${edgeKey(edge.from, edge.to)}`;
    if (reported.has(key)) continue;
    reported.add(key);
    findings.push(
      at(
        'path/source-patch',
        `step ${ctx.step.index} moves ${ctx.cluster.name} along ${minorOf(edge.from)} -> ${minorOf(edge.to)}, which needs every cluster of the platform on ${patches}, but ${cluster.name} is on ${cluster.version.text}; ${cluster.name} cannot follow from there: bring it to one of those patches first, or check its version in clusters.yaml`,
        ctx.step.to?.at ?? ctx.at,
        ctx,
        cluster.name,
      ),
    );
  }
  return findings;
}

/** path/no-op-step: a step that changes nothing for a cluster would print an empty window. */
export function checkNoOp(ctx: StepContext, loc: Loc): Finding[] {
  const { cluster, step } = ctx;
  const what = step.to
    ? `already on ${cluster.version.text}${step.kubernetes ? ` and Kubernetes ${cluster.kubernetes.text}` : ''}`
    : `already on Kubernetes ${cluster.kubernetes.text}`;
  return [
    at(
      'path/no-op-step',
      `step ${step.index} changes nothing for ${cluster.name}: it is ${what} at that point; remove ${cluster.name} from the step (a repeated step would print a maintenance window that does nothing)`,
      loc,
      ctx,
    ),
  ];
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
  // Each hop names an exact version (`to: 4.0.0`): the operator writes the patch they downloaded.
  const hops = route.map(
    (e, i) => `to: ${i === route.length - 1 ? to.text : exactVersion(e.to).text}`,
  );
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
    // clusters.yaml may name only a minor ("4.3": any patch); the target is exact.
    if (matchesVersion(state.version, plan.target)) continue;
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
  if (compareVersions(state.version, target) > 0) {
    return `${head}: it ends past the target; set target to ${state.version.text}, or stop ${state.name} at ${target.text}`;
  }
  if (compareMinor(state.version, target) === 0) {
    return `${head}; add a step that moves ${state.name} to ${target.text}`;
  }
  const route = preferredRoute(catalog, state.version, target, platform.all());
  if (!route) return `${head}, and the catalog has no supported route there`;
  if (route.length === 1) return `${head}; add a step that moves ${state.name} to ${target.text}`;
  return `${head}; add steps for ${state.name}: ${routeAdvice(state.version, route, target)}`;
}

/**
 * path/edge-prerequisite: an edge's prerequisites beyond Kubernetes (3.18 -> 4.1: Istio 1.22;
 * CostManager/Kubecost uninstalled), checked once per edge when the global tier first takes it.
 * An error when apps.yaml shows an application that breaks one; else a notice of what to verify
 * by hand, since only the platform can tell.
 */
export function checkOtherPrerequisites(moves: readonly Move[], apps: Apps | undefined): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<Edge>();
  for (const move of moves) {
    const edge = move.edge;
    if (!edge?.prerequisites?.length || move.cluster.role === 'workload' || seen.has(edge))
      continue;
    seen.add(edge);
    const path = `${minorOf(edge.from)} -> ${minorOf(edge.to)}`;
    const broken = edge.prerequisites.flatMap((p) => {
      const patterns = p.notInstalled;
      if (!patterns) return [];
      const found = (apps?.list ?? []).filter(
        (app) => app.installed.length > 0 && matchesPatterns(patterns, app.name, app.displayName),
      );
      return found.length > 0 ? [{ prerequisite: p, apps: found }] : [];
    });
    const step = `step ${move.step.index} moves ${move.cluster.name} along ${path}`;
    const loc = move.step.to!.at;
    if (broken.length > 0) {
      const byHand = edge.prerequisites.filter((p) => !broken.some((b) => b.prerequisite === p));
      const also = byHand.length
        ? `; also verify by hand: ${byHand.map((p) => p.verify).join('; ')}`
        : '';
      for (const { prerequisite, apps: found } of broken) {
        const where = found
          .map((app) => `${app.name} on ${app.installed.map((i) => i.cluster).join(', ')}`)
          .join('; ');
        findings.push(
          at(
            'path/edge-prerequisite',
            `${step}, which needs: ${prerequisite.verify}; apps.yaml shows ${where}: uninstall it before the upgrade (and export apps.yaml again)${also}`,
            loc,
            move,
          ),
        );
      }
      continue;
    }
    findings.push({
      ...at(
        'path/edge-prerequisite',
        `${step}, which also needs what the inventory cannot show; verify by hand before the window: ${edge.prerequisites.map((p) => p.verify).join('; ')}`,
        loc,
        move,
      ),
      severity: 'notice',
    });
  }
  return findings;
}
