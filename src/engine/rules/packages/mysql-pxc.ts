// packages/mysql-pxc (release-4.3 notes): upgrading the global cluster also upgrades the MySQL
// operator, and PXC instances become unmanaged "after upgrading to ACP v4.3.0 or later": every move
// of the global tier from below the rule's release to it or later (4.1/4.2 -> 4.4 included).
import { matchesPatterns } from '../../catalog/catalog.js';
import { compareMinor, minorOf } from '../../versions.js';
import { defineRule } from '../rule.js';

export const mysqlPxc = defineRule({
  id: 'packages/mysql-pxc',
  severity: 'warning',
  title: 'PXC instances become unmanaged after the MySQL operator upgrade',
  waivable: true,
  phase: 'packages',
  docs: 'mysql-pxc.md',
  check: {
    packages({ catalog, apps, downloads }, out) {
      for (const rule of catalog.packageRules) {
        if (rule.rule !== 'packages/mysql-pxc') continue;
        for (const hop of downloads.hops) {
          const move = hop.firstTierMove;
          if (!move || compareMinor(move.to, rule.globalInto) < 0) continue;
          if (compareMinor(hop.from, rule.globalInto) >= 0) continue;
          for (const app of apps.list) {
            if (app.installed.length === 0) continue;
            if (!matchesPatterns(rule.application, app.name, app.displayName)) continue;
            const label = app.displayName ? `${app.name} (${app.displayName})` : app.name;
            out.report(
              `step ${move.step.index} moves ${move.cluster.name} to ${move.to.text}, past ${minorOf(rule.globalInto)}.0, and ${label} runs on ${app.installed.map((i) => i.cluster).join(', ')}: upgrading the global cluster also upgrades the MySQL operator, and PXC instances become unmanaged after that operator upgrade; migrate any PXC instances before this step (waive this finding once there are none)`,
              move.at,
              { cluster: move.cluster.name, step: move.step.index, package: app.name },
            );
          }
        }
      }
    },
  },
});
