// Every string an inventory file or catalog.yaml may hold is one line (the input half of issue
// #21): for every value of an inventory that fills every field the schemas know, and for each
// line separator, that value with a separator and a command after it is an input/schema error on
// its own file and line, and the report holds no command to paste.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { type InventoryInput, check } from '../../src/engine/check.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { type Edits, inventoryAt } from '../support/inventory.js';
import {
  ANY_LINE_BREAK,
  ISSUE_CASES,
  LINE_BREAK_BUT_LF,
  SEPARATORS,
  type Separator,
  hostile,
  lineOf,
  q,
} from '../support/hostile-values.js';
import { TODAY } from './helpers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** An example with edits; a file the example lacks (catalog.yaml) is an edit of empty text. */
function edited(folder: string, edits: Edits): InventoryInput {
  const input = inventoryAt(folder, 'acp', { edits });
  for (const [name, edit] of Object.entries(edits)) {
    const key = name as keyof InventoryInput;
    const file = input[key];
    if (file && 'missing' in file) input[key] = { path: file.path, text: edit('') };
  }
  return input;
}

type FileName = 'apps' | 'clusters' | 'plan' | 'packages' | 'catalog';

/**
 * A catalog.yaml with every kind of entry and every optional field: a release, an edge with
 * source patches and a prerequisite, one package rule of each kind (additions), and an override of
 * the node-readiness rule.
 */
const CATALOG = `schemaVersion: 1
releases:
  - version: "4.5"
    kubernetes:
      creation:
        - "1.36"
      compatible:
        - "1.36"
        - "1.35"
    source: a release note
edges:
  - from: "4.4"
    to: "4.5"
    fromPatches:
      - "4.4.0"
    kubernetes:
      atLeast: "1.35"
    prerequisites:
      - verify: Istio is on 1.22
        notInstalled:
          nameContains:
            - legacy-mesh
          displayNameContains:
            - Legacy Mesh
    source: an upgrade guide
packageRules:
  - id: extra-topolvm
    rule: packages/topolvm-prestage
    edges:
      - from: "4.4"
        to: "4.5"
    application:
      nameContains:
        - topolvm
    source: a guide
  - id: extra-log
    rule: packages/log-essentials
    globalAtLeast: "4.5"
    whenInstalled:
      displayNameContains:
        - Log Storage
    package:
      nameContains:
        - log essentials
    source: a guide
  - id: extra-mysql
    rule: packages/mysql-pxc
    globalInto: "4.5"
    application:
      nameContains:
        - mysql
    source: a guide
  - id: extra-post
    rule: platform/post-upgrade
    release: "4.4"
    after: global
    sourceBelow: "4.4"
    whenInstalled:
      displayNameContains:
        - Web Console
    task: restart {installed}
    source: a guide
  - id: extra-scenario
    rule: packages/missing
    scenario: Extra Set
    release: "4.5"
    violetAtLeast: 4.2.13
    displayNames:
      - Extra Console
    neverPushFrom:
      - "4.3"
    agnosticOptional: true
    source: a guide
  - id: kubernetes-1.35-node-readiness
    rule: platform/node-readiness
    kubernetesAtLeast: "1.35"
    kernelAtLeast: "5.8"
    cgroup: v2
    ackKeys:
      - release: "4.4"
        key: ack-4.4-kubernetes-1.35-kernel-update
    source: a guide
platform:
  minioMinFreeGB: 100
  source: a guide
`;

const WAIVERS = `waivers:
  - rule: packages/not-an-upgrade
    cluster: prod-a
    package: metallb
    reason: vendor-approved exception
    owner: platform-team
    expires: 2099-01-31
`;

const SHA = '3b1f5c0e8d9a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c';

/** The 4.3 to 4.4 example with every optional field filled in, and flow lists as block lists. */
function edits(): Edits {
  const blockLists = (text: string) =>
    text.replace(
      /^( *)(- )?(\w+): \[([^\]]*)\]$/gm,
      (_, indent: string, dash: string | undefined, key: string, items: string) => {
        const inner = `${indent}${dash ? '  ' : ''}  `;
        const list = items
          .split(',')
          .map((item) => `${inner}- ${item.trim()}`)
          .join('\n');
        return `${indent}${dash ?? ''}${key}:\n${list}`;
      },
    );
  return {
    catalog: () => CATALOG,
    plan: (text) => `${blockLists(text)}${WAIVERS}`,
    packages: (text) =>
      blockLists(text)
        .replace('    file: packages/acp-core-4.4.0.tgz\n', `$&    sha256: ${SHA}\n`)
        .replace('    file: packages/metallb-v4.4.1.tgz\n', `$&    sha256: ${SHA}\n`),
  };
}

interface Field {
  file: FileName;
  line: number;
  /** The file with the value at `line` made hostile. */
  poisoned: (sep: string) => string;
  what: string;
}

/**
 * One field per kind of value: every `key: value` and `- value` line, and apps.yaml's application
 * names (keys), the first of each path of keys (`clusters[].nodes[].kernel`; catalog.yaml's
 * package rules each on their own, since each kind has its own fields).
 */
