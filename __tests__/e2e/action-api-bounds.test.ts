// An API that never answers, or pages that never end, must not keep the job alive, and the
// verdict is settled before the first request (SPEC §5). The real bounds are 30 s a request and
// 2 minutes for the API phase; these tests shorten them with the test-only variables (which can
// only lower a bound) so that they take seconds.
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { type FakeGitHub, startFakeGitHub } from './support/github-api.js';
import {
  type ActionRun,
  pullRequestEvent,
  removeScratch,
  runAction,
  runnerFiles,
  scratchDir,
  useFixture,
  workspaceWith,
} from './support/run-action.js';

const TOKEN = 'ghs_boundsTokenNotForTheLogs5566778899aabb';
const PR = 9;

let github: FakeGitHub | undefined;
afterEach(() => github?.close());
afterAll(removeScratch);

async function api(): Promise<FakeGitHub> {
  github = await startFakeGitHub({ token: TOKEN });
  github.addPullRequest({ number: PR, headLabel: 'acme:upgrade', headSha: 'a'.repeat(40) });
  return github;
}

function warnings(run: ActionRun): string[] {
  return run.commands.filter((c) => c.name === 'warning').map((c) => c.message);
}

/** A failing plan on a pull request, with the runner's files where the test can read them. */
function failingCheck(server: FakeGitHub, env: Record<string, string>, runnerDir?: string) {
  const workspace = workspaceWith();
  useFixture(workspace, 'acp', 'plan.yaml', 'plan-workload-first.yaml');
  return runAction({
    workspace,
    event: pullRequestEvent(PR),
    apiUrl: server.url,
    token: TOKEN,
    env,
    killAfterMs: 20_000,
    ...(runnerDir && { runnerDir }),
  });
}

describe('node dist/index.js and an API that does not behave', () => {
  it('settles the verdict first, then gives up on an API that never answers when the phase ends', async () => {
    const server = await api();
    server.hang();
    const runnerDir = scratchDir('runner-');
    const seen: { output: string; summary: string }[] = [];
    server.onRequest = () => {
      const files = runnerFiles(runnerDir);
      seen.push({
        output: readFileSync(files.output, 'utf8'),
        summary: readFileSync(files.summary, 'utf8'),
      });
    };
    const run = await failingCheck(
      server,
      { ACP_UPGRADE_CHECK_TEST_API_PHASE_TIMEOUT_MS: '1500' },
      runnerDir,
    );
    expect(run.killed).toBe(false);
    expect(run.elapsedMs).toBeLessThan(10_000);
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'fail', errors: '2' });
    // When the first request reached GitHub, the outputs and the summary were already written.
    expect(seen.length).toBeGreaterThan(0);
    expect(seen[0]!.output).toMatch(/^verdict<</);
    expect(seen[0]!.summary).toContain('❌ ACP upgrade check: fail');
    const failed = run.commands.findIndex((c) => c.message.startsWith('ACP upgrade check failed'));
    const group = run.commands.findIndex((c) => c.name === 'group');
    expect(failed).toBeGreaterThanOrEqual(0);
    expect(failed).toBeLessThan(group);
    expect(warnings(run)).toEqual([
      "GitHub's API did not finish within 1.5 s (each request may take 30 s, retries included): the PR comment may not have been written; the check's verdict stands.",
    ]);
  });

  it('times out each request and retries it, within the bounds', async () => {
    const server = await api();
    server.hang();
    const run = await failingCheck(server, {
      ACP_UPGRADE_CHECK_TEST_REQUEST_TIMEOUT_MS: '200',
      ACP_UPGRADE_CHECK_TEST_RETRY_BASE_MS: '10',
    });
    expect(run.killed).toBe(false);
    expect(run.elapsedMs).toBeLessThan(10_000);
    expect(run.code).toBe(1);
    // GraphQL's viewer and REST's GET /user, each tried four times (three retries).
    expect(server.log.map((r) => `${r.method} ${r.path}`)).toEqual([
      ...Array(4).fill('POST /graphql'),
      ...Array(4).fill('GET /user'),
    ]);
    expect(warnings(run)).toEqual([
      expect.stringMatching(/^Could not write the PR comment \(HTTP 500: .*timeout/i),
    ]);
  });

  it('reads at most 10 pages of comments from an API whose pages never end', async () => {
    const server = await api();
    server.endlessComments();
    const run = await failingCheck(server, {});
    expect(run.killed).toBe(false);
    expect(run.code).toBe(1);
    const listings = server.log.filter(
      (r) => r.path === `/repos/acme/platform/issues/${PR}/comments`,
    );
    expect(listings.map((r) => r.query.page ?? '1')).toEqual(
      Array.from({ length: 10 }, (_, i) => String(i + 1)),
    );
    expect(server.comments).toEqual([]);
    expect(warnings(run)).toEqual([
      'The pull request has more than 1000 comments: the action looked at the first 1000, did not find its own, and wrote no new one (it could be a duplicate). The full report is in the [job summary](https://github.com/acme/platform/actions/runs/4242).',
    ]);
  });
});
