// Hostile and broken YAML: every case gives a report with a finding that names the rule, the file
// and the line, and never an exception, a hang or unbounded memory.
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import type { Finding } from '../../src/engine/findings.js';
import {
  MAX_DEPTH,
  MAX_EXPANDED_NODES,
  MAX_FILE_BYTES,
  MAX_VALUE_MARKS,
  parseYaml,
} from '../../src/engine/yaml.js';
import { moduleUrl, removeEngineBuild, runChild } from './child.js';
import { EXAMPLE, TODAY, lineOf, only, pathOf, replaceOnce, run } from './helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'acp-hostile-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  removeEngineBuild();
});

const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));

/** The example's clusters.yaml with prod-a's Kubernetes misspelt: an error at a known place. */
const BANANA = replaceOnce(EXAMPLE.clusters, 'kubernetes: 1.30.9', 'kubernetes: banana');
const BANANA_LINE = lineOf(BANANA, 'banana');
const BANANA_COLUMN = '    kubernetes: '.length + 1;

/** Report minus nothing: the example passes, so any finding here is the hostile input's. */
const passing = () => JSON.stringify(run());

describe('YAML syntax errors', () => {
  it('reports an unclosed flow list as input/yaml-syntax at the line js-yaml stops, with a full report', () => {
    const report = run({ clusters: 'clusters:\n  - name: global\n    version: [4.2.1\n' });
    const f = only(report, 'input/yaml-syntax');
    expect(f).toMatchObject({ file: pathOf('clusters'), line: 4, severity: 'error' });
    expect(f.message).toContain('acp/clusters.yaml is not valid YAML');
    // The other files still load: their findings (none here) and the downloads are reported.
    expect(report.summary.errors).toBe(1);
    expect(report.downloads.length).toBeGreaterThan(0);
    expect(report.verdict).toBe('fail');
  });

  it('reports an unterminated quoted string', () => {
    const f = only(
      run({ plan: 'target: 4.3.0\nsteps:\n  - cluster: "global\n    to: 4.3.0\n' }),
      'input/yaml-syntax',
    );
    expect(f).toMatchObject({ file: pathOf('plan'), line: 4 });
  });

  it('refuses a second document in one file, at the second document', () => {
    const text = `${EXAMPLE.plan}---\ntarget: 4.2.0\n`;
    const f = only(run({ plan: text }), 'input/yaml-syntax');
    expect(f).toMatchObject({ file: pathOf('plan'), line: lineOf(text, '---'), column: 1 });
    expect(f.message).toContain('more than one YAML document');
  });

  it('refuses tags that would construct objects, on their line', () => {
    const text = replaceOnce(
      EXAMPLE.plan,
      'target: 4.3.0',
      'target: !!python/object:os.system 4.3.0',
    );
    const f = only(run({ plan: text }), 'input/yaml-syntax');
    expect(f).toMatchObject({ file: pathOf('plan'), line: lineOf(text, '!!python'), column: 9 });
    expect(f.message).toContain('!!python/object:os.system');
  });

  it('refuses a null byte and raw control characters, on their line', () => {
    for (const bad of ['\u0000', '\u001b']) {
      const f = only(run({ clusters: `clusters:\n  - name: glo${bad}bal\n` }), 'input/yaml-syntax');
      expect(f).toMatchObject({ file: pathOf('clusters'), line: 2 });
    }
  });

  it('refuses a mapping used as a key', () => {
    const text = replaceOnce(
      EXAMPLE.clusters,
      '    infrastructure: immutable',
      '    ? [infrastructure]\n    : immutable',
    );
    const f = only(run({ clusters: text }), 'input/yaml-syntax');
    expect(f).toMatchObject({ file: pathOf('clusters'), line: lineOf(text, '[infrastructure]') });
  });
});

