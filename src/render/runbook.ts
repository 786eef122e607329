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

/** Consecutive commands of the same window and phase, in run order. */
export function runbookSections(report: Report): RunbookSection[] {
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

/**
 * A section's heading ("Before any window", "Window 3: global -> 4.3.0"); `show` writes each value
 * from the inventory the way the renderer escapes it (a code span, or one safe line).
 */
export function sectionHeading(section: RunbookSection, show: (value: string) => string): string {
  switch (section.kind) {
    case 'before-any':
      return 'Before any window';
    case 'prepare':
      return `Before window ${section.window}: prepare ${section.hop !== undefined ? show(section.hop) : 'the upgrade'}`;
    case 'after':
      return `After window ${section.window}`;
    case 'window': {
      const names = section.clusters ?? [];
      const shown = names.slice(0, HEADING_CLUSTERS).map(show).join(', ');
      const more =
        names.length > HEADING_CLUSTERS ? ` and ${names.length - HEADING_CLUSTERS} more` : '';
      const to = section.to;
      const where =
        to === undefined
          ? ''
          : 'version' in to
            ? ` -> ${show(to.version)}`
            : `, Kubernetes -> ${show(to.kubernetes)}`;
      return `Window ${section.window}: ${shown}${more}${where}`;
    }
  }
}

/** Downloads per hop, in report order. */
export function downloadsByHop(
  downloads: DownloadReport[],
): { hop: string; downloads: DownloadReport[] }[] {
  const groups: { hop: string; downloads: DownloadReport[] }[] = [];
  for (const d of downloads) {
    const hop = d.hop;
    const last = groups[groups.length - 1];
    if (last && last.hop === hop) last.downloads.push(d);
    else groups.push({ hop, downloads: [d] });
  }
  return groups;
}
