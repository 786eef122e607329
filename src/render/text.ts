// The report for a terminal: short lines, errors first, commands ready to copy.
import type { Command } from '../engine/commands.js';
import type { Report } from '../engine/report.js';
import { bySeverity } from '../engine/report.js';
import { oneLine } from '../engine/characters.js';
import { downloadsByHop, runbookSections, sectionHeading } from './runbook.js';
import { suggestionWords } from './suggestion.js';

/**
 * One value of the report, safe to print on one line (oneLine): a value from a file can neither
 * start a line of its own (a `::error` workflow command at column 0, a command under a `# note`
 * of the runbook) nor show a command in another order than the one it runs in. Every value goes
 * through here; the report's own layout adds the line breaks.
 */
const safe = oneLine;

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
    `acp-upgrade-check ${title}: ${report.verdict.toUpperCase()} (${counts})${report.target ? `, target ${safe(report.target)}` : ''}, inventory ${safe(report.inventory)}`,
  );

  const { overrides, added } = report.catalog;
  if (overrides.length > 0 || added.length > 0) {
    out.push('', 'Catalog changes (catalog.yaml; the plan is judged by these)');
    for (const o of overrides) {
      out.push(
        `  replaces ${safe(o.entry)}  ${safe(o.file)}:${o.line}:${o.column}`,
        `          built-in: ${safe(o.builtin)}`,
        `          now:      ${safe(o.user)}`,
      );
    }
    for (const a of added) out.push(`  adds ${safe(a)}`);
  }

  if (report.waivers.length > 0) {
    out.push('', 'Waivers');
    for (const w of report.waivers) {
      const scope = [
        ...(w.cluster !== undefined ? [`cluster ${safe(w.cluster)}`] : []),
        ...(w.package !== undefined ? [`package ${safe(w.package)}`] : []),
      ];
      out.push(
        `  ${safe(w.rule)}${scope.length ? ` (${scope.join(', ')})` : ''}: ${w.status}${w.status === 'applied' ? ` to ${w.matched}` : ''}, owner ${safe(w.owner)}, expires ${safe(w.expires)}`,
        `          ${safe(w.reason)}`,
      );
    }
  }

  if (report.findings.length > 0) {
    out.push('', 'Findings');
    for (const f of bySeverity(report.findings)) {
      const level = f.waived ? 'waived' : f.severity;
      out.push(`  ${level.padEnd(7)} ${safe(f.rule)}  ${safe(f.file)}:${f.line}:${f.column}`);
      out.push(`          ${safe(f.message)}`);
      if (f.waiver)
        out.push(
          `          waived: ${safe(f.waiver.reason)}${f.waiver.owner ? ` (${safe(f.waiver.owner)})` : ''}`,
        );
    }
  }

  if (report.timeline.length > 0) {
    out.push('', 'Plan');
    for (const t of report.timeline) {
      const move =
        t.from.version === t.to.version
          ? `Kubernetes ${safe(t.from.kubernetes)} -> ${safe(t.to.kubernetes)}`
          : `${safe(t.from.version)} -> ${safe(t.to.version)} (Kubernetes ${safe(t.from.kubernetes)} -> ${safe(t.to.kubernetes)})`;
      out.push(`  step ${String(t.step).padEnd(3)} ${safe(t.cluster)} (${safe(t.role)}): ${move}`);
    }
  }

  out.push(...downloadLines(report), ...commandLines(report));

  if (report.suggestedPlan) {
    out.push('', `Suggested plan.yaml (${safe(suggestionWords(report))}):`);
    out.push(
      ...report.suggestedPlan
        .trimEnd()
        .split('\n')
        .map((line) => `  ${safe(line)}`),
    );
  }
  return `${out.join('\n')}\n`;
}

function downloadLines(report: Report): string[] {
  if (report.downloads.length === 0) return [];
  const out = ['', 'Downloads'];
  const groups = downloadsByHop(report.downloads);
  for (const group of groups) {
    if (groups.length > 1) out.push(`  for the upgrade to ${safe(group.hop)}:`);
    for (const d of group.downloads) {
      const box = d.status === 'present' ? '[x]' : '[ ]';
      const what =
        d.kind === 'core'
          ? `Core ${safe(d.version)}`
          : `${safe(d.name ?? d.displayName ?? 'package')}${d.version !== undefined ? ` ${safe(d.version)}` : ''} (${safe(d.type ?? 'package')})`;
      const status = d.status === 'present' ? safe(d.file ?? '') : d.status.toUpperCase();
      const why =
        d.kind === 'package' && d.reasons.some((r) => r !== 'installed')
          ? `  [${d.reasons.join(', ')}]`
          : '';
      out.push(`  ${box} ${what}  ${status}${why}`);
    }
  }
  return out;
}

/**
 * The runbook, one window at a time. Headings are comment lines, so that the whole section can be
 * pasted into bash as it is; every value in them goes through safe() on its own.
 */
function commandLines(report: Report): string[] {
  if (report.commands.length === 0) return [];
  const out = ['', 'Commands (in order)'];
  const block = (list: Command[]) =>
    list.flatMap((c) =>
      c.shell === '' ? [`  # ${safe(c.note)}`] : [`  # ${safe(c.note)}`, `  ${safe(c.shell)}`],
    );
  const sections = runbookSections(report);
  for (const section of sections)
    out.push(`  # ==== ${sectionHeading(section, safe)} ====`, ...block(section.commands));
  return out;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
