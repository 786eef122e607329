// What a pull request can put into the inventory to attack the CLI (and the action, which runs
// the same engine): each case runs `node dist/cli.js` in a child process, as the attack did.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist/cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'acp-cli-hostile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The CLI with a memory cap well above what a check needs, and a generous kill timer. */
function run(args: string[]) {
  const result = spawnSync(process.execPath, ['--max-old-space-size=1024', cli, ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    code: result.status,
    signal: result.signal,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

/** The example inventory with some files replaced. */
function inventory(name: string, files: Record<string, string>): string {
  const dir = join(scratch, name);
  cpSync(join(root, 'examples/acp'), dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

/**
 * A catalog.yaml of `layers` layers of `width` releases, each release with an edge to every
 * release of the next layer: width^layers equally short routes from the first layer to the last.
 */
function layeredCatalog(width: number, layers: number): string {
  const release = (layer: number, i: number) => `"5.${layer * width + i}"`;
  const lines = ['releases:'];
  for (let layer = 0; layer <= layers; layer++) {
    for (let i = 0; i < width; i++) {
      lines.push(
        `  - version: ${release(layer, i)}`,
        '    kubernetes: { creation: ["1.40"], compatible: ["1.40"] }',
        '    source: x',
      );
    }
  }
  lines.push('edges:');
  lines.push(
    '  - { from: "4.2", to: ' + release(0, 0) + ', kubernetes: within-compatible, source: x }',
  );
  for (let layer = 0; layer < layers; layer++) {
    for (let i = 0; i < width; i++) {
      for (let j = 0; j < width; j++) {
        lines.push(
          `  - { from: ${release(layer, i)}, to: ${release(layer + 1, j)}, kubernetes: within-compatible, source: x }`,
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

describe('a hostile catalog.yaml', () => {
  it('of layered releases (5^12 equally short routes) is checked, and the route is named', () => {
    const catalog = layeredCatalog(5, 12);
    expect(catalog.length).toBeLessThan(100 * 1024);
    const dir = inventory('layered', {
      'catalog.yaml': catalog,
      'plan.yaml': 'target: "5.60.0"\nsteps:\n  - cluster: global\n    to: "5.60.0"\n',
    });
    const { code, signal, stdout, stderr } = run(['--inventory', dir, '--format', 'json']);
    expect({ signal, stderr }).toEqual({ signal: null, stderr: '' });
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    const unsupported = report.findings.find(
      (f: { rule: string }) => f.rule === 'path/unsupported',
    );
    // The newest release of each layer, hop by hop (SPEC §3's tie-break).
    expect(unsupported.message).toContain(
      'the shortest supported route is 4.2 -> 5.0 -> 5.9 -> 5.14 -> 5.19',
    );
  });

  it('with an edge that names a release the catalog lacks is a finding on its line, not a crash', () => {
    const dir = inventory('unknown-release', {
      'catalog.yaml':
        'edges:\n  - from: "4.3"\n    to: "4.9"\n    kubernetes: within-compatible\n    source: x\n',
    });
    const { code, stdout, stderr } = run(['--inventory', dir, '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        rule: 'input/schema',
        file: `${dir}/catalog.yaml`,
        line: 2,
        message: expect.stringContaining('names the unknown release 4.9'),
      }),
    );
  });
});

describe('values with line breaks in the inventory', () => {
  it('never start a line of the text output (no ::error or ::add-mask:: at column 0)', () => {
    const attack = '\n::error file=x::forged\n::add-mask::$HOME';
    const dir = inventory('newlines', {
      'clusters.yaml': `clusters:\n  - name: global\n    role: ${JSON.stringify(`x${attack}`)}\n    version: 4.2.1\n    kubernetes: 1.33.4\n    ${JSON.stringify(`zz${attack}`)}: 1\n`,
      'apps.yaml': `applications:\n  metallb:\n    displayName: ${JSON.stringify(`MetalLB${attack}`)}\n    type: ModulePlugin\n    installed:\n      - clusterName: global\n        version: ${JSON.stringify(`4.2.5${attack}`)}\n`,
      'plan.yaml': `target: 4.3.0\nsteps:\n  - cluster: global\n    to: ${JSON.stringify(`4.3.0${attack}`)}\nwaivers:\n  - rule: order/kubernetes-with-core\n    cluster: ${JSON.stringify(`global${attack}`)}\n    reason: ok\n    owner: ${JSON.stringify(`me${attack}`)}\n    expires: 2099-01-01\n`,
    });
    const { code, stdout, stderr } = run(['--inventory', dir]);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toContain('::error file=x::forged');
    for (const line of stdout.split('\n')) expect(line).not.toMatch(/^::/);
    expect(stdout).toContain('\\n::error file=x::forged');
  });
});

describe('invisible characters in a value', () => {
  it.each([
    ['a zero-width space', '\u200b'],
    ['a byte order mark', '\ufeff'],
    ['a tag character', '\u{e0067}'],
  ])('%s in a cluster name is refused with input/schema, and no command is printed', (_, c) => {
    const dir = inventory(`invisible-${c.codePointAt(0)}`, {
      'clusters.yaml': `clusters:\n  - name: global\n    version: 4.2.1\n    kubernetes: 1.33.4\n  - name: "prod${c}-a"\n    version: 4.2.1\n    kubernetes: 1.33.4\n`,
    });
    const { code, stdout } = run(['--inventory', dir, '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.findings).toContainEqual(
      expect.objectContaining({ rule: 'input/schema', file: `${dir}/clusters.yaml`, line: 5 }),
    );
    expect(report.commands).toEqual([]);
  });
});
