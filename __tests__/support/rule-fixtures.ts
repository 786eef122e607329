// The rule fixtures (__fixtures__/rules/<family>-<name>/<case>/), run the one way every test of
// them runs them: the check on the folder as the CLI reads it, on one fixed day, its files named
// `<family>-<name>/<case>/<file>.yaml` in findings so that paths, lines and columns are stable.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from '../../src/engine/check.js';
import type { FailOn, Report } from '../../src/engine/report.js';
import { type Edits, inventoryAt } from './inventory.js';

export const RULE_FIXTURES = fileURLToPath(new URL('../../__fixtures__/rules', import.meta.url));

/** The day the fixtures are checked on (waivers expire relative to it). */
export const FIXTURE_TODAY = '2026-06-01';

export interface FixtureRun {
  failOn?: FailOn;
  today?: string;
  edits?: Edits;
}

/** The report of one fixture case, e.g. `order-global-first/fail`. */
export function runRuleFixture(fixture: string, options: FixtureRun = {}): Report {
  return check(inventoryAt(join(RULE_FIXTURES, fixture), fixture, { edits: options.edits ?? {} }), {
    inventory: fixture,
    today: options.today ?? FIXTURE_TODAY,
    failOn: options.failOn ?? 'error',
  });
}

/** The folder of a rule's fixtures: `order/global-first` -> `order-global-first`. */
export function fixtureFolderOf(rule: string): string {
  return rule.replace('/', '-');
}

/** The rule a fixture folder is named after: `order-global-first` -> `order/global-first`. */
export function ruleOfFixtureFolder(folder: string): string {
  return folder.replace('-', '/');
}
