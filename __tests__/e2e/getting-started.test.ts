// docs/getting-started.md as a new user follows it, with the bundled CLI: its files, written out,
// fail for the packages the page says are missing, then pass once packages.yaml is added; the
// plan shown is what `suggest` writes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import { reportSchemaErrors } from '../support/report-schema.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const page = readFileSync(join(root, 'docs/getting-started.md'), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'acp-getting-started-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The page's files: fenced blocks whose first line is `# acp/<name>.yaml`. */
const files = Object.fromEntries(
  [...page.matchAll(/```yaml\n# (acp\/[a-z]+\.yaml)\n([\s\S]*?)```/g)].map((m) => [m[1]!, m[2]!]),
);

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'dist/cli.js'), ...args], {
    cwd: work,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('docs/getting-started.md', () => {
  it('shows all four inventory files in full', () => {
    expect(Object.keys(files).sort()).toEqual([
      'acp/apps.yaml',
      'acp/clusters.yaml',
      'acp/packages.yaml',
      'acp/plan.yaml',
    ]);
  });

  it('goes from nothing to a passing check as the page says', () => {
    mkdirSync(join(work, 'acp'));
    writeFileSync(join(work, 'acp/apps.yaml'), files['acp/apps.yaml']!);
    writeFileSync(join(work, 'acp/clusters.yaml'), files['acp/clusters.yaml']!);

    const suggested = cli(['suggest', '--inventory', 'acp', '--target', '4.3.0']);
    expect(suggested.code).toBe(0);
    expect(suggested.stdout).toBe(files['acp/plan.yaml']);
    writeFileSync(join(work, 'acp/plan.yaml'), suggested.stdout);

    const first = cli(['--inventory', 'acp', '--format', 'json']);
    expect(first.code).toBe(1);
    const report = JSON.parse(first.stdout);
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(
      report.findings.map((f: { rule: string; package?: string }) =>
        f.rule === 'packages/missing' ? [f.rule, f.package] : [f.rule],
      ),
    ).toEqual(
      expect.arrayContaining([
        ['packages/core-missing'],
        ['packages/missing', 'metallb'],
        ['packages/missing', 'redis-operator'],
        ['packages/missing', 'web-terminal'],
      ]),
    );
    expect(report.summary.errors).toBe(4);

    writeFileSync(join(work, 'acp/packages.yaml'), files['acp/packages.yaml']!);
    const second = cli(['--inventory', 'acp']);
    expect(second.code).toBe(0);
    const verdict = /```text\n(.*)\n```/.exec(page)![1];
    // Notices (post-upgrade tasks, say) do not fail a check; the page need not count them.
    const notices = (line: string) => line.replace(/\d+ notices?/, 'N notices');
    expect(notices(second.stdout.split('\n')[0]!)).toBe(notices(verdict!));
  });
});
