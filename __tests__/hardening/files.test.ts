// Reading the inventory from disk (src/io/files.ts): what a pull request can put at a file's
// place (a link to a runner file, a named pipe, a folder) is refused or reported, never read.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { check } from '../../src/engine/check.js';
import { inventoryPaths, readInventory, readInventoryFile } from '../../src/io/files.js';
import { EXAMPLE, TODAY } from './helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'acp-files-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A workspace with the example inventory in acp/, and a secret file outside it. */
function workspace(name: string): { repo: string; acp: string; secret: string } {
  const repo = join(scratch, name, 'repo');
  const acp = join(repo, 'acp');
  mkdirSync(acp, { recursive: true });
  for (const [file, text] of Object.entries(EXAMPLE))
    writeFileSync(join(acp, `${file}.yaml`), text);
  const secret = join(scratch, name, 'credentials');
  writeFileSync(secret, 'unknownKey: AUTHORIZATION basic c2VjcmV0LXRva2Vu\n');
  return { repo, acp, secret };
}

describe('reading inventory files', () => {
  it('refuses a link to a file outside the workspace, without reading it', () => {
    const { repo, acp, secret } = workspace('link-out');
    rmSync(join(acp, 'clusters.yaml'));
    symlinkSync(secret, join(acp, 'clusters.yaml'));
    const files = readInventory(inventoryPaths(acp), { within: repo });
    expect(files.clusters).toEqual({
      path: join(acp, 'clusters.yaml'),
      refused: 'it is a link to a file outside the repository',
    });
    const report = check(files, { inventory: acp, today: TODAY });
    const f = report.findings.filter((x) => x.file === join(acp, 'clusters.yaml'));
    expect(f).toEqual([
      expect.objectContaining({ rule: 'input/schema', line: 1, column: 1, severity: 'error' }),
    ]);
    expect(JSON.stringify(report)).not.toContain('c2VjcmV0');
  });

  it('reads a link that stays inside the workspace, and any link when no workspace is given', () => {
    const { repo, acp, secret } = workspace('link-in');
    const shared = join(repo, 'shared-clusters.yaml');
    writeFileSync(shared, EXAMPLE.clusters);
    rmSync(join(acp, 'clusters.yaml'));
    symlinkSync(shared, join(acp, 'clusters.yaml'));
    expect(readInventoryFile(join(acp, 'clusters.yaml'), { within: repo })).toHaveProperty('bytes');
    symlinkSync(secret, join(acp, 'catalog.yaml'));
    expect(readInventoryFile(join(acp, 'catalog.yaml'))).toHaveProperty('bytes');
  });

  it('does not hang on a named pipe, and reports it', () => {
    const { acp } = workspace('fifo');
    rmSync(join(acp, 'plan.yaml'));
    execFileSync('mkfifo', [join(acp, 'plan.yaml')]);
    const start = performance.now();
    const input = readInventoryFile(join(acp, 'plan.yaml'));
    expect(performance.now() - start).toBeLessThan(1000);
    expect(input).toEqual({
      path: join(acp, 'plan.yaml'),
      refused: expect.stringContaining('pipe'),
    });
  });

  it('takes a folder where a file belongs for a missing file', () => {
    const { acp } = workspace('folder');
    rmSync(join(acp, 'apps.yaml'));
    mkdirSync(join(acp, 'apps.yaml'));
    const report = check(readInventory(inventoryPaths(acp)), { inventory: acp, today: TODAY });
    expect(report.findings.filter((f) => f.rule === 'input/missing-file')).toEqual([
      expect.objectContaining({ file: join(acp, 'apps.yaml'), line: 1 }),
    ]);
  });
});
