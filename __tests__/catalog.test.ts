// The built-in catalog is data with sources; it must load, and dist/ must embed this copy.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { load } from 'js-yaml';
import { BUILTIN_CATALOG } from '../src/engine/catalog/builtin.js';
import { buildCatalog } from '../src/engine/catalog/merge.js';
import { catalogFileSchema } from '../src/engine/catalog/schema.js';
import { validate } from '../src/engine/inventory/validate.js';
import { parseYaml } from '../src/engine/yaml.js';
import { parseVersion } from '../src/engine/versions.js';

const file = fileURLToPath(new URL('../catalog/acp.yaml', import.meta.url));

function builtin() {
  return buildCatalog(BUILTIN_CATALOG, undefined).catalog;
}

describe('the built-in catalog', () => {
  it('is embedded in the bundle as it is on disk (run npm run generate when this fails)', () => {
    expect(BUILTIN_CATALOG).toEqual(load(readFileSync(file, 'utf8')));
  });

  it('passes the catalog schema, read as a user catalog would be, with positions', () => {
    const { parsed } = parseYaml('catalog/acp.yaml', readFileSync(file, 'utf8'));
    expect(validate(catalogFileSchema(), parsed!, parsed!.root!).findings).toEqual([]);
  });

  it("is refused as a user's catalog.yaml only for the page lines it quotes (shell lines)", () => {
    const text = readFileSync(file, 'utf8');
    const { parsed } = parseYaml('catalog/acp.yaml', text);
    const { findings } = buildCatalog(BUILTIN_CATALOG, parsed!);
    const shellLines = text.split('\n').filter((line) => /^\s*-? ?shell: /.test(line));
    expect(shellLines.length).toBeGreaterThan(3);
    // One finding per entry that quotes one (an entry with several stops at the first).
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f).toMatchObject({ rule: 'input/schema', file: 'catalog/acp.yaml' });
      expect(f.message).toContain('catalog.yaml cannot give shell lines');
      expect(text.split('\n')[f.line - 1]).toMatch(/shell: /);
    }
  });

  it('names a source for every release, edge and package rule', () => {
    const catalog = builtin();
    const entries = [
      ...catalog.releases.values(),
      ...catalog.edges.values(),
      ...catalog.packageRules,
      ...catalog.books.values(),
    ];
    expect(entries.length).toBeGreaterThan(10);
    for (const entry of entries) expect(entry.source).toMatch(/\.mdx|documentation|guides/);
  });

  it('holds the support matrix of ACP-FACTS', () => {
    const catalog = builtin();
    const row = (v: string) => catalog.release(parseVersion(v)!);
    expect(row('4.3')?.compatible?.map((v) => v.text)).toEqual(['1.34', '1.33', '1.32', '1.31']);
    expect(row('4.0')?.creation?.map((v) => v.text)).toEqual(['1.31', '1.30', '1.29', '1.28']);
    expect(row('3.18')?.compatible).toBeUndefined();
  });

  it('counts the hops to a release backwards through the edges', () => {
    const hops = builtin().hopsTo(parseVersion('4.3.0')!);
    expect(Object.fromEntries(hops)).toEqual({
      '4.3': 0,
      '4.2': 1,
      '4.1': 1,
      '4.0': 1,
      '3.18': 2,
      '3.16': 2,
    });
  });

  it('lets a user catalog add a release and an edge by key', () => {
    const user = parseYaml(
      'acp/catalog.yaml',
      'releases:\n  - version: "4.6"\n    kubernetes: { creation: ["1.37"], compatible: ["1.37", "1.36"] }\n    source: my notes\nedges:\n  - { from: "4.5", to: "4.6", kubernetes: within-compatible, source: my notes }\n',
    ).parsed!;
    const { catalog, findings, changes } = buildCatalog(BUILTIN_CATALOG, user);
    expect(findings).toEqual([]);
    expect(changes.added).toEqual(['release 4.6', 'edge 4.5 -> 4.6']);
    expect(catalog.edge(parseVersion('4.5')!, parseVersion('4.6')!)?.source).toBe('my notes');
  });

  it("has a book for every release a path leads to, from that release's own docs", () => {
    const catalog = builtin();
    const targets = new Set([...catalog.edges.values()].map((e) => e.to.text));
    expect([...targets].sort()).toEqual(['4.0', '4.1', '4.2', '4.3', '4.4', '4.5']);
    for (const release of targets) {
      const book = catalog.books.get(release);
      expect({ release, book: book !== undefined }).toEqual({ release, book: true });
      // 4.0-4.3 from their own branch; 4.4 and 4.5 from the 4.4 and 4.5 lines' revisions.
      const own =
        release === '4.4' ? /@4eaaa1e0/ : release === '4.5' ? /@25010e15/ : `release-${release}`;
      expect(book!.source).toMatch(own);
    }
  });
});
