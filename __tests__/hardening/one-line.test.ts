// Every value is one line wherever it is printed (the output half of issue #21; the schemas refuse
// such values at the input, see yaml-input.test.ts). A report whose every value carries a line
// separator and a payload after it, as if one slipped past a schema, is rendered by each renderer:
// the runbook's bash blocks of the comment and of the terminal, pasted into bash, run exactly the
// commands of the report and nothing else; no rendered line starts with the payload; SARIF
// messages and annotations are one line each.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import { annotate } from '../../src/action/annotations.js';
import { UNSAFE_CHARACTER, oneLine } from '../../src/engine/characters.js';
import { check } from '../../src/engine/check.js';
import type { Report } from '../../src/engine/report.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderSarif } from '../../src/render/sarif.js';
import { renderText } from '../../src/render/text.js';
import { expectedArgv, runWithShims } from '../runbook-shims.js';
import {
  ANY_LINE_BREAK,
  LINE_BREAK_BUT_LF,
  PAYLOAD,
  SEPARATORS,
  hostile,
} from '../support/hostile-values.js';
import { inventoryAt } from '../support/inventory.js';
import { TODAY } from './helpers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'acp-one-line-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const ENV = {
  ACP_PLATFORM_TOKEN: 'token-value',
  ACP_PLATFORM_ADDRESS: 'https://env.example.com',
  ACP_STANDBY_PLATFORM_ADDRESS: 'https://env-dr.example.com',
  ACP_STANDBY_REGISTRY: '10.9.9.9:5000',
  ACP_STANDBY_REGISTRY_USERNAME: 'user',
  ACP_STANDBY_REGISTRY_PASSWORD: 'password',
};

/** Keys whose string values come from the inventory or the catalog (or quote them). */
const VALUE_KEYS = new Set([
  'inventory',
  'target',
  'entry',
  'builtin',
  'user',
  'added',
  'file',
  'message',
  'cluster',
  'clusters',
  'package',
  'owner',
  'reason',
  'expires',
  'version',
  'kubernetes',
  'name',
  'displayName',
  'type',
  'hop',
  'note',
  'installedVersions',
]);

/** A copy of `value` with every string under a VALUE_KEYS key made hostile. */
function poison<T>(value: T, sep: string, key = ''): T {
  if (typeof value === 'string') return (VALUE_KEYS.has(key) ? hostile(value, sep) : value) as T;
  if (Array.isArray(value)) return value.map((item) => poison(item, sep, key)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        poison(v, sep, k === 'argv' || k === 'shell' ? '' : k),
      ]),
    ) as T;
  }
  return value;
}

/**
 * A report with something of everything: the 4.3 to 4.4 example (standby, node gates, the scenario
 * set, post-upgrade notes) plus a waiver, a waived finding, a catalog override and addition, and a
 * suggested plan.
 */
function richReport(): Report {
  const report = check(inventoryAt(join(root, 'examples/acp-4.3-to-4.4'), 'acp'), {
    inventory: 'acp',
    today: TODAY,
  });
  expect(report.commands.length).toBeGreaterThan(10);
  report.catalog.added.push('release 4.5');
  report.catalog.overrides.push({
    entry: 'edge 4.3 -> 4.4',
    builtin: 'within-compatible',
    user: 'at least 1.33',
    file: 'acp/catalog.yaml',
    line: 3,
    column: 5,
  });
  report.waivers.push({
    rule: 'order/kubernetes-with-core',
    cluster: 'prod-a',
    package: 'metallb',
    owner: 'platform-team',
    reason: 'vendor-approved',
    expires: '2099-01-31',
    status: 'applied',
    matched: 1,
  } as Report['waivers'][number]);
  report.findings.push({
    rule: 'order/kubernetes-with-core',
    severity: 'warning',
    message: 'prod-a moves its Kubernetes with its Core',
    file: 'acp/plan.yaml',
    line: 4,
    column: 5,
    cluster: 'prod-a',
    waived: true,
    waiver: { reason: 'vendor-approved', owner: 'platform-team' },
  } as Report['findings'][number]);
  report.suggestedPlan = 'target: 4.4.0\nsteps:\n  - cluster: global\n    to: 4.4.0\n';
  return report;
}

