// Runs `node dist/index.js` the way a GitHub runner does: inputs as INPUT_* variables (every
// input's action.yml default filled in, as the runner does), the event payload in a file, and
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files to read back afterwards.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';

export const root = fileURLToPath(new URL('../../..', import.meta.url));
// ACP_ACTION_E2E_ENTRY runs the suites against another copy of the bundle (one built from an older
// commit with `node scripts/bundle.mjs --out DIR`, to see a test fail there).
const entry = process.env.ACP_ACTION_E2E_ENTRY || join(root, 'dist/index.js');
const fixtures = join(root, '__fixtures__/action');

// Every workspace and runner file of a test file lives here; removeScratch() deletes them all.
const scratch = mkdtempSync(join(tmpdir(), 'acp-action-e2e-'));

/** A new empty folder for a test (removed with the rest by removeScratch). */
export function scratchDir(prefix: string): string {
  return mkdtempSync(join(scratch, prefix));
}

export function removeScratch(): void {
  rmSync(scratch, { recursive: true, force: true });
}

export interface ActionRun {
  code: number | null;
  /** The test gave up on the process and killed it (see RunOptions.killAfterMs). */
  killed: boolean;
  elapsedMs: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Workflow commands on stdout: `::error file=...::message` and friends. */
  commands: { name: string; properties: string; message: string }[];
}

export interface RunOptions {
  workspace: string;
  /** Inputs as the workflow's `with:` gives them; unset ones take action.yml's default. */
  inputs?: Record<string, string>;
  event?: { name: string; payload: unknown };
  apiUrl?: string;
  token?: string;
  repository?: string;
  /** Leave out INPUT_* defaults entirely (as when run outside a runner). */
  bareInputs?: boolean;
  /** Another copy of the bundle to run instead of dist/index.js. */
  entry?: string;
  env?: Record<string, string>;
  /** Kill the process after this long (a run that would hang). Default 50 s. */
  killAfterMs?: number;
  /** Use this folder for GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and the event (see runnerFiles). */
  runnerDir?: string;
}

/** The runner's files in a folder given as RunOptions.runnerDir. */
export function runnerFiles(dir: string) {
  return {
    output: join(dir, 'output'),
    summary: join(dir, 'summary'),
    event: join(dir, 'event.json'),
  };
}

const actionYml = load(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};

export function runAction(options: RunOptions): Promise<ActionRun> {
  const dir = options.runnerDir ?? scratchDir('runner-');
  const { output: outputFile, summary: summaryFile, event: eventFile } = runnerFiles(dir);
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(options.event?.payload ?? {}));

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event?.name ?? 'push',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: options.repository ?? 'acme/platform',
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: dir,
    ...options.env,
  };
  if (!options.bareInputs) {
    for (const [name, spec] of Object.entries(actionYml.inputs)) {
      if (spec.default === undefined) continue;
      env[inputVariable(name)] =
        spec.default === '${{ github.token }}' ? (options.token ?? '') : spec.default;
    }
  }
  for (const [name, value] of Object.entries(options.inputs ?? {}))
    env[inputVariable(name)] = value;

  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [options.entry ?? entry], {
      cwd: options.workspace,
      env,
    });
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, options.killAfterMs ?? 50_000);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({
        code,
        killed,
        elapsedMs: Date.now() - started,
        stdout,
        stderr,
        outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
        summary: readFileSync(summaryFile, 'utf8'),
        commands: parseCommands(stdout),
      });
    });
  });
}

/** The runner's name for an input: upper case, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** GITHUB_OUTPUT holds `name<<DELIMITER`, the value's lines, then `DELIMITER`. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i]!);
    outputs[match[1]!] = value.join('\n');
  }
  return outputs;
}

function parseCommands(stdout: string): ActionRun['commands'] {
  return [...stdout.matchAll(/^::([a-z-]+)( [^:]*)?::(.*)$/gm)].map((m) => ({
    name: m[1]!,
    properties: (m[2] ?? '').trim(),
    message: m[3]!,
  }));
}

/**
 * A temp workspace holding an inventory (a copy of the example's, in __fixtures__/action/acp) in
 * each of the given folders.
 */
export function workspaceWith(inventories: string[] = ['acp']): string {
  const workspace = scratchDir('workspace-');
  for (const name of inventories) {
    mkdirSync(join(workspace, name), { recursive: true });
    cpSync(join(fixtures, 'acp'), join(workspace, name), { recursive: true });
  }
  return workspace;
}

/** Replaces one file of an inventory with a fixture from __fixtures__/action/. */
export function useFixture(workspace: string, inventory: string, file: string, fixture: string) {
  cpSync(join(fixtures, fixture), join(workspace, inventory, file));
}

export function pullRequestEvent(
  number: number,
  headSha = 'abcdef1234567890abcdef1234567890abcdef12',
) {
  return {
    name: 'pull_request',
    payload: {
      action: 'synchronize',
      number,
      pull_request: { number, head: { sha: headSha, ref: 'upgrade-4.3' } },
      repository: { name: 'platform', owner: { login: 'acme' } },
    },
  };
}
