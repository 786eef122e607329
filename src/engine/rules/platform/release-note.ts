// platform/release-note: a release note an operator must act on (the catalog's release-note
// rules): a known issue of one patch upgrade (4.2.0 -> 4.2.1), or a change a release brings to
// what is installed (4.4's log stack, when Elasticsearch log storage is installed). Once per rule,
// at the first move it concerns; the runbook repeats its line in each window it concerns.
import { matchesPatterns } from '../../catalog/catalog.js';
import { compareMinor, compareVersions } from '../../versions.js';
import { defineRule } from '../rule.js';

export const releaseNote = defineRule({
  id: 'platform/release-note',
  severity: 'warning',
  title: 'A release note to act on for this upgrade',
  waivable: true,
  phase: 'step',
  docs: 'release-note.md',
  check: {
    step(ctx, out) {
      const move = ctx.move;
      if (!move) return;
      for (const rule of ctx.catalog.packageRules) {
        if (rule.rule !== 'platform/release-note') continue;
        const applies = rule.moves
          ? compareVersions(move.from, rule.moves.from) === 0 &&
            compareVersions(move.to, rule.moves.to) === 0
          : ctx.cluster.role !== 'workload' &&
            compareMinor(move.from, rule.globalInto!) < 0 &&
            compareMinor(move.to, rule.globalInto!) >= 0;
        if (!applies) continue;
        const installed = rule.whenInstalled
          ? (ctx.apps?.list ?? []).filter(
              (a) =>
                a.installed.length > 0 &&
                matchesPatterns(rule.whenInstalled!, a.name, a.displayName),
            )
          : [];
        if (rule.whenInstalled && installed.length === 0) continue;
        if (!out.once(rule.id)) continue;
        const names = installed
          .map(
            (a) =>
              `${a.displayName ? `${a.displayName} (${a.name})` : a.name} on ${a.installed.map((i) => i.cluster).join(', ')}`,
          )
          .join('; ');
        out.report(
          `step ${ctx.step.index} moves ${ctx.cluster.name} from ${move.from.text} to ${move.to.text}${names ? `, and ${names} is installed` : ''}: ${rule.warning} (${rule.id})`,
          move.step.to!.at,
          { cluster: ctx.cluster.name, step: ctx.step.index },
        );
      }
    },
  },
});
