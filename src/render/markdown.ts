// The report as the PR comment and job summary: verdict, findings table, the plan as a Mermaid
// diagram, the download checklist and the commands. Every inventory value goes through escape.ts.
import type { Command } from '../engine/commands.js';
import type { Finding } from '../engine/findings.js';
import type { DownloadReport, Report } from '../engine/report.js';
import { bySeverity } from '../engine/report.js';
import { oneLine } from '../engine/characters.js';
import { code, escapeText, longestRun, mermaidLabel } from './escape.js';
import { downloadsByHop, runbookSections, sectionHeading } from './runbook.js';
import { suggestionWords } from './suggestion.js';

export interface MarkdownOptions {
  /** A hidden first line (the sticky comment's marker). */
  marker?: string;
  /** Base URL of the rule reference; findings link to `${rulesUrl}#<rule-anchor>`. */
  rulesUrl?: string;
  /** Shorten to at most this many characters: drop sections, then findings rows. */
  maxLength?: number;
  /** Where the full report is, named when something had to be left out. */
  fullReportHint?: string;
}

const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const;

/** The anchor of a rule's section in docs/rules.md. */
export function ruleAnchor(rule: string): string {
  return rule.replace(/[^a-z0-9]+/g, '-');
}

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const full = compose(report, options, { sections: 'all', findings: Infinity });
  const limit = options.maxLength;
  if (limit === undefined || full.length <= limit) return full;
  for (const sections of ['no-commands', 'findings-only'] as const) {
    const shorter = compose(report, options, { sections, findings: Infinity });
    if (shorter.length <= limit) return shorter;
  }
  // Still too long: keep as many findings rows as fit.
  let lo = 0;
  let hi = report.findings.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (compose(report, options, { sections: 'findings-only', findings: mid }).length <= limit)
      lo = mid;
    else hi = mid - 1;
  }
  const text = compose(report, options, { sections: 'findings-only', findings: lo });
  // Never cut Markdown mid-way (a cut code span turns inert text into markup): the last resort
  // is a verdict without inventory values.
  return text.length <= limit ? text : verdictOnly(report, options);
}

function verdictOnly(report: Report, options: MarkdownOptions): string {
  const pass = report.verdict === 'pass';
  const what = report.mode === 'drift' ? 'ACP drift check' : 'ACP upgrade check';
  const { errors, warnings, notices } = report.summary;
  return [
    ...(options.marker ? [options.marker] : []),
    `### ${pass ? '✅' : '❌'} ${what}: ${pass ? 'pass' : 'fail'}`,
    '',
    `${errors} errors, ${warnings} warnings, ${notices} notices. Too long for a comment: ${options.fullReportHint ?? 'run the CLI for the full report.'}`,
    '',
  ].join('\n');
}

interface Shape {
  sections: 'all' | 'no-commands' | 'findings-only';
  findings: number;
}

function compose(report: Report, options: MarkdownOptions, shape: Shape): string {
  const out: string[] = [];
  if (options.marker) out.push(options.marker);
  out.push(...header(report), ...catalogChanges(report), ...waivers(report));
  const omitted: string[] = [];

  if (report.findings.length > 0) {
    const rows = bySeverity(report.findings);
    out.push('', '| | Rule | Where | What to do |', '|---|---|---|---|');
    for (const f of rows.slice(0, shape.findings)) out.push(findingRow(f, options.rulesUrl));
    if (rows.length > shape.findings) omitted.push(`${rows.length - shape.findings} more findings`);
  }

  if (shape.sections !== 'findings-only') {
    out.push(...timeline(report), ...downloads(report.downloads));
    if (report.suggestedPlan) {
      const fence = fenceFor(report.suggestedPlan);
      out.push(
        '',
        '#### Suggested plan',
        '',
        `This plan.yaml follows the supported route; ${escapeText(suggestionWords(report))}. Compare it with yours:`,
        '',
        `${fence}yaml`,
        ...report.suggestedPlan.trimEnd().split('\n').map(oneLine),
        fence,
      );
    }
  } else {
    omitted.push('the plan diagram, downloads and commands');
  }
  if (shape.sections === 'all') {
    out.push(...commands(report));
  } else if (shape.sections === 'no-commands') {
    omitted.push('the commands');
  }
  if (omitted.length > 0) {
    out.push(
      '',
      `> Shortened to fit: ${omitted.join(', ')} left out. ${options.fullReportHint ?? 'Run the CLI for the full report.'}`,
    );
  }
  return `${out.join('\n')}\n`;
}

