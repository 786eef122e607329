// schemas/*.schema.json, docs/rules.md, src/render/rule-help.ts, docs/example-*.md and the
// generated README sections are written by `npm run docs` (which `npm run generate` runs) from the
// code (zod schemas, the engine and its rules' docs, catalog/acp.yaml, action.yml); they must be
// fresh, the release lists must follow the catalog, and the JSON Schemas must accept what the
// check accepts.
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
// ajv 6 validates draft-07, the draft the schemas target.
import Ajv from 'ajv';
import { dump, load } from 'js-yaml';
import { generatedFiles } from '../scripts/docs/generate.js';
import { exampleReport, mistakenPlan } from '../scripts/docs/example-comment.js';
import { waivableRules } from '../scripts/docs/schemas.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const generated = generatedFiles(root);

describe('npm run docs', () => {
  it.each(generated.map((g) => g.path))(
    '%s is fresh (run npm run generate when this fails)',
    (path) => {
      const fresh = generated.find((g) => g.path === path)!.text;
      expect({ path, same: read(path) === fresh }).toEqual({ path, same: true });
    },
  );

  it('writes a JSON Schema for each inventory file and nothing else into schemas/', () => {
    const names = ['apps', 'catalog', 'clusters', 'packages', 'plan'].map(
      (n) => `${n}.schema.json`,
    );
    // report.schema.json describes the JSON report; it is written by hand (report-schema.test.ts).
    const written = readdirSync(join(root, 'schemas')).filter((n) => n !== 'report.schema.json');
    expect(written.sort()).toEqual(names);
    expect(
      generated
        .filter((g) => g.path.startsWith('schemas/'))
        .map((g) => g.path)
        .sort(),
    ).toEqual(names.map((n) => `schemas/${n}`));
  });

  it('lists every input and output of action.yml, with its default, in the README', () => {
    const action = load(read('action.yml')) as {
      inputs: Record<string, { default?: string }>;
      outputs: Record<string, unknown>;
    };
    const readme = read('README.md');
    for (const [name, input] of Object.entries(action.inputs)) {
      const cell = input.default === undefined ? '' : `\`${input.default}\``;
      expect(readme).toContain(`| \`${name}\` | ${cell} |`);
    }
    for (const name of Object.keys(action.outputs)) expect(readme).toContain(`| \`${name}\` |`);
  });
});

