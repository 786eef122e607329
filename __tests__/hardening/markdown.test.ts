// Markdown and HTML in every value that reaches the PR comment: rendered with a real GFM parser
// (marked), nothing from the inventory becomes an HTML element or comment, a link, an image or a
// mention, and every `|` stays inside its table cell.
import { describe, expect, it } from '@jest/globals';
import { Lexer, type Token, type Tokens, marked } from 'marked';
import { type InventoryInput, check } from '../../src/engine/check.js';
import type { Report } from '../../src/engine/report.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { TODAY, inventory, pathOf } from './helpers.js';

const RULES_URL = 'https://docs.example.com/rules.md';

/** Markup that must stay text. Cluster names may not hold spaces or commas: those get `NOSPACE`. */
const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<!-- hidden -->',
  '@octocat',
  'a|b|c',
  '[x](javascript:alert(1))',
  '![i](https://evil.example/i.png)',
  'a`b``c```d',
  '`',
  'https://evil.example/path',
  'www.evil.example',
  'someone@evil.example',
  '<https://evil.example>',
  '<script>alert(1)</script>',
  '**bold** _em_ ~~del~~ <b>b</b>',
  'back\\|slash\\\\|pipe',
  '&lt;img src=x&gt; &#60;b&#62;',
];
/** Names refuse direction overrides (see commands.test.ts); free text such as displayName may hold them. */
const OVERRIDE = '\u202eevil\u202c';
const NOSPACE = HOSTILE.map((h) => h.replace(/[\s,]/g, '')).filter((h) => !h.startsWith('-'));
const LONG = `long-${'x'.repeat(5000)}`;

const q = (value: string) => JSON.stringify(value);
const text = (lines: string[]) => `${lines.join('\n')}\n`;

/**
 * A platform whose every name, path, version and note is hostile, with a plan that breaks the
 * order (so findings quote the names, the timeline and a suggested plan are shown) and packages
 * that are missing or older than installed (so the downloads and messages quote them too).
 */
type TextFiles = Record<'apps' | 'clusters' | 'plan' | 'packages', { path: string; text: string }>;

function hostileInventory(): TextFiles {
  const [global, standby, ...workloads] = [...NOSPACE, LONG].map((h, i) => `c${i}${h}`);
  const clusters = [
    'clusters:',
    `  - name: ${q(global!)}`,
    '    role: global',
    '    version: 4.2.1',
    '    kubernetes: 1.33.4',
    `  - name: ${q(standby!)}`,
    '    role: standby',
    '    version: 4.2.1',
    '    kubernetes: 1.33.4',
    '    minioFreeGB: 10',
    ...workloads.flatMap((name) => [
      `  - name: ${q(name)}`,
      '    version: 4.2.1',
      '    kubernetes: 1.32.1',
    ]),
  ];
  const names = [...HOSTILE, LONG].map((h, i) => `app${i} ${h}`);
  const apps = [
    'applications:',
    ...names.flatMap((name, i) => [
      `  ${q(name)}:`,
      `    displayName: ${q(`display ${HOSTILE[i % HOSTILE.length]} ${OVERRIDE}`)}`,
      `    type: ${['OperatorBundle', 'ModulePlugin', 'Chart'][i % 3]}`,
      '    installed:',
      `      - clusterName: ${q(workloads[i % workloads.length]!)}`,
      `        version: ${q(`9.9.9 ${HOSTILE[i % HOSTILE.length]}`)}`,
    ]),
  ];
  const packages = [
    'packages:',
    '  - core: 4.3.0',
    `    file: ${q(`core/${HOSTILE.join(' ')}.tgz`)}`,
    // Half the applications have a package (older than installed), half have none.
    ...names
      .filter((_, i) => i % 2 === 0)
      .flatMap((name, i) => [
        `  - name: ${q(name)}`,
        `    displayName: ${q(`pkg ${HOSTILE[i % HOSTILE.length]}`)}`,
        `    type: ${['OperatorBundle', 'ModulePlugin', 'Chart'][(2 * i) % 3]}`,
        `    version: ${q(`1.0.0 ${HOSTILE[i % HOSTILE.length]}`)}`,
        `    file: ${q(`pkgs/${HOSTILE[i % HOSTILE.length]} ${i}.tgz`)}`,
      ]),
  ];
  const plan = [
    'target: 4.3.0',
    'steps:',
    // Workloads first: order/global-first for each, and the suggested plan as the fix.
    `  - clusters: [${workloads.map(q).join(', ')}]`,
    '    to: 4.3.0',
    `  - cluster: ${q(global!)}`,
    '    to: 4.3.0',
    'waivers:',
    // The first waiver matches an application without a package; the others match nothing.
    ...HOSTILE.flatMap((h, i) => [
      '  - rule: packages/missing',
      `    package: ${q(i === 0 ? names[1]! : `pkg ${h}`)}`,
      `    reason: ${q(`reason ${h}`)}`,
      `    owner: ${q(`owner ${h}`)}`,
      '    expires: 2099-12-31',
    ]),
  ];
  return {
    apps: { path: pathOf('apps'), text: text(apps) },
    clusters: { path: pathOf('clusters'), text: text(clusters) },
    plan: { path: pathOf('plan'), text: text(plan) },
    packages: { path: pathOf('packages'), text: text(packages) },
  };
}