describe('tabs', () => {
  it('reports a tab used for indentation at its line and column', () => {
    const f = only(run({ clusters: 'clusters:\n\t- name: global\n' }), 'input/yaml-syntax');
    expect(f).toMatchObject({ file: pathOf('clusters'), line: 2, column: 1 });
    expect(f.message).toMatch(/tab/);
  });

  it('reports a tab inside the indentation of a later line', () => {
    const text = replaceOnce(
      EXAMPLE.plan,
      '    to: 4.3.0\n  - cluster: global\n',
      '  \tto: 4.3.0\n  - cluster: global\n',
    );
    const f = only(run({ plan: text }), 'input/yaml-syntax');
    expect(f).toMatchObject({ file: pathOf('plan'), line: lineOf(text, '\tto') });
  });

  it('accepts a tab between a key and its value, as YAML allows', () => {
    const text = replaceOnce(EXAMPLE.clusters, 'name: prod-a', 'name:\tprod-a');
    expect(JSON.stringify(run({ clusters: text }))).toBe(passing());
  });

  it('refuses a tab inside a cluster name with input/schema', () => {
    const text = replaceOnce(EXAMPLE.clusters, 'name: prod-a', 'name: "prod\\ta"');
    const findings = run({ clusters: text }).findings.filter((f) => f.rule === 'input/schema');
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings)
      expect(f).toMatchObject({ file: pathOf('clusters'), line: lineOf(text, 'prod\\ta') });
  });
});

describe('line endings and byte order marks', () => {
  it('reads CRLF files exactly as LF files: the same report, no \\r in any value', () => {
    const crlf = Object.fromEntries(
      Object.entries(EXAMPLE).map(([name, text]) => [name, text.replace(/\n/g, '\r\n')]),
    );
    const report = JSON.stringify(run(crlf));
    expect(report).toBe(passing());
    expect(report).not.toContain('\\r');
  });

  it('points at the right line and column in a CRLF file', () => {
    const f = only(run({ clusters: BANANA.replace(/\n/g, '\r\n') }), 'input/schema');
    expect(f).toMatchObject({ file: pathOf('clusters'), line: BANANA_LINE, column: BANANA_COLUMN });
    expect(f.message).toContain('"banana"');
  });

  it('points at the right line in a file with old Mac (CR only) line ends', () => {
    const f = only(run({ clusters: BANANA.replace(/\n/g, '\r') }), 'input/schema');
    expect(f).toMatchObject({ file: pathOf('clusters'), line: BANANA_LINE, column: BANANA_COLUMN });
  });

  it('ignores a UTF-8 byte order mark, as text or as bytes, without shifting columns', () => {
    const asText = run({ clusters: `\ufeff${EXAMPLE.clusters}` });
    const asBytes = run({ clusters: concat([0xef, 0xbb, 0xbf], EXAMPLE.clusters) });
    expect(JSON.stringify(asText)).toBe(passing());
    expect(JSON.stringify(asBytes)).toBe(passing());
    for (const input of [`\ufeff${BANANA}`, concat([0xef, 0xbb, 0xbf], BANANA)]) {
      const f = only(run({ clusters: input }), 'input/schema');
      expect(f).toMatchObject({ line: BANANA_LINE, column: BANANA_COLUMN });
    }
  });
});

describe('bytes that are not UTF-8', () => {
  const cases: [string, Uint8Array, number, number][] = [
    ['a Latin-1 byte', concat('clusters:\n  - name: gl', [0xff], 'obal\n'), 2, 13],
    ['an overlong encoding', concat('clusters:\n  - name: g', [0xc0, 0x80], 'x\n'), 2, 12],
    ['an encoded surrogate', concat('clusters:\n  - name: g', [0xed, 0xa0, 0x80], 'x\n'), 2, 12],
    [
      'a code point above U+10FFFF',
      concat('clusters:\n  - name: g', [0xf4, 0x90, 0x80, 0x80], '\n'),
      2,
      12,
    ],
    ['a truncated sequence at the end', concat('clusters:\n  - name: g\n  ', [0xe2, 0x82]), 3, 3],
    ['a UTF-16 file', concat([0xff, 0xfe], 'c\u0000'), 1, 1],
    ['a bad byte after a 4-byte character', concat('x: "😀', [0x80], '"\n'), 1, 7],
  ];
  it.each(cases)(
    'reports %s as input/yaml-syntax at its line and column',
    (_, bytes, line, column) => {
      const f = only(run({ clusters: bytes }), 'input/yaml-syntax');
      expect(f).toMatchObject({ file: pathOf('clusters'), line, column });
      expect(f.message).toContain('not UTF-8');
    },
  );
});