/** The bash blocks of the comment, as GFM ends their lines (CR and CRLF too). */
function markdownBlocks(markdown: string): string[] {
  const normalized = markdown.replace(/\r\n?/g, '\n');
  return [...normalized.matchAll(/^(`{3,})bash\n([\s\S]*?)\n\1$/gm)].map((m) => m[2]!);
}

/** The runbook of the terminal output: its indented lines after "Commands (in order)". */
function terminalBlock(text: string): string {
  const start = text.indexOf('Commands (in order)\n');
  expect(start).toBeGreaterThan(0);
  const rest = text.slice(start + 'Commands (in order)\n'.length);
  const end = rest.search(/\n(?! {2})/);
  return end < 0 ? rest : rest.slice(0, end);
}

/** Runs a block as pasted (each line break of any kind a new line) and returns what ran. */
function run(script: string, name: string) {
  return runWithShims(
    mkdtempSync(join(scratch, `${name}-`)),
    script.replace(ANY_LINE_BREAK, '\n'),
    ENV,
  );
}

const UNSAFE = new RegExp(UNSAFE_CHARACTER);

describe('oneLine', () => {
  it.each(Object.entries(SEPARATORS))('shows %s as an escape, never as a line break', (_, sep) => {
    const shown = oneLine(hostile('4.3.2', sep));
    expect(shown).not.toMatch(UNSAFE);
    expect(shown.split(ANY_LINE_BREAK)).toHaveLength(1);
    expect(shown).toContain(PAYLOAD);
    expect(oneLine(shown)).toBe(shown);
  });

  it('keeps a value of one safe line as it is', () => {
    for (const value of [
      '4.3.2',
      'Alauda Build of MetalLB',
      'a "quoted" $(value) `x`',
      'ünïcødé 中文',
    ])
      expect(oneLine(value)).toBe(value);
  });

  it('names each escape: \\n, \\r, \\t, and the code point of the others', () => {
    expect(oneLine('a\nb\rc\td\u000be\u000cf\u0085g\u2028h\u2029i\u001bj')).toBe(
      'a\\nb\\rc\\td\\u{b}e\\u{c}f\\u{85}g\\u{2028}h\\u{2029}i\\u{1b}j',
    );
  });
});

describe.each(Object.entries(SEPARATORS))(
  'a report whose values hold %s and a command after it',
  (name, sep) => {
    const clean = richReport();
    const report = poison(clean, sep);
    // The suggested plan is YAML the engine writes, a value per line, quoted as suggest.ts quotes it.
    report.suggestedPlan = `target: 4.4.0\nsteps:\n  - cluster: ${JSON.stringify(hostile('global', sep))}\n    to: 4.4.0\n`;
    const runnable = clean.commands.filter((c) => c.argv.length > 0);
    const expected = runnable.map((c) => expectedArgv(c.argv, ENV));

    it('keeps the commands themselves as they are (only values around them are hostile)', () => {
      expect(report.commands.map((c) => c.shell)).toEqual(clean.commands.map((c) => c.shell));
      expect(report.commands.some((c) => c.note.includes(PAYLOAD))).toBe(true);
    });

    it('renders the comment whose bash blocks, pasted into bash, run exactly the commands of the report', () => {
      const markdown = renderMarkdown(report);
      const blocks = markdownBlocks(markdown);
      expect(blocks.length).toBeGreaterThan(3);
      for (const block of blocks) {
        for (const line of block.split(ANY_LINE_BREAK)) {
          expect(line.startsWith('# ') || runnable.some((c) => c.shell === line)).toBe(true);
        }
      }
      const { calls, leftovers } = run(blocks.join('\n'), `markdown-${name}`);
      expect(calls).toEqual(expected);
      expect(leftovers).toEqual([]);
      // Nowhere in the comment does the payload start a line.
      expect(markdown.split(ANY_LINE_BREAK).filter((line) => line.startsWith('curl'))).toEqual([]);
      expect(markdown).not.toMatch(LINE_BREAK_BUT_LF);
    });

    it('renders the terminal runbook that, pasted into bash, runs exactly the commands of the report', () => {
      const text = renderText(report);
      const block = terminalBlock(text);
      const { calls, leftovers } = run(block, `text-${name}`);
      expect(calls).toEqual(expected);
      expect(leftovers).toEqual([]);
      expect(
        text.split(ANY_LINE_BREAK).filter((line) => line.trimStart().startsWith('curl')),
      ).toEqual([]);
      expect(text).not.toMatch(LINE_BREAK_BUT_LF);
    });

    it('writes SARIF messages and suppression reasons of one line', () => {
      const sarif = JSON.parse(renderSarif(report)) as {
        runs: {
          results: {
            message: { text: string };
            suppressions?: { justification: string }[];
          }[];
        }[];
      };
      const results = sarif.runs[0]!.results;
      expect(results.length).toBe(report.findings.length);
      for (const result of results) {
        expect(result.message.text).not.toMatch(UNSAFE);
        for (const s of result.suppressions ?? []) expect(s.justification).not.toMatch(UNSAFE);
      }
    });

    it('writes annotations of one line', () => {
      const messages: string[] = [];
      const record = (message: string | Error) => void messages.push(String(message));
      annotate(
        report.findings,
        { error: record, warning: record, notice: record },
        undefined,
        'the job summary',
      );
      expect(messages.length).toBe(report.findings.length);
      for (const message of messages) expect(message).not.toMatch(UNSAFE);
    });
  },
);