function fieldsOf(file: FileName, text: string): Field[] {
  const lines = text.split('\n');
  const seen = new Set<string>();
  const fields: Field[] = [];
  /** The keys that open the blocks the current line is in, with the column of each. */
  const stack: { column: number; key: string }[] = [];
  let rule = 0;
  lines.forEach((line, i) => {
    if (/^\s*(#|$)/.test(line)) return;
    const match = /^( *)(- )?(?:([\w-]+):(?: (\S.*))?|(\S.*))$/.exec(line);
    if (!match) return;
    const [, indent, dash, key, value, scalar] = match as unknown as (string | undefined)[];
    const column = indent!.length + (dash ? 2 : 0);
    while (
      stack.length > 0 &&
      stack[stack.length - 1]!.column >= (dash ? indent!.length + 1 : column)
    )
      stack.pop();
    if (dash && stack.length > 0 && stack[stack.length - 1]!.key === 'packageRules') rule++;
    const parents = stack.map((s, j) =>
      s.key === 'packageRules'
        ? `${s.key}[${rule}]`
        : stack[j - 1]?.key === 'applications'
          ? '<name>'
          : s.key,
    );
    const lead = `${indent}${dash ?? ''}`;
    let path: string;
    let make: (sep: string) => string;
    if (key !== undefined && value !== undefined) {
      path = [...parents, key].join('.');
      const plain = value.replace(/^"(.*)"$/, '$1');
      make = (sep) => `${lead}${key}: ${q(hostile(plain, sep))}`;
    } else if (key !== undefined) {
      stack.push({ column, key });
      if (file !== 'apps' || parents.join('.') !== 'applications') return;
      path = 'applications.<name>';
      make = (sep) => `${lead}${q(hostile(key, sep))}:`;
    } else {
      path = `${parents.join('.')}[]`;
      const plain = scalar!.replace(/^"(.*)"$/, '$1');
      make = (sep) => `${lead}${q(hostile(plain, sep))}`;
    }
    if (seen.has(path)) return;
    seen.add(path);
    fields.push({
      file,
      line: i + 1,
      what: `${file}.yaml ${path}, line ${i + 1} (${line.trim()})`,
      poisoned: (sep) => [...lines.slice(0, i), make(sep), ...lines.slice(i + 1)].join('\n'),
    });
  });
  return fields;
}

const folder = join(root, 'examples/acp-4.3-to-4.4');
const base = edited(folder, edits());
const texts = Object.fromEntries(
  (['apps', 'clusters', 'plan', 'packages', 'catalog'] as const).map((name) => [
    name,
    (base[name] as { text: string }).text,
  ]),
) as Record<FileName, string>;
const FIELDS = (Object.keys(texts) as FileName[]).flatMap((name) => fieldsOf(name, texts[name]));

describe('the inventory with every field filled in', () => {
  it('loads without errors, and its runbook has commands (so a refusal is the value’s)', () => {
    const report = check(base, { inventory: 'acp', today: TODAY });
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.commands.length).toBeGreaterThan(10);
  });

  it('has a field of each kind to poison', () => {
    // Names, versions, display names, sha256, nodes, waivers, every catalog text.
    for (const text of [
      'name: global',
      'displayName: Alauda',
      'sha256:',
      'kernel:',
      'reason:',
      'owner:',
      'task:',
      'scenario:',
      'violetAtLeast:',
      'key: ack',
      'verify:',
      '- topolvm',
      '- Extra Console',
      'source:',
      'version: 4.4.0',
    ])
      expect(FIELDS.map((f) => f.what).some((what) => what.includes(text))).toBe(true);
    expect(FIELDS.length).toBeGreaterThan(60);
  });
});

describe.each(Object.keys(SEPARATORS) as Separator[])('a value holding %s', (name) => {
  const sep = SEPARATORS[name];
  it.each(FIELDS.map((f) => [f.what, f] as const))(
    'at %s is refused on its line; no command is printed, and no output line is the payload',
    (_, field) => {
      const text = field.poisoned(sep);
      const report = check(
        { ...base, [field.file]: { path: `acp/${field.file}.yaml`, text } },
        { inventory: 'acp', today: TODAY },
      );
      const refused = report.findings.filter(
        (f) => f.rule.startsWith('input/') && f.severity === 'error',
      );
      expect(refused).toContainEqual(
        expect.objectContaining({
          rule: 'input/schema',
          file: `acp/${field.file}.yaml`,
          line: field.line,
        }),
      );
      expect(report.commands).toEqual([]);
      expect(report.verdict).toBe('fail');
      // The comment and the terminal quote the value in the finding: on one line.
      for (const output of [renderMarkdown(report), renderText(report)]) {
        expect(output).not.toMatch(LINE_BREAK_BUT_LF);
        const lines = output.split(ANY_LINE_BREAK).filter((l) => /^\s*curl\b/.test(l));
        expect(lines).toEqual([]);
      }
    },
  );
});

describe.each(ISSUE_CASES)('issue #21: $name', (c) => {
  it.each(Object.keys(SEPARATORS) as Separator[])(
    'with %s is refused with input/schema on its line',
    (name) => {
      const input = edited(join(root, c.base), c.edit(SEPARATORS[name]));
      const report = check(input, { inventory: 'acp', today: TODAY });
      const text = (input[c.refused.file] as { text: string }).text;
      expect(report.findings).toContainEqual(
        expect.objectContaining({
          rule: 'input/schema',
          file: `acp/${c.refused.file}.yaml`,
          line: lineOf(text, c.refused.at),
        }),
      );
      expect(report.commands).toEqual([]);
    },
  );
});
