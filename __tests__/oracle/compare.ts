// One generated case through both implementations, the tallies, and the printed form of a
// disagreement: clusters.yaml and plan.yaml as the engine read them, the oracle's verdict and
// the engine's findings.
import fc from 'fast-check';
import { type Case, textsOf } from './arbitraries.js';
import { type EngineVerdict, TODAY, engineVerdict } from './engine.js';
import { type Facts, factsFor } from './facts.js';
import { type Verdict, failingRules, judge } from './oracle.js';

export interface Outcome {
  texts: { clusters: string; plan: string };
  engine: EngineVerdict;
  oracle: Verdict;
}

export function outcomeOf(c: Case, facts: Facts = factsFor()): Outcome {
  const texts = textsOf(c);
  return { texts, engine: engineVerdict(texts), oracle: judge(texts, { today: TODAY, facts }) };
}

/** The worst outcome: the engine passes a plan the oracle fails. */
export const falsePass = (o: Outcome) => o.engine.passes && o.oracle.verdict === 'fail';
/** A candidate false failure, for the integrator to review (counted, not asserted). */
export const falseFail = (o: Outcome) => !o.engine.passes && o.oracle.verdict === 'pass';

export function describeOutcome(c: Case, o: Outcome): string {
  const indent = (text: string) => text.replace(/^/gm, '    ').trimEnd();
  const line = (f: { rule: string; severity: string; waived?: boolean; message: string }) =>
    `${f.rule} (${f.severity}${f.waived ? ', waived' : ''}): ${f.message}`;
  return [
    `kind: ${c.kind}${c.mutations.length ? ` (${c.mutations.join('; ')})` : ''}`,
    '  clusters.yaml:',
    indent(o.texts.clusters),
    '  plan.yaml:',
    indent(o.texts.plan),
    `  oracle: ${o.oracle.verdict}`,
    ...o.oracle.findings.map((f) => `    ${line(f)}`),
    `  engine: ${o.engine.passes ? 'pass' : 'fail'} (input/path/order/state findings)`,
    ...(o.engine.judged.length ? o.engine.judged.map((f) => `    ${line(f)}`) : ['    (none)']),
  ].join('\n');
}

export class Tally {
  readonly plans = new Map<string, number>();
  /** false passes by the oracle rule that fails them */
  readonly falsePasses = new Map<string, number>();
  /** oracle pass, engine fail: by the engine's error rule */
  readonly falseFails = new Map<string, number>();
  /**
   * The first run (its index, to replay and shrink it) of each class of false pass; one where
   * it is the only class when there is one.
   */
  readonly examples = new Map<string, { index: number; c: Case; pure: boolean }>();
  /** cases a test's own check rejects (a suggestion the engine fails), by what it says */
  readonly problems = new Map<string, number>();
  /** The smallest candidate false failure of each engine rule, to print with the summary. */
  readonly falseFailExamples = new Map<string, { c: Case; o: Outcome }>();

  add(c: Case, o: Outcome, index: number): void {
    bump(this.plans, c.kind);
    if (falsePass(o)) {
      const keys = classesOf(o);
      for (const key of keys) {
        bump(this.falsePasses, key);
        const pure = keys.length === 1;
        const known = this.examples.get(key);
        if (!known || (pure && !known.pure)) this.examples.set(key, { index, c, pure });
      }
    }
    if (falseFail(o))
      for (const rule of new Set(o.engine.errors.map((f) => f.rule))) {
        bump(this.falseFails, rule);
        const known = this.falseFailExamples.get(rule);
        if (!known || sizeOf(c) < sizeOf(known.c)) this.falseFailExamples.set(rule, { c, o });
      }
  }

  merge(other: Tally): void {
    for (const [from, to] of [
      [other.plans, this.plans],
      [other.falsePasses, this.falsePasses],
      [other.falseFails, this.falseFails],
      [other.problems, this.problems],
    ] as const)
      for (const [k, n] of from) to.set(k, (to.get(k) ?? 0) + n);
    for (const [rule, example] of other.falseFailExamples) {
      const known = this.falseFailExamples.get(rule);
      if (!known || sizeOf(example.c) < sizeOf(known.c)) this.falseFailExamples.set(rule, example);
    }
  }

  get total(): number {
    return [...this.plans.values()].reduce((a, b) => a + b, 0);
  }
}

/**
 * The classes of a false pass: each oracle rule that fails the plan, marked when the engine
 * found it too but let a waiver hide it.
 */
export function classesOf(o: Outcome): string[] {
  return failingRules(o.oracle).map((rule) =>
    o.engine.judged.some((f) => f.rule === rule && f.waived)
      ? `${rule} (waived by the engine)`
      : rule,
  );
}

/** Clusters, steps, waivers and nodes: the smaller, the easier to read. */
const sizeOf = (c: Case) =>
  c.clusters.length +
  c.clusters.reduce((n, x) => n + (x.nodes?.length ?? 0), 0) +
  c.plan.steps.length +
  c.plan.waivers.length;

/** The smallest example of each candidate false failure, for the summary. */
export function falseFailExamples(tally: Tally): string {
  return [...tally.falseFailExamples.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([rule, { c, o }]) => `--- candidate false failure: ${rule}\n${describeOutcome(c, o)}`)
    .join('\n');
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

export const table = (map: Map<string, number>) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, n]) => `    ${String(n).padStart(5)}  ${k}`)
    .join('\n') || '    (none)';

/**
 * Runs `numRuns` generated cases through both implementations and tallies them; for each class
 * of false pass, replays its first run and lets fast-check shrink it, and prints the result.
 * Returns the tally and the failure report ('' when nothing went wrong).
 */
export function survey(
  arbitrary: fc.Arbitrary<Case>,
  options: {
    seed: number;
    numRuns: number;
    facts?: Facts;
    extra?: (c: Case, o: Outcome) => string | undefined;
  },
): { tally: Tally; report: string } {
  const facts = options.facts ?? factsFor();
  const { seed, numRuns } = options;
  const tally = new Tally();
  const broken: string[] = [];
  let index = 0;
  fc.assert(
    fc.property(arbitrary, (c) => {
      const o = outcomeOf(c, facts);
      tally.add(c, o, index++);
      const problem = options.extra?.(c, o);
      if (problem) bump(tally.problems, problem);
      if (problem && broken.length < 3) broken.push(`${problem}\n${describeOutcome(c, o)}`);
    }),
    { seed, numRuns },
  );
  const shrunk = [...tally.examples.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([key, { index, c, pure }]) => {
      const details = fc.check(
        fc.property(arbitrary, (c) => {
          const o = outcomeOf(c, facts);
          if (!falsePass(o)) return true;
          const keys = classesOf(o);
          return pure ? !(keys.length === 1 && keys[0] === key) : !keys.includes(key);
        }),
        { seed, numRuns, path: String(index) },
      );
      const example = details.counterexample?.[0] ?? c;
      return `--- false pass: ${key}, shrunk from run ${index} (replay: seed ${seed}, path ${details.counterexamplePath ?? index}):\n${describeOutcome(example, outcomeOf(example, facts))}`;
    });
  const report =
    tally.falsePasses.size || broken.length
      ? [
          ...(tally.falsePasses.size
            ? [
                `The engine passed plans the oracle fails (${numRuns} plans, seed ${seed}), by oracle rule:`,
                table(tally.falsePasses),
                ...shrunk,
              ]
            : []),
          ...(broken.length
            ? [
                `${numRuns} plans, seed ${seed}: a check of the test's own failed on`,
                table(tally.problems),
              ]
            : []),
          ...broken,
        ].join('\n')
      : '';
  return { tally, report };
}
