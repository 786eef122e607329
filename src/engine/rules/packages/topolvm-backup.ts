// packages/topolvm-backup (release-4.1 upgrade pages): "If you are upgrading from 3.18 and the
// Build of TopoLVM is installed, you must back up and delete the related TopoLVM resources before
// proceeding with the upgrade. Otherwise, the cluster upgrade will fail." The runbook carries the
// page's commands around each such cluster's upgrade; the finding makes sure the window plans
// for them.
import { alongEdges, matchesPatterns } from '../../catalog/catalog.js';
import { minorOf } from '../../versions.js';
import { defineRule } from '../rule.js';

export const topolvmBackup = defineRule({
  id: 'packages/topolvm-backup',
  severity: 'warning',
  title: "TopoLVM's resources must be backed up and deleted around this upgrade",
  waivable: true,
  phase: 'step',
  docs: 'topolvm-backup.md',
  check: {
    step(ctx, out) {
      const move = ctx.move;
      if (!move || !ctx.apps) return;
      for (const rule of ctx.catalog.packageRules) {
        if (rule.rule !== 'packages/topolvm-backup') continue;
        if (!alongEdges(rule.edges, move.from, move.to)) continue;
        const apps = ctx.apps.list.filter(
          (app) =>
            app.installed.some((i) => i.cluster === ctx.cluster.name) &&
            matchesPatterns(rule.application, app.name, app.displayName),
        );
        for (const app of apps) {
          const label = app.displayName ? `${app.displayName} (${app.name})` : app.name;
          out.report(
            `step ${ctx.step.index} moves ${ctx.cluster.name} from ${move.from.text} to ${move.to.text}, and ${label} runs there: ${minorOf(move.from)} -> ${minorOf(move.to)} needs its TopoLVM resources backed up and deleted before the upgrade and re-created after it, or the cluster upgrade fails; plan the window for the runbook's ${rule.id} steps (on ${ctx.cluster.name} and on the global cluster)`,
            move.step.to!.at,
            { cluster: ctx.cluster.name, step: ctx.step.index, package: app.name },
          );
        }
      }
    },
  },
});
