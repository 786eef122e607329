// The files the action writes (report-file, sarif-file) land in a workspace the pull request
// filled, links included. A write never follows a link and stays inside the workspace or
// RUNNER_TEMP (SPEC §5); a refusal fails the step and says why.
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import {
  type ActionRun,
  removeScratch,
  runAction,
  scratchDir,
  workspaceWith,
} from './support/run-action.js';

afterAll(removeScratch);

const REFUSAL = 'The action writes only regular files inside the workspace or RUNNER_TEMP';

function errors(run: ActionRun): string[] {
  return run.commands.filter((c) => c.name === 'error').map((c) => c.message);
}

/** A file outside the workspace that a pull request would like overwritten. */
function victim(): string {
  const file = join(scratchDir('outside-'), '.bashrc');
  writeFileSync(file, 'the runner user shell start-up\n');
  return file;
}

describe('node dist/index.js writing its files into a workspace with links', () => {
  it('does not write through a link committed as the default report file', async () => {
    const outside = victim();
    const workspace = workspaceWith();
    symlinkSync(outside, join(workspace, 'acp-upgrade-report.json'));
    const run = await runAction({ workspace });
    expect(readFileSync(outside, 'utf8')).toBe('the runner user shell start-up\n');
    expect(run.code).toBe(1);
    expect(errors(run)).toEqual([
      `report-file "acp-upgrade-report.json" was not written: it is a symbolic link. ${REFUSAL}, and never through a symbolic link.`,
    ]);
    // The verdict is still reported; only the refused file is missing.
    expect(run.outputs).toEqual({ verdict: 'pass', errors: '0', warnings: '0' });
    expect(run.summary).toContain('✅ ACP upgrade check: pass');
  });

  it('does not write into a linked folder (sarif-file and report-file)', async () => {
    const outsideDir = scratchDir('outside-dir-');
    const workspace = workspaceWith();
    symlinkSync(outsideDir, join(workspace, 'out'));
    const run = await runAction({
      workspace,
      inputs: { 'report-file': 'out/report.json', 'sarif-file': 'out/deeper/acp.sarif' },
    });
    expect(readdirSync(outsideDir)).toEqual([]);
    expect(run.code).toBe(1);
    expect(errors(run)[0]).toBe(
      `report-file "out/report.json" was not written: "out" is a symbolic link. ${REFUSAL}, and never through a symbolic link. sarif-file "out/deeper/acp.sarif" was not written: "out" is a symbolic link. ${REFUSAL}, and never through a symbolic link.`,
    );
  });

  it('does not write through a link deeper down, nor onto a folder', async () => {
    const outsideDir = scratchDir('outside-dir-');
    const workspace = workspaceWith();
    mkdirSync(join(workspace, 'reports'));
    symlinkSync(outsideDir, join(workspace, 'reports/latest'));
    mkdirSync(join(workspace, 'acp.sarif'));
    const run = await runAction({
      workspace,
      inputs: { 'report-file': 'reports/latest/r.json', 'sarif-file': 'acp.sarif' },
    });
    expect(readdirSync(outsideDir)).toEqual([]);
    expect(errors(run)[0]).toContain('"reports/latest" is a symbolic link');
    expect(errors(run)[0]).toContain(
      'sarif-file "acp.sarif" was not written: it is not a regular file',
    );
  });

  it('refuses a path outside the workspace and RUNNER_TEMP, and writes inside RUNNER_TEMP', async () => {
    const workspace = workspaceWith();
    const elsewhere = scratchDir('elsewhere-');
    const runnerDir = scratchDir('runner-');
    const escaped = await runAction({
      workspace,
      runnerDir,
      inputs: { 'report-file': '../escaped.json', 'sarif-file': join(elsewhere, 'acp.sarif') },
    });
    expect(existsSync(join(workspace, '../escaped.json'))).toBe(false);
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(errors(escaped)[0]).toMatch(
      /^report-file "\.\.\/escaped\.json" was not written: it is outside the workspace \(.+\) and RUNNER_TEMP \(.+\)\./,
    );

    // RUNNER_TEMP is the runner's own scratch folder (runAction sets it to the runner folder).
    const temp = join(runnerDir, 'reports/acp-upgrade-report.json');
    const inTemp = await runAction({ workspace, runnerDir, inputs: { 'report-file': temp } });
    expect(inTemp.code).toBe(0);
    expect(inTemp.outputs.report).toBe(temp);
    expect(JSON.parse(readFileSync(temp, 'utf8')).verdict).toBe('pass');
  });

  it('replaces a regular report file left by an earlier run', async () => {
    const workspace = workspaceWith();
    writeFileSync(join(workspace, 'acp-upgrade-report.json'), 'stale');
    const run = await runAction({ workspace });
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(join(workspace, 'acp-upgrade-report.json'), 'utf8'));
    expect(report.verdict).toBe('pass');
    expect(readdirSync(workspace).sort()).toEqual(['acp', 'acp-upgrade-report.json']);
  });
});
