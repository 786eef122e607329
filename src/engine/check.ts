// The engine's front door: file contents in, report out, in one pipeline: load the inventory,
// simulate the journey (with the checks of the state, step, plan and hop phases), work out the
// downloads (and check packages.yaml against them), compose the runbook, apply the waivers, and
// build the report. No I/O, no clock: the adapters read the files and pass today's date.
import type { OverridePolicy } from './catalog/merge.js';
import { buildCommands } from './commands.js';
import { computeDownloads } from './downloads.js';
import { type Finding, type RuleId, capFindings } from './findings.js';
import { loadPlan } from './inventory/load.js';
import type { InventoryInput } from './inventory/text.js';
import { append } from './inventory/validate.js';
import type { Journey } from './journey.js';
import { type Inventory, loadInventory } from './load.js';
import { type FailOn, type Report, applyWaivers, buildReport, downloadReport } from './report.js';
import { RuleRun } from './rules/registry.js';
import { simulate } from './simulate.js';
import { verifiedSuggestion } from './suggestion.js';
import { parseYaml } from './yaml.js';

export type { FileInput, InventoryInput } from './inventory/text.js';
export { verifiedSuggestionFor } from './suggestion.js';

export interface CheckOptions {
  /** The inventory folder as the user named it (for the report and the comment marker). */
  inventory: string;
  /** YYYY-MM-DD, for waiver expiry. */
  today: string;
  failOn?: FailOn;
  /** What a catalog.yaml entry that replaces a built-in one is (catalog/override). */
  catalogOverrides?: OverridePolicy;
}

/** Everything the engine learnt from an inventory; the report is one view of it. */
export interface Analysis extends Inventory {
  /** What loading found, before the journey's checks added theirs. */
  loadFindings: Finding[];
  journey?: Journey;
}

export function check(files: InventoryInput, options: CheckOptions): Report {
  return reportOf(analyze(files, options.catalogOverrides), options);
}

/** Loads and simulates; findings for everything wrong, never an exception for input. */
export function analyze(files: InventoryInput, catalogOverrides?: OverridePolicy): Analysis {
  const inventory = loadInventory(files, catalogOverrides);
  const analysis: Analysis = { ...inventory, loadFindings: [...inventory.findings] };
  const { catalog, clusters, plan, apps } = analysis;
  if (clusters && plan) {
    const run = new RuleRun();
    analysis.journey = simulate({ catalog, clusters, plan, apps }, run);
    append(analysis.findings, run.findings);
  }
  return analysis;
}

export function reportOf(analysis: Analysis, options: CheckOptions, suggest = true): Report {
  const { catalog, clusters, apps, plan, packages, journey } = analysis;
  const findings = [...analysis.findings];
  const downloads =
    apps && packages
      ? computeDownloads({ catalog, apps, packages, clusters, plan, hops: journey?.hops })
      : undefined;
  if (downloads && apps) {
    const run = new RuleRun();
    run.run('packages', { catalog, apps, downloads, target: plan?.target.text });
    append(findings, run.findings);
  }
  const inputBroken = findings.some((f) => f.rule.startsWith('input/') && f.severity === 'error');
  const commands =
    clusters && plan && downloads && journey && !inputBroken
      ? buildCommands({ catalog, clusters, plan, downloads, journey })
      : [];
  const waived = applyWaivers(capFindings(findings), plan?.waivers ?? [], options.today);
  const report = buildReport(analysis, options, {
    mode: 'check',
    target: plan?.target.text ?? null,
    findings: waived.findings,
    waivers: waived.waivers,
    timeline: journey?.timeline ?? [],
    downloads: (downloads?.list ?? []).map(downloadReport),
    commands,
  });
  const needsRoute = report.findings.some(
    (f) => !f.waived && f.severity === 'error' && /^(path|order)\//.test(f.rule),
  );
  if (suggest && needsRoute && clusters && plan) {
    const text = verifiedSuggestion(catalog, clusters, plan);
    if (text) Object.assign(report, judgeSuggestion(analysis, options, report, text));
  }
  return report;
}

/**
 * What the suggested plan fixes of this one, and what the whole check (packages, nodes, the
 * user's waivers included) still finds with it: the comment never calls a plan passing that is
 * not (issue #17, item 7).
 */
function judgeSuggestion(
  analysis: Analysis,
  options: CheckOptions,
  report: Report,
  text: string,
): Pick<Report, 'suggestedPlan' | 'suggestedPlanFixes' | 'suggestedPlanRemaining'> {
  const remaining = remainingWith(analysis, options, text);
  const left = new Set(remaining.map((r) => r.rule));
  const fixes = [...new Set(openErrors(report))].filter(
    (rule) => /^(path|order|state|platform)\//.test(rule) && !left.has(rule),
  );
  return {
    suggestedPlan: text,
    suggestedPlanFixes: fixes.sort(),
    suggestedPlanRemaining: remaining,
  };
}

function openErrors(report: Report): RuleId[] {
  return report.findings.filter((f) => !f.waived && f.severity === 'error').map((f) => f.rule);
}

/**
 * The errors the whole check finds with `text` as plan.yaml, by rule: what loading found in the
 * other files stands, plan.yaml is the given one.
 */
export function remainingWith(
  analysis: Analysis,
  options: CheckOptions,
  text: string,
): { rule: RuleId; count: number }[] {
  const { catalog, clusters, plan } = analysis;
  const planFile = plan?.targetAt.file.path ?? 'plan.yaml';
  const trial: Analysis = {
    ...analysis,
    findings: analysis.loadFindings.filter((f) => f.file !== planFile),
  };
  delete trial.journey;
  delete trial.plan;
  const { parsed } = parseYaml(planFile, text);
  const loaded = parsed ? loadPlan(parsed, catalog, clusters).value : undefined;
  if (loaded) trial.plan = loaded;
  if (loaded && clusters) {
    const run = new RuleRun();
    trial.journey = simulate({ catalog, clusters, plan: loaded, apps: analysis.apps }, run);
    append(trial.findings, run.findings);
  }
  const counts = new Map<RuleId, number>();
  for (const rule of openErrors(reportOf(trial, options, false)))
    counts.set(rule, (counts.get(rule) ?? 0) + 1);
  return [...counts]
    .map(([rule, count]) => ({ rule, count }))
    .sort((a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}
