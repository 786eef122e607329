// The fork-safe pair: the pull request's run (read-only token) writes the report; a workflow_run
// workflow with a write token posts it with `mode: comment-from-report`.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { type FakeGitHub, startFakeGitHub } from './support/github-api.js';
import {
  pullRequestEvent,
  runAction,
  useFixture,
  workspaceWith,
  removeScratch,
} from './support/run-action.js';

const TOKEN = 'ghs_fromReportTokenKeepHidden11223344556677';
const HEAD_SHA = 'c0ffee0000000000000000000000000000000001';
const MARKER = '<!-- acp-upgrade-check inventory="acp" -->';

let github: FakeGitHub | undefined;
afterEach(() => github?.close());
afterAll(removeScratch);

/** The event of a workflow_run workflow triggered by a fork's pull request run. */
function workflowRun(pullRequests: { number: number; head: { sha: string } }[] = []) {
  return {
    name: 'workflow_run',
    payload: {
      action: 'completed',
      workflow_run: {
        head_sha: HEAD_SHA,
        head_branch: 'upgrade-4.3',
        head_repository: { owner: { login: 'contributor' }, name: 'platform' },
        html_url: 'https://github.com/acme/platform/actions/runs/1111',
        pull_requests: pullRequests,
      },
    },
  };
}

/** The pull request's own run: fork token, so no comment; it leaves the report behind. */
async function pullRequestRun(server: FakeGitHub): Promise<string> {
  const workspace = workspaceWith();
  useFixture(workspace, 'acp', 'plan.yaml', 'plan-workload-first.yaml');
  const run = await runAction({
    workspace,
    inputs: { comment: 'never' },
    event: pullRequestEvent(12, HEAD_SHA),
    apiUrl: server.url,
    token: TOKEN,
  });
  expect(run.code).toBe(1);
  return join(workspace, 'acp-upgrade-report.json');
}

/** The second workflow's workspace, with the downloaded artifact in it. */
function downloaded(report: string): string {
  const workspace = workspaceWith([]);
  mkdirSync(join(workspace, 'artifact'));
  cpSync(report, join(workspace, 'artifact/acp-upgrade-report.json'));
  return workspace;
}

function postFromReport(server: FakeGitHub, workspace: string, event = workflowRun()) {
  return runAction({
    workspace,
    inputs: { mode: 'comment-from-report', 'from-report': 'artifact/acp-upgrade-report.json' },
    event,
    apiUrl: server.url,
    token: TOKEN,
  });
}

