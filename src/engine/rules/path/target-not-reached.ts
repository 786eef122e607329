// path/target-not-reached: after the last step the global tier (and the DR standby) is on the
// plan's target, exactly.
import type { ClusterState } from '../../state.js';
import { preferredRoute } from '../../routes.js';
import { compareMinor, compareVersions, matchesVersion } from '../../versions.js';
import { type PlanContext, defineRule } from '../rule.js';
import { routeAdvice } from './route-advice.js';

export const targetNotReached = defineRule({
  id: 'path/target-not-reached',
  severity: 'error',
  title: 'The global tier does not reach the target',
  waivable: false,
  phase: 'plan',
  docs: 'target-not-reached.md',
  check: {
    plan(ctx, out) {
      const { plan, journey } = ctx;
      // A target below where the global already is: path/downgrade.
      if (compareVersions(plan.target, journey.initialGlobal) < 0) return;
      for (const state of journey.platform.globalTier) {
        // clusters.yaml may name only a minor ("4.3": any patch); the target is exact.
        if (matchesVersion(state.version, plan.target)) continue;
        out.report(message(ctx, state), plan.targetAt, { cluster: state.name });
      }
    },
  },
});

function message({ catalog, plan, journey }: PlanContext, state: ClusterState): string {
  const target = plan.target;
  const role = state.role === 'standby' ? 'the DR standby' : 'the global cluster';
  const head = `after the last step ${role} ${state.name} is on ${state.version.text}, not the target ${target.text}`;
  if (compareVersions(state.version, target) > 0) {
    return `${head}: it ends past the target; set target to ${state.version.text}, or stop ${state.name} at ${target.text}`;
  }
  if (compareMinor(state.version, target) === 0) {
    return `${head}; add a step that moves ${state.name} to ${target.text}`;
  }
  const route = preferredRoute(catalog, state.version, target, journey.platform.all());
  if (!route) return `${head}, and the catalog has no supported route there`;
  if (route.length === 1) return `${head}; add a step that moves ${state.name} to ${target.text}`;
  return `${head}; add steps for ${state.name}: ${routeAdvice(catalog, state.version, route, target)}`;
}
