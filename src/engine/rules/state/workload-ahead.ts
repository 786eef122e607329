// state/workload-ahead (ACP-FACTS ordering rule 2): a workload is never ahead of the global tier.
import { compareVersions } from '../../versions.js';
import { defineRule } from '../rule.js';

export const workloadAhead = defineRule({
  id: 'state/workload-ahead',
  severity: 'error',
  title: 'A workload starts on a newer version than the global tier',
  waivable: false,
  phase: 'state',
  docs: 'workload-ahead.md',
  check: {
    state({ platform }, out) {
      const global = platform.global.spec;
      const standby = platform.standby?.spec;
      for (const workload of platform.workloads()) {
        const spec = workload.spec;
        const ahead = [global, ...(standby ? [standby] : [])].filter(
          (g) => compareVersions(spec.version, g.version) > 0,
        );
        if (ahead.length === 0) continue;
        const tier = ahead.map((g) => `${g.name} (${g.version.text})`).join(' and ');
        out.report(
          `workload ${spec.name} is on ${spec.version.text}, ahead of ${tier}; a workload cluster can only reach a version the global tier already runs, so check ${spec.name}'s version in clusters.yaml`,
          spec.versionAt,
          { cluster: spec.name },
        );
      }
    },
  },
});
