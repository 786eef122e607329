// When GitHub's API fails, the action retries what is worth retrying (5xx, rate limits), gives up
// at once on other 4xx, and turns a failed comment into a warning without changing the verdict.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { type FakeGitHub, startFakeGitHub } from './support/github-api.js';
import {
  type ActionRun,
  pullRequestEvent,
  runAction,
  useFixture,
  workspaceWith,
  removeScratch,
} from './support/run-action.js';

const TOKEN = 'ghs_failureCaseTokenNeverToBeShown9876543210';
const PR = 7;

let github: FakeGitHub | undefined;
afterEach(() => github?.close());
afterAll(removeScratch);

async function api(): Promise<FakeGitHub> {
  github = await startFakeGitHub({ token: TOKEN });
  github.addPullRequest({ number: PR, headLabel: 'acme:upgrade', headSha: 'a'.repeat(40) });
  return github;
}

function run(
  server: FakeGitHub,
  workspace = workspaceWith(),
  extra: { env?: Record<string, string>; token?: string } = {},
) {
  return runAction({
    workspace,
    event: pullRequestEvent(PR),
    apiUrl: server.url,
    token: extra.token ?? TOKEN,
    ...(extra.env && { env: extra.env }),
  });
}

function warnings(result: ActionRun): string[] {
  return result.commands.filter((c) => c.name === 'warning').map((c) => c.message);
}

/** Each request as method and status; QUERY is GraphQL's `viewer` (whose token is this?). */
function calls(server: FakeGitHub): string[] {
  return server.log.map((r) => `${r.path === '/graphql' ? 'QUERY' : r.method} ${r.status}`);
}

