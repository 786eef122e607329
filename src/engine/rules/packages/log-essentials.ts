// packages/log-essentials: with a log storage plugin installed, a global tier moving to 4.2 or
// later needs the Log Essentials package uploaded before the upgrade.
import { defineRule } from '../rule.js';
import { servingHint } from './serving-hint.js';

export const logEssentials = defineRule({
  id: 'packages/log-essentials',
  severity: 'error',
  title: 'Log Essentials must be uploaded before this upgrade',
  waivable: true,
  phase: 'packages',
  docs: 'log-essentials.md',
  check: {
    packages({ downloads }, out) {
      for (const download of downloads.list) {
        if (download.kind !== 'package' || download.status !== 'missing') continue;
        if (download.scenario || download.prestage || !download.companion) continue;
        const { move, triggers } = download.companion;
        out.report(
          `${triggers.join(', ')} (log storage) is installed and step ${move.step.index} moves ${move.cluster.name} to ${move.to.text}: from 4.2 on, the Alauda Container Platform Log Essentials package must be uploaded before the upgrade; download it${servingHint(download, downloads)} and add it to packages.yaml`,
          move.at,
          { cluster: move.cluster.name, step: move.step.index, package: 'Log Essentials' },
        );
      }
    },
  },
});
