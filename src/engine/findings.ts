// Findings are values: every problem the check sees, with its rule id, severity and place.
import type { SourceFile } from './yaml.js';

export type Severity = 'error' | 'warning' | 'notice';

interface RuleInfo {
  /** The usual severity; platform/minio-space also reports a notice when it cannot tell. */
  severity: Severity;
  /** One line for the rule reference and SARIF. */
  title: string;
  /**
   * False for what no accepted risk can change (SPEC §1): the input itself, what the product
   * cannot do, the starting state, the catalog the plan is judged by, drift and the waivers.
   */
  waivable?: false;
}

/** Every rule id the engine reports (SPEC §3, plus the waiver notices). Ids are stable. */
export const RULES = {
  'input/yaml-syntax': { severity: 'error', title: 'A file is not valid YAML', waivable: false },
  'input/schema': {
    severity: 'error',
    title: 'A value has the wrong type or an unknown key',
    waivable: false,
  },
  'input/missing-file': {
    severity: 'error',
    title: 'A required inventory file is absent',
    waivable: false,
  },
  'input/unknown-cluster': {
    severity: 'error',
    title: 'A cluster name that clusters.yaml lacks',
    waivable: false,
  },
  'input/unknown-version': {
    severity: 'error',
    title: 'A version the release catalog does not know',
    waivable: false,
  },
  'input/duplicate': {
    severity: 'error',
    title: 'A cluster, package or key listed twice',
    waivable: false,
  },
  'path/unsupported': {
    severity: 'error',
    title: 'A step takes an unsupported upgrade path',
    waivable: false,
  },
  'path/kubernetes-prerequisite': {
    severity: 'error',
    title: "A cluster's Kubernetes is below the upgrade path's minimum",
  },
  'path/source-patch': {
    severity: 'error',
    title: 'A cluster is on a patch the upgrade path does not start from',
    waivable: false,
  },
  'path/edge-prerequisite': {
    severity: 'error',
    title: "An upgrade path's prerequisites beyond Kubernetes",
  },
  'path/no-op-step': { severity: 'warning', title: 'A step changes nothing for a cluster' },
  'path/downgrade': { severity: 'error', title: 'A step lowers a version', waivable: false },
  'path/target-not-reached': {
    severity: 'error',
    title: 'The global tier does not reach the target',
    waivable: false,
  },
  'order/global-first': {
    severity: 'error',
    title: 'A workload cluster moves before the global tier',
    waivable: false,
  },
  'order/workload-target': {
    severity: 'error',
    title: "A workload goes to another version than the global's current one",
    waivable: false,
  },
  'order/dr-standby-first': {
    severity: 'error',
    title: 'The primary global moves before the DR standby',
    waivable: false,
  },
  'order/workload-kubernetes': {
    severity: 'error',
    title: "A workload's Kubernetes is outside the release the global moves to",
  },
  'order/workload-left-behind': {
    severity: 'notice',
    title: 'A workload stays on an older release (allowed inside the matrix)',
  },
  'order/kubernetes-step': {
    severity: 'error',
    title: "A Kubernetes-only step leaves the release's Compatible Versions",
  },
  'order/kubernetes-with-core': {
    severity: 'warning',
    title: "A cluster reaches a release without that release's Kubernetes",
  },
  'order/immutable-multi-minor': {
    severity: 'warning',
    title: 'An immutable-infrastructure cluster jumps more than one Kubernetes minor',
  },
  'state/workload-ahead': {
    severity: 'error',
    title: 'A workload starts on a newer version than the global tier',
    waivable: false,
  },
  'state/dr-standby-behind': {
    severity: 'error',
    title: 'The DR standby starts behind the primary',
    waivable: false,
  },
  'state/kubernetes-unsupported': {
    severity: 'error',
    title: "A cluster starts on a Kubernetes its release's matrix does not support",
    waivable: false,
  },
  'packages/core-missing': { severity: 'error', title: 'No Core package for a version' },
  'packages/missing': { severity: 'error', title: 'An installed application has no package' },
  'packages/incompatible': { severity: 'error', title: 'A package excludes the target release' },
  'packages/older-than-installed': {
    severity: 'error',
    title: 'A package is older than what a cluster runs',
  },
  'packages/topolvm-prestage': {
    severity: 'error',
    title: 'TopoLVM must be pushed before this upgrade',
  },
  'packages/log-essentials': {
    severity: 'error',
    title: 'Log Essentials must be uploaded before this upgrade',
  },
  'platform/minio-space': { severity: 'error', title: 'Too little free space in /cpaas/minio' },
  'catalog/override': {
    severity: 'warning',
    title: 'catalog.yaml replaces a built-in release, upgrade path or package rule',
    waivable: false,
  },
  'drift/app-added': {
    severity: 'error',
    title: 'An application runs that apps.yaml lacks',
    waivable: false,
  },
  'drift/app-removed': {
    severity: 'error',
    title: 'An application in apps.yaml no longer runs',
    waivable: false,
  },
  'drift/version-changed': {
    severity: 'error',
    title: 'An application runs another version than apps.yaml says',
    waivable: false,
  },
  'drift/type-changed': {
    severity: 'error',
    title: 'An application has another type than apps.yaml says',
    waivable: false,
  },
  'drift/cluster-added': {
    severity: 'error',
    title: 'A cluster runs that clusters.yaml lacks',
    waivable: false,
  },
  'drift/cluster-removed': {
    severity: 'error',
    title: 'A cluster in apps.yaml is gone from the platform',
    waivable: false,
  },
  'waiver/not-waivable': {
    severity: 'error',
    title: 'A waiver names a rule that cannot be waived',
    waivable: false,
  },
  'waiver/expired': {
    severity: 'notice',
    title: 'A waiver passed its expiry date',
    waivable: false,
  },
  'waiver/unmatched': { severity: 'notice', title: 'A waiver matches no finding', waivable: false },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

export function isWaivable(rule: RuleId): boolean {
  return (RULES[rule] as RuleInfo).waivable !== false;
}

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
  const { severity = RULES[rule].severity, ...rest } = details;
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
