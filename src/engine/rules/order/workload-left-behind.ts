// order/workload-left-behind (ACP-FACTS ordering rule 6): after the last step a workload is still
// on an older release than the global, inside the target's Compatible Versions. Allowed, and said
// so: upgrading it is optional, and its operators are not pushed for this window.
import { inCompatible } from '../../routes.js';
import { compareMinor, minorOf } from '../../versions.js';
import { defineRule } from '../rule.js';
import { rangeText } from '../text.js';

export const workloadLeftBehind = defineRule({
  id: 'order/workload-left-behind',
  severity: 'notice',
  title: 'A workload stays on an older release (allowed inside the matrix)',
  waivable: true,
  phase: 'plan',
  docs: 'workload-left-behind.md',
  check: {
    plan({ catalog, plan, journey }, out) {
      const { platform } = journey;
      const global = platform.global;
      const target = catalog.release(plan.target);
      for (const workload of platform.workloads()) {
        if (compareMinor(workload.version, global.version) >= 0) continue;
        if (!target?.compatible || !inCompatible(target, workload.kubernetes)) continue;
        out.report(
          `after the last step workload ${workload.name} stays on ${workload.version.text} (Kubernetes ${workload.kubernetes.text}) while ${global.name} is on ${global.version.text}: allowed, since its Kubernetes is inside ${minorOf(plan.target)}'s Compatible Versions (${rangeText(target.compatible)}), and upgrading it is optional; its operators are not pushed for this plan. Add a step to ${global.version.text} to upgrade it too`,
          workload.spec.at,
          { cluster: workload.name },
        );
      }
    },
  },
});
