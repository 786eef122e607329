// Whose sticky comment is it? Only one that carries the marker *and* was written by the token's
// own identity (SPEC §5). And one comment with the newest result, however runs overlap.
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { type FakeGitHub, type TokenOwner, startFakeGitHub } from './support/github-api.js';
import {
  pullRequestEvent,
  removeScratch,
  runAction,
  useFixture,
  workspaceWith,
} from './support/run-action.js';

const TOKEN = 'ghs_stickyTokenNeverToBePrinted0000111122';
const MARKER = '<!-- acp-upgrade-check inventory="acp" -->';
const PR = 21;

let github: FakeGitHub | undefined;
afterEach(() => github?.close());
afterAll(removeScratch);

async function api(options: { owner?: TokenOwner; noGraphql?: boolean } = {}) {
  github = await startFakeGitHub({ token: TOKEN, ...options });
  github.addPullRequest({ number: PR, headLabel: 'acme:upgrade', headSha: 'a'.repeat(40) });
  return github;
}

function check(
  server: FakeGitHub,
  options: { runId?: string; attempt?: string; sha?: string; failing?: boolean } = {},
) {
  const workspace = workspaceWith();
  if (options.failing) useFixture(workspace, 'acp', 'plan.yaml', 'plan-workload-first.yaml');
  return runAction({
    workspace,
    event: pullRequestEvent(PR, options.sha ?? 'a'.repeat(40)),
    apiUrl: server.url,
    token: TOKEN,
    env: { GITHUB_RUN_ID: options.runId ?? '4242', GITHUB_RUN_ATTEMPT: options.attempt ?? '1' },
  });
}

describe('the sticky comment belongs to the token that writes it', () => {
  it("ignores someone else's comment that starts with the marker, and writes its own", async () => {
    const server = await api();
    const planted = server.addComment(PR, `${MARKER}\n### ✅ ACP upgrade check: pass`, 'mallory');
    const run = await check(server, { failing: true });
    expect(run.code).toBe(1);
    const comments = server.commentsOn(PR);
    expect(comments).toHaveLength(2);
    expect(comments[0]).toEqual(planted);
    expect(comments[0]!.body).toBe(`${MARKER}\n### ✅ ACP upgrade check: pass`);
    expect(comments[1]!.user).toBe('github-actions[bot]');
    expect(comments[1]!.body).toContain('❌ ACP upgrade check: fail');
    expect(run.outputs['comment-url']).toMatch(new RegExp(`#issuecomment-${comments[1]!.id}$`));
    expect(server.log.filter((r) => r.method === 'PATCH')).toEqual([]);
  });

  it('knows its identity under a personal access token or an app token (GraphQL viewer)', async () => {
    const server = await api({ owner: { login: 'acme-platform-bot', kind: 'user' } });
    // Written earlier with the workflow's GITHUB_TOKEN: another identity, so not this token's.
    server.addComment(PR, `${MARKER}\nold`, 'github-actions[bot]');
    await check(server, { runId: '100' });
    await check(server, { runId: '101', failing: true });
    const comments = server.commentsOn(PR);
    expect(comments.map((c) => [c.user, c.body.split('\n')[1]])).toEqual([
      ['github-actions[bot]', 'old'],
      ['acme-platform-bot', '### ❌ ACP upgrade check: fail'],
    ]);
    expect(server.log.filter((r) => r.path === '/user')).toEqual([]);
  });

  it('falls back to GET /user where GraphQL cannot be reached', async () => {
    const server = await api({
      owner: { login: 'acme-platform-bot', kind: 'user' },
      noGraphql: true,
    });
    await check(server, { runId: '100' });
    await check(server, { runId: '101' });
    expect(server.commentsOn(PR).map((c) => c.user)).toEqual(['acme-platform-bot']);
    expect(server.log.filter((r) => r.path === '/user').map((r) => r.status)).toEqual([200, 200]);
  });

  it('writes no comment when it cannot tell whose token it has, and says so', async () => {
    const server = await api({ noGraphql: true });
    server.addComment(PR, `${MARKER}\nold`, 'github-actions[bot]');
    const run = await check(server, { failing: true });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.commands.filter((c) => c.name === 'warning').map((c) => c.message)).toEqual([
      expect.stringMatching(/^Could not write the PR comment \(HTTP 404: /),
    ]);
    expect(server.commentsOn(PR).map((c) => c.body)).toEqual([`${MARKER}\nold`]);
  });
});

describe('one comment, with the newest result', () => {
  it('two runs at the same time leave one comment, with the newer run result', async () => {
    const server = await api();
    // Both runs list the comments before either has written one.
    server.holdCommentListings(2);
    const [older, newer] = await Promise.all([
      check(server, { runId: '5000', sha: '1'.repeat(40), failing: true }),
      check(server, { runId: '5001', sha: '2'.repeat(40) }),
    ]);
    expect(older.code).toBe(1);
    expect(newer.code).toBe(0);
    expect(
      server.log.filter((r) => r.method === 'POST' && r.path.endsWith('/comments')),
    ).toHaveLength(2);
    const [comment, ...more] = server.commentsOn(PR);
    expect(more).toEqual([]);
    expect(comment!.body).toContain('✅ ACP upgrade check: pass');
    expect(comment!.body).toContain('commit 2222222');
    expect(comment!.body).toContain('<!-- acp-upgrade-check:result run="5001" attempt="1"');
  });

  it('a slower run of an older commit does not overwrite a newer result; a re-run does', async () => {
    const server = await api();
    await check(server, { runId: '6001', sha: '2'.repeat(40) });
    const shown = server.commentsOn(PR)[0]!.body;
    const slow = await check(server, { runId: '6000', sha: '1'.repeat(40), failing: true });
    expect(slow.code).toBe(1);
    expect(slow.outputs.verdict).toBe('fail');
    expect(slow.stdout).toContain(
      'PR comment left as it is: it shows the result of a newer run (6001, attempt 1)',
    );
    expect(server.commentsOn(PR).map((c) => c.body)).toEqual([shown]);

    const rerun = await check(server, {
      runId: '6001',
      attempt: '2',
      sha: '2'.repeat(40),
      failing: true,
    });
    expect(rerun.outputs['comment-url']).toBeDefined();
    expect(server.commentsOn(PR)).toHaveLength(1);
    expect(server.commentsOn(PR)[0]!.body).toContain('❌ ACP upgrade check: fail');
  });
});