function header(report: Report): string[] {
  const pass = report.verdict === 'pass';
  const what = report.mode === 'drift' ? 'ACP drift check' : 'ACP upgrade check';
  const { errors, warnings, notices, waived } = report.summary;
  const counts = [
    `${errors} error${errors === 1 ? '' : 's'}`,
    `${warnings} warning${warnings === 1 ? '' : 's'}`,
    `${notices} notice${notices === 1 ? '' : 's'}`,
    ...(waived ? [`${waived} waived`] : []),
  ].join(', ');
  const target = report.target ? `Target ${code(report.target)} · ` : '';
  const failOn = report.failOn === 'error' ? '' : ` · fail-on: ${report.failOn}`;
  return [
    `### ${pass ? '✅' : '❌'} ${what}: ${pass ? 'pass' : 'fail'}`,
    '',
    `${target}inventory ${code(report.inventory)} · ${counts}${failOn}`,
  ];
}

/** Rows shown of a list that must always be in the comment (waivers, catalog overrides). */
const LISTED = 50;

/**
 * Every built-in fact catalog.yaml replaced, with both versions, and what it added: the rules a
 * pull request is judged by must not change silently (SPEC §2).
 */
function catalogChanges(report: Report): string[] {
  const { overrides, added } = report.catalog;
  if (overrides.length === 0 && added.length === 0) return [];
  const out = ['', '#### Catalog changes', ''];
  if (overrides.length > 0) {
    out.push(
      `⚠️ \`catalog.yaml\` replaces ${overrides.length} built-in ${overrides.length === 1 ? 'entry' : 'entries'} of the release catalog; this plan is judged by them, not by the ACP documentation:`,
      '',
      '| Entry | Built-in | catalog.yaml | Where |',
      '|---|---|---|---|',
      ...overrides
        .slice(0, LISTED)
        .map(
          (o) =>
            `| ${escapeText(o.entry)} | ${escapeText(o.builtin)} | ${escapeText(o.user)} | ${code(`${o.file}:${o.line}`, true)} |`,
        ),
    );
    if (overrides.length > LISTED) out.push('', `and ${overrides.length - LISTED} more.`);
  }
  if (added.length > 0) {
    const shown = added.slice(0, LISTED).map((a) => escapeText(a));
    out.push(
      ...(overrides.length > 0 ? [''] : []),
      `\`catalog.yaml\` adds: ${shown.join(', ')}${added.length > LISTED ? ` and ${added.length - LISTED} more` : ''}.`,
    );
  }
  return out;
}

/** Every waiver of plan.yaml: what it accepts, who owns it, until when, and what became of it. */
function waivers(report: Report): string[] {
  const list = report.waivers;
  if (list.length === 0) return [];
  const status = (w: Report['waivers'][number]) =>
    w.status === 'applied'
      ? `waives ${w.matched} finding${w.matched === 1 ? '' : 's'}`
      : w.status === 'not-waivable'
        ? 'not applied: the rule cannot be waived'
        : w.status === 'expired'
          ? 'not applied: expired'
          : 'not applied: matches nothing';
  const out = [
    '',
    `#### Waivers (${list.length})`,
    '',
    '| Rule | Scope | Owner | Expires | Reason | |',
    '|---|---|---|---|---|---|',
    ...list.slice(0, LISTED).map((w) => {
      const scope =
        [
          ...(w.cluster !== undefined ? [`cluster ${code(w.cluster, true)}`] : []),
          ...(w.package !== undefined ? [`package ${code(w.package, true)}`] : []),
        ].join(', ') || 'all';
      return `| ${code(w.rule, true)} | ${scope} | ${escapeText(w.owner)} | ${code(w.expires, true)} | ${escapeText(w.reason)} | ${status(w)} |`;
    }),
  ];
  if (list.length > LISTED) out.push('', `and ${list.length - LISTED} more.`);
  return out;
}

function findingRow(f: Finding, rulesUrl: string | undefined): string {
  const icon = f.waived ? '☑️' : ICON[f.severity];
  const rule = rulesUrl
    ? `[${code(f.rule, true)}](${rulesUrl}#${ruleAnchor(f.rule)})`
    : code(f.rule, true);
  const waived = f.waiver
    ? ` *Waived:* ${escapeText(f.waiver.reason)}${f.waiver.owner ? ` (${escapeText(f.waiver.owner)})` : ''}`
    : '';
  return `| ${icon} | ${rule} | ${code(`${f.file}:${f.line}`, true)} | ${escapeText(f.message)}${waived} |`;
}

