// path/edge-prerequisite: an edge's prerequisites beyond Kubernetes (3.18 -> 4.1: Istio 1.22;
// CostManager/Kubecost uninstalled), checked once per edge when the global tier first takes it.
// An error when apps.yaml shows an application that breaks one; else a notice of what to verify
// by hand, since only the platform can tell.
import { edgeKey, matchesPatterns } from '../../catalog/catalog.js';
import { minorOf } from '../../versions.js';
import { defineRule } from '../rule.js';

export const edgePrerequisite = defineRule({
  id: 'path/edge-prerequisite',
  severity: 'error',
  title: "An upgrade path's prerequisites beyond Kubernetes",
  waivable: true,
  phase: 'step',
  alsoReports: [{ severity: 'notice' }],
  docs: 'edge-prerequisite.md',
  check: {
    step(ctx, out) {
      const move = ctx.move;
      const edge = move?.edge;
      if (!move || !edge?.prerequisites?.length || move.cluster.role === 'workload') return;
      if (!out.once(edgeKey(edge.from, edge.to))) return;
      const path = `${minorOf(edge.from)} -> ${minorOf(edge.to)}`;
      const broken = edge.prerequisites.flatMap((p) => {
        const patterns = p.notInstalled;
        if (!patterns) return [];
        const found = (ctx.apps?.list ?? []).filter(
          (app) => app.installed.length > 0 && matchesPatterns(patterns, app.name, app.displayName),
        );
        return found.length > 0 ? [{ prerequisite: p, apps: found }] : [];
      });
      const step = `step ${move.step.index} moves ${move.cluster.name} along ${path}`;
      const at = move.step.to!.at;
      const details = { cluster: move.cluster.name, step: move.step.index };
      // What apps.yaml shows not installed holds; the rest only the platform can tell.
      const byHand = edge.prerequisites.filter((p) => !p.notInstalled || !ctx.apps);
      if (broken.length === 0) {
        if (byHand.length === 0) return;
        out.report(
          `${step}, which also needs what the inventory cannot show; verify by hand before the window: ${byHand.map((p) => p.verify).join('; ')}`,
          at,
          { ...details, severity: 'notice' },
        );
        return;
      }
      const also = byHand.length
        ? `; also verify by hand: ${byHand.map((p) => p.verify).join('; ')}`
        : '';
      for (const { prerequisite, apps } of broken) {
        const where = apps
          .map((app) => `${app.name} on ${app.installed.map((i) => i.cluster).join(', ')}`)
          .join('; ');
        out.report(
          `${step}, which needs: ${prerequisite.verify}; apps.yaml shows ${where}: ${prerequisite.fix ?? 'uninstall it before the upgrade (and export apps.yaml again)'}${also}`,
          at,
          details,
        );
      }
    },
  },
});