describe('node dist/index.js when the GitHub API fails', () => {
  it('warns on a read-only token (403 on writing) and keeps the exit code the check decided', async () => {
    const server = await api();
    server.fail({
      status: 403,
      times: 10,
      writesOnly: true,
      message: 'Resource not accessible by integration',
    });

    const passing = await run(server);
    expect(passing.code).toBe(0);
    expect(passing.outputs.verdict).toBe('pass');
    expect(passing.outputs['comment-url']).toBeUndefined();
    const [warning] = warnings(passing);
    expect(warning).toContain(
      'Could not write the PR comment (HTTP 403: Resource not accessible by integration',
    );
    expect(warning).toContain("the check's verdict stands");
    expect(warning).toContain('a pull request from a fork gets a read-only token');

    const workspace = workspaceWith();
    useFixture(workspace, 'acp', 'plan.yaml', 'plan-workload-first.yaml');
    const failing = await run(server, workspace);
    expect(failing.code).toBe(1);
    expect(failing.outputs).toMatchObject({ verdict: 'fail', errors: '2' });
    expect(warnings(failing)).toHaveLength(1);
    // A 403 that is not a rate limit is final: one attempt per run.
    expect(calls(server)).toEqual([
      ...['QUERY 200', 'GET 200', 'POST 403'],
      ...['QUERY 200', 'GET 200', 'POST 403'],
    ]);
    expect(server.comments).toEqual([]);
  });

  it('retries a transient 502 and then writes the comment', async () => {
    const server = await api();
    server.fail({ status: 502, times: 1, message: 'Bad Gateway' });
    const result = await run(server);
    expect(result.code).toBe(0);
    expect(warnings(result)).toEqual([]);
    expect(calls(server)).toEqual(['QUERY 502', 'QUERY 200', 'GET 200', 'POST 201', 'GET 200']);
    expect(server.commentsOn(PR)).toHaveLength(1);
    expect(result.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
  });

  it('retries a 503 on the write itself', async () => {
    const server = await api();
    server.fail({ status: 503, times: 1, writesOnly: true });
    const result = await run(server);
    expect(calls(server)).toEqual(['QUERY 200', 'GET 200', 'POST 503', 'POST 201', 'GET 200']);
    expect(server.commentsOn(PR)).toHaveLength(1);
    expect(result.code).toBe(0);
  });

  it.each([
    [
      'a secondary rate limit (403, retry-after)',
      (s: FakeGitHub) => s.rateLimit('secondary', 1),
      403,
    ],
    [
      'a primary rate limit (403, x-ratelimit-remaining: 0)',
      (s: FakeGitHub) => s.rateLimit('primary', 1),
      403,
    ],
    [
      'a secondary rate limit answered with 429',
      (s: FakeGitHub) =>
        s.fail({
          status: 429,
          times: 1,
          message: 'You have exceeded a secondary rate limit.',
          headers: { 'retry-after': '1' },
        }),
      429,
    ],
  ])('waits out %s and retries', async (_name, limit, status) => {
    const server = await api();
    limit(server);
    const result = await run(server);
    expect(calls(server)).toEqual([
      `QUERY ${status}`,
      'QUERY 200',
      'GET 200',
      'POST 201',
      'GET 200',
    ]);
    expect(result.stdout).toMatch(/GitHub API rate limit on POST \/graphql: retrying in \d s/);
    expect(server.commentsOn(PR)).toHaveLength(1);
    expect(result.code).toBe(0);
  });

  it('does not wait an hour for a rate limit: it warns instead', async () => {
    const server = await api();
    server.rateLimit('secondary', 3600);
    const started = Date.now();
    const result = await run(server);
    expect(Date.now() - started).toBeLessThan(15000);
    // The GraphQL query gives up at once; the REST fallback does not know an installation token.
    expect(calls(server)).toEqual(['QUERY 403', 'GET 403']);
    expect(warnings(result)[0]).toContain('HTTP 403: You have exceeded a secondary rate limit');
    expect(result.code).toBe(0);
  });

  it.each([
    [404, 'Not Found'],
    [422, 'Validation Failed'],
  ])('does not retry a %i', async (status, message) => {
    const server = await api();
    server.fail({ status, times: 1, writesOnly: true, message });
    const result = await run(server);
    expect(calls(server)).toEqual(['QUERY 200', 'GET 200', `POST ${status}`]);
    expect(warnings(result)[0]).toContain(`HTTP ${status}: ${message}`);
    expect(result.code).toBe(0);
  });

  it('does not retry bad credentials (401)', async () => {
    const server = await api();
    const result = await run(server, workspaceWith(), {
      token: 'ghs_revokedToken000000000000000000000',
    });
    // GraphQL's viewer, then REST's GET /user: neither knows the token, and neither is retried.
    expect(calls(server)).toEqual(['QUERY 401', 'GET 401']);
    expect(warnings(result)[0]).toContain('HTTP 401: Bad credentials');
    expect(result.code).toBe(0);
  });

  it('masks the token and never shows it: not in stdout, stderr, the summary, the outputs, the files or the comment', async () => {
    const server = await api();
    const workspace = workspaceWith();
    useFixture(workspace, 'acp', 'plan.yaml', 'plan-workload-first.yaml');
    const debug = { RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true' };
    const inputs = { 'sarif-file': 'acp.sarif' };
    const posted = await runAction({
      workspace,
      inputs,
      event: pullRequestEvent(PR),
      apiUrl: server.url,
      token: TOKEN,
      env: debug,
    });
    server.fail({ status: 502, times: 1 });
    server.fail({
      status: 403,
      times: 1,
      writesOnly: true,
      message: 'Resource not accessible by integration',
    });
    const refused = await runAction({
      workspace,
      inputs,
      event: pullRequestEvent(PR),
      apiUrl: server.url,
      token: TOKEN,
      env: debug,
    });
    expect(posted.outputs['comment-url']).toBeDefined();
    expect(warnings(refused)).toHaveLength(1);
    // The token did reach the API, in the Authorization header and nowhere else.
    expect(server.log.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);

    // The one place the token may appear is the command that asks the runner to mask it, first.
    for (const r of [posted, refused]) {
      expect(r.commands[0]).toEqual({ name: 'add-mask', properties: '', message: TOKEN });
      expect(r.commands.filter((c) => c.message.includes(TOKEN))).toHaveLength(1);
    }
    const seen = [posted, refused].flatMap((r) => [
      r.stdout.replace(`::add-mask::${TOKEN}\n`, ''),
      r.stderr,
      r.summary,
      JSON.stringify(r.outputs),
    ]);
    seen.push(...server.comments.map((c) => c.body));
    seen.push(...server.log.map((r) => JSON.stringify({ ...r, authorization: undefined })));
    for (const file of readdirSync(workspace).filter((f) => f !== 'acp')) {
      seen.push(readFileSync(join(workspace, file), 'utf8'));
    }
    expect(seen.length).toBeGreaterThan(10);
    for (const text of seen) expect(text.includes(TOKEN)).toBe(false);
  });
});
