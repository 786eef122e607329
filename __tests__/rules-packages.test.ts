// The package rules of a hop-by-hop journey and the release notes with an action, beyond what the
// expected.yaml of their fixtures under __fixtures__/rules/<rule>/ says (rules-fixtures.test.ts):
// the commands and downloads around a finding, the fixtures with one thing changed, and the
// multi-hop example examples/acp-3.18-to-4.3 with one thing changed. Paths in findings are
// relative to the fixtures folder, so lines and columns are stable.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { type InventoryInput, check } from '../src/engine/check.js';
import type { Finding, RuleId } from '../src/engine/findings.js';
import type { Report } from '../src/engine/report.js';
import { type Edits, inventoryAt } from './support/inventory.js';
import { FIXTURE_TODAY as TODAY, runRuleFixture } from './support/rule-fixtures.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** An inventory folder under `base`, its files named `<folder>/<name>.yaml` in findings. */
function inventory(base: string, folder: string, edits: Edits = {}): InventoryInput {
  return inventoryAt(join(base, folder), folder, { edits });
}

function run(fixture: string, edits: Edits = {}): Report {
  return runRuleFixture(fixture, { edits });
}

function example(edits: Edits = {}): Report {
  return check(inventory(ROOT, 'examples/acp-3.18-to-4.3', edits), {
    inventory: 'acp',
    today: TODAY,
  });
}

function findingsOf(report: Report, rule: RuleId): Finding[] {
  return report.findings.filter((f) => f.rule === rule);
}

function shellsOf(report: Report, pattern: RegExp): string[] {
  return report.commands.filter((c) => pattern.test(c.shell)).map((c) => c.shell);
}

/** Replaces exactly one occurrence, so that an edit cannot silently miss. */
function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`not exactly one "${from}"`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

describe('packages/type-mismatch', () => {
  it('pushes an operator that packages.yaml types ModulePlugin as apps.yaml says', () => {
    const report = run('packages-type-mismatch/fail');
    // The push still reaches the workload that runs the operator.
    expect(shellsOf(report, /redis-operator/)).toEqual([
      'violet push packages/redis-operator.v4.3.0.tgz --target-catalog-source platform --platform-address "$ACP_PLATFORM_ADDRESS" --platform-token "$ACP_PLATFORM_TOKEN" --clusters global,prod-a',
    ]);
    expect(report.downloads).toContainEqual(
      expect.objectContaining({ name: 'redis-operator', type: 'OperatorBundle' }),
    );
  });
});

describe('packages/not-an-upgrade', () => {
  it('warns when the lifecycle is not stated, and still pushes the package', () => {
    const report = run('packages-not-an-upgrade/fail', {
      packages: (t) => replaceOnce(t, '    lifecycle: aligned\n', ''),
    });
    const f = findingsOf(report, 'packages/not-an-upgrade')[0]!;
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('state "lifecycle: agnostic"');
    expect(report.verdict).toBe('pass');
    expect(shellsOf(report, /metallb-v4\.2\.5/)).toHaveLength(1);
  });
});

describe('packages/not-installed', () => {
  it('pushes a package named like no installed application as listed', () => {
    const report = run('packages-not-installed/fail');
    // Pushed as listed, to the global tier only: no workload runs "harbour".
    expect(shellsOf(report, /harbor\.v2\.13\.0/)).toEqual([
      'violet push packages/harbor.v2.13.0.tgz --target-catalog-source platform --platform-address "$ACP_PLATFORM_ADDRESS" --platform-token "$ACP_PLATFORM_TOKEN" --clusters global',
    ]);
  });

  it('says nothing about a package a rule asks for (Log Essentials, installed nowhere yet)', () => {
    const report = run('packages-log-essentials/pass');
    expect(findingsOf(report, 'packages/not-installed')).toEqual([]);
  });

  it('offers no "did you mean" when no installed name is close', () => {
    const report = run('packages-not-installed/pass', {
      packages: (t) =>
        `${t}  - name: gitlab-runner\n    type: Chart\n    version: 1.0.0\n    file: packages/gitlab-runner-1.0.0.tgz\n`,
    });
    const f = findingsOf(report, 'packages/not-installed')[0]!;
    expect(f.message).not.toContain('did you mean');
    expect(f.message).toContain('for an application to install after the upgrade');
  });
});

describe('platform/post-upgrade', () => {
  it('puts each task right after the window it falls due in, in that order', () => {
    const report = run('platform-post-upgrade/fail');
    // The L5 task falls due once the global reaches 4.3 (window 1), PKCE after the last workload
    // (window 2): each right after its window, not at the end.
    const tasks = report.commands.filter(
      (c) => c.stage === 'post-upgrade' && /L5 plugins|PKCE/.test(c.note),
    );
    expect(tasks.map((c) => [c.phase, c.window, c.argv])).toEqual([
      ['after', 1, []],
      ['after', 2, []],
    ]);
    expect(tasks[0]!.note).toContain('Alauda DevOps v3');
    expect(tasks[1]!.note).toContain('PKCE');
    const windowTwo = report.commands.findIndex((c) => c.window === 2 && c.phase === 'window');
    expect(report.commands.indexOf(tasks[0]!)).toBeLessThan(windowTwo);
  });

  it('says when workloads the plan leaves behind still need to reach the release first', () => {
    const report = run('platform-post-upgrade/fail', {
      plan: (t) => replaceOnce(t, '  - cluster: prod-a\n    to: 4.3.0\n', ''),
    });
    const pkce = findingsOf(report, 'platform/post-upgrade').find((f) =>
      f.message.includes('PKCE'),
    );
    expect(pkce?.message).toContain('Once prod-a also reaches 4.3');
  });
});

