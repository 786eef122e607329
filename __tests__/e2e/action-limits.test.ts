// GitHub's size limits (65,536 characters for a comment, 1 MiB for a step's summary), and the
// promise that a run with nothing to post never loads Octokit.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type FakeGitHub, startFakeGitHub } from './support/github-api.js';
import {
  pullRequestEvent,
  root,
  runAction,
  workspaceWith,
  removeScratch,
  scratchDir,
} from './support/run-action.js';

const TOKEN = 'ghs_limitsTokenDoNotPrint00998877665544332';

let github: FakeGitHub;
beforeAll(async () => {
  github = await startFakeGitHub({ token: TOKEN });
});
afterAll(async () => {
  await github.close();
  removeScratch();
});

/** The example inventory plus `count` installed operators nobody downloaded a package for. */
function workspaceWithUndownloadedApps(count: number): string {
  const workspace = workspaceWith();
  const apps = join(workspace, 'acp/apps.yaml');
  const extra = Array.from(
    { length: count },
    (_, i) =>
      `  extra-operator-${String(i).padStart(5, '0')}:\n    displayName: Extra operator ${i}\n    type: OperatorBundle\n    installed:\n      - clusterName: prod-a\n        version: 1.0.${i}\n`,
  ).join('');
  writeFileSync(
    apps,
    readFileSync(apps, 'utf8').replace('applications:\n', `applications:\n${extra}`),
  );
  return workspace;
}

describe('node dist/index.js and the size limits', () => {
  it('shortens a comment over 65,536 characters and points to the job summary, which stays whole', async () => {
    github.addPullRequest({ number: 1, headLabel: 'acme:big', headSha: 'b'.repeat(40) });
    const workspace = workspaceWithUndownloadedApps(1200);
    const run = await runAction({
      workspace,
      event: pullRequestEvent(1),
      apiUrl: github.url,
      token: TOKEN,
    });
    expect(run.code).toBe(1);
    // 100 packages/missing findings listed, and one that counts the other 1,100.
    expect(run.outputs.errors).toBe('101');

    const body = github.commentsOn(1)[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65536);
    expect(body.length).toBeGreaterThan(15000);
    expect(body).toContain('> Shortened to fit:');
    expect(body).toContain(
      'The full report is in the [job summary](https://github.com/acme/platform/actions/runs/4242).',
    );
    expect(body).toContain('extra-operator-00000');

    expect(run.summary.length).toBeGreaterThan(65536);
    expect(run.summary).not.toContain('Shortened to fit');
    expect(run.summary).toContain('extra-operator-01199');
    expect(run.summary).toContain('#### Commands');
  });

  it('keeps the job summary under 1 MiB and names the JSON report as the full one', async () => {
    github.addPullRequest({ number: 2, headLabel: 'acme:huge', headSha: 'c'.repeat(40) });
    const workspace = workspaceWithUndownloadedApps(12000);
    const run = await runAction({
      workspace,
      event: pullRequestEvent(2),
      apiUrl: github.url,
      token: TOKEN,
    });
    expect(run.code).toBe(1);
    expect(run.outputs.errors).toBe('101');

    const bytes = Buffer.byteLength(run.summary, 'utf8');
    expect(bytes).toBeLessThanOrEqual(1024 * 1024);
    expect(bytes).toBeGreaterThan(15000);
    expect(run.summary).toContain('> Shortened to fit:');
    expect(run.summary).toContain('The full report is the JSON file `acp-upgrade-report.json`');
    const report = JSON.parse(readFileSync(join(workspace, 'acp-upgrade-report.json'), 'utf8'));
    expect(report.findings).toHaveLength(101);
    expect(report.downloads.length).toBeGreaterThan(12000);
    expect(github.commentsOn(2)[0]!.body.length).toBeLessThanOrEqual(65536);
  });
});

describe('node dist/index.js without its Octokit chunks', () => {
  // dist/index.js alone, without the chunk files ncc splits the dynamic imports into.
  let alone = '';
  beforeAll(() => {
    alone = scratchDir('index-alone-');
    copyFileSync(join(root, 'dist/index.js'), join(alone, 'index.js'));
    writeFileSync(join(alone, 'package.json'), '{"type": "module"}\n');
  });
  const runAlone = (event: { name: string; payload: unknown }, comment: string) =>
    runAction({
      workspace: workspaceWith(),
      inputs: { comment },
      event,
      apiUrl: github.url,
      token: TOKEN,
      entry: join(alone, 'index.js'),
    });

  it('runs a check with nothing to post: Octokit is never loaded', async () => {
    github.addPullRequest({ number: 3, headLabel: 'acme:x', headSha: 'd'.repeat(40) });
    const never = await runAlone(pullRequestEvent(3), 'never');
    expect(never.code).toBe(0);
    expect(never.stderr).toBe('');
    const push = await runAlone({ name: 'push', payload: {} }, 'always');
    expect(push.code).toBe(0);
    expect(push.commands.filter((c) => c.name === 'warning')).toEqual([]);
  });

  it('needs the chunks as soon as it posts (so the test above would notice an eager import)', async () => {
    const posting = await runAlone(pullRequestEvent(3), 'always');
    expect(posting.code).toBe(0);
    expect(posting.commands.find((c) => c.name === 'warning')?.message).toMatch(
      /^Could not write the PR comment \(Cannot find module/,
    );
  });
});
