// The report (SPEC §4): what the renderers, the action and `--format json` consume.
import type { Command } from './commands.js';
import type { Download, DownloadReason, DownloadStatus } from './downloads.js';
import { type Finding, compareFindings, finding, severityRank } from './findings.js';
import type { WaiverSpec } from './inventory/model.js';
import type { TimelineEntry } from './simulate.js';

export type FailOn = 'error' | 'warning' | 'never';

export interface CoreDownloadReport {
  kind: 'core';
  /** The Distribution Version of the hop it serves. */
  hop: string;
  version: string;
  status: DownloadStatus;
  file?: string;
}

export interface PackageDownloadReport {
  kind: 'package';
  /** The Distribution Version of the hop it serves. */
  hop: string;
  name?: string;
  displayName?: string;
  type?: string;
  lifecycle?: string;
  version?: string;
  clusters: string[];
  installedVersions: string[];
  status: DownloadStatus;
  reasons: DownloadReason[];
  file?: string;
}

export type DownloadReport = CoreDownloadReport | PackageDownloadReport;

export interface Report {
  schemaVersion: 1;
  /** `check` or `drift`. */
  mode: 'check' | 'drift';
  /** The inventory folder as given; the sticky comment's marker includes it. */
  inventory: string;
  verdict: 'pass' | 'fail';
  failOn: FailOn;
  target: string | null;
  summary: { errors: number; warnings: number; notices: number; waived: number };
  findings: Finding[];
  timeline: TimelineEntry[];
  downloads: DownloadReport[];
  commands: Command[];
  /** plan.yaml text that passes the check, when the plan fails a path/* or order/* rule. */
  suggestedPlan?: string;
  /** Drift mode: whether the live platform differs from the committed inventory. */
  drift?: boolean;
}

/** Waivers (SPEC §1): accept matching findings; expired or unmatched waivers become notices. */
export function applyWaivers(findings: Finding[], waivers: WaiverSpec[], today: string): Finding[] {
  const notices: Finding[] = [];
  for (const waiver of waivers) {
    const where = waiver.at;
    const label = `the waiver for ${waiver.rule}${waiver.cluster ? ` on ${waiver.cluster}` : ''}${waiver.package ? ` for ${waiver.package}` : ''}`;
    if (waiver.rule.startsWith('input/')) {
      notices.push(
        finding(
          'waiver/unmatched',
          `${label} does not apply: input/* findings cannot be waived; fix the input instead`,
          where.file,
          where.offset,
        ),
      );
      continue;
    }
    if (waiver.expires !== undefined && waiver.expires < today) {
      notices.push(
        finding(
          'waiver/expired',
          `${label} expired on ${waiver.expires} and no longer applies; renew it with a new date or fix the finding`,
          where.file,
          where.offset,
        ),
      );
      continue;
    }
    let matched = 0;
    for (const f of findings) {
      if (f.rule !== waiver.rule) continue;
      if (waiver.cluster !== undefined && f.cluster !== waiver.cluster) continue;
      if (waiver.package !== undefined && f.package !== waiver.package) continue;
      f.waived = true;
      f.waiver =
        waiver.owner !== undefined
          ? { reason: waiver.reason, owner: waiver.owner }
          : { reason: waiver.reason };
      matched++;
    }
    if (matched === 0) {
      notices.push(
        finding(
          'waiver/unmatched',
          `${label} matches no finding; remove it (the risk it accepted is gone)`,
          where.file,
          where.offset,
        ),
      );
    }
  }
  return [...findings, ...notices];
}

export function summarize(findings: Finding[]): Report['summary'] {
  const summary = { errors: 0, warnings: 0, notices: 0, waived: 0 };
  for (const f of findings) {
    if (f.waived) summary.waived++;
    else if (f.severity === 'error') summary.errors++;
    else if (f.severity === 'warning') summary.warnings++;
    else summary.notices++;
  }
  return summary;
}

export function verdictOf(summary: Report['summary'], failOn: FailOn): Report['verdict'] {
  if (failOn === 'never') return 'pass';
  if (summary.errors > 0) return 'fail';
  return failOn === 'warning' && summary.warnings > 0 ? 'fail' : 'pass';
}

/** Findings in report order; the same input gives the same bytes. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

/** Errors first, then warnings, then notices; within each, report order. For renderers. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      Number(a.waived ?? false) - Number(b.waived ?? false) ||
      severityRank(a.severity) - severityRank(b.severity) ||
      compareFindings(a, b),
  );
}

export function downloadReport(download: Download): DownloadReport {
  if (download.kind === 'core') {
    const out: CoreDownloadReport = {
      kind: 'core',
      hop: download.hop.version.text,
      version: download.version,
      status: download.status,
    };
    if (download.file !== undefined) out.file = download.file;
    return out;
  }
  return {
    kind: 'package',
    hop: download.hop.version.text,
    ...(download.name !== undefined && { name: download.name }),
    ...(download.displayName !== undefined && { displayName: download.displayName }),
    ...(download.type !== undefined && { type: download.type }),
    ...(download.lifecycle !== undefined && { lifecycle: download.lifecycle }),
    ...(download.version !== undefined && { version: download.version }),
    clusters: download.clusters,
    installedVersions: download.installedVersions,
    status: download.status,
    reasons: download.reasons,
    ...(download.file !== undefined && { file: download.file }),
  };
}