describe('empty files and files of the wrong shape', () => {
  it.each(['apps', 'clusters', 'plan'] as const)(
    'reports an empty, blank or comment-only %s.yaml as input/schema on line 1',
    (name) => {
      for (const text of ['', '\n\n   \n', '# nothing yet\n']) {
        const f = only(run({ [name]: text }), 'input/schema');
        expect(f).toMatchObject({ file: pathOf(name), line: 1, column: 1 });
        expect(f.message).toContain('is empty');
      }
    },
  );

  it('reads an empty packages.yaml as "nothing downloaded yet" and an empty catalog.yaml as no additions', () => {
    const report = run({ packages: '' });
    expect(report.findings.some((f) => f.rule.startsWith('input/'))).toBe(false);
    expect(report.findings.some((f) => f.rule === 'packages/core-missing')).toBe(true);
    expect(JSON.stringify(run({ catalog: '# none\n' }))).toBe(passing());
  });

  it.each(['apps', 'clusters', 'plan', 'packages', 'catalog'] as const)(
    'reports a %s.yaml that is a list instead of a mapping on line 1',
    (name) => {
      const f = only(run({ [name]: '- name: global\n- name: other\n' }), 'input/schema');
      expect(f).toMatchObject({ file: pathOf(name), line: 1, column: 1 });
      expect(f.message).toMatch(/must be a mapping, not a list/);
    },
  );

  it('reports a scalar document and a list where a list of mappings belongs', () => {
    expect(only(run({ plan: 'just some text\n' }), 'input/schema')).toMatchObject({ line: 1 });
    const f = only(run({ plan: 'target: 4.3.0\nsteps:\n  - [global, 4.3.0]\n' }), 'input/schema');
    expect(f).toMatchObject({ file: pathOf('plan'), line: 3, column: 5 });
  });
});

describe('duplicate keys', () => {
  it('reports a key repeated in one mapping at the repeat, as input/duplicate', () => {
    const text = replaceOnce(
      EXAMPLE.clusters,
      '    minioFreeGB: 240\n',
      '    minioFreeGB: 240\n    minioFreeGB: 20\n',
    );
    const f = only(run({ clusters: text }), 'input/duplicate');
    expect(f).toMatchObject({ file: pathOf('clusters'), line: lineOf(text, 'minioFreeGB: 20') });
    expect(f.message).toContain(`first on line ${lineOf(text, 'minioFreeGB: 240')}`);
  });

  it('reports an application listed twice in apps.yaml', () => {
    const text = `${EXAMPLE.apps}  metallb:\n    type: Chart\n    installed: []\n`;
    const f = only(run({ apps: text }), 'input/duplicate');
    expect(f).toMatchObject({ file: pathOf('apps'), line: text.split('\n').length - 3 });
  });

  it('reports a cluster listed twice in clusters.yaml', () => {
    const text = `${EXAMPLE.clusters}  - name: prod-b\n    version: 4.2.1\n    kubernetes: 1.33.4\n`;
    const f = only(run({ clusters: text }), 'input/duplicate');
    expect(f).toMatchObject({ file: pathOf('clusters'), line: text.split('\n').length - 3 });
  });
});

describe('merge keys', () => {
  it('lets a key written after `<<:` override the merged one, as YAML says, without a duplicate', () => {
    const text = replaceOnce(
      EXAMPLE.clusters,
      '  - name: prod-b\n    version: 4.2.1\n    kubernetes: 1.33.4\n',
      '  - <<: &workload {version: 4.2.1, kubernetes: 1.30.1}\n    name: prod-b\n    kubernetes: 1.33.4\n',
    );
    const report = run({ clusters: text });
    expect(report.findings.filter((f) => f.rule.startsWith('input/'))).toEqual([]);
    expect(report.timeline.find((t) => t.cluster === 'prod-b')?.from).toEqual({
      version: '4.2.1',
      kubernetes: '1.33.4',
    });
  });

  it('still reports a key written twice next to a merge', () => {
    const text = replaceOnce(
      EXAMPLE.clusters,
      '  - name: prod-b\n    version: 4.2.1\n',
      '  - <<: {version: 4.2.1}\n    name: prod-b\n    version: 4.2.1\n    version: 4.2.0\n',
    );
    const f = only(run({ clusters: text }), 'input/duplicate');
    expect(f).toMatchObject({ file: pathOf('clusters'), line: lineOf(text, 'version: 4.2.0') });
  });
});

