// Drift mode as a scheduled job runs it: compares the committed apps.yaml with a fresh
// `violet list` export and keeps exactly one tracking issue while the two differ.
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { type FakeGitHub, startFakeGitHub } from './support/github-api.js';
import { root, runAction, workspaceWith, removeScratch } from './support/run-action.js';

const TOKEN = 'ghs_driftTokenNotForPrinting1234567890abcd';
const MARKER = '<!-- acp-upgrade-check:drift inventory="acp" -->';
const schedule = { name: 'schedule', payload: { schedule: '17 5 * * *' } };
const fixtures = join(root, '__fixtures__/action');

let github: FakeGitHub | undefined;
afterEach(() => github?.close());
afterAll(removeScratch);

/** Puts a live export into the workspace, as `violet list --output-file live-apps.yaml` would. */
function exportLive(workspace: string, fixture: string | undefined): void {
  const from = fixture ? join(fixtures, fixture) : join(workspace, 'acp/apps.yaml');
  cpSync(from, join(workspace, 'live-apps.yaml'));
}

function drift(server: FakeGitHub, workspace: string, inputs: Record<string, string> = {}) {
  return runAction({
    workspace,
    inputs: { mode: 'drift', 'live-apps': 'live-apps.yaml', 'drift-issue': 'true', ...inputs },
    event: schedule,
    apiUrl: server.url,
    token: TOKEN,
  });
}

