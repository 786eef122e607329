// The runbook's sections, one per window (SPEC §4): what the comment, the job summary and the
// terminal show as headings, each section with its own block of commands. Pure grouping: the
// headings' values are returned raw, and each renderer escapes them its own way.
import type { Command } from '../engine/commands.js';
import type { DownloadReport, Report } from '../engine/report.js';

export type SectionKind = 'before-any' | 'prepare' | 'window' | 'after';

export interface RunbookSection {
  kind: SectionKind;
  window: number;
  /** prepare: the hop being prepared. */
  hop?: string;
  /** window: the clusters the step names and where they go. */
  clusters?: string[];
  to?: { version: string } | { kubernetes: string };
  commands: Command[];
}

/** Clusters named in a heading; a step of hundreds of clusters says how many more. */
export const HEADING_CLUSTERS = 6;

/**
 * Consecutive commands of the same window and phase, in run order. Undefined for a report whose
 * commands carry no window (written by an older version): the renderers then show one block.
 */
export function runbookSections(report: Report): RunbookSection[] | undefined {
  if (report.commands.some((c) => typeof c.window !== 'number' || c.phase === undefined))
    return undefined;
  const sections: RunbookSection[] = [];
  for (const command of report.commands) {
    const last = sections[sections.length - 1];
    const kind = kindOf(command);
    if (
      last &&
      last.window === command.window &&
      last.kind === kind &&
      last.hop === hopOf(command, kind)
    ) {
      last.commands.push(command);
      continue;
    }
    sections.push(section(report, command, kind));
  }
  return sections;
}

function kindOf(command: Command): SectionKind {
  if (command.phase === 'after') return 'after';
  if (command.phase === 'prepare') return command.window === 0 ? 'before-any' : 'prepare';
  return 'window';
}

function hopOf(command: Command, kind: SectionKind): string | undefined {
  return kind === 'prepare' ? command.hop : undefined;
}

function section(report: Report, command: Command, kind: SectionKind): RunbookSection {
  const out: RunbookSection = { kind, window: command.window, commands: [command] };
  const hop = hopOf(command, kind);
  if (hop !== undefined) out.hop = hop;
  if (kind === 'window') {
    const entries = report.timeline.filter((t) => t.step === command.window);
    out.clusters = entries.map((t) => t.cluster);
    const first = entries[0];
    if (first) {
      out.to =
        first.from.version === first.to.version
          ? { kubernetes: first.to.kubernetes }
          : { version: first.to.version };
    }
  }
  return out;
}

/** Downloads per hop, in report order; one group without a hop for an older report. */
export function downloadsByHop(
  downloads: DownloadReport[],
): { hop: string | undefined; downloads: DownloadReport[] }[] {
  const groups: { hop: string | undefined; downloads: DownloadReport[] }[] = [];
  for (const d of downloads) {
    const hop = typeof d.hop === 'string' ? d.hop : undefined;
    const last = groups[groups.length - 1];
    if (last && last.hop === hop) last.downloads.push(d);
    else groups.push({ hop, downloads: [d] });
  }
  return groups;
}
