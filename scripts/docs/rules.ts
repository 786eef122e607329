// The rule reference (docs/rules.md) and SARIF's rule help (src/render/rule-help.ts), rendered from
// the rules themselves: each rule's id, title, severities and waivability from its object, its
// prose (What it checks, Why, Example, Fix) from the Markdown file its `docs` names, beside its code
// in src/engine/rules/<family>/; each family's heading and introduction from the family's
// index.md; the page's own introduction from src/engine/rules/index.md. The families come in the
// registry's order, each family's rules in the order of its list; the anchors are the ones the PR
// comment links to. A rule without its documentation stops the generator with what is missing.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../../src/engine/catalog/catalog.js';
import { FAMILIES } from '../../src/engine/rules/registry.js';
import type { Rule } from '../../src/engine/rules/rule.js';
import { ruleAnchor } from '../../src/render/markdown.js';
import { CATALOG_SLOTS } from './releases.js';

/** Where the rules and their documentation live, relative to the project root. */
export const RULES_DIR = 'src/engine/rules';

/** The paragraphs every rule's documentation has, each starting `**<name>.**`. */
export const DOC_PARAGRAPHS = ['What it checks', 'Why', 'Example', 'Fix'] as const;

/** The families of rules: each family's name and its rules, in the reference's order. */
export type Families = Readonly<Record<string, readonly Rule[]>>;

export interface RuleEntry {
  rule: Rule;
  anchor: string;
  /** The entry below its `### id` heading: title, severity line, then the rule's own docs. */
  body: string;
}

export interface FamilyEntry {
  name: string;
  /** The family's `## name: ...` heading and its introduction. */
  intro: string;
  rules: RuleEntry[];
}

/** Every family and rule with its documentation; throws, naming the missing piece, if one lacks it. */
export function ruleEntries(
  root: string,
  catalog: Catalog,
  families: Families = FAMILIES,
): FamilyEntry[] {
  return Object.entries(families).map(([name, rules]) => {
    const intro = read(
      root,
      `${RULES_DIR}/${name}/index.md`,
      `the ${name}/* family's introduction`,
    );
    if (!intro.startsWith(`## ${name}: `)) {
      throw new Error(
        `${RULES_DIR}/${name}/index.md must start with its heading "## ${name}: ..."`,
      );
    }
    return {
      name,
      intro: fillSlots(intro, catalog, `${RULES_DIR}/${name}/index.md`),
      rules: rules.map((rule) => ruleEntry(root, catalog, name, rule)),
    };
  });
}

function ruleEntry(root: string, catalog: Catalog, family: string, rule: Rule): RuleEntry {
  const [prefix, name] = rule.id.split('/');
  const expected = `${name}.md`;
  const path = `${RULES_DIR}/${family}/${expected}`;
  if (prefix !== family) {
    throw new Error(`${rule.id} is listed in the ${family}/* family: move it to ${prefix}/`);
  }
  if (rule.docs !== expected) {
    throw new Error(
      rule.docs === undefined
        ? `${rule.id} has no documentation: add docs: '${expected}' to the rule and write ${path}`
        : `${rule.id}: docs is '${String(rule.docs)}', but a rule's documentation is ${path} (docs: '${expected}')`,
    );
  }
  const text = fillSlots(read(root, path, `${rule.id}'s documentation`), catalog, path);
  const lacking = DOC_PARAGRAPHS.filter(
    (paragraph) => !new RegExp(`^\\*\\*${paragraph}\\.\\*\\*`, 'm').test(text),
  );
  if (lacking.length > 0) {
    throw new Error(
      `${path} lacks ${lacking.map((p) => `a "**${p}.**" paragraph`).join(' and ')} (${rule.id})`,
    );
  }
  return {
    rule,
    anchor: ruleAnchor(rule.id),
    body: [
      `_${rule.title}._`,
      `**Severity:** ${severityWords(rule)} · **Can be waived:** ${rule.waivable ? 'yes' : 'no'}`,
      text,
    ].join('\n\n'),
  };
}

function read(root: string, path: string, what: string): string {
  const file = join(root, path);
  if (!existsSync(file)) throw new Error(`${path} is missing: it holds ${what}`);
  return readFileSync(file, 'utf8').replace(/\r\n/g, '\n').trim();
}