function timeline(report: Report): string[] {
  if (report.timeline.length === 0) return [];
  const failing = new Set(
    report.findings
      .filter((f) => f.severity === 'error' && !f.waived && f.step !== undefined)
      .map((f) => f.step),
  );
  const steps = new Map<number, Report['timeline']>();
  for (const entry of report.timeline) {
    const list = steps.get(entry.step) ?? [];
    list.push(entry);
    steps.set(entry.step, list);
  }
  const lines = [
    '',
    `#### Plan (${steps.size} step${steps.size === 1 ? '' : 's'})`,
    '',
    '```mermaid',
    'flowchart TD',
  ];
  const ids: string[] = [];
  for (const [step, entries] of steps) {
    const first = entries[0]!;
    const names =
      entries
        .slice(0, 3)
        .map((e) => mermaidLabel(e.cluster))
        .join(', ') + (entries.length > 3 ? ` +${entries.length - 3} more` : '');
    const move =
      first.from.version === first.to.version
        ? `Kubernetes → ${mermaidLabel(first.to.kubernetes)}`
        : `→ ${mermaidLabel(first.to.version)}, Kubernetes ${mermaidLabel(first.to.kubernetes)}`;
    const id = `s${step}`;
    ids.push(id);
    lines.push(`  ${id}["${step}. ${names} ${move}"]`);
    if (failing.has(step)) lines.push(`  class ${id} failing`);
  }
  if (ids.length > 1) lines.push(`  ${ids.join(' --> ')}`);
  lines.push('  classDef failing fill:#ffebe9,stroke:#cf222e,color:#000', '```');
  return lines;
}

function downloads(list: DownloadReport[]): string[] {
  if (list.length === 0) return [];
  const present = list.filter((d) => d.status === 'present').length;
  const lines = ['', `#### Downloads (${present} of ${list.length} ready)`];
  const groups = downloadsByHop(list);
  for (const group of groups) {
    lines.push('');
    if (groups.length > 1) {
      lines.push(`For the upgrade to ${code(group.hop)}:`, '');
    }
    for (const d of group.downloads) lines.push(downloadLine(d));
  }
  return lines;
}

function downloadLine(d: DownloadReport): string {
  const box = d.status === 'present' ? '[x]' : '[ ]';
  const status = d.status === 'present' ? '' : ` · **${d.status}**`;
  const file = d.file ? ` · ${code(d.file)}` : '';
  if (d.kind === 'core') return `- ${box} Core package ${code(d.version)}${status}${file}`;
  const name = d.name !== undefined ? code(d.name) : escapeText(d.displayName ?? 'package');
  const label = d.name !== undefined && d.displayName ? ` (${escapeText(d.displayName)})` : '';
  const where =
    d.clusters.length > 0
      ? ` · on ${d.clusters
          .slice(0, 10)
          .map((c) => code(c))
          .join(', ')}${d.clusters.length > 10 ? ` and ${d.clusters.length - 10} more` : ''}`
      : '';
  const why = d.reasons.filter((r) => r !== 'installed');
  return `- ${box} ${name}${label} ${escapeText(d.type ?? '')}${d.version ? ` ${code(d.version)}` : ''}${status}${file}${where}${why.length ? ` · ${escapeText(why.join(', '))}` : ''}`;
}

function commands(report: Report): string[] {
  if (report.commands.length === 0) {
    return report.findings.some((f) => f.rule.startsWith('input/') && !f.waived)
      ? ['', '#### Commands', '', 'Shown once the inventory loads without input errors.']
      : [];
  }
  const lines = [
    '',
    '#### Commands',
    '',
    'Run in this order, one window at a time; `ACP_PLATFORM_TOKEN` (and the standby registry credentials) come from your environment.',
  ];
  const sections = runbookSections(report);
  for (const section of sections) {
    lines.push(
      '',
      `##### ${sectionHeading(section, (value) => code(value))}`,
      '',
      ...bashBlock(section.commands),
    );
  }
  return lines;
}

/**
 * One window's commands, each under its note. The block is pasted into bash as it is, so a note
 * is a comment of one line whatever it holds (oneLine): a line break in it would start a command
 * of its own. A command line is one line already (shell.ts refuses what would split it).
 */
function bashBlock(list: Command[]): string[] {
  const body = list
    .flatMap((c) => {
      const note = `# ${oneLine(c.note)}`;
      return c.shell === '' ? [note] : [note, oneLine(c.shell)];
    })
    .join('\n');
  const fence = fenceFor(body);
  return [`${fence}bash`, body, fence];
}

/** A code fence longer than any backtick run in the body. */
function fenceFor(body: string): string {
  return '`'.repeat(Math.max(3, longestRun(body, '`') + 1));
}
