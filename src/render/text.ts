// The report for a terminal: short lines, errors first, commands ready to copy.
import type { Report } from '../engine/report.js';
import { bySeverity } from '../engine/report.js';
import { INVISIBLE } from '../engine/characters.js';

/** Controls but tab and line feed (the report's own layout), and the invisible characters. */
const TERMINAL_UNSAFE = new RegExp(`[\\u0000-\\u0008\\u000b-\\u001f${INVISIBLE}]`, 'g');

/**
 * Terminal escapes from a file must not reach the terminal, nor bidirectional overrides, which
 * would show a command in another order than the one it runs in.
 */
function clean(text: string): string {
  return text.replace(TERMINAL_UNSAFE, '?');
}

export function renderText(report: Report): string {
  const out: string[] = [];
  const { summary } = report;
  const counts = [
    plural(summary.errors, 'error'),
    plural(summary.warnings, 'warning'),
    plural(summary.notices, 'notice'),
    ...(summary.waived ? [`${summary.waived} waived`] : []),
  ].join(', ');
  const title = report.mode === 'drift' ? 'drift check' : 'upgrade check';
  out.push(
    `acp-upgrade-check ${title}: ${report.verdict.toUpperCase()} (${counts})${report.target ? `, target ${report.target}` : ''}, inventory ${report.inventory}`,
  );

  if (report.findings.length > 0) {
    out.push('', 'Findings');
    for (const f of bySeverity(report.findings)) {
      const level = f.waived ? 'waived' : f.severity;
      out.push(`  ${level.padEnd(7)} ${f.rule}  ${f.file}:${f.line}:${f.column}`);
      out.push(`          ${f.message}`);
      if (f.waiver)
        out.push(
          `          waived: ${f.waiver.reason}${f.waiver.owner ? ` (${f.waiver.owner})` : ''}`,
        );
    }
  }

  if (report.timeline.length > 0) {
    out.push('', 'Plan');
    for (const t of report.timeline) {
      const move =
        t.from.version === t.to.version
          ? `Kubernetes ${t.from.kubernetes} -> ${t.to.kubernetes}`
          : `${t.from.version} -> ${t.to.version} (Kubernetes ${t.from.kubernetes} -> ${t.to.kubernetes})`;
      out.push(`  step ${String(t.step).padEnd(3)} ${t.cluster} (${t.role}): ${move}`);
    }
  }

  if (report.downloads.length > 0) {
    out.push('', 'Downloads');
    for (const d of report.downloads) {
      const box = d.status === 'present' ? '[x]' : '[ ]';
      const what =
        d.kind === 'core'
          ? `Core ${d.version}`
          : `${d.name ?? d.displayName} (${d.type ?? 'package'})`;
      const status = d.status === 'present' ? (d.file ?? '') : d.status.toUpperCase();
      const why =
        d.kind === 'package' && d.reasons.some((r) => r !== 'installed')
          ? `  [${d.reasons.join(', ')}]`
          : '';
      out.push(`  ${box} ${what}  ${status}${why}`);
    }
  }

  if (report.commands.length > 0) {
    out.push('', 'Commands (in order)');
    for (const c of report.commands) out.push(`  # ${c.note}`, `  ${c.shell}`);
  }

  if (report.suggestedPlan) {
    out.push('', 'Suggested plan.yaml (passes the check):');
    out.push(
      ...report.suggestedPlan
        .trimEnd()
        .split('\n')
        .map((line) => `  ${line}`),
    );
  }
  return `${clean(out.join('\n'))}\n`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