describe('the release lists', () => {
  it('come from catalog/acp.yaml: a release 4.6 added there shows in the README and the rule reference', () => {
    const temp = mkdtempSync(join(tmpdir(), 'acp-release-'));
    try {
      // A copy of what the documentation is generated from.
      for (const path of ['README.md', 'action.yml', 'catalog', 'examples', 'src/engine/rules']) {
        cpSync(join(root, path), join(temp, path), {
          recursive: true,
          filter: (file) => !file.endsWith('.ts'),
        });
      }
      const catalog = load(read('catalog/acp.yaml')) as {
        releases: Record<string, unknown>[];
        edges: Record<string, unknown>[];
        books: Record<string, unknown>[];
      };
      catalog.releases.unshift({
        version: '4.6',
        kubernetes: { creation: ['1.37'], compatible: ['1.37', '1.36', '1.35', '1.34'] },
        latestPatch: '4.6.1',
        source: 'the 4.6 matrix page',
      });
      catalog.edges.push({
        from: '4.5',
        to: '4.6',
        kubernetes: 'within-compatible',
        source: 'the 4.6 pre-upgrade page',
      });
      const book = catalog.books.find((b) => b.release === '4.5')!;
      catalog.books.push({ ...book, release: '4.6', source: 'the 4.6 upgrade pages' });
      writeFileSync(join(temp, 'catalog/acp.yaml'), dump(catalog));

      // What npm run docs does (scripts/docs/main.ts), in the copy.
      for (const { path, text } of generatedFiles(temp)) {
        mkdirSync(dirname(join(temp, path)), { recursive: true });
        writeFileSync(join(temp, path), text);
      }
      const readme = readFileSync(join(temp, 'README.md'), 'utf8');
      const rules = readFileSync(join(temp, 'docs/rules.md'), 'utf8');

      expect(readme).toContain(
        "| **4.6** | creation 1.37; Compatible Versions 1.34-1.37 | 4.6.1 | from 4.5: every cluster inside the target's Compatible Versions | sync `bash upgrade.sh --only-sync-image`",
      );
      expect(readme).toContain('Source: the 4.6 upgrade pages |');
      expect(rules).toContain('3.16, 3.18, 4.0, 4.1, 4.2, 4.3, 4.4, 4.5 and 4.6, plus');
      expect(rules).toContain('4.2, 4.3 or 4.4 to 4.5, and 4.5 to 4.6.');
      expect(rules).toContain('| into 4.3, 4.4, 4.5, 4.6 |');
      expect(rules).toMatch(/^\| 4\.6 \| 1\.37, 1\.36, 1\.35, 1\.34 +\|$/m);
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });
});

describe('the example comment', () => {
  it('comes from examples/acp with the workloads moved before the global tier', () => {
    const plan = mistakenPlan(read('examples/acp/plan.yaml'));
    const steps = [...plan.matchAll(/^ {2}- clusters?: (.+)$/gm)].map((m) => m[1]);
    expect(steps).toEqual(['prod-a', '[prod-a, prod-b]', 'global-dr', 'global']);
  });

  it('fails on order/global-first for both workloads, offers a suggested plan, and links the rules', () => {
    const report = exampleReport(root);
    expect(report.verdict).toBe('fail');
    expect(report.findings.map((f) => [f.rule, f.cluster, f.step])).toEqual([
      ['order/global-first', 'prod-a', 2],
      ['order/global-first', 'prod-b', 2],
      ['platform/post-upgrade', undefined, 4],
    ]);
    expect(report.suggestedPlan).toBeDefined();
    const comment = read('docs/example-comment.md');
    expect(comment).toContain('[`order/global-first`](rules.md#order-global-first)');
    expect(comment).toContain('#### Suggested plan');
    expect(read('README.md')).toContain('(docs/rules.md#order-global-first)');
  });
});

describe('the JSON Schemas', () => {
  const ajv = new Ajv({ allErrors: true });
  const schema = (name: string) => JSON.parse(read(`schemas/${name}.schema.json`)) as object;
  const validate = (name: string, value: unknown) => {
    const ok = ajv.validate(schema(name), value);
    return ok ? [] : (ajv.errors ?? []).map((e) => `${e.dataPath} ${e.message}`);
  };
  /** The schema node at a dotted path, e.g. `properties.clusters.items`. */
  const at = (node: object, path: string): Record<string, unknown> =>
    path.split('.').reduce<Record<string, unknown>>(
      (n, key) => {
        const next = n[key];
        if (typeof next !== 'object' || next === null) throw new Error(`no ${key} in ${path}`);
        return next as Record<string, unknown>;
      },
      node as Record<string, unknown>,
    );
  const exampleFiles = readdirSync(join(root, 'examples')).flatMap((dir) =>
    readdirSync(join(root, 'examples', dir))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => `examples/${dir}/${f}`),
  );

  it('are draft-07, which the YAML language server and ajv read', () => {
    for (const name of ['apps', 'catalog', 'clusters', 'packages', 'plan'])
      expect(schema(name)).toMatchObject({ $schema: 'http://json-schema.org/draft-07/schema#' });
  });

  it.each(exampleFiles)('accept %s, whose first line points at its schema', (path) => {
    const text = read(path);
    const name = path.slice(path.lastIndexOf('/') + 1).replace(/\.yaml$/, '');
    expect(text.split('\n')[0]).toBe(
      `# yaml-language-server: $schema=../../schemas/${name}.schema.json`,
    );
    expect(validate(name, load(text))).toEqual([]);
  });

  it('accept the built-in catalog', () => {
    expect(validate('catalog', load(read('catalog/acp.yaml')))).toEqual([]);
  });

  it('accept unquoted versions, which YAML reads as numbers, and say that quoting is not required', () => {
    const clusters = load('clusters:\n  - name: global\n    version: 4.3\n    kubernetes: 1.30\n');
    expect(validate('clusters', clusters)).toEqual([]);
    const kubernetes = at(schema('clusters'), 'properties.clusters.items.properties.kubernetes');
    expect(kubernetes.description).toMatch(/Quoting is not required/);
  });

  it('reject an unknown key and a wrong type, as the check does', () => {
    const typo = load('clusters:\n  - name: a\n    version: 4.3.0\n    kubernets: 1.31.6\n');
    expect(validate('clusters', typo)).not.toEqual([]);
    const wrongType = load('target: 4.3.0\nsteps:\n  - cluster: a\n    to: [4.3.0]\n');
    expect(validate('plan', wrongType)).not.toEqual([]);
  });

  it('offer the rule ids a waiver can match, and not input/*', () => {
    const rule = at(schema('plan'), 'properties.waivers.items.properties.rule');
    expect(rule.enum).toEqual(waivableRules());
    expect(rule.enum).toContain('order/kubernetes-with-core');
    expect((rule.enum as string[]).filter((id) => id.startsWith('input/'))).toEqual([]);
  });
});
