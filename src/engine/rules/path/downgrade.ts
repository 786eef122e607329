// path/downgrade: ACP upgrades only go up, the Distribution Version and Kubernetes alike, and so
// does the plan's target.
import { compareVersions } from '../../versions.js';
import { defineRule } from '../rule.js';

export const downgrade = defineRule({
  id: 'path/downgrade',
  severity: 'error',
  title: 'A step lowers a version',
  waivable: false,
  phase: 'step',
  docs: 'downgrade.md',
  check: {
    step(ctx, out) {
      const { cluster, step } = ctx;
      const say = (what: string, from: string, to: string) =>
        `step ${step.index} would take ${cluster.name}'s ${what} from ${from} down to ${to}; ACP upgrades only go up: fix the version or remove the step`;
      const details = { cluster: cluster.name, step: step.index };
      if (ctx.versionDown && step.to) {
        out.report(
          say('Distribution Version', cluster.version.text, step.to.version.text),
          step.to.at,
          details,
        );
      }
      const { kubernetes } = ctx;
      if (kubernetes.down) {
        out.report(
          say('Kubernetes', kubernetes.from.text, kubernetes.to.text),
          kubernetes.at,
          details,
        );
      }
    },
    plan({ plan, journey }, out) {
      if (compareVersions(plan.target, journey.initialGlobal) >= 0) return;
      out.report(
        `the target ${plan.target.text} is below the global cluster's current ${journey.initialGlobal.text}; ACP upgrades only go up`,
        plan.targetAt,
      );
    },
  },
});