/** Input errors whose messages quote what was written: unknown keys, versions, clusters. */
function hostileInputErrors(): TextFiles {
  const inv = hostileInventory();
  const extraKeys = HOSTILE.map((h) => `    ${q(`key ${h}`)}: 1`);
  const clusters = inv.clusters.text.replace(
    '    role: global\n',
    `    role: global\n${extraKeys.join('\n')}\n`,
  );
  const plan = text([
    `target: ${q(HOSTILE[0]!)}`,
    'steps:',
    ...HOSTILE.flatMap((h) => [
      `  - cluster: ${q(`nx${h.replace(/[\s,]/g, '')}`)}`,
      `    to: ${q(h)}`,
    ]),
  ]);
  return {
    ...inv,
    clusters: { ...inv.clusters, text: clusters },
    plan: { ...inv.plan, text: plan },
  };
}

interface Inspection {
  problems: string[];
  /** Plain text outside code, per paragraph or cell, for mention checks. */
  texts: string[];
  tables: Tokens.Table[];
}

/** Walks marked's tokens: what would become markup on GitHub. */
function inspect(markdown: string, allowedLink = RULES_URL): Inspection {
  const result: Inspection = { problems: [], texts: [], tables: [] };
  const inline = (tokens: Token[] | undefined): string => {
    let plain = '';
    for (const token of tokens ?? []) {
      switch (token.type) {
        case 'html':
        case 'tag':
          result.problems.push(`HTML ${JSON.stringify(token.raw)}`);
          break;
        case 'image':
          result.problems.push(`image ${JSON.stringify(token.raw)}`);
          break;
        case 'link':
          if (!(token as Tokens.Link).href.startsWith(`${allowedLink}#`))
            result.problems.push(`link ${JSON.stringify(token.raw)}`);
          break;
        case 'codespan':
          break;
        case 'text':
        case 'escape':
          plain += 'tokens' in token && token.tokens ? inline(token.tokens) : token.text;
          break;
        default:
          plain += inline((token as Tokens.Generic).tokens);
      }
    }
    return plain;
  };
  const block = (tokens: Token[]) => {
    for (const token of tokens) {
      switch (token.type) {
        case 'html':
          result.problems.push(`HTML block ${JSON.stringify(token.raw.slice(0, 80))}`);
          break;
        case 'code':
        case 'space':
        case 'hr':
          break;
        case 'table': {
          const table = token as Tokens.Table;
          result.tables.push(table);
          for (const row of [table.header, ...table.rows]) {
            if (row.length !== table.header.length)
              result.problems.push(
                `table row with ${row.length} cells: ${JSON.stringify(row.map((c) => c.text))}`,
              );
            for (const cell of row) result.texts.push(inline(cell.tokens));
          }
          break;
        }
        case 'list':
          for (const item of (token as Tokens.List).items) block(item.tokens);
          break;
        case 'paragraph':
        case 'heading':
          result.texts.push(inline(token.tokens));
          break;
        default:
          if ('tokens' in token && token.tokens) block(token.tokens);
      }
    }
  };
  block(new Lexer({ gfm: true }).lex(markdown));
  for (const plain of result.texts) {
    const mention = /(^|[^\w`])@[A-Za-z0-9]/.exec(plain);
    if (mention) result.problems.push(`mention in ${JSON.stringify(plain.slice(0, 120))}`);
  }
  // The HTML GitHub would start from: no element, comment or link of the inventory's.
  const html = marked.parse(markdown, { gfm: true, async: false });
  for (const match of html.matchAll(/<(img|script|b|a|!--)[\s>]/g)) {
    const tag = html.slice(match.index, match.index + 120);
    if (!(match[1] === 'a' && tag.startsWith(`<a href="${RULES_URL}#`)))
      result.problems.push(`HTML output ${JSON.stringify(tag)}`);
  }
  return result;
}

function checked(files: InventoryInput, inventory = 'acp'): Report {
  return check(files, { inventory, today: TODAY });
}

describe('the rendered comment with hostile inventory values', () => {
  const semantic = checked(hostileInventory());
  const input = checked(hostileInputErrors());

  it('carries the hostile values into the report (so the rendering below is tested with them)', () => {
    const json = JSON.stringify(semantic);
    for (const h of HOSTILE) expect(json).toContain(JSON.stringify(h).slice(1, -1));
    expect(json).toContain(JSON.stringify(OVERRIDE).slice(1, -1));
    expect(semantic.findings.some((f) => f.rule === 'order/global-first')).toBe(true);
    expect(semantic.findings.some((f) => f.rule === 'packages/missing')).toBe(true);
    expect(semantic.findings.some((f) => f.rule === 'packages/older-than-installed')).toBe(true);
    expect(semantic.findings.some((f) => f.waived)).toBe(true);
    expect(semantic.findings.some((f) => f.rule === 'waiver/unmatched')).toBe(true);
    expect(semantic.suggestedPlan).toBeDefined();
    expect(semantic.commands.length).toBeGreaterThan(0);
    const inputJson = JSON.stringify(input.findings);
    for (const h of HOSTILE.slice(0, 5))
      expect(inputJson).toContain(JSON.stringify(h).slice(1, -1));
  });

  it.each([
    ['plan, findings, downloads and commands', () => semantic],
    ['input errors that quote what was written', () => input],
  ])('renders %s with no markup from the inventory', (_, report) => {
    for (const options of [{}, { rulesUrl: RULES_URL }]) {
      const markdown = renderMarkdown(report(), options);
      const { problems, tables } = inspect(markdown);
      expect(problems).toEqual([]);
      expect(markdown).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
      expect(tables).toHaveLength(1);
      expect(tables[0]!.rows.length).toBe(report().findings.length);
    }
  });

  it('keeps every `|` inside its cell: each findings row has four cells, the message whole', () => {
    const { tables } = inspect(renderMarkdown(semantic));
    const messages = tables[0]!.rows.map((row) => row[3]!.text);
    const piped = messages.filter((m) => m.includes('a|b|c'));
    expect(piped.length).toBeGreaterThan(0);
    for (const row of tables[0]!.rows) expect(row).toHaveLength(4);
  });

  it('shows file paths and the inventory name from hostile inputs as inert text', () => {
    const where = `acp/${HOSTILE.join(' ')}`;
    const files = hostileInventory();
    const renamed = {
      ...files,
      clusters: { ...files.clusters, path: `${where}/clusters.yaml` },
      plan: { ...files.plan, path: `${where}/plan|x\\|y.yaml` },
    };
    const report = checked(renamed, where);
    const { problems, tables } = inspect(renderMarkdown(report, { rulesUrl: RULES_URL }));
    expect(problems).toEqual([]);
    expect(tables[0]!.rows.every((row) => row.length === 4)).toBe(true);
  });
});

describe('the comment when shortened, huge, or read back from a fork', () => {
  it('keeps code spans closed when the comment is cut to fit (renderMarkdown maxLength)', () => {
    // The last resort of renderMarkdown slices the text, which can cut a code span after its
    // opening backtick: what was inert inside it becomes markup.
    const name = `acp/\`${HOSTILE[0]}\`${HOSTILE[0]!.repeat(10)}`;
    const report = check(inventory(), { inventory: name, today: TODAY });
    const problems = new Set<string>();
    for (let limit = 60; limit < 400; limit += 3)
      for (const p of inspect(renderMarkdown(report, { maxLength: limit })).problems)
        problems.add(p);
    expect([...problems]).toEqual([]);
  });

  it('renders a 300,000-character name full of backticks (fenceFor spreads every match)', () => {
    const files = hostileInventory();
    const name = `w${'`a'.repeat(150_000)}`;
    const clusters = `${files.clusters.text}  - name: ${q(name)}\n    version: 4.2.1\n    kubernetes: 1.33.1\n`;
    const report = checked({ ...files, clusters: { ...files.clusters, text: clusters } });
    expect(() => renderMarkdown(report)).not.toThrow();
  });

  it('refuses download reasons a report cannot have, and shows any that reach the renderer as text', async () => {
    const { readReportFile } = await import('../../src/action/report-file.js');
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(`${tmpdir()}/acp-forged-`);
    try {
      const report = checked(hostileInventory());
      const forged = {
        ...report,
        downloads: report.downloads.map((d) =>
          d.kind === 'package' ? { ...d, reasons: ['<img src=x onerror=alert(1)>'] } : d,
        ),
      };
      writeFileSync(`${dir}/report.json`, JSON.stringify(forged));
      const read = readReportFile(`${dir}/report.json`);
      expect('report' in read).toBe(false);
      expect(inspect(renderMarkdown(forged as Report)).problems).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