describe('keys that name JavaScript object internals', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'reports an unknown top-level key %s in clusters.yaml as input/schema, without throwing',
    (key) => {
      const text = `${key}: {polluted: true}\n${EXAMPLE.clusters}`;
      const f = only(run({ clusters: text }), 'input/schema');
      expect(f).toMatchObject({ file: pathOf('clusters'), line: 1, column: 1 });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('reports such a key inside a plan step', () => {
    const text = replaceOnce(
      EXAMPLE.plan,
      '  - cluster: global-dr\n',
      '  - cluster: global-dr\n    constructor: 1\n',
    );
    const f = only(run({ plan: text }), 'input/schema');
    expect(f).toMatchObject({ file: pathOf('plan'), line: lineOf(text, 'constructor') });
  });

  it('refuses an application named __proto__ instead of reading it as nothing', () => {
    const text = `${EXAMPLE.apps}  __proto__:\n    type: Chart\n    installed:\n      - clusterName: global\n        version: 1.0.0\n`;
    const report = run({ apps: text });
    const f = only(report, 'input/schema');
    expect(f).toMatchObject({ file: pathOf('apps'), line: lineOf(text, '__proto__') });
  });

  it('refuses a waiver for the "rule" constructor', () => {
    const text = `${EXAMPLE.plan}waivers:\n  - rule: constructor\n    reason: nothing\n    owner: someone\n    expires: 2027-01-31\n`;
    const f = only(run({ plan: text }), 'input/schema');
    expect(f).toMatchObject({ file: pathOf('plan'), line: lineOf(text, 'rule: constructor') });
  });

  it('names a missing file called "constructor" without printing JavaScript', () => {
    const report = run({ apps: { path: 'constructor', missing: true } });
    const f = only(report, 'input/missing-file');
    expect(f.message).not.toMatch(/function|native code/);
  });
});

describe('deeply nested values', () => {
  it(`stops flow nesting at ${MAX_DEPTH} levels with input/yaml-syntax`, () => {
    const text = `target: 4.3.0\nsteps: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`;
    const f = only(run({ plan: text }), 'input/yaml-syntax');
    expect(f).toMatchObject({ file: pathOf('plan'), line: 2 });
    expect(f.message).toContain(`${MAX_DEPTH}`);
  });

  it('stops block nesting the same way', () => {
    const lines = Array.from({ length: 200 }, (_, i) => `${' '.repeat(2 * i)}k${i}:`);
    const f = only(run({ catalog: `${lines.join('\n')} x\n` }), 'input/yaml-syntax');
    expect(f).toMatchObject({ file: pathOf('catalog'), line: MAX_DEPTH });
  });

  it('stops nesting built from aliases, which the parser does not count', () => {
    const lines = ['a0: &a0 [x]'];
    for (let i = 1; i < 300; i++) lines.push(`a${i}: &a${i} [*a${i - 1}]`);
    const text = `${lines.join('\n')}\n`;
    const f = only(run({ catalog: text }), 'input/yaml-syntax');
    expect(f).toMatchObject({ file: pathOf('catalog'), line: MAX_DEPTH });
    expect(f.message).toContain('nest');
  });
});

describe('a file over the size limit', () => {
  const size = 50 * 1024 * 1024;
  it('is refused with input/yaml-syntax on line 1, given as bytes, as text or as a size', () => {
    const big = new Uint8Array(size).fill(0x61);
    for (const input of [big, { path: pathOf('apps'), size }, 'a'.repeat(size)]) {
      const report = run({ apps: input });
      const f = only(report, 'input/yaml-syntax');
      expect(f).toMatchObject({ file: pathOf('apps'), line: 1, column: 1 });
      expect(f.message).toContain('50.0 MiB');
      expect(f.message).toContain(`${MAX_FILE_BYTES / 1024 / 1024} MiB limit`);
    }
  });

  it('is not even read by the CLI: files.ts opens it, sees its size and stops', () => {
    const dir = copyOfExample('big');
    truncateSync(join(dir, 'apps.yaml'), size); // sparse: 50 MB that cost nothing to create
    const child = runChild(`
      import fs from 'node:fs';
      import { syncBuiltinESMExports } from 'node:module';
      const names = new Map();
      const reads = [];
      const { openSync, readSync, readFileSync } = fs;
      fs.openSync = (path, ...rest) => { const fd = openSync(path, ...rest); names.set(fd, String(path)); return fd; };
      fs.readSync = (fd, ...rest) => { reads.push(names.get(fd)); return readSync(fd, ...rest); };
      fs.readFileSync = (path, ...rest) => { reads.push(String(path)); return readFileSync(path, ...rest); };
      syncBuiltinESMExports();
      const { inventoryPaths, readInventory } = await import(${JSON.stringify(moduleUrl('src/io/files.js'))});
      const { check } = await import(${JSON.stringify(moduleUrl('src/engine/check.js'))});
      const files = readInventory(inventoryPaths(${JSON.stringify(dir)}));
      const report = check(files, { inventory: 'acp', today: '${TODAY}' });
      out({ apps: files.apps, reads, findings: report.findings });
    `);
    expect(child.stderr).toBe('');
    const { apps, reads, findings } = child.value as {
      apps: object;
      reads: string[];
      findings: Finding[];
    };
    const appsPath = join(dir, 'apps.yaml');
    expect(apps).toEqual({ path: appsPath, size });
    expect(reads).not.toContain(appsPath);
    expect(reads).toContain(join(dir, 'clusters.yaml'));
    const f = findings.filter((x) => x.rule === 'input/yaml-syntax');
    expect(f).toEqual([expect.objectContaining({ file: appsPath, line: 1, column: 1 })]);
    expect(f[0]!.message).toContain('it was not read');
    // The same process with the example's apps.yaml in place of the big one: 50 MB read into
    // memory would show in the difference.
    writeFileSync(join(dir, 'apps.yaml'), EXAMPLE.apps);
    const baseline = checkInChild(dir).maxRssMb;
    costs.push(
      `  50 MiB apps.yaml through files.ts: ${child.maxRssMb.toFixed(0)} MB (${baseline.toFixed(0)} MB with the example's)`,
    );
    expect(child.maxRssMb - baseline).toBeLessThan(25);
  });
});