describe('packages.yaml with several packages of one application (one per hop)', () => {
  it('accepts the same name with another version', () => {
    const report = example();
    expect(findingsOf(report, 'input/duplicate')).toEqual([]);
    expect(report.verdict).toBe('pass');
  });

  it('refuses the same name and version twice, at the second entry', () => {
    const report = example({
      packages: (t) =>
        `${t}  - name: metallb\n    type: ModulePlugin\n    version: v4.3.2\n    file: packages/other.tgz\n`,
    });
    const f = findingsOf(report, 'input/duplicate');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('the package "metallb" v4.3.2 is listed twice');
  });
});

describe('the download list, hop by hop (examples/acp-3.18-to-4.3)', () => {
  it('asks for the Core and the Aligned packages of each hop, Agnostic ones for the target only', () => {
    const report = example();
    const byHop = (hop: string) =>
      report.downloads
        .filter((d) => d.hop === hop)
        .map((d) => (d.kind === 'core' ? `core ${d.version}` : `${d.name} ${d.version}`));
    expect(byHop('4.0.3')).toEqual(['core 4.0.3', 'metallb 4.0.4', 'redis-operator 4.0.2']);
    expect(byHop('4.3.0')).toEqual([
      'core 4.3.0',
      'metallb 4.3.2',
      'redis-operator 4.3.0',
      'topolvm-operator 2.4.0',
      'web-terminal 1.5.0',
    ]);
    expect(report.downloads.every((d) => d.status === 'present')).toBe(true);
  });

  it('fails packages/missing for the hop that lacks an Aligned package, and says which hop', () => {
    const report = example({
      packages: (t) =>
        replaceOnce(
          t,
          '  - name: metallb\n    type: ModulePlugin\n    version: 4.0.4\n    lifecycle: aligned\n    acpVersions: ["4.0"]\n    file: packages/metallb-v4.0.4.tgz\n',
          '',
        ),
    });
    const missing = findingsOf(report, 'packages/missing');
    expect(missing).toHaveLength(1);
    expect(missing[0]!.message).toContain('for the hop to 4.0.3 (region1, region2 move there');
    expect(missing[0]!.message).toContain('metallb 4.3.2 lists ACP 4.3 (used for 4.3.0)');
    expect(report.downloads).toContainEqual(
      expect.objectContaining({ hop: '4.0.3', name: 'metallb', status: 'missing' }),
    );
    // The 4.3 package is still pushed in its own hop.
    expect(shellsOf(report, /metallb-v4\.3\.2/).length).toBeGreaterThan(0);
  });

  it('fails packages/core-missing for each hop without its Core package', () => {
    const report = example({
      packages: (t) =>
        replaceOnce(t, '  - core: 4.0.3\n    file: packages/acp-core-4.0.3.tgz\n', ''),
    });
    expect(findingsOf(report, 'packages/core-missing').map((f) => f.package)).toEqual([
      'core 4.0.3',
    ]);
  });

  it('names every release of the journey when a package fits none of them', () => {
    const report = example({
      packages: (t) =>
        replaceOnce(
          t,
          'acpVersions: ["4.0"]\n    file: packages/redis',
          'acpVersions: ["4.1"]\n    file: packages/redis',
        ),
    });
    const f = findingsOf(report, 'packages/incompatible');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('none of the releases the plan moves to (4.0.3, 4.3.0)');
  });
});

describe('a package with a finding keeps its push (SPEC §1)', () => {
  const waiver =
    'waivers:\n  - rule: packages/older-than-installed\n    package: web-terminal\n    reason: the vendor ships 1.4.0 for 4.3\n    owner: platform-team\n    expires: 2027-01-31\n';

  it('pushes a package older than what runs, waived or not', () => {
    for (const edits of [{}, { plan: (t: string) => `${t}${waiver}` }]) {
      const report = run('packages-older-than-installed/fail', edits);
      expect(findingsOf(report, 'packages/older-than-installed')).toHaveLength(1);
      expect(shellsOf(report, /web-terminal-1\.4\.0/)).toEqual([
        'violet push packages/web-terminal-1.4.0.tgz --platform-address "$ACP_PLATFORM_ADDRESS" --platform-token "$ACP_PLATFORM_TOKEN"',
      ]);
      expect(report.downloads).toContainEqual(
        expect.objectContaining({
          name: 'web-terminal',
          status: 'incompatible',
          file: 'packages/web-terminal-1.4.0.tgz',
        }),
      );
    }
    const waived = run('packages-older-than-installed/fail', { plan: (t) => `${t}${waiver}` });
    expect(findingsOf(waived, 'packages/older-than-installed')[0]!.waived).toBe(true);
    expect(waived.verdict).toBe('pass');
  });

  it('pushes a package whose acpVersions exclude the target', () => {
    const report = run('packages-incompatible/fail');
    expect(shellsOf(report, /redis-operator\.v4\.3\.0/)).toHaveLength(1);
  });
});
