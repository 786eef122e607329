// What GitHub code scanning ingests: the SARIF of `node dist/cli.js --format sarif` for every
// example (passing and failing), a broken inventory and a drift report, validated by Microsoft's
// SARIF Multitool with GitHub's rules (`validate --rule-kind "Sarif;Gh"`). Any error or warning
// it reports fails the test. A SARIF rendered for Windows paths is validated the same way.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import type { Report } from '../../src/engine/report.js';
import { renderSarif } from '../../src/render/sarif.js';
import { validateSarif } from '../support/sarif-multitool.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'acp-sarif-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The CLI's SARIF for an inventory, run from the repository root as a workflow step would. */
function cliSarif(name: string, args: string[]): { file: string; code: number | null } {
  const file = join(scratch, `${name}.sarif`);
  const run = spawnSync(
    process.execPath,
    [join(root, 'dist/cli.js'), ...args, '--format', 'sarif', '--out', file],
    { cwd: root, encoding: 'utf8' },
  );
  expect(run.stderr).toBe('');
  return { file, code: run.status };
}

const examples = readdirSync(join(root, 'examples'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('SARIF passes the Multitool with GitHub rules (Sarif;Gh)', () => {
  it('for every example, a broken inventory and a drift report, with no error or warning', () => {
    expect(examples).toEqual(expect.arrayContaining(['acp', 'acp-failing']));
    const files: string[] = [];
    const codes: Record<string, number | null> = {};
    for (const example of examples) {
      const { file, code } = cliSarif(example, ['--inventory', `examples/${example}`]);
      files.push(file);
      codes[example] = code;
    }
    // A failing one with input findings (YAML that does not parse), outside the repository:
    // its URIs are absolute file URIs.
    const broken = join(scratch, 'broken');
    cpSync(join(root, 'examples/acp'), broken, { recursive: true });
    writeFileSync(join(broken, 'plan.yaml'), 'target: 4.3.0\nsteps:\n  - clusters: [prod-a\n');
    const result = cliSarif('broken', ['--inventory', broken]);
    files.push(result.file);
    codes.broken = result.code;
    const location = JSON.parse(readFileSync(result.file, 'utf8')).runs[0].results[0];
    expect(location.ruleId).toBe('input/yaml-syntax');
    expect(location.locations[0].physicalLocation.artifactLocation.uri).toMatch(
      /^file:\/\/\/.*\/broken\/plan\.yaml$/,
    );
    const live = join(scratch, 'live-apps.yaml');
    const apps = readFileSync(join(root, 'examples/acp/apps.yaml'), 'utf8');
    writeFileSync(live, apps.replace('version: 4.2.0', 'version: 4.3.0'));
    const drift = cliSarif('drift', [
      '--inventory',
      'examples/acp',
      '--mode',
      'drift',
      '--live-apps',
      live,
    ]);
    files.push(drift.file);
    codes.drift = drift.code;

    expect(codes).toMatchObject({ acp: 0, 'acp-failing': 1, broken: 1, drift: 1 });
    for (const file of files) {
      const sarif = JSON.parse(readFileSync(file, 'utf8'));
      expect(sarif.runs[0].tool.driver.rules.length).toBeGreaterThan(0);
    }
    expect(validateSarif(files)).toEqual([]);
  });

  it('for a report with Windows paths, as the action writes it on a Windows runner', () => {
    const report = JSON.parse(
      spawnSync(
        process.execPath,
        [join(root, 'dist/cli.js'), '--inventory', 'examples/acp-failing', '--format', 'json'],
        {
          cwd: root,
          encoding: 'utf8',
        },
      ).stdout,
    ) as Report;
    expect(report.findings.length).toBeGreaterThan(0);
    const windows: Report = {
      ...report,
      inventory: 'examples\\acp-failing',
      findings: report.findings.map((f, i) => ({
        ...f,
        file:
          i % 2
            ? f.file.replace(/\//g, '\\')
            : `D:\\a\\my repo\\my repo\\${f.file.replace(/\//g, '\\')}`,
      })),
    };
    const file = join(scratch, 'windows.sarif');
    const text = renderSarif(windows, {
      root: 'D:\\a\\my repo\\my repo',
      cwd: 'D:\\a\\my repo\\my repo',
    });
    writeFileSync(file, text);
    const sarif = JSON.parse(text);
    for (const result of sarif.runs[0].results) {
      expect(result.locations[0].physicalLocation.artifactLocation).toEqual({
        uri: expect.stringMatching(/^examples\/acp-failing\/[a-z]+\.yaml$/),
        uriBaseId: '%SRCROOT%',
      });
    }
    expect(sarif.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(
      'file:///D:/a/my%20repo/my%20repo/',
    );
    expect(validateSarif([file])).toEqual([]);
  });

  it('reports what code scanning would reject (the validation can fail)', () => {
    const { file } = cliSarif('reject', ['--inventory', 'examples/acp']);
    const sarif = JSON.parse(readFileSync(file, 'utf8'));
    delete sarif.runs[0].tool.driver.rules[0].help;
    const bad = join(scratch, 'reject-bad.sarif');
    writeFileSync(bad, JSON.stringify(sarif, null, 2));
    expect(validateSarif([bad])).toEqual([
      expect.objectContaining({ level: 'error', rule: 'GH2012' }),
    ]);
  });
});