describe('node dist/index.js with mode: comment-from-report', () => {
  it("posts a fork's report on its pull request, found by the run's head", async () => {
    const server = (github = await startFakeGitHub({ token: TOKEN }));
    server.addPullRequest({ number: 12, headLabel: 'contributor:upgrade-4.3', headSha: HEAD_SHA });
    const report = await pullRequestRun(server);
    expect(server.log).toEqual([]);

    const result = await postFromReport(server, downloaded(report));
    // The pull request's run carries the verdict; this one only posts it.
    expect(result.code).toBe(0);
    expect(result.outputs).toEqual({
      verdict: 'fail',
      errors: '2',
      warnings: '0',
      report: 'artifact/acp-upgrade-report.json',
      'comment-url': expect.stringMatching(/\/pull\/12#issuecomment-\d+$/),
    });
    expect(result.commands.filter((c) => c.properties.includes('file='))).toEqual([]);
    expect(result.summary).toContain('### ❌ ACP upgrade check: fail');
    const [comment, ...more] = server.commentsOn(12);
    expect(more).toEqual([]);
    expect(comment!.body.startsWith(`${MARKER}\n### ❌ ACP upgrade check: fail`)).toBe(true);
    expect(comment!.body).toContain('order/global-first');
    expect(comment!.body).toContain('commit c0ffee0');
    const lookup = server.log.find((r) => r.path === '/repos/acme/platform/pulls');
    expect(lookup?.query).toMatchObject({ head: 'contributor:upgrade-4.3', state: 'open' });

    // The same marker as a check run's comment: a later same-repo run updates this comment.
    const sameRepo = await runAction({
      workspace: workspaceWith(),
      event: pullRequestEvent(12),
      apiUrl: server.url,
      token: TOKEN,
    });
    expect(sameRepo.code).toBe(0);
    expect(server.commentsOn(12).map((c) => c.id)).toEqual([comment!.id]);
    expect(server.commentsOn(12)[0]!.body).toContain('✅ ACP upgrade check: pass');
  });

  it('uses the pull request GitHub names in the payload when there is one', async () => {
    const server = (github = await startFakeGitHub({ token: TOKEN }));
    server.addPullRequest({ number: 31, headLabel: 'acme:upgrade-4.3', headSha: HEAD_SHA });
    const report = await pullRequestRun(server);
    const result = await postFromReport(
      server,
      downloaded(report),
      workflowRun([{ number: 31, head: { sha: HEAD_SHA } }]),
    );
    expect(result.code).toBe(0);
    expect(server.commentsOn(31)).toHaveLength(1);
    expect(server.log.some((r) => r.path.endsWith('/pulls'))).toBe(false);
  });

  it('writes no comment when no open pull request has the head', async () => {
    const server = (github = await startFakeGitHub({ token: TOKEN }));
    const report = await pullRequestRun(server);
    const result = await postFromReport(server, downloaded(report));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'No open pull request has head contributor:upgrade-4.3: no PR comment.',
    );
    expect(server.comments).toEqual([]);
  });

  it('keeps a hostile inventory name inside the hidden marker', async () => {
    const server = (github = await startFakeGitHub({ token: TOKEN }));
    server.addPullRequest({ number: 12, headLabel: 'contributor:upgrade-4.3', headSha: HEAD_SHA });
    const workspace = downloaded(await pullRequestRun(server));
    const path = join(workspace, 'artifact/acp-upgrade-report.json');
    const report = JSON.parse(readFileSync(path, 'utf8'));
    report.inventory = 'x" --><img src=x onerror=alert(1)>\n::warning::injected';
    writeFileSync(path, JSON.stringify(report));
    const result = await postFromReport(server, workspace);
    expect(result.code).toBe(0);
    const body = server.commentsOn(12)[0]!.body;
    expect(body.split('\n')[0]).toBe(
      '<!-- acp-upgrade-check inventory="x%22%20%2D%2D%3E%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E%0A%3A%3Awarning%3A%3Ainjected" -->',
    );
    // Shown only inside a code span, where nothing is markup.
    expect(body).toContain('inventory `x" --><img src=x onerror=alert(1)> ::warning::injected`');
    expect(result.commands.filter((c) => c.name === 'warning')).toEqual([]);
  });

  it.each([
    ['not JSON', 'verdict: fail\n', '"artifact/acp-upgrade-report.json" is not JSON'],
    [
      'JSON without schemaVersion',
      '{"verdict": "fail"}',
      'is not an acp-upgrade-check report with schemaVersion 1 (found no schemaVersion)',
    ],
    [
      'another schemaVersion',
      '{"schemaVersion": 2}',
      'is not an acp-upgrade-check report with schemaVersion 1 (found schemaVersion 2)',
    ],
    [
      'a report of the wrong shape',
      '{"schemaVersion": 1, "mode": "check", "inventory": "acp", "verdict": "fail", "failOn": "error", "target": null, "catalog": {"version": 1, "changed": false, "added": [], "overrides": []}, "summary": {"errors": 1, "warnings": 0, "notices": 0, "waived": 0}, "findings": "none", "waivers": [], "timeline": [], "downloads": [], "commands": []}',
      'is not a valid report: findings',
    ],
  ])('fails clearly on a file that is %s, and posts nothing', async (_what, text, message) => {
    const server = (github = await startFakeGitHub({ token: TOKEN }));
    const workspace = workspaceWith([]);
    mkdirSync(join(workspace, 'artifact'));
    writeFileSync(join(workspace, 'artifact/acp-upgrade-report.json'), text);
    const result = await postFromReport(server, workspace);
    expect(result.code).toBe(1);
    const error = result.commands.find((c) => c.name === 'error');
    expect(error?.message).toContain(message);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
    expect(server.log).toEqual([]);
  });

  it('fails clearly when the report was not downloaded', async () => {
    const server = (github = await startFakeGitHub({ token: TOKEN }));
    const result = await postFromReport(server, workspaceWith([]));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '::error::no report file "artifact/acp-upgrade-report.json" (download the report artifact of the pull request run first)',
    );
  });
});
