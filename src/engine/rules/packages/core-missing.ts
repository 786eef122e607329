// packages/core-missing: each hop's Core package is in packages.yaml.
import { defineRule } from '../rule.js';

export const coreMissing = defineRule({
  id: 'packages/core-missing',
  severity: 'error',
  title: 'No Core package for a version',
  waivable: true,
  phase: 'packages',
  docs: 'core-missing.md',
  check: {
    packages({ downloads }, out) {
      for (const download of downloads.list) {
        if (download.kind !== 'core' || download.status !== 'missing') continue;
        const move = download.firstMove;
        if (!move) continue;
        out.report(
          `no Core package for ${download.version} in packages.yaml, and step ${move.step.index} moves ${move.cluster.name} there; download it from the Customer Portal and add "- core: ${download.version}" with its file`,
          move.step.to!.at,
          {
            cluster: move.cluster.name,
            step: move.step.index,
            package: `core ${download.version}`,
          },
        );
      }
    },
  },
});
