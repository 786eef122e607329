// schemas/*.schema.json, docs/rules.md, src/render/rule-help.ts, docs/example-*.md and the
// generated README sections are written by `npm run docs` (which `npm run generate` runs) from the
// code (zod schemas, the engine and its rules' docs, action.yml); they must be fresh, and the
// JSON Schemas must accept what the check accepts.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
// ajv 6 validates draft-07, the draft the schemas target.
import Ajv from 'ajv';
import { load } from 'js-yaml';
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
