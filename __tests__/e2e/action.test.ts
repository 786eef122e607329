// The action as a runner runs it: `node dist/index.js` in a child process with the runner's
// environment, its real Octokit talking HTTP to a loopback GitHub API (support/github-api.ts).
import { cpSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { load } from 'js-yaml';
import { INPUT_DEFAULTS, INPUT_NAMES } from '../../src/action/inputs.js';
import { REPOSITORY_URL, VERSION } from '../../src/version.js';
import { type FakeGitHub, startFakeGitHub } from './support/github-api.js';
import {
  pullRequestEvent,
  root,
  runAction,
  useFixture,
  workspaceWith,
  removeScratch,
  scratchDir,
} from './support/run-action.js';

const TOKEN = 'ghs_e2eTokenThatMustNeverBePrinted0123456789';
const MARKER = '<!-- acp-upgrade-check inventory="acp" -->';

let github: FakeGitHub;
beforeAll(async () => {
  github = await startFakeGitHub({ token: TOKEN });
});
afterAll(async () => {
  await github.close();
  removeScratch();
});

let nextPr = 100;
/** A fresh pull request on the fake API, so tests do not see each other's comments. */
function newPullRequest(): number {
  const number = nextPr++;
  github.addPullRequest({ number, headLabel: `acme:pr-${number}`, headSha: 'a'.repeat(40) });
  return number;
}

/** The API requests about one pull request: its comments, and comments edited by id. */
function requestsFor(number: number) {
  const ours = new Set(github.commentsOn(number).map((c) => `/issues/comments/${c.id}`));
  return github.log.filter(
    (r) => r.path.includes(`/issues/${number}/`) || [...ours].some((p) => r.path.endsWith(p)),
  );
}

describe('node dist/index.js on a pull request', () => {
  it('creates one sticky comment on the first run, with outputs, summary and report file', async () => {
    const pr = newPullRequest();
    const workspace = workspaceWith();
    const run = await runAction({
      workspace,
      event: pullRequestEvent(pr),
      apiUrl: github.url,
      token: TOKEN,
    });

    expect(run.code).toBe(0);
    const [comment, ...others] = github.commentsOn(pr);
    expect(others).toEqual([]);
    expect(comment!.body.startsWith(`${MARKER}\n### ✅ ACP upgrade check: pass`)).toBe(true);
    expect(comment!.body).toContain(
      'commit abcdef1 · [workflow run](https://github.com/acme/platform/actions/runs/4242)',
    );
    expect(comment!.body).toContain('```bash\n');
    expect(run.outputs).toEqual({
      verdict: 'pass',
      errors: '0',
      warnings: '0',
      report: 'acp-upgrade-report.json',
      'comment-url': `https://github.com/acme/platform/pull/${pr}#issuecomment-${comment!.id}`,
    });
    expect(run.summary).toMatch(/^### ✅ ACP upgrade check: pass\n/);
    expect(run.summary).toContain('#### Commands');
    const report = JSON.parse(readFileSync(join(workspace, 'acp-upgrade-report.json'), 'utf8'));
    expect(report).toMatchObject({ schemaVersion: 1, verdict: 'pass', inventory: 'acp' });
    // After creating, the comments are listed again: a concurrent run may have created one too.
    expect(requestsFor(pr).map((r) => `${r.method} ${r.status}`)).toEqual([
      'GET 200',
      'POST 201',
      'GET 200',
    ]);
    expect(requestsFor(pr).every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
  });

  it('updates the same comment on every run, and a fixed plan turns it green', async () => {
    const pr = newPullRequest();
    const workspace = workspaceWith();
    useFixture(workspace, 'acp', 'plan.yaml', 'plan-workload-first.yaml');
    const failing = await runAction({
      workspace,
      event: pullRequestEvent(pr, '1111111aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'),
      apiUrl: github.url,
      token: TOKEN,
    });
    expect(failing.code).toBe(1);
    expect(failing.outputs).toMatchObject({ verdict: 'fail', errors: '2', warnings: '0' });
    const first = github.commentsOn(pr);
    expect(first).toHaveLength(1);
    expect(first[0]!.body).toContain('### ❌ ACP upgrade check: fail');
    expect(first[0]!.body).toContain('#### Suggested plan');
    expect(first[0]!.body).toContain('commit 1111111');
    expect(failing.commands).toContainEqual({
      name: 'error',
      properties: 'title=order/global-first,file=acp/plan.yaml,line=6,col=16',
      message: expect.stringContaining('step 2 moves workload prod-a to 4.3.0'),
    });
    expect(failing.commands.filter((c) => c.name === 'error').at(-1)?.message).toMatch(
      /^ACP upgrade check failed: 2 errors, 0 warnings/,
    );

    const again = await runAction({
      workspace,
      event: pullRequestEvent(pr, '2222222bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'),
      apiUrl: github.url,
      token: TOKEN,
    });
    expect(again.code).toBe(1);
    expect(github.commentsOn(pr).map((c) => c.id)).toEqual([first[0]!.id]);
    expect(github.commentsOn(pr)[0]!.body).toContain('commit 2222222');

    cpSync(join(root, '__fixtures__/action/acp/plan.yaml'), join(workspace, 'acp/plan.yaml'));
    const fixed = await runAction({
      workspace,
      event: pullRequestEvent(pr, '3333333ccccccccccccccccccccccccccccccccc'),
      apiUrl: github.url,
      token: TOKEN,
    });
    expect(fixed.code).toBe(0);
    const [green, ...more] = github.commentsOn(pr);
    expect(more).toEqual([]);
    expect(green!.id).toBe(first[0]!.id);
    expect(green!.body.startsWith(`${MARKER}\n### ✅ ACP upgrade check: pass`)).toBe(true);
    expect(green!.body).not.toContain('order/global-first');
    expect(fixed.outputs['comment-url']).toBe(again.outputs['comment-url']);
    expect(requestsFor(pr).map((r) => r.method)).toEqual([
      'GET',
      'POST',
      'GET',
      'GET',
      'PATCH',
      'GET',
      'PATCH',
    ]);
  });

  it('keeps one comment per inventory when a repository has two', async () => {
    const pr = newPullRequest();
    const workspace = workspaceWith(['acp', 'platforms/edge/acp']);
    useFixture(workspace, 'platforms/edge/acp', 'plan.yaml', 'plan-workload-first.yaml');
    for (const inventory of ['acp', 'platforms/edge/acp', 'acp', './platforms/edge/acp/']) {
      await runAction({
        workspace,
        inputs: { inventory },
        event: pullRequestEvent(pr),
        apiUrl: github.url,
        token: TOKEN,
      });
    }
    const comments = github.commentsOn(pr);
    expect(comments.map((c) => c.body.split('\n')[0])).toEqual([
      MARKER,
      '<!-- acp-upgrade-check inventory="platforms/edge/acp" -->',
    ]);
    expect(comments[0]!.body).toContain('✅ ACP upgrade check: pass');
    expect(comments[1]!.body).toContain('❌ ACP upgrade check: fail');
    expect(requestsFor(pr).filter((r) => r.method === 'POST')).toHaveLength(2);
  });

  it('finds its comment among many others (pagination) instead of posting a second one', async () => {
    const pr = newPullRequest();
    for (let i = 0; i < 150; i++) github.addComment(pr, `review note ${i}`);
    const workspace = workspaceWith();
    await runAction({ workspace, event: pullRequestEvent(pr), apiUrl: github.url, token: TOKEN });
    await runAction({ workspace, event: pullRequestEvent(pr), apiUrl: github.url, token: TOKEN });
    const ours = github.commentsOn(pr).filter((c) => c.body.startsWith(MARKER));
    expect(ours).toHaveLength(1);
    const pages = requestsFor(pr)
      .filter((r) => r.method === 'GET')
      .map((r) => r.query.page ?? '1');
    // The first run lists, creates and lists again; the second finds it.
    expect(pages).toEqual(['1', '2', '1', '2', '1', '2']);
  });

  it('comment: on-failure posts nothing for a passing plan, posts a failure, then turns it green', async () => {
    const pr = newPullRequest();
    const workspace = workspaceWith();
    const inputs = { comment: 'on-failure' };
    const run = (sha: string) =>
      runAction({
        workspace,
        inputs,
        event: pullRequestEvent(pr, sha),
        apiUrl: github.url,
        token: TOKEN,
      });

    const passing = await run('4444444ddddddddddddddddddddddddddddddddd');
    expect(passing.code).toBe(0);
    expect(github.commentsOn(pr)).toEqual([]);
    expect(passing.outputs['comment-url']).toBeUndefined();

    useFixture(workspace, 'acp', 'plan.yaml', 'plan-workload-first.yaml');
    expect((await run('5555555eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee')).code).toBe(1);
    expect(github.commentsOn(pr)).toHaveLength(1);
    expect(github.commentsOn(pr)[0]!.body).toContain('❌ ACP upgrade check: fail');

    cpSync(join(root, '__fixtures__/action/acp/plan.yaml'), join(workspace, 'acp/plan.yaml'));
    const fixed = await run('6666666fffffffffffffffffffffffffffffffff');
    expect(fixed.code).toBe(0);
    expect(github.commentsOn(pr)).toHaveLength(1);
    expect(github.commentsOn(pr)[0]!.body).toContain('✅ ACP upgrade check: pass');
    expect(fixed.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
  });

  it('comment: never makes no API request', async () => {
    const pr = newPullRequest();
    const workspace = workspaceWith();
    useFixture(workspace, 'acp', 'plan.yaml', 'plan-workload-first.yaml');
    const run = await runAction({
      workspace,
      inputs: { comment: 'never' },
      event: pullRequestEvent(pr),
      apiUrl: github.url,
      token: TOKEN,
    });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(requestsFor(pr)).toEqual([]);
  });

  it('pull_request_target comments like pull_request', async () => {
    const pr = newPullRequest();
    const event = { ...pullRequestEvent(pr), name: 'pull_request_target' };
    const run = await runAction({
      workspace: workspaceWith(),
      event,
      apiUrl: github.url,
      token: TOKEN,
    });
    expect(run.code).toBe(0);
    expect(github.commentsOn(pr)).toHaveLength(1);
  });

  it.each([
    ['push', { ref: 'refs/heads/main', after: 'f'.repeat(40) }],
    ['schedule', { schedule: '0 6 * * 1' }],
    ['workflow_dispatch', { inputs: {} }],
    ['merge_group', { merge_group: { head_ref: 'refs/heads/gh-readonly-queue/main/pr-1' } }],
  ])('writes no comment on a %s event (there is no pull request)', async (name, payload) => {
    const before = github.log.length;
    const workspace = workspaceWith();
    useFixture(workspace, 'acp', 'plan.yaml', 'plan-workload-first.yaml');
    const run = await runAction({
      workspace,
      event: { name, payload },
      apiUrl: github.url,
      token: TOKEN,
    });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.summary).toContain('❌ ACP upgrade check: fail');
    expect(run.stdout).toContain(`No pull request for this ${name}: no PR comment.`);
    expect(github.log.length).toBe(before);
  });
});

describe('node dist/index.js: inputs, outputs and files', () => {
  it("has action.yml's inputs and defaults in code: a run without any INPUT_* variable uses them", async () => {
    const yml = load(readFileSync(join(root, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>;
    };
    const defaults = Object.fromEntries(
      Object.entries(yml.inputs)
        .filter(([name, spec]) => spec.default !== undefined && name !== 'github-token')
        .map(([name, spec]) => [name, spec.default]),
    );
    expect([...INPUT_NAMES].sort()).toEqual(Object.keys(yml.inputs).sort());
    expect(INPUT_DEFAULTS).toEqual(defaults);
    expect(yml.inputs['github-token']?.default).toBe('${{ github.token }}');

    const workspace = workspaceWith();
    const run = await runAction({ workspace, bareInputs: true });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'pass', report: 'acp-upgrade-report.json' });
    expect(readdirSync(workspace).sort()).toEqual(['acp', 'acp-upgrade-report.json']);
  });

  it('writes SARIF when asked and links rules to the docs of the action at its ref', async () => {
    const workspace = workspaceWith();
    useFixture(workspace, 'acp', 'plan.yaml', 'plan-workload-first.yaml');
    const run = await runAction({
      workspace,
      inputs: { 'sarif-file': 'out/acp.sarif', 'report-file': 'out/report.json' },
      env: { GITHUB_ACTION_REPOSITORY: 'acme/acp-upgrade-check', GITHUB_ACTION_REF: 'v1' },
    });
    expect(run.code).toBe(1);
    expect(run.outputs.report).toBe('out/report.json');
    const rules = 'https://github.com/acme/acp-upgrade-check/blob/v1/docs/rules.md';
    expect(run.summary).toContain(`](${rules}#order-global-first)`);
    const sarif = JSON.parse(readFileSync(join(workspace, 'out/acp.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual([
      'order/global-first',
      'order/global-first',
      'platform/post-upgrade',
    ]);
    expect(JSON.stringify(sarif)).toContain(`${rules}#order-global-first`);
    expect(JSON.parse(readFileSync(join(workspace, 'out/report.json'), 'utf8')).verdict).toBe(
      'fail',
    );
  });

  it('links the published rule reference of its major version when the runner does not say which action ref runs', async () => {
    const workspace = workspaceWith();
    useFixture(workspace, 'acp', 'plan.yaml', 'plan-workload-first.yaml');
    // `uses: ./` (a local action): the runner names no action repository or ref.
    const run = await runAction({
      workspace,
      env: { GITHUB_ACTION_REPOSITORY: 'acme/acp-upgrade-check' },
    });
    const published = `${REPOSITORY_URL}/blob/v${VERSION.split('.')[0]}/docs/rules.md`;
    expect(run.summary).toContain(`[\`order/global-first\`](${published}#order-global-first)`);
  });

  it('links to the GitHub Enterprise Server it runs on: the run and the rule reference', async () => {
    const pr = newPullRequest();
    const workspace = workspaceWith();
    useFixture(workspace, 'acp', 'plan.yaml', 'plan-workload-first.yaml');
    const run = await runAction({
      workspace,
      event: pullRequestEvent(pr),
      apiUrl: github.url,
      token: TOKEN,
      env: {
        GITHUB_SERVER_URL: 'https://ghes.example.com/',
        GITHUB_ACTION_REPOSITORY: 'platform-tools/acp-upgrade-check',
        GITHUB_ACTION_REF: 'release/v1',
      },
    });
    expect(run.code).toBe(1);
    const rules =
      'https://ghes.example.com/platform-tools/acp-upgrade-check/blob/release/v1/docs/rules.md';
    const body = github.commentsOn(pr)[0]!.body;
    expect(body).toContain(`](${rules}#order-global-first)`);
    expect(body).toContain(
      '[workflow run](https://ghes.example.com/acme/platform/actions/runs/4242)',
    );
    expect(run.summary).toContain(`](${rules}#order-global-first)`);
    expect(`${body}${run.summary}`).not.toContain('https://github.com');
  });

  it('summary: false writes no job summary', async () => {
    const workspace = workspaceWith();
    const run = await runAction({ workspace, inputs: { summary: 'false' } });
    expect(run.code).toBe(0);
    expect(run.summary).toBe('');
    expect(run.outputs).toMatchObject({ verdict: 'pass', report: 'acp-upgrade-report.json' });
  });

  it.each([
    ['warn', 0, 'warning'],
    ['error', 1, 'error'],
    ['allow', 0, undefined],
  ])(
    'catalog-overrides: %s decides what a catalog.yaml that replaces a built-in release is',
    async (policy, code, annotation) => {
      const workspace = workspaceWith();
      // The built-in 4.3 with one more Compatible Version: an override of a built-in fact.
      writeFileSync(
        join(workspace, 'acp/catalog.yaml'),
        readFileSync(join(root, '__fixtures__/rules/catalog-override/fail/catalog.yaml')),
      );
      const run = await runAction({ workspace, inputs: { 'catalog-overrides': policy } });
      expect(run.code).toBe(code);
      const overrides = run.commands.filter((c) => c.properties.includes('title=catalog/override'));
      expect(overrides.map((c) => c.name)).toEqual(annotation ? [annotation] : []);
    },
  );

  it('fail-on: never keeps a failing plan green; fail-on: warning fails on a warning', async () => {
    const workspace = workspaceWith();
    useFixture(workspace, 'acp', 'plan.yaml', 'plan-workload-first.yaml');
    const never = await runAction({ workspace, inputs: { 'fail-on': 'never' } });
    expect(never.code).toBe(0);
    expect(never.outputs).toMatchObject({ verdict: 'pass', errors: '2' });
    expect(never.commands.filter((c) => c.name === 'error')).toHaveLength(2);

    const warned = workspaceWith();
    // prod-b reaches 4.3 on Kubernetes 1.33 instead of 4.3's 1.34: order/kubernetes-with-core.
    writeFileSync(
      join(warned, 'acp/plan.yaml'),
      readFileSync(join(root, '__fixtures__/action/acp/plan.yaml'), 'utf8').replace(
        '  - clusters: [prod-a, prod-b]\n    to: 4.3.0',
        '  - clusters: [prod-a]\n    to: 4.3.0\n  - cluster: prod-b\n    to: 4.3.0\n    kubernetes: "1.33"',
      ),
    );
    const lenient = await runAction({ workspace: warned });
    expect(lenient.code).toBe(0);
    expect(lenient.outputs).toMatchObject({ verdict: 'pass', errors: '0', warnings: '1' });
    const strict = await runAction({ workspace: warned, inputs: { 'fail-on': 'warning' } });
    expect(strict.code).toBe(1);
    expect(strict.outputs).toMatchObject({ verdict: 'fail', warnings: '1' });
    expect(strict.commands).toContainEqual(
      expect.objectContaining({
        name: 'warning',
        properties: expect.stringContaining('title=order/kubernetes-with-core'),
      }),
    );
  });

  it.each([
    [
      { mode: 'sideways' },
      'input "mode" must be one of check, drift, comment-from-report, not "sideways"',
    ],
    [
      { comment: 'sometimes' },
      'input "comment" must be one of always, on-failure, never, not "sometimes"',
    ],
    [
      { 'fail-on': 'critical' },
      'input "fail-on" must be one of error, warning, never, not "critical"',
    ],
    [{ 'drift-issue': 'yes' }, 'input "drift-issue" must be true or false, not "yes"'],
    [{ mode: 'drift' }, 'mode "drift" needs the input "live-apps"'],
    [{ mode: 'comment-from-report' }, 'mode "comment-from-report" needs the input "from-report"'],
  ])('fails clearly, without a stack trace, on bad input %j', async (inputs, message) => {
    const workspace = workspaceWith();
    const run = await runAction({ workspace, inputs });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`::error::${message}`);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
    expect(run.outputs).toEqual({});
    expect(readdirSync(workspace)).toEqual(['acp']);
  });

  it('reads upper-case choices the way the runner passes them', async () => {
    const run = await runAction({
      workspace: workspaceWith(),
      inputs: { comment: 'NEVER', 'fail-on': 'Error', mode: 'Check' },
    });
    expect(run.code).toBe(0);
  });

  it('refuses an inventory file linked to a file outside the workspace, without quoting it', async () => {
    const workspace = workspaceWith();
    const outside = join(scratchDir('outside-'), 'config');
    writeFileSync(outside, 'clusters:\n  - name: SECRET-FROM-OUTSIDE\n');
    rmSync(join(workspace, 'acp/clusters.yaml'));
    symlinkSync(outside, join(workspace, 'acp/clusters.yaml'));
    const run = await runAction({ workspace, inputs: { comment: 'never' } });
    expect(run.code).toBe(1);
    expect(run.summary).toContain('outside the repository');
    expect(`${run.stdout}${run.summary}`).not.toContain('SECRET-FROM-OUTSIDE');
  });

  it('reports a missing inventory as findings and fails, with the report still written', async () => {
    const workspace = scratchDir('empty-');
    const run = await runAction({ workspace });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'fail', errors: '3' });
    expect(run.summary).toContain('acp/apps.yaml does not exist');
    // No inventory folder at all: the job most likely did not check out the repository.
    const failed = run.commands.filter((c) => c.name === 'error').map((c) => c.message);
    expect(failed).toContainEqual(
      expect.stringMatching(
        /^ACP upgrade check failed: 3 errors.* The inventory folder "acp" does not exist in .*: did the job run actions\/checkout before this step\?/,
      ),
    );
    const report = JSON.parse(readFileSync(join(workspace, 'acp-upgrade-report.json'), 'utf8'));
    expect(report.findings.map((f: { rule: string }) => f.rule)).toEqual([
      'input/missing-file',
      'input/missing-file',
      'input/missing-file',
    ]);
  });

  it('gives no checkout hint when the inventory folder is there but a file is missing', async () => {
    const workspace = workspaceWith();
    rmSync(join(workspace, 'acp/plan.yaml'));
    const run = await runAction({ workspace, inputs: { comment: 'never' } });
    expect(run.code).toBe(1);
    const failed = run.commands.filter((c) => c.name === 'error').map((c) => c.message);
    expect(failed).toContainEqual(expect.stringMatching(/^ACP upgrade check failed: /));
    expect(failed.join('\n')).not.toContain('actions/checkout');
  });
});
