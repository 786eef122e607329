// Runs a runbook under bash as an operator would, with every tool it calls recorded instead of
// run: `violet`, `ac`, `kubectl`, `helm3`, `curl`, `cp` and the text filters the pages' lines pipe
// through (`grep`, `head`, `awk`) first on PATH, and `upgrade.sh` and `res/upload.sh` in the
// working folder (`bash upgrade.sh` runs the file of that name there). Each call is recorded with
// its arguments, NUL-separated, so that every value can be compared byte for byte. Tools a payload
// would reach for (`wget`, `sh`) are recorded too, so that nothing leaves the machine and a call
// that the runbook does not name shows in the record.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { expect } from '@jest/globals';

/** The tools on PATH that are recorded instead of run. */
export const RECORDED = [
  'violet',
  'ac',
  'cp',
  'kubectl',
  'helm3',
  'curl',
  'wget',
  'sh',
  'grep',
  'head',
  'awk',
] as const;

/** The tool's words as the recorded argv starts with them. */
function recorder(words: string[]): string {
  const count = `$(($# + ${words.length}))`;
  return `#!/bin/bash\nprintf '%s\\0' "${count}" ${words.map((w) => `'${w}'`).join(' ')} "$@" >> "$ACP_TEST_RECORD"\n`;
}

export function runWithShims(
  scratch: string,
  script: string,
  env: Record<string, string>,
): { calls: string[][]; leftovers: string[] } {
  const bin = mkdtempSync(join(scratch, 'bin-'));
  const cwd = mkdtempSync(join(scratch, 'cwd-'));
  const record = join(bin, 'calls');
  for (const tool of RECORDED) {
    writeFileSync(join(bin, tool), recorder([tool]));
    chmodSync(join(bin, tool), 0o755);
  }
  writeFileSync(join(cwd, 'upgrade.sh'), recorder(['bash', 'upgrade.sh']));
  mkdirSync(join(cwd, 'res'));
  writeFileSync(join(cwd, 'res', 'upload.sh'), recorder(['bash', 'res/upload.sh']));
  chmodSync(join(cwd, 'res', 'upload.sh'), 0o755);
  writeFileSync(record, '');
  const result = spawnSync('/bin/bash', ['-c', script], {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: `${bin}:/usr/bin:/bin`,
      HOME: '/nonexistent-home',
      ACP_TEST_RECORD: record,
      ...env,
    },
  });
  expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
  const fields = readFileSync(record, 'utf8').split('\0');
  const calls: string[][] = [];
  for (let i = 0; i < fields.length - 1;) {
    const count = Number(fields[i]);
    calls.push(fields.slice(i + 1, i + 1 + count));
    i += 1 + count;
  }
  const leftovers = readdirSync(cwd).filter((f) => f !== 'upgrade.sh' && f !== 'res');
  return {
    calls,
    leftovers: [...leftovers, ...readdirSync(join(cwd, 'res')).filter((f) => f !== 'upload.sh')],
  };
}

/** The arguments a command should receive: `$ACP_*` references replaced by the environment. */
export function expectedArgv(argv: string[], env: Record<string, string>): string[] {
  return argv.map((a) => (/^\$ACP_[A-Z_]+$/.test(a) ? (env[a.slice(1)] ?? '') : a));
}
