// The one registry of rules: every family's list, sorted by id. The engine runs the checks of a
// phase from it; the findings table, the rule reference, SARIF's rule metadata and the report's
// schema read the same list. Adding a rule is adding it to its family's list.
import { type Finding, type FindingDetails, finding } from '../findings.js';
import { CATALOG_RULES } from './catalog/index.js';
import { DRIFT_RULES } from './drift/index.js';
import { INPUT_RULES } from './input/index.js';
import { ORDER_RULES } from './order/index.js';
import { PACKAGES_RULES } from './packages/index.js';
import { PATH_RULES } from './path/index.js';
import { PLATFORM_RULES } from './platform/index.js';
import type { CheckPhase, Checks, Reporter, Rule } from './rule.js';
import { STATE_RULES } from './state/index.js';
import { WAIVER_RULES } from './waiver/index.js';

/**
 * Each family's rules, in the order the rule reference presents them: the families in this order,
 * each family's rules in the order of its list (rules/<family>/index.md introduces the family).
 */
export const FAMILIES = {
  input: INPUT_RULES,
  path: PATH_RULES,
  order: ORDER_RULES,
  state: STATE_RULES,
  catalog: CATALOG_RULES,
  packages: PACKAGES_RULES,
  platform: PLATFORM_RULES,
  drift: DRIFT_RULES,
  waiver: WAIVER_RULES,
} as const;

/** Every rule id the engine reports. Ids are stable. */
export type RuleId = (typeof FAMILIES)[keyof typeof FAMILIES][number]['id'];

/** Every rule, sorted by id. */
export const RULES: readonly (Rule & { id: RuleId })[] = Object.values(FAMILIES)
  .flat()
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const BY_ID: ReadonlyMap<string, Rule & { id: RuleId }> = new Map(RULES.map((r) => [r.id, r]));

export function isRuleId(id: string): id is RuleId {
  return BY_ID.has(id);
}

export function ruleOf(id: RuleId): Rule {
  return BY_ID.get(id)!;
}

export function isWaivable(id: RuleId): boolean {
  return ruleOf(id).waivable;
}

/** The rules with a check in each phase, in registry order. */
const BY_PHASE = new Map<CheckPhase, Rule[]>();
for (const rule of RULES) {
  for (const phase of Object.keys(rule.check ?? {}) as CheckPhase[]) {
    BY_PHASE.set(phase, [...(BY_PHASE.get(phase) ?? []), rule]);
  }
}

type ContextOf<P extends CheckPhase> = Parameters<NonNullable<Checks[P]>>[0];

/**
 * One run of the check: each rule's reporter (with its own memory) for the whole run, and the
 * findings every check reported.
 */
export class RuleRun {
  readonly findings: Finding[] = [];
  private readonly reporters = new Map<Rule, Reporter>();

  /** Runs every check of `phase` on `ctx`. */
  run<P extends CheckPhase>(phase: P, ctx: ContextOf<P>): void {
    for (const rule of BY_PHASE.get(phase) ?? []) {
      const check = rule.check![phase] as (ctx: ContextOf<P>, out: Reporter) => void;
      check(ctx, this.reporter(rule));
    }
  }

  private reporter(rule: Rule): Reporter {
    let reporter = this.reporters.get(rule);
    if (reporter) return reporter;
    const seen = new Set<string>();
    let memory: unknown;
    const id = rule.id as RuleId;
    const findings = this.findings;
    reporter = {
      report(message: string, at, details: FindingDetails = {}) {
        findings.push(finding(id, message, at.file, at.offset, details));
      },
      once(key: string) {
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      },
      memory<T>(create: () => T): T {
        return (memory ??= create()) as T;
      },
    };
    this.reporters.set(rule, reporter);
    return reporter;
  }
}
