// docs/rules.md is the rule reference the PR comment links to: one entry per rule id of the
// engine, under the anchor the comment uses, and every example in it triggers its rule. It is
// generated (scripts/docs/rules.ts) from each rule's own documentation, the .md file beside its
// code that its `docs` names; a rule without it stops the generator, which names what is missing.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import { inventoryPaths, readInventory } from '../src/io/files.js';
import { type InventoryInput, check } from '../src/engine/check.js';
import { runDrift } from '../src/engine/drift.js';
import type { RuleId } from '../src/engine/findings.js';
import { RULES, isRuleId, isWaivable, ruleOf } from '../src/engine/rules/registry.js';
import type { Report } from '../src/engine/report.js';
import { ruleAnchor } from '../src/render/markdown.js';
import { builtinCatalog } from '../scripts/docs/releases.js';
import { RULES_DIR, ruleEntries, ruleReference } from '../scripts/docs/rules.js';
import { FAMILIES } from '../src/engine/rules/registry.js';
import { type Rule, defineRule } from '../src/engine/rules/rule.js';

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

describe("the rules' own documentation", () => {
  const catalog = builtinCatalog(root);

  it('is a .md file beside each rule, named by its docs field, with its four paragraphs', () => {
    const entries = ruleEntries(root, catalog).flatMap((family) => family.rules);
    expect(entries.map((e) => e.rule.id).sort()).toEqual([...ids].sort());
    for (const rule of RULES) expect(rule.docs).toBe(`${rule.id.split('/')[1]}.md`);
  });

  it('has no .md file in a family folder that no rule names (index.md introduces the family)', () => {
    const named = new Set(RULES.map((r) => `${r.id.split('/')[0]}/${r.docs}`));
    const strays = Object.keys(FAMILIES).flatMap((family) =>
      readdirSync(join(root, RULES_DIR, family))
        .filter((file) => file.endsWith('.md') && file !== 'index.md')
        .map((file) => `${family}/${file}`)
        .filter((path) => !named.has(path)),
    );
    expect(strays).toEqual([]);
  });

  describe('stops the generator for a new rule without it, naming what is missing', () => {
    const temp = mkdtempSync(join(tmpdir(), 'acp-rule-docs-'));
    afterAll(() => rmSync(temp, { recursive: true, force: true }));
    // A copy of the rules' documentation, where a new rule order/made-up is added to its family.
    cpSync(join(root, RULES_DIR), join(temp, RULES_DIR), {
      recursive: true,
      filter: (path) => !path.endsWith('.ts'),
    });
    const madeUp = (fields: Partial<Rule>): typeof FAMILIES => ({
      ...FAMILIES,
      order: [
        ...FAMILIES.order,
        defineRule({
          id: 'order/made-up',
          severity: 'error',
          title: 'A rule added for this test',
          waivable: true,
          phase: 'step',
          docs: 'made-up.md',
          ...fields,
        }),
      ] as unknown as typeof FAMILIES.order,
    });
    const generate = (families: typeof FAMILIES) => () => ruleReference(temp, catalog, families);

    it('the docs field', () => {
      expect(generate(madeUp({ docs: undefined }))).toThrow(
        "order/made-up has no documentation: add docs: 'made-up.md' to the rule and write src/engine/rules/order/made-up.md",
      );
    });

    it('the .md file', () => {
      rmSync(join(temp, RULES_DIR, 'order/made-up.md'), { force: true });
      expect(generate(madeUp({}))).toThrow(
        "src/engine/rules/order/made-up.md is missing: it holds order/made-up's documentation",
      );
    });

    it('a paragraph of the .md file', () => {
      writeFileSync(
        join(temp, RULES_DIR, 'order/made-up.md'),
        '**What it checks.** Something.\n\n**Why.** A reason.\n\n**Example.** One.\n',
      );
      expect(generate(madeUp({}))).toThrow(
        'src/engine/rules/order/made-up.md lacks a "**Fix.**" paragraph (order/made-up)',
      );
    });

    it('and renders it, in its family after the others, once it is there', () => {
      writeFileSync(
        join(temp, RULES_DIR, 'order/made-up.md'),
        '**What it checks.** Something.\n\n**Why.** A reason.\n\n**Example.** One.\n\n**Fix.** Another.\n',
      );
      const reference = generate(madeUp({}))();
      expect(reference).toContain('| [order/made-up](#order-made-up) | error |');
      expect(reference).toContain(
        '<a id="order-made-up"></a>\n\n### order/made-up\n\n_A rule added for this test._\n\n**Severity:** error · **Can be waived:** yes\n\n**What it checks.** Something.',
      );
      expect(reference.indexOf('### order/made-up')).toBeLessThan(reference.indexOf('## state:'));
    });
  });
});