/** A temporary copy of the example inventory, to change on disk. */
function copyOfExample(name: string): string {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(EXAMPLE))
    writeFileSync(join(dir, `${file}.yaml`), text);
  return dir;
}

/** Checks an inventory folder in a fresh process: the findings, the time and the peak memory. */
function checkInChild(dir: string): { findings: Finding[]; ms: number; maxRssMb: number } {
  const child = runChild(`
    const { inventoryPaths, readInventory } = await import(${JSON.stringify(moduleUrl('src/io/files.js'))});
    const { check } = await import(${JSON.stringify(moduleUrl('src/engine/check.js'))});
    const start = performance.now();
    const report = check(readInventory(inventoryPaths(${JSON.stringify(dir)})), { inventory: 'acp', today: '${TODAY}' });
    out({ ms: performance.now() - start, findings: report.findings });
  `);
  expect(child.stderr).toBe('');
  const { ms, findings } = child.value as { ms: number; findings: Finding[] };
  return { ms, findings, maxRssMb: child.maxRssMb };
}

let exampleRss: number | undefined;
/** The peak memory of a fresh process checking the unchanged example (measured once). */
function exampleRssMb(): number {
  return (exampleRss ??= checkInChild(copyOfExample('baseline-rss')).maxRssMb);
}

/** Alias bombs and dense files, each checked in a fresh process so that its cost is its own. */
const costs: string[] = [];
afterAll(() => {
  // The measurements, for the record (the limits asserted are far above them).
  console.log(
    `hostile input costs (check() time; peak RSS of the whole process):\n${costs.join('\n')}`,
  );
});

