// packages/older-than-installed: a package is not older than what a cluster already runs.
import { defineRule } from '../rule.js';

export const olderThanInstalled = defineRule({
  id: 'packages/older-than-installed',
  severity: 'error',
  title: 'A package is older than what a cluster runs',
  waivable: true,
  phase: 'packages',
  docs: 'older-than-installed.md',
  check: {
    packages({ downloads }, out) {
      for (const { spec, app, olderThan } of downloads.packages) {
        if (olderThan === undefined || !app) continue;
        const where = app.installed.filter((i) => i.version === olderThan).map((i) => i.cluster);
        out.report(
          `the ${spec.name} package ${spec.version} is older than ${olderThan} on ${where.join(', ')}; download ${olderThan} or later`,
          spec.versionAt,
          { package: spec.name },
        );
      }
    },
  },
});
