// docs/rules.md is the rule reference the PR comment links to: one entry per rule id of the
// engine, under the anchor the comment uses, and every example in it triggers its rule.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { inventoryPaths, readInventory } from '../src/io/files.js';
import { type InventoryInput, check } from '../src/engine/check.js';
import { runDrift } from '../src/engine/drift.js';
import type { RuleId } from '../src/engine/findings.js';
import { RULES, isRuleId, isWaivable, ruleOf } from '../src/engine/rules/registry.js';
import type { Report } from '../src/engine/report.js';
import { ruleAnchor } from '../src/render/markdown.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const doc = readFileSync(join(root, 'docs/rules.md'), 'utf8');
const TODAY = '2026-01-01';
const ids: RuleId[] = RULES.map((r) => r.id);

interface Section {
  anchor: string;
  heading: string;
  body: string;
}

/** `<a id="x"></a>`, a blank line, `### heading`, then the body up to the next anchor or `##`. */
function sections(markdown: string): Section[] {
  const lines = markdown.split('\n');
  const out: Section[] = [];
  for (let i = 0; i < lines.length; i++) {
    const anchor = /^<a id="([^"]+)"><\/a>$/.exec(lines[i]!);
    if (!anchor) continue;
    let j = i + 1;
    while (lines[j] === '') j++;
    const heading = /^### (.+)$/.exec(lines[j] ?? '');
    let end = j + 1;
    while (end < lines.length && !/^(<a id=|## )/.test(lines[end]!)) end++;
    out.push({
      anchor: anchor[1]!,
      heading: heading ? heading[1]! : `(no heading after the anchor on line ${i + 1})`,
      body: lines.slice(j + 1, end).join('\n'),
    });
  }
  return out;
}

const documented = sections(doc);
const byRule = new Map(documented.map((s) => [s.heading, s]));

function section(rule: RuleId): Section {
  const found = byRule.get(rule);
  if (!found) throw new Error(`docs/rules.md has no section for ${rule}`);
  return found;
}

interface Example {
  /** `examples/<folder>/<file>.yaml`, or `live-apps.yaml` for a drift export. */
  target: string;
  text: string;
}

/** The YAML blocks of a section whose first line names the file they replace. */
function examples(body: string): Example[] {
  const out: Example[] = [];
  for (const match of body.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)) {
    const text = match[1]!;
    const target = /^# (examples\/[\w.-]+\/[\w-]+\.yaml|live-apps\.yaml)\b/.exec(text);
    if (target) out.push({ target: target[1]!, text });
  }
  return out;
}

interface Run {
  inventory: InventoryInput;
  live?: string;
  planText: string;
}

/** The example inventory folder with the example's files in place of its own. */
function prepare(list: Example[]): Run {
  let folder: string | undefined;
  const replaced = new Map<string, string>();
  let live: string | undefined;
  for (const example of list) {
    if (example.target === 'live-apps.yaml') {
      live = example.text;
      continue;
    }
    const [, name, file] = /^examples\/([^/]+)\/(.+)$/.exec(example.target)!;
    if (folder !== undefined && folder !== name) throw new Error('one example, one folder');
    folder = name;
    replaced.set(file!, example.text);
  }
  const paths = inventoryPaths(join(root, 'examples', folder ?? 'acp'));
  const inventory = readInventory(paths);
  for (const [file, text] of replaced) {
    const key = file.replace(/\.yaml$/, '') as keyof InventoryInput;
    inventory[key] = { path: paths[key], text };
  }
  const planText = replaced.get('plan.yaml') ?? readFileSync(paths.plan, 'utf8');
  return { inventory, planText, ...(live !== undefined && { live }) };
}

function run({ inventory, live }: Run): Report {
  const options = { inventory: 'acp', today: TODAY };
  return live === undefined
    ? check(inventory, options)
    : runDrift(inventory, { path: 'live-apps.yaml', text: live }, options);
}

