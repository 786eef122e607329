// The engine under test, through its public entry points only: check(), analyze() and
// verifiedSuggestionFor(). The inventory has no packages.yaml and no application, so that the
// plan is judged by its path/order/state findings (and input/ ones) alone, and by the
// node-readiness gate on the nodes clusters.yaml declares.
import {
  type InventoryInput,
  analyze,
  check,
  verifiedSuggestionFor,
} from '../../src/engine/check.js';
import type { Finding } from '../../src/engine/findings.js';
import { APPS_YAML } from './inventory.js';

export const TODAY = '2026-06-01';

export interface Texts {
  clusters: string;
  plan: string;
}

function files(texts: Partial<Texts>): InventoryInput {
  return {
    apps: { path: 'acp/apps.yaml', text: APPS_YAML },
    clusters: { path: 'acp/clusters.yaml', text: texts.clusters ?? '' },
    plan:
      texts.plan === undefined
        ? { path: 'acp/plan.yaml', missing: true }
        : { path: 'acp/plan.yaml', text: texts.plan },
    packages: { path: 'acp/packages.yaml', missing: true },
  };
}

const JUDGED = /^((input|path|order|state)\/|platform\/node-readiness$)/;

export interface EngineVerdict {
  passes: boolean;
  /** unwaived errors of the judged families */
  errors: Finding[];
  /** every judged finding, waived ones included, for printing */
  judged: Finding[];
}

/** "The engine passes the plan": no unwaived error whose rule starts with input/, path/, order/ or state/. */
export function engineVerdict(texts: Texts): EngineVerdict {
  const report = check(files(texts), { inventory: 'acp', today: TODAY });
  const judged = report.findings.filter((f) => JUDGED.test(f.rule));
  const errors = judged.filter((f) => f.severity === 'error' && !f.waived);
  return { passes: errors.length === 0, errors, judged };
}

/** The engine's suggested plan.yaml for a target, or undefined when it offers none. */
export function engineSuggestion(clusters: string, target: string): string | undefined {
  const answer = verifiedSuggestionFor(analyze(files({ clusters })), target);
  return 'plan' in answer ? answer.plan : undefined;
}
