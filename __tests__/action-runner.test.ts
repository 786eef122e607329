// src/action/runner.ts speaks the runner protocol in place of @actions/core (which loads an HTTP
// client at import, too slow for start-up). It must write exactly what @actions/core writes.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, jest } from '@jest/globals';
import * as core from '@actions/core';
import * as runner from '../src/action/runner.js';

const dir = mkdtempSync(join(tmpdir(), 'acp-runner-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  process.exitCode = undefined;
  jest.restoreAllMocks();
});

/** What one call writes to stdout. */
function stdoutOf(call: () => void): string {
  let out = '';
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  call();
  jest.restoreAllMocks();
  return out;
}

/** What one call appends to a file named by an environment variable. */
function fileOf(variable: string, call: () => unknown): Promise<string> {
  const file = join(dir, `${variable}-${Math.random()}`);
  writeFileSync(file, '');
  process.env[variable] = file;
  return Promise.resolve(call()).then(() =>
    readFileSync(file, 'utf8').replace(/ghadelimiter_[0-9a-z-]+/g, 'DELIMITER'),
  );
}

const hostile = 'order: a,b 100% done\r\nnext line ::error::x';
const properties = {
  title: 'order/global-first',
  file: 'acp/plan, v2.yaml',
  startLine: 7,
  startColumn: 5,
};

describe('the runner protocol', () => {
  it('annotates and logs like @actions/core, escapes included', () => {
    for (const level of ['error', 'warning', 'notice'] as const) {
      expect(stdoutOf(() => runner[level](hostile, properties))).toBe(
        stdoutOf(() => core[level](hostile, properties)),
      );
      expect(stdoutOf(() => runner[level](hostile))).toBe(stdoutOf(() => core[level](hostile)));
    }
    expect(stdoutOf(() => runner.debug(hostile))).toBe(stdoutOf(() => core.debug(hostile)));
    expect(stdoutOf(() => runner.info(hostile))).toBe(stdoutOf(() => core.info(hostile)));
  });

  it('fails the step like @actions/core: an error line and exit code 1', () => {
    const ours = stdoutOf(() => runner.setFailed(hostile));
    expect(process.exitCode).toBe(1);
    process.exitCode = undefined;
    expect(ours).toBe(stdoutOf(() => core.setFailed(hostile)));
    expect(process.exitCode).toBe(1);
  });

  it('writes outputs to $GITHUB_OUTPUT like @actions/core', async () => {
    const value = 'fail\nwith a second line';
    const ours = await fileOf('GITHUB_OUTPUT', () => runner.setOutput('verdict', value));
    expect(ours).toBe(await fileOf('GITHUB_OUTPUT', () => core.setOutput('verdict', value)));
    expect(ours).toContain('verdict<<DELIMITER');
  });

  it('appends the job summary like @actions/core', async () => {
    const markdown = '### ✅ ACP upgrade check: pass\n\n| a | b |\n';
    const ours = await fileOf('GITHUB_STEP_SUMMARY', () => runner.appendSummary(markdown));
    expect(ours).toBe(
      await fileOf('GITHUB_STEP_SUMMARY', () => core.summary.addRaw(markdown).write()),
    );
  });

  it('reads inputs like @actions/core, hyphens and spaces in names included', () => {
    process.env['INPUT_FAIL-ON'] = '  warning \n';
    process.env['INPUT_REPORT_FILE'] = 'r.json';
    expect(runner.getInput('fail-on')).toBe(core.getInput('fail-on'));
    expect(runner.getInput('report file')).toBe(core.getInput('report file'));
    expect(runner.getInput('absent')).toBe(core.getInput('absent'));
    expect(runner.getInput('fail-on')).toBe('warning');
  });
});