describe('alias bombs', () => {
  /** "Billion laughs": nine levels of nine aliases each, 9^9 strings once expanded. */
  const laughs = (key: string) => {
    const lines = ['l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 9; i++)
      lines.push(
        `l${i}: &l${i} [${Array(9)
          .fill(`*l${i - 1}`)
          .join(', ')}]`,
      );
    return `${lines.join('\n')}\n${key}: *l8\n`;
  };

  it.each([
    ['apps', 'applications'],
    ['clusters', 'clusters'],
    ['plan', 'steps'],
    ['packages', 'packages'],
    ['catalog', 'releases'],
  ] as const)(
    'stops a billion-laughs %s.yaml in well under 10 s, with bounded memory',
    (name, key) => {
      const dir = copyOfExample(`laughs-${name}`);
      writeFileSync(join(dir, `${name}.yaml`), laughs(key));
      const { findings, ms, maxRssMb } = checkInChild(dir);
      costs.push(
        `  billion laughs in ${name}.yaml: ${ms.toFixed(0)} ms, ${maxRssMb.toFixed(0)} MB`,
      );
      const f = findings.filter((x) => x.rule === 'input/yaml-syntax');
      expect(f).toEqual([expect.objectContaining({ file: join(dir, `${name}.yaml`) })]);
      expect(f[0]!.line).toBeLessThanOrEqual(9);
      expect(f[0]!.message).toContain('alias bomb');
      expect(ms).toBeLessThan(1000);
      // Against a check of the plain example in a fresh process of the same machine: Node.js's own
      // footprint varies with the machine's load (seen: 99 to 157 MB for the example alone).
      expect(maxRssMb - exampleRssMb()).toBeLessThan(50);
    },
  );

  it('stops a wide bomb (one big list referenced many times) and a merge-key bomb', () => {
    const big = `big: &big [${Array(2000).fill('x').join(', ')}]\n`;
    const refs = Array.from({ length: 2000 }, (_, i) => `r${i}: *big`).join('\n');
    const m = `m: &m {${Array.from({ length: 2000 }, (_, i) => `k${i}: ${i}`).join(', ')}}\n`;
    const merges = Array.from({ length: 2000 }, (_, i) => `m${i}: {<<: *m, k: ${i}}`).join('\n');
    for (const [label, text] of [
      ['wide', `${big}${refs}\n`],
      ['merge', `${m}${merges}\n`],
    ] as const) {
      const dir = copyOfExample(`bomb-${label}`);
      writeFileSync(join(dir, 'catalog.yaml'), text);
      const { findings, ms, maxRssMb } = checkInChild(dir);
      costs.push(`  ${label} bomb in catalog.yaml: ${ms.toFixed(0)} ms, ${maxRssMb.toFixed(0)} MB`);
      const f = findings.filter((x) => x.rule === 'input/yaml-syntax');
      expect(f).toEqual([expect.objectContaining({ file: join(dir, 'catalog.yaml') })]);
      expect(f[0]!.message).toContain('alias bomb');
      expect(ms).toBeLessThan(1000);
      expect(maxRssMb - exampleRssMb()).toBeLessThan(100);
    }
  });

  it(`counts each value once: a plain apps.yaml of 120,000 installations stays under the ${MAX_EXPANDED_NODES.toLocaleString('en-US')}-value limit`, () => {
    const lines = ['applications:'];
    for (let a = 0; a < 60; a++) {
      lines.push(`  app-${a}:`, '    type: ModulePlugin', '    installed:');
      for (let c = 0; c < 2000; c++)
        lines.push(`      - clusterName: w${c}`, `        version: v4.2.${c % 4}`);
    }
    const { parsed, findings } = parseYaml('acp/apps.yaml', `${lines.join('\n')}\n`);
    expect(findings).toEqual([]);
    expect(parsed?.root?.kind).toBe('map');
  });
});

describe('a file with an enormous number of values', () => {
  it(`is refused before parsing (over ${MAX_VALUE_MARKS.toLocaleString('en-US')}), quickly and with bounded memory`, () => {
    const dir = copyOfExample('dense');
    writeFileSync(join(dir, 'catalog.yaml'), `x: [${'a,'.repeat(8 * 1024 * 1024)}a]\n`);
    const { findings, ms, maxRssMb } = checkInChild(dir);
    costs.push(
      `  16 MiB of [a,a,...] in catalog.yaml: ${ms.toFixed(0)} ms, ${maxRssMb.toFixed(0)} MB`,
    );
    const f = findings.filter((x) => x.rule === 'input/yaml-syntax');
    expect(f).toEqual([expect.objectContaining({ file: join(dir, 'catalog.yaml'), line: 1 })]);
    expect(f[0]!.message).toContain('values, over the');
    expect(ms).toBeLessThan(1000);
    expect(maxRssMb - exampleRssMb()).toBeLessThan(100);
  });

  it('accepts the densest file under the limit in seconds, without running out of memory', () => {
    const dir = copyOfExample('dense-ok');
    const count = MAX_VALUE_MARKS - 10;
    writeFileSync(join(dir, 'catalog.yaml'), `x: [${'a,'.repeat(count)}a]\n`);
    const { findings, ms, maxRssMb } = checkInChild(dir);
    costs.push(
      `  ${count.toLocaleString('en-US')} values in one list: ${ms.toFixed(0)} ms, ${maxRssMb.toFixed(0)} MB`,
    );
    expect(findings.filter((x) => x.rule.startsWith('input/'))).toEqual([
      expect.objectContaining({ rule: 'input/schema', line: 1 }),
    ]);
    expect(ms).toBeLessThan(5000);
    expect(maxRssMb).toBeLessThan(1024);
  });
});
