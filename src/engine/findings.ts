// Findings are values: every problem the check sees, with its rule id, severity and place. The
// rules themselves are in rules/ (registry.ts lists them).
import { type RuleId, ruleOf } from './rules/registry.js';
import type { SourceFile } from './source.js';

export type { RuleId };

export type Severity = 'error' | 'warning' | 'notice';

export interface Finding {
  rule: RuleId;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  cluster?: string;
  package?: string;
  /** 1-based index of the plan step. */
  step?: number;
  waived?: boolean;
  waiver?: { reason: string; owner: string; expires: string };
}

export interface FindingDetails {
  cluster?: string;
  package?: string;
  step?: number;
  severity?: Severity;
}

/** A finding at an offset of a parsed file. */
export function finding(
  rule: RuleId,
  message: string,
  file: SourceFile,
  offset: number,
  details: FindingDetails = {},
): Finding {
  const { line, column } = file.position(offset);
  return findingAt(rule, message, file.path, line, column, details);
}

/** A finding at a known line and column (1-based). */
export function findingAt(
  rule: RuleId,
  message: string,
  path: string,
  line: number,
  column: number,
  details: FindingDetails = {},
): Finding {
  const { severity = ruleOf(rule).severity, ...rest } = details;
  return { rule, severity, message, file: path, line, column, ...rest };
}

/**
 * Most findings of one rule listed for one file. A hostile file can hold hundreds of thousands of
 * the same mistake (600,000 repeated keys fit in 6 MB); past this many, one finding says how many
 * more there are, and the report, the comment and the annotations stay small.
 */
export const MAX_FINDINGS_PER_RULE_AND_FILE = 100;

/** Keeps the first findings of each rule in each file, and says how many more there are. */
export function capFindings(findings: readonly Finding[]): Finding[] {
  const counts = new Map<string, number>();
  const kept: Finding[] = [];
  const firstOmitted = new Map<string, Finding>();
  for (const f of findings) {
    const key = `${f.file}\u0000${f.rule}`;
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    if (count <= MAX_FINDINGS_PER_RULE_AND_FILE) kept.push(f);
    else if (count === MAX_FINDINGS_PER_RULE_AND_FILE + 1) firstOmitted.set(key, f);
  }
  for (const [key, f] of firstOmitted) {
    const more = counts.get(key)! - MAX_FINDINGS_PER_RULE_AND_FILE;
    kept.push({
      rule: f.rule,
      severity: f.severity,
      message: `and ${more.toLocaleString('en-US')} more ${f.rule} findings in ${f.file}, from this line on (only the first ${MAX_FINDINGS_PER_RULE_AND_FILE} are listed); fix these and check again`,
      file: f.file,
      line: f.line,
      column: f.column,
    });
  }
  return kept;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

export function severityRank(severity: Severity): number {
  return SEVERITY_RANK[severity];
}

/** Deterministic order: by file, line, column, rule, then message. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareText(a.rule, b.rule) ||
    compareText(a.message, b.message)
  );
}

/** Locale-independent string order, so reports are byte-identical everywhere. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