/** Replaces each `{{catalog:...}}` slot with what the catalog says. */
function fillSlots(text: string, catalog: Catalog, path: string): string {
  return text.replace(/\{\{([^}]*)\}\}/g, (_, slot: string) => {
    const render = CATALOG_SLOTS[slot];
    if (!render) {
      throw new Error(
        `${path}: no slot {{${slot}}}; the slots are ${Object.keys(CATALOG_SLOTS)
          .map((s) => `{{${s}}}`)
          .join(', ')}`,
      );
    }
    return render(catalog);
  });
}

/** `error (a notice when ...)`: the usual severity, and the others where the rule says when. */
function severityWords(rule: Rule): string {
  const others = (rule.alsoReports ?? [])
    .filter((also) => also.when)
    .map((also) => ` (${also.severity === 'error' ? 'an' : 'a'} ${also.severity} ${also.when})`);
  return `${rule.severity}${others.join('')}`;
}

/** docs/rules.md */
export function ruleReference(root: string, catalog: Catalog, families?: Families): string {
  const entries = ruleEntries(root, catalog, families);
  const intro = read(root, `${RULES_DIR}/index.md`, "the rule reference's introduction");
  const all = entries.flatMap((family) => family.rules);
  const table = [
    '| Rule | Severity |',
    '| --- | --- |',
    ...all.map(
      ({ rule, anchor }) =>
        `| [${rule.id}](#${anchor}) | ${[rule.severity, ...(rule.alsoReports ?? []).map((a) => a.severity)].join(' / ')} |`,
    ),
  ].join('\n');
  const sections = entries.map((family) =>
    [
      family.intro,
      ...family.rules.map(({ rule, anchor, body }) =>
        [`<a id="${anchor}"></a>`, `### ${rule.id}`, body].join('\n\n'),
      ),
    ].join('\n\n'),
  );
  return `${[GENERATED, fillSlots(intro, catalog, `${RULES_DIR}/index.md`), table, ...sections].join('\n\n')}\n`;
}

const GENERATED =
  "<!-- Generated by npm run generate from src/engine/rules/: edit the .md file beside a rule (its family's index.md for a family), not this page. -->";

// --- SARIF's rule help -----------------------------------------------------------------------------

export interface RuleHelp {
  anchor: string;
  fullDescription: string;
  text: string;
  markdown: string;
}

/** id -> the rule's help: its entry of the reference, and its paragraphs as plain text. */
export function ruleHelp(entries: FamilyEntry[]): Record<string, RuleHelp> {
  const help: Record<string, RuleHelp> = {};
  for (const { rule, anchor, body } of entries.flatMap((family) => family.rules)) {
    const checks = paragraph(body, 'What it checks')!;
    const why = paragraph(body, 'Why');
    const fix = paragraph(body, 'Fix')!;
    help[rule.id] = {
      anchor,
      fullDescription: plainText(checks),
      text: (
        [
          ['What it checks', checks],
          ['Why', why],
          ['Fix', fix],
        ] as const
      )
        .filter(([, text]) => text)
        .map(([label, text]) => `${label}: ${plainText(text!)}`)
        .join('\n\n'),
      markdown: body,
    };
  }
  return help;
}

/** src/render/rule-help.ts: the help SARIF gives each rule (only `--format sarif` loads it). */
export function ruleHelpModule(entries: FamilyEntry[]): string {
  return [
    '// Generated by npm run generate (scripts/docs/rules.ts) from each rule and its documentation',
    '// (src/engine/rules/<family>/<name>.md). Do not edit: edit that file.',
    '',
    'export interface RuleHelp {',
    '  /** The heading anchor in docs/rules.md. */',
    '  anchor: string;',
    '  /** "What it checks", as plain text. */',
    '  fullDescription: string;',
    '  /** What it checks, why, and how to fix it, as plain text. */',
    '  text: string;',
    '  /** The whole entry of the rule reference; links to other entries are relative (#anchor). */',
    '  markdown: string;',
    '}',
    '',
    `export const RULE_HELP: Record<string, RuleHelp> = ${JSON.stringify(ruleHelp(entries), null, 2)};`,
    '',
  ].join('\n');
}

/** A paragraph introduced by `**Label.**`, up to the next blank line, as one line. */
function paragraph(body: string, label: string): string | undefined {
  const start = body.search(new RegExp(`^\\*\\*${label}\\.\\*\\*`, 'm'));
  if (start < 0) return undefined;
  const end = body.indexOf('\n\n', start);
  const text = body.slice(start + `**${label}.**`.length, end < 0 ? undefined : end);
  return text.replace(/\s*\n\s*/g, ' ').trim() || undefined;
}

/** Markdown inline syntax as plain text: code spans, emphasis and links. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|[\s(])_([^_]+)_(?=[\s).,;:]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}
