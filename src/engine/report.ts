// The report (SPEC §4): what the renderers, the action and `--format json` consume.
import type { Command } from './commands.js';
import type { Download, DownloadReason, DownloadStatus } from './downloads.js';
import { type Finding, type RuleId, compareFindings, finding, severityRank } from './findings.js';
import type { WaiverSpec } from './inventory/model.js';
import type { TimelineEntry } from './journey.js';
import type { Inventory } from './load.js';
import { isWaivable, ruleOf } from './rules/registry.js';
import { TOOL } from '../version.js';

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
  /** The tool that wrote the report, and its version. */
  tool: { name: string; version: string };
  /** `check` or `drift`. */
  mode: 'check' | 'drift';
  /** The inventory folder as given; the sticky comment's marker includes it. */
  inventory: string;
  verdict: 'pass' | 'fail';
  failOn: FailOn;
  target: string | null;
  /** The catalog the plan was judged by (SPEC §2, catalog/override). */
  catalog: {
    /** The built-in catalog's version. */
    version: number;
    /** catalog.yaml added or replaced entries. */
    changed: boolean;
    /** Entries catalog.yaml added (`release 4.5`, `edge 4.4 -> 4.5`). */
    added: string[];
    /** Built-in entries catalog.yaml replaced, with both sets of facts. */
    overrides: {
      entry: string;
      builtin: string;
      user: string;
      file: string;
      line: number;
      column: number;
    }[];
  };
  summary: { errors: number; warnings: number; notices: number; waived: number };
  findings: Finding[];
  /** Every waiver of plan.yaml, with what it waived (SPEC §1: auditable in the comment). */
  waivers: WaiverReport[];
  timeline: TimelineEntry[];
  downloads: DownloadReport[];
  commands: Command[];
  /**
   * plan.yaml text that passes the path/*, order/* and state/* rules, when the plan fails one of
   * them (with the plan's waivers).
   */
  suggestedPlan?: string;
  /** The rules with errors in this plan that the suggested one no longer breaks. */
  suggestedPlanFixes?: RuleId[];
  /** The errors the whole check still finds with the suggested plan, by rule (none: it passes). */
  suggestedPlanRemaining?: { rule: RuleId; count: number }[];
  /** Drift mode: whether the live platform differs from the committed inventory. */
  drift?: boolean;
}

/** A waiver as the report lists it: what it accepted, and what became of it. */
export interface WaiverReport {
  rule: RuleId;
  cluster?: string;
  package?: string;
  reason: string;
  owner: string;
  expires: string;
  /** applied: it waived `matched` findings; the others applied to nothing. */
  status: 'applied' | 'expired' | 'unmatched' | 'not-waivable';
  matched: number;
  file: string;
  line: number;
  column: number;
}

/**
 * Waivers (SPEC §1): accept matching findings of waivable rules; a waiver of a rule that cannot
 * be waived is an error and applies to nothing; expired or unmatched waivers become notices.
 */
export function applyWaivers(
  findings: Finding[],
  waivers: WaiverSpec[],
  today: string,
): { findings: Finding[]; waivers: WaiverReport[] } {
  const notices: Finding[] = [];
  const listed: WaiverReport[] = [];
  for (const waiver of waivers) {
    const where = waiver.at;
    const label = `the waiver for ${waiver.rule}${waiver.cluster ? ` on ${waiver.cluster}` : ''}${waiver.package ? ` for ${waiver.package}` : ''}`;
    const { line, column } = where.file.position(where.offset);
    const entry: WaiverReport = {
      rule: waiver.rule,
      ...(waiver.cluster !== undefined && { cluster: waiver.cluster }),
      ...(waiver.package !== undefined && { package: waiver.package }),
      reason: waiver.reason,
      owner: waiver.owner,
      expires: waiver.expires,
      status: 'applied',
      matched: 0,
      file: where.file.path,
      line,
      column,
    };
    listed.push(entry);
    if (!isWaivable(waiver.rule)) {
      entry.status = 'not-waivable';
      notices.push(
        finding(
          'waiver/not-waivable',
          `${label} does not apply: ${waiver.rule} cannot be waived (it describes ${notWaivableWhy(waiver.rule)}); fix the plan or the inventory instead, and remove the waiver`,
          where.file,
          where.offset,
        ),
      );
      continue;
    }
    if (waiver.expires < today) {
      entry.status = 'expired';
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
    for (const f of findings) {
      if (f.rule !== waiver.rule) continue;
      if (waiver.cluster !== undefined && f.cluster !== waiver.cluster) continue;
      if (waiver.package !== undefined && f.package !== waiver.package) continue;
      f.waived = true;
      f.waiver = { reason: waiver.reason, owner: waiver.owner, expires: waiver.expires };
      entry.matched++;
    }
    if (entry.matched === 0) {
      entry.status = 'unmatched';
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
  return { findings: [...findings, ...notices], waivers: listed };
}

function notWaivableWhy(rule: RuleId): string {
  const own = ruleOf(rule).notWaivableBecause;
  if (own) return own;
  if (rule.startsWith('input/')) return 'a problem in the inventory files themselves';
  if (rule.startsWith('state/')) return 'a starting state no upgrade procedure leads to';
  if (rule.startsWith('drift/')) return 'a difference between the inventory and the platform';
  if (rule.startsWith('waiver/')) return 'the waivers themselves';
  if (rule === 'catalog/override')
    return 'a change to the facts the plan is judged by, which the workflow decides (catalog-overrides)';
  return 'something ACP cannot do';
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

/** What a check or a drift check found, beside what the inventory says of itself. */
export interface ReportParts {
  mode: Report['mode'];
  target: string | null;
  /** Every finding, waived ones marked; sorted here. */
  findings: Finding[];
  waivers: WaiverReport[];
  timeline: TimelineEntry[];
  downloads: DownloadReport[];
  commands: Command[];
  drift?: boolean;
}

/** The report both modes write: summary, verdict and catalog from the findings and inventory. */
export function buildReport(
  inventory: Pick<Inventory, 'catalog' | 'catalogChanges'>,
  options: { inventory: string; failOn?: FailOn | undefined },
  parts: ReportParts,
): Report {
  const findings = sortFindings(parts.findings);
  const summary = summarize(findings);
  const failOn = options.failOn ?? 'error';
  return {
    schemaVersion: 1,
    tool: { ...TOOL },
    mode: parts.mode,
    inventory: options.inventory,
    verdict: verdictOf(summary, failOn),
    failOn,
    target: parts.target,
    catalog: catalogReport(inventory),
    summary,
    findings,
    waivers: parts.waivers,
    timeline: parts.timeline,
    downloads: parts.downloads,
    commands: parts.commands,
    ...(parts.drift !== undefined && { drift: parts.drift }),
  };
}

/** The catalog the plan was judged by: the built-in version, and what catalog.yaml changed. */
export function catalogReport(
  inventory: Pick<Inventory, 'catalog' | 'catalogChanges'>,
): Report['catalog'] {
  const { added, overrides } = inventory.catalogChanges;
  return {
    version: inventory.catalog.version,
    changed: added.length > 0 || overrides.length > 0,
    added,
    overrides: overrides.map((o) => {
      const { line, column } = o.at.file.position(o.at.offset);
      return {
        entry: o.entry,
        builtin: o.builtin,
        user: o.user,
        file: o.at.file.path,
        line,
        column,
      };
    }),
  };
}
