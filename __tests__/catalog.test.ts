// The built-in catalog is data with sources; it must load, and dist/ must embed this copy.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { load } from 'js-yaml';
import { BUILTIN_CATALOG } from '../src/engine/catalog/builtin.js';
import { buildCatalog } from '../src/engine/catalog/catalog.js';
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
    const { catalog, findings } = buildCatalog(BUILTIN_CATALOG, parsed!);
    expect(findings).toEqual([]);
    expect(catalog).toEqual(builtin());
  });

  it('names a source for every release, edge and package rule', () => {
    const catalog = builtin();
    const entries = [
      ...catalog.releases.values(),
      ...catalog.edges.values(),
      ...catalog.packageRules,
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
      'releases:\n  - version: "4.5"\n    kubernetes: { creation: ["1.36"], compatible: ["1.36", "1.35"] }\n    source: my notes\nedges:\n  - { from: "4.4", to: "4.5", kubernetes: within-compatible, source: my notes }\n',
    ).parsed!;
    const { catalog, findings } = buildCatalog(BUILTIN_CATALOG, user);
    expect(findings).toEqual([]);
    expect(catalog.edge(parseVersion('4.4')!, parseVersion('4.5')!)?.source).toBe('my notes');
  });
});
