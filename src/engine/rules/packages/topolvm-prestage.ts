// packages/topolvm-prestage: along the catalog's pre-stage edges, an installed TopoLVM has its
// package pushed to the clusters that run it before the global step.
import { minorOf } from '../../versions.js';
import { defineRule } from '../rule.js';
import { servingHint } from './serving-hint.js';

export const topolvmPrestage = defineRule({
  id: 'packages/topolvm-prestage',
  severity: 'error',
  title: 'TopoLVM must be pushed before this upgrade',
  waivable: true,
  phase: 'packages',
  docs: 'topolvm-prestage.md',
  check: {
    packages({ downloads }, out) {
      for (const download of downloads.list) {
        if (download.kind !== 'package' || download.status !== 'missing') continue;
        if (download.scenario || !download.prestage) continue;
        const name = download.name ?? download.displayName ?? 'package';
        const { move } = download.prestage;
        const clusters = download.clusters.filter(
          (c) => move.platform.clusters.byName.get(c)?.role !== 'standby',
        );
        out.report(
          `${name} (TopoLVM) runs on ${download.clusters.join(', ')}, and ${minorOf(move.from)} -> ${minorOf(move.to)} needs its package pushed to those clusters (--clusters ${clusters.join(',')}) before step ${move.step.index} moves ${move.cluster.name}; download it${servingHint(download, downloads)} and add it to packages.yaml`,
          move.at,
          { cluster: move.cluster.name, step: move.step.index, package: name },
        );
      }
    },
  },
});
