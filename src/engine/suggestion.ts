// The suggested plan, checked before it is offered (SPEC §3 "The suggested plan"): a route the
// check would fail is never printed.
import type { Catalog } from './catalog/catalog.js';
import { type Finding, findingAt } from './findings.js';
import { loadPlan } from './inventory/load.js';
import type { Clusters, PlanSpec } from './inventory/model.js';
import type { Inventory } from './load.js';
import { RuleRun } from './rules/registry.js';
import { simulate } from './simulate.js';
import { NoRouteError, planYaml, suggestPlan } from './suggest.js';
import { compareVersions, exactVersion, parseVersion } from './versions.js';
import { parseYaml } from './yaml.js';

/** `suggest --target`: a plan that passes the check, or why there is none. */
export function verifiedSuggestionFor(
  inventory: Inventory,
  targetText: string,
): { plan: string } | { error: string } {
  const { catalog, clusters } = inventory;
  if (!clusters) {
    const problem = inventory.findings.find((f) => f.severity === 'error');
    return {
      error: `clusters.yaml must load first${problem ? `: ${problem.file}:${problem.line}: ${problem.message}` : ''}`,
    };
  }
  const written = parseVersion(targetText);
  if (!written) return { error: `--target "${targetText}" is not a version (e.g. 4.3.0)` };
  const target = exactVersion(written);
  if (!catalog.release(target))
    return { error: `--target ${target.text} is not a release the catalog knows` };
  const global = clusters.global;
  if (compareVersions(target, global.version) < 0) {
    return {
      error: `--target ${target.text} is below the global cluster ${global.name}'s ${global.version.text}; ACP upgrades only go up`,
    };
  }
  let text: string;
  try {
    const plan = suggestPlan(catalog, clusters, target);
    text = planYaml(plan, [`Suggested by acp-upgrade-check for target ${target.text}.`]);
  } catch (error) {
    if (error instanceof NoRouteError) return { error: error.message };
    throw error;
  }
  const problem = planProblem(catalog, clusters, text, true);
  if (problem) {
    return {
      error: `no plan to ${target.text} was found that passes the check: the route found breaks ${problem.rule} (${problem.message}); ${problem.rule === 'platform/node-readiness' ? 'no route passes until those nodes are ready' : 'write the plan by hand'}`,
    };
  }
  return { plan: text };
}

/**
 * The suggested plan's text, only when it passes the path/*, order/* and state/* rules itself;
 * it carries the waivers of the plan it replaces.
 */
export function verifiedSuggestion(
  catalog: Catalog,
  clusters: Clusters,
  plan: PlanSpec,
): string | undefined {
  let text: string;
  try {
    text = planYaml(suggestPlan(catalog, clusters, plan.target), [], plan.waivers);
  } catch (error) {
    if (error instanceof NoRouteError) return undefined;
    throw error;
  }
  // The comment shows it even when nodes keep it from passing, and says so (judgeSuggestion).
  return planProblem(catalog, clusters, text, false) ? undefined : text;
}

/**
 * The first error of a path/*, order/* or state/* rule a plan's text gets, or of the node
 * readiness the platform's preflight refuses, if any.
 */
function planProblem(
  catalog: Catalog,
  clusters: Clusters,
  text: string,
  nodes: boolean,
): Finding | undefined {
  const { parsed, findings } = parseYaml('suggested plan.yaml', text);
  const loaded = parsed ? loadPlan(parsed, catalog, clusters) : undefined;
  if (!loaded?.value) {
    const problems = [...findings, ...(loaded?.findings ?? [])];
    return (
      problems.find((f) => f.severity === 'error') ??
      findingAt('input/schema', 'the plan does not load', 'suggested plan.yaml', 1, 1)
    );
  }
  const run = new RuleRun();
  simulate({ catalog, clusters, plan: loaded.value, apps: undefined }, run);
  return run.findings.find(
    (f) =>
      f.severity === 'error' &&
      (/^(path|order|state)\//.test(f.rule) || (nodes && f.rule === 'platform/node-readiness')),
  );
}
