// Microsoft's SARIF Multitool (devDependency @microsoft/sarif-multitool, with one optional package
// per platform holding the binary) run with GitHub's ingestion rules: what code scanning would
// complain about, as a list of problems.
import { spawnSync } from 'node:child_process';
import {
  accessSync,
  chmodSync,
  constants,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/** The platform's Multitool binary; `npm ci` installs the package of the platform it runs on. */
export function multitoolPath(): string {
  let binary: string;
  try {
    binary = require('@microsoft/sarif-multitool') as string;
  } catch (error) {
    throw new Error(
      `the SARIF Multitool for ${process.platform} is not installed (npm ci installs it): ${(error as Error).message}`,
      { cause: error },
    );
  }
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    // What the platform package's postinstall does, for installs that skip install scripts.
    chmodSync(binary, statSync(binary).mode | 0o100);
  }
  return binary;
}

export interface MultitoolProblem {
  file: string;
  level: string;
  rule: string;
  message: string;
}

/**
 * Validates SARIF files with `validate --rule-kind "Sarif;Gh"` and returns every result the tool
 * reports at level error or warning (notes too with `includeNotes`).
 */
export function validateSarif(files: string[], includeNotes = false): MultitoolProblem[] {
  const work = mkdtempSync(join(tmpdir(), 'acp-multitool-'));
  try {
    const output = join(work, 'validation.sarif');
    const run = spawnSync(
      multitoolPath(),
      ['validate', '--rule-kind', 'Sarif;Gh', '--output', output, ...files],
      { encoding: 'utf8', timeout: 120_000 },
    );
    if (run.error) throw run.error;
    if (run.status !== 0) {
      throw new Error(`the Multitool exited ${run.status}: ${run.stdout}\n${run.stderr}`);
    }
    const log = JSON.parse(readFileSync(output, 'utf8')) as {
      runs: {
        results?: {
          ruleId: string;
          level?: string;
          message: { text?: string; id?: string; arguments?: string[] };
          locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[];
        }[];
        invocations?: { executionSuccessful: boolean; toolExecutionNotifications?: unknown[] }[];
      }[];
    };
    const problems: MultitoolProblem[] = [];
    for (const run of log.runs) {
      for (const invocation of run.invocations ?? []) {
        if (!invocation.executionSuccessful) {
          throw new Error(
            `the Multitool did not run to completion: ${JSON.stringify(invocation.toolExecutionNotifications)}`,
          );
        }
      }
      for (const result of run.results ?? []) {
        const level = result.level ?? 'warning';
        if (level === 'none' || (level === 'note' && !includeNotes)) continue;
        problems.push({
          file: result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '',
          level,
          rule: result.ruleId,
          message:
            result.message.text ?? `${result.message.id} ${result.message.arguments?.join(' | ')}`,
        });
      }
    }
    // The console lists the same problems; it is the check that nothing was parsed away.
    const printed = run.stdout
      .split('\n')
      .filter((line) => /: (error|warning) [A-Z]+\d+:/.test(line));
    if (printed.length > problems.length) {
      throw new Error(
        `the Multitool printed problems the log does not hold:\n${printed.join('\n')}`,
      );
    }
    return problems;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
