// Annotations: at most 50 (GitHub shows only the first few of each kind in a step), the most
// severe first and the last one pointing to the job summary; paths relative to the repository
// with forward slashes, also where the runner (Windows) gives backslashes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { removeScratch, root, runAction, workspaceWith } from './support/run-action.js';

afterAll(removeScratch);

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

describe('node dist/index.js annotations', () => {
  it('annotates at most 50 findings, errors first, the last one pointing to the job summary', async () => {
    const workspace = workspaceWithUndownloadedApps(600);
    // And one warning, which sorts after the 600 errors.
    const plan = join(workspace, 'acp/plan.yaml');
    writeFileSync(
      plan,
      readFileSync(plan, 'utf8').replace(
        '  - clusters: [prod-a, prod-b]\n    to: 4.3.0',
        '  - clusters: [prod-a]\n    to: 4.3.0\n  - cluster: prod-b\n    to: 4.3.0\n    kubernetes: "1.33"',
      ),
    );
    const run = await runAction({ workspace, inputs: { comment: 'never' } });
    expect(run.code).toBe(1);
    // The engine caps one rule's findings in a file (100 and one that counts the rest).
    const report = JSON.parse(readFileSync(join(workspace, 'acp-upgrade-report.json'), 'utf8'));
    const total = report.findings.length;
    expect(total).toBeGreaterThan(100);
    expect(run.outputs.warnings).toBe('1');
    const annotations = run.commands.filter((c) => c.properties.startsWith('title='));
    expect(annotations).toHaveLength(50);
    expect(annotations.slice(0, 49).every((c) => c.name === 'error')).toBe(true);
    expect(annotations.slice(0, 49).every((c) => c.properties.includes('file=acp/apps.yaml'))).toBe(
      true,
    );
    expect(annotations[49]).toEqual({
      name: 'notice',
      properties: 'title=More findings',
      message: `${total - 49} more findings are not annotated (${total} in all; GitHub shows only the first few annotations of a step): the job summary lists every one.`,
    });
    // The step's own failure line is the only other error.
    expect(run.commands.filter((c) => c.name === 'error')).toHaveLength(50);
    expect(run.summary).toContain('order/kubernetes-with-core');
  });

  it('annotates every finding when there are 50 or fewer', async () => {
    const run = await runAction({
      workspace: workspaceWithUndownloadedApps(49),
      inputs: { comment: 'never' },
    });
    // 49 missing packages and the PKCE hardening notice every journey into 4.3 has.
    const annotations = run.commands.filter((c) => c.properties.startsWith('title='));
    expect(annotations).toHaveLength(50);
    expect(annotations.filter((c) => c.name === 'error')).toHaveLength(49);
    expect(annotations.filter((c) => c.properties.startsWith('title=More findings'))).toEqual([]);
  });

  it('gives repository paths with forward slashes where the workflow wrote backslashes', async () => {
    const workspace = workspaceWith();
    // What `plan: acp\plan.yaml` names on Windows; on Linux a file can carry that very name.
    writeFileSync(
      join(workspace, 'acp\\plan.yaml'),
      readFileSync(join(root, '__fixtures__/action/plan-workload-first.yaml')),
    );
    const run = await runAction({
      workspace,
      inputs: { plan: 'acp\\plan.yaml', comment: 'never' },
    });
    expect(run.code).toBe(1);
    const annotations = run.commands.filter((c) => c.properties.startsWith('title='));
    expect(annotations.map((c) => c.properties)).toEqual([
      'title=order/global-first,file=acp/plan.yaml,line=6,col=16',
      'title=order/global-first,file=acp/plan.yaml,line=6,col=24',
      'title=platform/post-upgrade,file=acp/plan.yaml,line=10,col=14',
    ]);
  });
});
