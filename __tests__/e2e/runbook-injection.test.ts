// Issue #21 against the bundle, as the attacker tried it: each payload that reached a `# note` of
// the runbook (a package's version, an L5 plugin's displayName, a catalog.yaml task, an ack key),
// with each line separator. `node dist/cli.js` (text, Markdown, JSON) and `node dist/index.js` (the
// sticky comment and the job summary, through a loopback GitHub API) render the runbook; every
// `bash` block of it is pasted into bash with recording shims. Nothing runs but the tools the
// report's commands name, with their arguments intact, and no PWNED file appears; the value itself
// is refused with input/schema on its file and line.
// ACP_CLI_E2E_ENTRY (and ACP_ACTION_E2E_ENTRY, see support/run-action.ts) run it against another
// copy of the bundle, to see it fail there.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import type { Report } from '../../src/engine/report.js';
import { expectedArgv, runWithShims } from '../runbook-shims.js';
import {
  ANY_LINE_BREAK,
  ISSUE_CASES,
  type IssueCase,
  SEPARATORS,
  lineOf,
} from '../support/hostile-values.js';
import { type FakeGitHub, startFakeGitHub } from './support/github-api.js';
import {
  pullRequestEvent,
  removeScratch,
  root,
  runAction,
  scratchDir,
} from './support/run-action.js';

const cli = process.env.ACP_CLI_E2E_ENTRY || join(root, 'dist/cli.js');
const TOKEN = 'ghs_injectionTokenKeepHidden1122334455667788';
const ENV = {
  ACP_PLATFORM_TOKEN: 'token-value',
  ACP_PLATFORM_ADDRESS: 'https://env.example.com',
  ACP_STANDBY_PLATFORM_ADDRESS: 'https://env-dr.example.com',
  ACP_STANDBY_REGISTRY: '10.9.9.9:5000',
  ACP_STANDBY_REGISTRY_USERNAME: 'user',
  ACP_STANDBY_REGISTRY_PASSWORD: 'password',
};

let github: FakeGitHub | undefined;
afterEach(() => github?.close());
afterAll(removeScratch);

/** The example with the case's edits, as `<folder>/acp`. */
function inventory(
  c: IssueCase | undefined,
  sep: string,
  base: string = c?.base ?? 'examples/acp',
) {
  const workspace = scratchDir('workspace-');
  const dir = join(workspace, 'acp');
  cpSync(join(root, base), dir, { recursive: true });
  for (const [name, edit] of Object.entries(c?.edit(sep) ?? {})) {
    const path = join(dir, `${name}.yaml`);
    writeFileSync(path, edit(existsSync(path) ? readFileSync(path, 'utf8') : ''));
  }
  return { workspace, dir };
}