describe('node dist/index.js in drift mode', () => {
  it('opens one issue, updates it while drift lasts, and closes it with a comment when drift is gone', async () => {
    const server = (github = await startFakeGitHub({ token: TOKEN }));
    const workspace = workspaceWith();

    exportLive(workspace, 'live-apps-redis-upgraded.yaml');
    const opened = await drift(server, workspace);
    expect(opened.code).toBe(1);
    expect(opened.outputs).toMatchObject({ verdict: 'fail', errors: '1', drift: 'true' });
    expect(opened.summary).toContain('### ❌ ACP drift check: fail');
    expect(opened.summary).toContain('redis-operator on prod-b is 4.2.3 on the platform');
    expect(opened.commands).toContainEqual(
      expect.objectContaining({
        name: 'error',
        properties: 'title=drift/version-changed,file=acp/apps.yaml,line=22,col=22',
      }),
    );
    expect(server.issues).toHaveLength(1);
    const issue = server.issues[0]!;
    expect(issue).toMatchObject({
      state: 'open',
      labels: ['acp-drift'],
      title: 'ACP drift: the platform no longer matches acp',
    });
    expect(issue.body.startsWith(`${MARKER}\n### ❌ ACP drift check: fail`)).toBe(true);
    expect(opened.stdout).toContain(
      `Drift issue opened: https://github.com/acme/platform/issues/${issue.number}`,
    );

    exportLive(workspace, 'live-apps-two-upgraded.yaml');
    const updated = await drift(server, workspace);
    expect(updated.code).toBe(1);
    expect(updated.outputs).toMatchObject({ errors: '2', drift: 'true' });
    expect(server.issues).toHaveLength(1);
    expect(server.issues[0]!.body).toContain('web-terminal on global is 1.4.2 on the platform');
    expect(server.issues[0]!.state).toBe('open');

    exportLive(workspace, undefined);
    const gone = await drift(server, workspace);
    expect(gone.code).toBe(0);
    expect(gone.outputs).toMatchObject({ verdict: 'pass', errors: '0', drift: 'false' });
    expect(server.issues).toHaveLength(1);
    expect(server.issues[0]).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect(server.commentsOn(issue.number).map((c) => c.body)).toEqual([
      'The platform matches the inventory `acp` again ([drift check](https://github.com/acme/platform/actions/runs/4242)); closing this issue.',
    ]);

    const quiet = await drift(server, workspace);
    expect(quiet.code).toBe(0);
    const writes = server.log
      .filter((r) => r.method !== 'GET' && r.path !== '/graphql')
      .map((r) => `${r.method} ${r.path}`);
    expect(writes).toEqual([
      'POST /repos/acme/platform/issues',
      `PATCH /repos/acme/platform/issues/${issue.number}`,
      `POST /repos/acme/platform/issues/${issue.number}/comments`,
      `PATCH /repos/acme/platform/issues/${issue.number}`,
    ]);

    // Drift again after it was closed: a new issue, still only one open.
    exportLive(workspace, 'live-apps-redis-upgraded.yaml');
    await drift(server, workspace);
    expect(server.issues.map((i) => i.state)).toEqual(['closed', 'open']);
  });

  it('fail-on: never keeps the scheduled job green while the issue still opens', async () => {
    const server = (github = await startFakeGitHub({ token: TOKEN }));
    const workspace = workspaceWith();
    exportLive(workspace, 'live-apps-redis-upgraded.yaml');
    const result = await drift(server, workspace, { 'fail-on': 'never' });
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ verdict: 'pass', drift: 'true' });
    expect(server.issues.filter((i) => i.state === 'open')).toHaveLength(1);
  });

  it('leaves other issues alone, even with the label, and gives each inventory its own issue', async () => {
    const server = (github = await startFakeGitHub({ token: TOKEN }));
    const workspace = workspaceWith(['acp', 'edge']);
    exportLive(workspace, 'live-apps-redis-upgraded.yaml');
    // An issue someone opened by hand, with the same label.
    const request = await fetch(`${server.url}/repos/acme/platform/issues`, {
      method: 'POST',
      headers: { authorization: `token ${TOKEN}` },
      body: JSON.stringify({ title: 'Plan the 4.3 window', body: 'notes', labels: ['acp-drift'] }),
    });
    expect(request.status).toBe(201);

    await drift(server, workspace);
    await drift(server, workspace, { inventory: 'edge' });
    await drift(server, workspace);
    expect(server.issues.map((i) => [i.title, i.state])).toEqual([
      ['Plan the 4.3 window', 'open'],
      ['ACP drift: the platform no longer matches acp', 'open'],
      ['ACP drift: the platform no longer matches edge', 'open'],
    ]);
    expect(server.issues[0]!.body).toBe('notes');
  });

  it('without drift-issue writes outputs and the summary but no issue', async () => {
    const server = (github = await startFakeGitHub({ token: TOKEN }));
    const workspace = workspaceWith();
    exportLive(workspace, 'live-apps-redis-upgraded.yaml');
    const result = await drift(server, workspace, { 'drift-issue': 'false' });
    expect(result.code).toBe(1);
    expect(result.outputs).toEqual({
      verdict: 'fail',
      errors: '1',
      warnings: '0',
      report: 'acp-upgrade-report.json',
      drift: 'true',
    });
    expect(result.summary).toContain('drift/version-changed');
    const report = JSON.parse(readFileSync(join(workspace, 'acp-upgrade-report.json'), 'utf8'));
    expect(report).toMatchObject({ mode: 'drift', drift: true, verdict: 'fail' });
    expect(server.log).toEqual([]);
  });

  it('does not close the issue when the inventory cannot be read (no comparison, no news)', async () => {
    const server = (github = await startFakeGitHub({ token: TOKEN }));
    const workspace = workspaceWith();
    exportLive(workspace, 'live-apps-redis-upgraded.yaml');
    await drift(server, workspace);
    cpSync(join(fixtures, 'plan-workload-first.yaml'), join(workspace, 'acp/clusters.yaml'));
    const broken = await drift(server, workspace);
    expect(broken.code).toBe(1);
    expect(broken.outputs.drift).toBe('false');
    expect(broken.commands.map((c) => c.message)).toContainEqual(
      expect.stringContaining('the drift issue is left as it is'),
    );
    expect(server.issues.map((i) => i.state)).toEqual(['open']);
  });

  it('fails clearly when the live export is missing', async () => {
    const server = (github = await startFakeGitHub({ token: TOKEN }));
    const result = await drift(server, workspaceWith());
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '::error::no live-apps file "live-apps.yaml": export it first with `violet list --output-file live-apps.yaml`',
    );
    expect(server.log).toEqual([]);
  });
});