/** The same run with a waiver for `rule` added to plan.yaml. */
function withWaiver(prepared: Run, rule: RuleId): Report {
  const entry = `  - rule: ${rule}\n    reason: accepted for the docs test\n    owner: docs\n    expires: 2099-12-31\n`;
  const text = prepared.planText.endsWith('\n') ? prepared.planText : `${prepared.planText}\n`;
  const planText = /^waivers:$/m.test(text) ? `${text}${entry}` : `${text}waivers:\n${entry}`;
  const plan = prepared.inventory.plan!;
  return run({
    ...prepared,
    inventory: { ...prepared.inventory, plan: { path: plan.path, text: planText } },
  });
}

describe('docs/rules.md', () => {
  it('has a section, under the anchor the PR comment links to, for every rule the engine reports', () => {
    const missing = ids.filter(
      (id) => !documented.some((s) => s.heading === id && s.anchor === ruleAnchor(id)),
    );
    expect(missing).toEqual([]);
  });

  it('documents no rule the engine does not have', () => {
    const headings = [...doc.matchAll(/^### (.+)$/gm)].map((m) => m[1]!);
    expect(headings.filter((h) => !isRuleId(h))).toEqual([]);
    expect(
      documented.filter((s) => !isRuleId(s.heading) || s.anchor !== ruleAnchor(s.heading)),
    ).toEqual([]);
    expect(headings).toHaveLength(ids.length);
  });

  it.each(ids)('%s: states the title and the severity the engine uses', (id) => {
    const { body } = section(id);
    expect(body).toContain(`_${ruleOf(id).title}._`);
    expect(body).toMatch(new RegExp(`^\\*\\*Severity:\\*\\* ${ruleOf(id).severity}\\b`, 'm'));
    for (const part of ['**What it checks.**', '**Why.**', '**Example.**', '**Fix.**'])
      expect(body).toContain(part);
  });

  it.each(ids)('%s: says whether it can be waived, as the engine decides', (id) => {
    const waivable = /\*\*Can be waived:\*\* (yes|no)$/m.exec(section(id).body)?.[1];
    expect(waivable).toBe(isWaivable(id) ? 'yes' : 'no');
  });

  it('links every rule from its table of contents', () => {
    for (const id of ids) expect(doc).toContain(`[${id}](#${ruleAnchor(id)})`);
  });

  const runnable = ids.filter((id) => id !== 'input/missing-file');

  it.each(runnable)('%s: its example triggers it', (id) => {
    const list = examples(section(id).body);
    expect(list.length).toBeGreaterThan(0);
    const report = run(prepare(list));
    expect(report.findings.map((f) => f.rule)).toContain(id);
  });

  it('input/missing-file: an inventory without plan.yaml triggers it', () => {
    expect(examples(section('input/missing-file').body)).toEqual([]);
    const prepared = prepare([]);
    const inventory = {
      ...prepared.inventory,
      plan: { path: 'acp/plan.yaml', missing: true as const },
    };
    const report = run({ ...prepared, inventory });
    expect(report.findings.map((f) => f.rule)).toContain('input/missing-file');
  });

  const waivable = runnable.filter((id) => isWaivable(id));

  it.each(waivable)('%s: a waiver in plan.yaml accepts it, as documented', (id) => {
    const report = withWaiver(prepare(examples(section(id).body)), id);
    const found = report.findings.filter((f) => f.rule === id);
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((f) => !f.waived)).toEqual([]);
  });

  const checkModeOnly = runnable.filter(
    (id) =>
      !isWaivable(id) &&
      !id.startsWith('drift/') &&
      !['input/yaml-syntax', 'waiver/not-waivable'].includes(id),
  );

  it.each(checkModeOnly)('%s: a waiver in plan.yaml does not accept it, as documented', (id) => {
    const report = withWaiver(prepare(examples(section(id).body)), id);
    const found = report.findings.filter((f) => f.rule === id);
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((f) => f.waived)).toEqual([]);
  });
});