function runCli(dir: string, format: 'text' | 'markdown' | 'json') {
  const result = spawnSync(process.execPath, [cli, '--inventory', dir, '--format', format], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(result.stderr).toBe('');
  return result.stdout;
}

/** The `bash` blocks of Markdown, with its line endings as GFM reads them (CR and CRLF too). */
function bashBlocks(markdown: string): string[] {
  const normalized = markdown.replace(/\r\n?/g, '\n');
  return [...normalized.matchAll(/^(`{3,})bash\n([\s\S]*?)\n\1$/gm)].map((m) => m[2]!);
}

/** The terminal's runbook: the indented lines after "Commands (in order)". */
function terminalRunbook(text: string): string[] {
  const start = text.indexOf('Commands (in order)\n');
  if (start < 0) return [];
  const rest = text.slice(start + 'Commands (in order)\n'.length);
  const end = rest.search(/\n(?! {2})/);
  return [end < 0 ? rest : rest.slice(0, end)];
}

/**
 * Pastes each block into bash (every line break of any kind a new line, as a clipboard or an
 * editor may read it) and expects exactly the report's commands to run, and nothing to be left.
 */
function expectOnlyTheRunbook(blocks: string[], report: Report, what: string) {
  const script = blocks.join('\n').replace(ANY_LINE_BREAK, '\n');
  const { calls, leftovers } = runWithShims(scratchDir(`${what}-`), script, ENV);
  const runnable = report.commands.filter((c) => c.argv.length > 0);
  expect({ what, calls }).toEqual({ what, calls: runnable.map((c) => expectedArgv(c.argv, ENV)) });
  expect({ what, leftovers }).toEqual({ what, leftovers: [] });
}

/** No line of the output, whatever ends it, is the payload. */
function expectNoPayloadLine(output: string, what: string) {
  const lines = output.split(ANY_LINE_BREAK).filter((line) => /^\s*curl\b/.test(line));
  expect({ what, lines }).toEqual({ what, lines: [] });
}

describe('the runbook of the clean examples (the shims see every command)', () => {
  it.each(['examples/acp', 'examples/acp-4.3-to-4.4'])('%s runs exactly its commands', (base) => {
    const { dir } = inventory(undefined, '', base);
    const report = JSON.parse(runCli(dir, 'json')) as Report;
    expect(report.verdict).toBe('pass');
    expect(report.commands.filter((c) => c.argv.length > 0).length).toBeGreaterThan(10);
    expectOnlyTheRunbook(bashBlocks(runCli(dir, 'markdown')), report, 'markdown');
    expectOnlyTheRunbook(terminalRunbook(runCli(dir, 'text')), report, 'text');
  });
});

/** The action runs each case with LF and one other separator (the CLI runs them all). */
const OTHER: (keyof typeof SEPARATORS)[] = ['LS', 'NEL', 'CR', 'PS'];

describe.each(ISSUE_CASES.map((c, i) => ({ ...c, other: OTHER[i % OTHER.length]! })))(
  'issue #21: $name',
  (c) => {
    it.each(Object.keys(SEPARATORS) as (keyof typeof SEPARATORS)[])(
      'with %s: refused on its line; the CLI runbook runs only its commands',
      (name) => {
        const sep = SEPARATORS[name];
        const { dir } = inventory(c, sep);
        const report = JSON.parse(runCli(dir, 'json')) as Report;
        const markdown = runCli(dir, 'markdown');
        const text = runCli(dir, 'text');
        expectOnlyTheRunbook(bashBlocks(markdown), report, 'markdown');
        expectOnlyTheRunbook(terminalRunbook(text), report, 'text');
        expectNoPayloadLine(markdown, 'markdown');
        expectNoPayloadLine(text, 'text');
        const file = join(dir, `${c.refused.file}.yaml`);
        const line = lineOf(readFileSync(file, 'utf8'), c.refused.at);
        expect(report.findings).toContainEqual(
          expect.objectContaining({ rule: 'input/schema', severity: 'error', file, line }),
        );
        expect(report.verdict).toBe('fail');
        expect(report.commands).toEqual([]);
      },
    );

    it(`in the action, with LF and ${c.other}: the comment, the job summary and the log run only its commands`, async () => {
      for (const name of ['LF', c.other] as const) {
        const sep = SEPARATORS[name];
        const server = (github = await startFakeGitHub({ token: TOKEN }));
        server.addPullRequest({ number: 7, headLabel: 'acme:upgrade', headSha: 'a'.repeat(40) });
        const { workspace } = inventory(c, sep);
        const result = await runAction({
          workspace,
          event: pullRequestEvent(7),
          apiUrl: server.url,
          token: TOKEN,
        });
        const report = JSON.parse(
          readFileSync(join(workspace, 'acp-upgrade-report.json'), 'utf8'),
        ) as Report;
        const [comment] = server.commentsOn(7);
        expect(comment).toBeDefined();
        expectOnlyTheRunbook(bashBlocks(comment!.body), report, `comment-${name}`);
        expectOnlyTheRunbook(bashBlocks(result.summary), report, `summary-${name}`);
        for (const [what, output] of [
          ['comment', comment!.body],
          ['summary', result.summary],
          ['log', result.stdout],
        ] as const)
          expectNoPayloadLine(output, `${what}-${name}`);
        expect({ name, verdict: result.outputs.verdict }).toEqual({ name, verdict: 'fail' });
        expect(report.findings).toContainEqual(
          expect.objectContaining({ rule: 'input/schema', file: `acp/${c.refused.file}.yaml` }),
        );
        await server.close();
        github = undefined;
      }
    });
  },
);
