// Every rule fixture says in its expected.yaml what it proves, and this one test holds it to that
// (__fixtures__/rules/README.md describes the format). A fail/ case lists every finding of its rule
// exactly (severity, file, line, column; cluster, step, package and words of the message where
// given); a pass/ case passes, its rule absent; both name the other rules that fire beside it.
// So a fixture that stops proving its rule, or starts proving something else, fails here.
//
// Every rule of the registry has a fail/ and a pass/ case, those the loaders, the catalog and the
// waivers report included (the check is run whole, so a rule's phase does not matter here), except
// drift/*: drift mode compares two exports instead of checking a plan (drift.test.ts and the
// action's drift tests).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { load } from 'js-yaml';
import { z } from 'zod';
import type { Finding } from '../src/engine/findings.js';
import { RULES, isRuleId, ruleOf } from '../src/engine/rules/registry.js';
import {
  RULE_FIXTURES,
  fixtureFolderOf,
  ruleOfFixtureFolder,
  runRuleFixture,
} from './support/rule-fixtures.js';

const RuleId = z.string().refine(isRuleId, { error: (i) => `"${String(i.input)}" is no rule id` });

const ExpectedFinding = z.strictObject({
  severity: z.enum(['error', 'warning', 'notice']),
  /** Relative to the case folder: `plan.yaml`. */
  file: z.string().regex(/^[\w-]+\.yaml$/, { error: 'must be a file of the case, e.g. plan.yaml' }),
  line: z.int().positive(),
  column: z.int().positive(),
  cluster: z.string().optional(),
  step: z.int().positive().optional(),
  package: z.string().optional(),
  /** Words the message must contain (each of them, when a list). */
  message: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
});
type ExpectedFinding = z.infer<typeof ExpectedFinding>;

const Expected = z
  .strictObject({
    rule: RuleId,
    verdict: z.enum(['pass', 'fail']),
    /** Every unwaived finding of the rule, in report order. */
    findings: z.array(ExpectedFinding).min(1).optional(),
    /** No unwaived finding of the rule. */
    absent: z.literal(true).optional(),
    /** The other rules with unwaived findings, exactly. */
    also: z.array(RuleId).default([]),
    /** The rules with waived findings, exactly. */
    waived: z.array(RuleId).default([]),
  })
  .superRefine((value, ctx) => {
    if ((value.findings === undefined) === (value.absent === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'needs either findings or absent: true', path: [] });
    }
    if (value.also.includes(value.rule)) {
      ctx.addIssue({ code: 'custom', message: `lists ${value.rule} itself`, path: ['also'] });
    }
  });
type Expected = z.infer<typeof Expected>;

const subfolders = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

const RULE_FOLDERS = subfolders(RULE_FIXTURES);
const CASES = RULE_FOLDERS.flatMap((folder) =>
  subfolders(join(RULE_FIXTURES, folder)).map((c) => `${folder}/${c}`),
);

/** The case's expected.yaml, checked against the schema; an error names the file. */
function expectedOf(fixture: string): Expected {
  const file = `__fixtures__/rules/${fixture}/expected.yaml`;
  const path = join(RULE_FIXTURES, fixture, 'expected.yaml');
  if (!existsSync(path))
    throw new Error(`${file} is missing: every fixture case says what it proves`);
  const parsed = Expected.safeParse(load(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.map(
      (issue) => `${file}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`,
    );
    throw new Error(issues.join('\n'));
  }
  const expected = parsed.data;
  const [folder, name] = fixture.split('/') as [string, string];
  const problems = [
    expected.rule !== ruleOfFixtureFolder(folder) &&
      `rule is ${expected.rule}, but the folder ${folder} is ${ruleOfFixtureFolder(folder)}'s`,
    name === 'fail' && !expected.findings && 'a fail/ case lists the findings that prove its rule',
    name === 'pass' && expected.verdict !== 'pass' && 'a pass/ case has verdict: pass',
  ].filter((p): p is string => typeof p === 'string');
  if (problems.length > 0) throw new Error(problems.map((p) => `${file}: ${p}`).join('\n'));
  return expected;
}

const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort();

/**
 * A finding in the shape of its expected.yaml entry: the keys the entry gives (all of them when
 * there is no entry), and the expected words as the message when the message has them all, so
 * that a mismatch shows as a readable difference.
 */
function asExpected(
  finding: Finding,
  entry: ExpectedFinding | undefined,
  fixture: string,
): Record<string, unknown> {
  const shown: Record<string, unknown> = {
    severity: finding.severity,
    file: finding.file.startsWith(`${fixture}/`)
      ? finding.file.slice(fixture.length + 1)
      : finding.file,
    line: finding.line,
    column: finding.column,
  };
  for (const key of ['cluster', 'step', 'package'] as const) {
    if (entry ? key in entry : finding[key] !== undefined) shown[key] = finding[key];
  }
  if (entry?.message !== undefined) {
    const words = Array.isArray(entry.message) ? entry.message : [entry.message];
    shown.message = words.every((w) => finding.message.includes(w))
      ? entry.message
      : finding.message;
  } else if (!entry) {
    shown.message = finding.message;
  }
  return shown;
}

describe('the rule fixtures (__fixtures__/rules)', () => {
  it('have a fail/ and a pass/ case for every rule of the registry but drift/*', () => {
    const rules = RULES.filter((rule) => rule.phase !== 'drift');
    expect(rules.length).toBeGreaterThanOrEqual(40);
    const lacking = rules.flatMap((rule) =>
      ['fail', 'pass']
        .filter((c) => !existsSync(join(RULE_FIXTURES, fixtureFolderOf(rule.id), c)))
        .map((c) => `${fixtureFolderOf(rule.id)}/${c} (${rule.id})`),
    );
    expect(lacking).toEqual([]);
  });

  it('are each named after a rule of the registry that a check of the plan reports', () => {
    const strays = RULE_FOLDERS.filter((folder) => {
      const id = ruleOfFixtureFolder(folder);
      return !isRuleId(id) || RULES.find((rule) => rule.id === id)?.phase === 'drift';
    });
    expect(strays).toEqual([]);
  });

  it('report every finding with a severity its rule declares (severity or alsoReports)', () => {
    const declared = (f: Finding) => {
      const rule = ruleOf(f.rule);
      return [rule.severity, ...(rule.alsoReports ?? []).map((a) => a.severity)].includes(
        f.severity,
      );
    };
    const undeclared = CASES.flatMap((fixture) =>
      runRuleFixture(fixture)
        .findings.filter((f) => !declared(f))
        .map((f) => `${fixture}: ${f.rule} ${f.severity}`),
    );
    expect(undeclared).toEqual([]);
  });

  it.each(CASES)('%s reports what its expected.yaml says', (fixture) => {
    const expected = expectedOf(fixture);
    const report = runRuleFixture(fixture);
    const open = report.findings.filter((f) => !f.waived);
    const own = open.filter((f) => f.rule === expected.rule);
    const actual: Record<string, unknown> = {
      rule: expected.rule,
      verdict: report.verdict,
      ...(expected.findings
        ? { findings: own.map((f, i) => asExpected(f, expected.findings![i], fixture)) }
        : own.length === 0
          ? { absent: true }
          : { findings: own.map((f) => asExpected(f, undefined, fixture)) }),
      also: sorted(open.filter((f) => f.rule !== expected.rule).map((f) => f.rule)),
      waived: sorted(report.findings.filter((f) => f.waived).map((f) => f.rule)),
    };
    expect(actual).toEqual({
      ...expected,
      also: sorted(expected.also),
      waived: sorted(expected.waived),
    });
  });
});
