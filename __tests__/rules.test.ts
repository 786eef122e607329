// Every rule of SPEC §3 (drift/* aside) on its fixture pair: __fixtures__/rules/<rule>/fail is a
// tiny inventory that breaks the rule, .../pass the same inventory with the mistake fixed. Paths
// in findings are relative to __fixtures__/rules, so lines and columns are stable.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { type InventoryInput, check } from '../src/engine/check.js';
import type { Finding, RuleId } from '../src/engine/findings.js';
import { RULES } from '../src/engine/rules/registry.js';
import type { FailOn, Report } from '../src/engine/report.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { renderText } from '../src/render/text.js';
import { type Edits, inventoryAt } from './support/inventory.js';

const FIXTURES = fileURLToPath(new URL('../__fixtures__/rules', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TODAY = '2026-06-01';

/** An inventory folder under `base`, its files named `<folder>/<name>.yaml` in findings. */
function inventory(base: string, folder: string, edits: Edits = {}): InventoryInput {
  return inventoryAt(join(base, folder), folder, { edits });
}

function run(
  fixture: string,
  options: { failOn?: FailOn; today?: string; edits?: Edits } = {},
): Report {
  return check(inventory(FIXTURES, fixture, options.edits), {
    inventory: fixture,
    today: options.today ?? TODAY,
    failOn: options.failOn ?? 'error',
  });
}

function findingsOf(report: Report, rule: RuleId): Finding[] {
  return report.findings.filter((f) => f.rule === rule);
}

/** The one finding of `rule` in the fixture, after checking nothing else fired beside `also`. */
function theFinding(report: Report, rule: RuleId, also: RuleId[] = []): Finding {
  const rules = report.findings
    .map((f) => f.rule)
    .filter((r, i) => !beside(report.findings[i]!, rule) || r === rule || also.includes(r));
  expect([...new Set(rules)].sort()).toEqual([rule, ...also].sort());
  const found = findingsOf(report, rule);
  expect(found).toHaveLength(1);
  return found[0]!;
}

/**
 * Findings every journey of a kind carries beside the rule a fixture shows: the post-upgrade tasks
 * (every upgrade into 4.3 has PKCE hardening to do afterwards) and the notices of what an upgrade
 * path asks to verify by hand.
 */
function beside(f: Finding, rule: RuleId): boolean {
  if (f.rule === rule) return false;
  return (
    f.rule === 'platform/post-upgrade' ||
    (f.rule === 'path/edge-prerequisite' && f.severity === 'notice')
  );
}

/** The pass fixture: no finding of the rule, and nothing else left open either. */
function expectPasses(report: Report, rule: RuleId): void {
  expect(findingsOf(report, rule)).toEqual([]);
  expect(report.findings.filter((f) => !f.waived && !beside(f, rule))).toEqual([]);
  expect(report.verdict).toBe('pass');
}

describe('the fixture set', () => {
  it('has a fail/ and a pass/ inventory for every rule but drift/*', () => {
    const rules = RULES.map((r) => r.id).filter((rule) => !rule.startsWith('drift/'));
    expect(rules.length).toBeGreaterThanOrEqual(25);
    for (const rule of rules) {
      const folder = join(FIXTURES, rule.replace('/', '-'));
      expect([rule, existsSync(join(folder, 'fail')), existsSync(join(folder, 'pass'))]).toEqual([
        rule,
        true,
        true,
      ]);
    }
  });
});

describe('the example inventory (examples/acp)', () => {
  it('passes with no errors or warnings', () => {
    const report = check(inventory(ROOT, 'examples/acp'), {
      inventory: 'examples/acp',
      today: TODAY,
    });
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
    expect(report.verdict).toBe('pass');
    expect(report.timeline.length).toBeGreaterThan(0);
  });
});

// --- input/* ----------------------------------------------------------------------------------

describe('input/yaml-syntax', () => {
  it('fails on a file that is not valid YAML, at the line of the mistake', () => {
    const f = theFinding(run('input-yaml-syntax/fail'), 'input/yaml-syntax');
    expect(f).toMatchObject({
      severity: 'error',
      file: 'input-yaml-syntax/fail/plan.yaml',
      line: 5,
    });
    expect(f.message).toMatch(/indentation/);
  });

  it('passes when the file parses', () => {
    expectPasses(run('input-yaml-syntax/pass'), 'input/yaml-syntax');
  });
});

describe('input/schema', () => {
  it('fails on an unknown key, at the key, with a "did you mean"', () => {
    const f = theFinding(run('input-schema/fail'), 'input/schema');
    expect(f).toMatchObject({
      severity: 'error',
      file: 'input-schema/fail/plan.yaml',
      line: 7,
      column: 5,
    });
    expect(f.message).toContain('unknown key "too"');
    expect(f.message).toContain('did you mean "to"?');
  });

  it('passes when every key is known', () => {
    expectPasses(run('input-schema/pass'), 'input/schema');
  });
});

describe('input/missing-file', () => {
  it('fails when plan.yaml is absent, and says how to start one', () => {
    const f = theFinding(run('input-missing-file/fail'), 'input/missing-file');
    expect(f).toMatchObject({
      severity: 'error',
      file: 'input-missing-file/fail/plan.yaml',
      line: 1,
      column: 1,
    });
    expect(f.message).toContain('acp-upgrade-check suggest --target');
  });

  it('passes when apps.yaml, clusters.yaml and plan.yaml are all there (packages.yaml is optional)', () => {
    expectPasses(run('input-missing-file/pass'), 'input/missing-file');
    const withoutPackages = check(
      {
        ...inventory(FIXTURES, 'input-missing-file/pass'),
        packages: { path: 'input-missing-file/pass/packages.yaml', missing: true },
      },
      { inventory: 'input-missing-file/pass', today: TODAY },
    );
    expect(findingsOf(withoutPackages, 'input/missing-file')).toEqual([]);
    // Absent packages.yaml means nothing is downloaded yet, so the Core package is missing.
    expect(findingsOf(withoutPackages, 'packages/core-missing')).toHaveLength(1);
  });
});

describe('input/unknown-cluster', () => {
  it('fails when a step names a cluster clusters.yaml lacks, and suggests the close name', () => {
    const f = theFinding(run('input-unknown-cluster/fail'), 'input/unknown-cluster');
    expect(f).toMatchObject({
      severity: 'error',
      cluster: 'prd-a',
      step: 2,
      file: 'input-unknown-cluster/fail/plan.yaml',
      line: 6,
      column: 14,
    });
    expect(f.message).toContain('did you mean "prod-a"?');
  });

  it('passes when every step names a known cluster', () => {
    expectPasses(run('input-unknown-cluster/pass'), 'input/unknown-cluster');
  });
});

describe('input/unknown-version', () => {
  it('fails on a release the catalog does not know, and points to catalog.yaml', () => {
    const f = theFinding(run('input-unknown-version/fail'), 'input/unknown-version');
    expect(f).toMatchObject({
      severity: 'error',
      file: 'input-unknown-version/fail/plan.yaml',
      line: 2,
      column: 9,
    });
    expect(f.message).toContain('the target 4.9.0 is not a release the catalog knows');
    expect(f.message).toContain('catalog.yaml');
  });

  it('passes when every version is a known release', () => {
    expectPasses(run('input-unknown-version/pass'), 'input/unknown-version');
  });
});

describe('input/duplicate', () => {
  it('fails when a cluster is listed twice, at the second entry', () => {
    const f = theFinding(run('input-duplicate/fail'), 'input/duplicate');
    expect(f).toMatchObject({
      severity: 'error',
      cluster: 'prod-a',
      file: 'input-duplicate/fail/clusters.yaml',
      line: 10,
      column: 11,
    });
    expect(f.message).toContain('first on line 7');
  });

  it('passes when every cluster name is unique', () => {
    expectPasses(run('input-duplicate/pass'), 'input/duplicate');
  });
});

// --- path/* -----------------------------------------------------------------------------------

describe('path/unsupported', () => {
  it('fails on a jump the catalog has no edge for, and gives the shortest supported route', () => {
    const f = theFinding(run('path-unsupported/fail'), 'path/unsupported');
    expect(f).toMatchObject({
      severity: 'error',
      cluster: 'global',
      step: 1,
      file: 'path-unsupported/fail/plan.yaml',
      line: 5,
      column: 9,
    });
    // Both first hops need Kubernetes 1.30 (release-4.0 and -4.1 pre-upgrade pages): the newer
    // intermediate release wins, and the hop lands on its newest documented patch.
    expect(f.message).toContain('the shortest supported route is 3.18 -> 4.1 -> 4.3');
    expect(f.message).toContain('one step per hop (to: 4.1.6, then to: 4.3.0)');
  });

  it('prefers the newer intermediate release when both routes are open', () => {
    const f = theFinding(run('path-unsupported/newer-intermediate'), 'path/unsupported');
    expect(f.message).toContain('3.18 -> 4.1 -> 4.3');
  });

  it('does not ask for a patch below the current one when the path lists only older patches', () => {
    const f = theFinding(run('path-unsupported/patch-not-listed'), 'path/unsupported');
    expect(f).toMatchObject({ cluster: 'global', step: 1, line: 5, column: 9 });
    expect(f.message).toContain('starts only from 3.16.0, 3.16.1, 3.16.2');
    expect(f.message).not.toContain('to one of those patches first');
    expect(f.message).toContain('no supported route from 3.16.5 to 4.0');
  });

  it('passes with one step per supported hop', () => {
    expectPasses(run('path-unsupported/pass'), 'path/unsupported');
  });
});

describe('path/kubernetes-prerequisite', () => {
  it("fails when a cluster takes 4.0 -> 4.2 below the edge's Kubernetes minimum, and names the step to add", () => {
    const f = theFinding(run('path-kubernetes-prerequisite/fail'), 'path/kubernetes-prerequisite');
    expect(f).toMatchObject({
      severity: 'error',
      cluster: 'global',
      step: 1,
      file: 'path-kubernetes-prerequisite/fail/plan.yaml',
      line: 5,
      column: 9,
    });
    expect(f.message).toContain('4.0 -> 4.2 needs every cluster on Kubernetes 1.31 or later');
    expect(f.message).toContain('add a step before step 1: cluster: global, kubernetes: "1.31"');
  });

  it('passes when a Kubernetes-only step comes first', () => {
    expectPasses(run('path-kubernetes-prerequisite/pass'), 'path/kubernetes-prerequisite');
  });
});

describe('path/downgrade', () => {
  it("fails when a step lowers a cluster's Kubernetes, at the version written", () => {
    const f = theFinding(run('path-downgrade/fail'), 'path/downgrade');
    expect(f).toMatchObject({
      severity: 'error',
      cluster: 'prod-a',
      step: 1,
      file: 'path-downgrade/fail/plan.yaml',
      line: 5,
      column: 17,
    });
    expect(f.message).toContain("prod-a's Kubernetes from 1.32.3 down to 1.31");
  });

  it('fails when the target is below where the global already is', () => {
    const report = run('path-downgrade/pass', {
      edits: { plan: (text) => text.replace('target: 4.3.0', 'target: 4.0.0') },
    });
    const f = findingsOf(report, 'path/downgrade');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ file: 'path-downgrade/pass/plan.yaml', line: 2, column: 9 });
    expect(f[0]!.message).toContain("the target 4.0.0 is below the global cluster's current 4.2.1");
  });

  it('passes when every step goes up', () => {
    expectPasses(run('path-downgrade/pass'), 'path/downgrade');
  });
});

describe('path/target-not-reached', () => {
  it('fails when the primary global never reaches the target, and names the step to add', () => {
    const f = theFinding(run('path-target-not-reached/fail'), 'path/target-not-reached');
    expect(f).toMatchObject({
      severity: 'error',
      cluster: 'global',
      file: 'path-target-not-reached/fail/plan.yaml',
      line: 2,
      column: 9,
    });
    expect(f.message).toContain('add a step that moves global to 4.3.0');
  });

  it('passes when the standby and the primary both reach the target', () => {
    expectPasses(run('path-target-not-reached/pass'), 'path/target-not-reached');
  });
});

// --- order/* ----------------------------------------------------------------------------------

describe('order/global-first', () => {
  it('fails when a workload moves before global', () => {
    const f = theFinding(run('order-global-first/fail'), 'order/global-first');
    expect(f).toMatchObject({
      severity: 'error',
      cluster: 'prod-a',
      step: 1,
      file: 'order-global-first/fail/plan.yaml',
      line: 4,
      column: 14,
    });
    expect(f.message).toContain('but global is on 4.2.1 at that point');
    expect(f.message).toContain('upgrade the global tier to 4.3.0 in an earlier step');
  });

  it('passes when the global cluster moves first', () => {
    expectPasses(run('order-global-first/pass'), 'order/global-first');
  });
});

describe('order/dr-standby-first', () => {
  it('fails when the primary global moves before the DR standby', () => {
    const f = theFinding(run('order-dr-standby-first/fail'), 'order/dr-standby-first');
    expect(f).toMatchObject({
      severity: 'error',
      cluster: 'global',
      step: 1,
      file: 'order-dr-standby-first/fail/plan.yaml',
      line: 4,
      column: 14,
    });
    expect(f.message).toContain('upgrade global-dr to 4.3.0 in an earlier step');
  });

  it('passes when the standby moves first', () => {
    expectPasses(run('order-dr-standby-first/pass'), 'order/dr-standby-first');
  });
});

describe('order/workload-kubernetes', () => {
  it("fails when global moves to 4.3 with a workload outside 4.3's Compatible Versions, and names the Kubernetes step to add", () => {
    const f = theFinding(run('order-workload-kubernetes/fail'), 'order/workload-kubernetes');
    expect(f).toMatchObject({
      severity: 'error',
      cluster: 'prod-a',
      step: 1,
      file: 'order-workload-kubernetes/fail/plan.yaml',
      line: 4,
      column: 5,
    });
    expect(f.message).toContain(
      `upgrade prod-a's Kubernetes to 1.31 before step 1 (a step with cluster: prod-a, kubernetes: "1.31")`,
    );
    expect(f.message).toContain('4.3 needs workloads on 1.31-1.34');
  });

  it("fails on an at-least edge too (4.0 -> 4.2 needs 1.31), beside the workload's own prerequisite", () => {
    const report = run('order-workload-kubernetes/at-least');
    const f = theFinding(report, 'order/workload-kubernetes', ['path/kubernetes-prerequisite']);
    expect(f).toMatchObject({ cluster: 'prod-a', step: 1, line: 4, column: 5 });
    expect(f.message).toContain('4.0 -> 4.2 needs every cluster on Kubernetes 1.31 or later');
    expect(f.message).toContain('kubernetes: "1.31"');
  });

  it("with global DR, reports it once at the primary's step and asks for the fix before the standby's", () => {
    const f = theFinding(run('order-workload-kubernetes/dr-fail'), 'order/workload-kubernetes');
    expect(f).toMatchObject({ cluster: 'prod-a', step: 2, line: 6, column: 5 });
    expect(f.message).toContain(
      "upgrade prod-a's Kubernetes to 1.31 before step 1, where the global tier starts moving to 4.3",
    );
  });

  it("with global DR, fails when the workload's Kubernetes moves only after the standby did", () => {
    const f = theFinding(run('order-workload-kubernetes/dr-late-fix'), 'order/workload-kubernetes');
    expect(f).toMatchObject({ cluster: 'prod-a', step: 1, line: 4, column: 5 });
    expect(f.message).toContain('step 1 moves global-dr to 4.3.0');
  });

  it('says when a workload runs a Kubernetes newer than the target supports (no step can lower it)', () => {
    const report = run('order-workload-kubernetes/too-new');
    const f = report.findings.find((x) => x.rule === 'order/workload-kubernetes');
    expect(f).toMatchObject({ cluster: 'prod-a', step: 1, line: 4, column: 5 });
    expect(f!.message).toContain(
      'prod-a runs Kubernetes 1.35.0, newer than 4.3 supports for workload clusters',
    );
    expect(f!.message).not.toContain('upgrade prod-a to');
  });

  it("passes when the workload's Kubernetes moves into range first", () => {
    expectPasses(run('order-workload-kubernetes/pass'), 'order/workload-kubernetes');
  });
});

describe('order/kubernetes-step', () => {
  it("fails when a Kubernetes-only step leaves the release's Compatible Versions", () => {
    const f = theFinding(run('order-kubernetes-step/fail'), 'order/kubernetes-step');
    expect(f).toMatchObject({
      severity: 'error',
      cluster: 'prod-a',
      step: 1,
      file: 'order-kubernetes-step/fail/plan.yaml',
      line: 5,
      column: 17,
    });
    expect(f.message).toContain("outside its release 4.2's Compatible Versions (1.30-1.33)");
  });

  it('passes when the Kubernetes-only step stays inside them', () => {
    expectPasses(run('order-kubernetes-step/pass'), 'order/kubernetes-step');
  });
});

describe('order/kubernetes-with-core', () => {
  it("warns when a cluster reaches 4.3 without 4.3's Kubernetes", () => {
    const f = theFinding(run('order-kubernetes-with-core/fail'), 'order/kubernetes-with-core');
    expect(f).toMatchObject({
      severity: 'warning',
      cluster: 'prod-a',
      step: 2,
      file: 'order-kubernetes-with-core/fail/plan.yaml',
      line: 8,
      column: 17,
    });
    expect(f.message).toContain('4.3 is validated on 1.34');
    expect(f.message).toContain('or set it to 1.34');
  });

  it('passes when Kubernetes moves with the Core', () => {
    expectPasses(run('order-kubernetes-with-core/pass'), 'order/kubernetes-with-core');
  });
});

describe('order/immutable-multi-minor', () => {
  it('warns when an immutable-infrastructure cluster jumps two Kubernetes minors', () => {
    const f = theFinding(run('order-immutable-multi-minor/fail'), 'order/immutable-multi-minor');
    expect(f).toMatchObject({
      severity: 'warning',
      cluster: 'prod-a',
      step: 2,
      file: 'order-immutable-multi-minor/fail/plan.yaml',
      line: 7,
      column: 9,
    });
    expect(f.message).toContain('from Kubernetes 1.32 to 1.34');
    expect(f.message).toContain('stage the intermediate artifacts (1.33)');
  });

  it('passes when every step moves one minor', () => {
    expectPasses(run('order-immutable-multi-minor/pass'), 'order/immutable-multi-minor');
  });
});

// --- packages/* -------------------------------------------------------------------------------

describe('packages/core-missing', () => {
  it('fails when a hop of a multi-hop journey has no Core package', () => {
    const f = theFinding(run('packages-core-missing/fail'), 'packages/core-missing');
    expect(f).toMatchObject({
      severity: 'error',
      cluster: 'global',
      package: 'core 4.0.0',
      step: 1,
      file: 'packages-core-missing/fail/plan.yaml',
      line: 4,
      column: 9,
    });
    expect(f.message).toContain('add "- core: 4.0.0" with its file');
  });

  it('passes with a Core package for every hop', () => {
    expectPasses(run('packages-core-missing/pass'), 'packages/core-missing');
  });
});

describe('packages/missing', () => {
  it('fails when an installed application has no package, at its entry in apps.yaml', () => {
    const f = theFinding(run('packages-missing/fail'), 'packages/missing');
    expect(f).toMatchObject({
      severity: 'error',
      package: 'metallb',
      file: 'packages-missing/fail/apps.yaml',
      line: 2,
      column: 3,
    });
    expect(f.message).toContain('runs on prod-a but packages.yaml has no package for it');
  });

  it('passes with a package for every application', () => {
    expectPasses(run('packages-missing/pass'), 'packages/missing');
  });
});

describe('packages/incompatible', () => {
  it("fails when a package's acpVersions exclude the target release, at acpVersions", () => {
    const f = theFinding(run('packages-incompatible/fail'), 'packages/incompatible');
    expect(f).toMatchObject({
      severity: 'error',
      package: 'redis-operator',
      file: 'packages-incompatible/fail/packages.yaml',
      line: 8,
      column: 18,
    });
    expect(f.message).toContain('lists ACP 4.2, not the target 4.3.0');
  });

  it('passes when acpVersions include the target', () => {
    expectPasses(run('packages-incompatible/pass'), 'packages/incompatible');
  });
});

describe('packages/older-than-installed', () => {
  it('fails when a package is older than what a cluster runs, at its version', () => {
    const f = theFinding(
      run('packages-older-than-installed/fail'),
      'packages/older-than-installed',
    );
    expect(f).toMatchObject({
      severity: 'error',
      package: 'web-terminal',
      file: 'packages-older-than-installed/fail/packages.yaml',
      line: 7,
      column: 14,
    });
    expect(f.message).toContain('older than 1.4.1 on global; download 1.4.1 or later');
  });

  it('passes when the package is newer', () => {
    expectPasses(run('packages-older-than-installed/pass'), 'packages/older-than-installed');
  });
});

describe('packages/topolvm-prestage', () => {
  it('fails on 4.0 -> 4.3 with TopoLVM installed and no TopoLVM package, at the global step', () => {
    const f = theFinding(run('packages-topolvm-prestage/fail'), 'packages/topolvm-prestage');
    expect(f).toMatchObject({
      severity: 'error',
      cluster: 'global',
      package: 'topolvm-operator',
      step: 1,
      file: 'packages-topolvm-prestage/fail/plan.yaml',
      line: 3,
      column: 14,
    });
    expect(f.message).toContain('(--clusters global,prod-a) before step 1 moves global');
  });

  it('passes with the TopoLVM package, and pushes it to its clusters before the window', () => {
    const report = run('packages-topolvm-prestage/pass');
    expectPasses(report, 'packages/topolvm-prestage');
    const prestage = report.commands.filter((c) => c.stage === 'before-window');
    expect(prestage.map((c) => c.argv.slice(-2))).toEqual([['--clusters', 'global,prod-a']]);
  });

  it('asks for no pre-stage from 4.2 to 4.3, only the usual package', () => {
    const report = run('packages-topolvm-prestage/from-4.2');
    expect(findingsOf(report, 'packages/topolvm-prestage')).toEqual([]);
    expect(theFinding(report, 'packages/missing').package).toBe('topolvm-operator');
  });
});

describe('packages/log-essentials', () => {
  it('fails when a log storage plugin is installed, global moves to 4.3, and Log Essentials is not downloaded', () => {
    const f = theFinding(run('packages-log-essentials/fail'), 'packages/log-essentials');
    expect(f).toMatchObject({
      severity: 'error',
      cluster: 'global',
      package: 'Log Essentials',
      step: 1,
      file: 'packages-log-essentials/fail/plan.yaml',
      line: 3,
      column: 14,
    });
    expect(f.message).toContain('logcenter-es (log storage) is installed');
    expect(f.message).toContain(
      'Alauda Container Platform Log Essentials package must be uploaded',
    );
  });

  it('passes with the Log Essentials package', () => {
    expectPasses(run('packages-log-essentials/pass'), 'packages/log-essentials');
  });

  it('recognises the package by name alone, spelled with "_" and no displayName', () => {
    const report = run('packages-log-essentials/pass', {
      edits: {
        packages: (text) =>
          text.replace(
            '  - name: logessentials\n    displayName: Alauda Container Platform Log Essentials\n',
            '  - name: log_essentials\n',
          ),
      },
    });
    expect(report.downloads.some((d) => d.kind === 'package' && d.name === 'log_essentials')).toBe(
      true,
    );
    expectPasses(report, 'packages/log-essentials');
  });
});

// --- platform/* -------------------------------------------------------------------------------

describe('platform/minio-space', () => {
  it('fails when /cpaas/minio on the global has less than 120 GB free', () => {
    const f = theFinding(run('platform-minio-space/fail'), 'platform/minio-space');
    expect(f).toMatchObject({
      severity: 'error',
      cluster: 'global',
      file: 'platform-minio-space/fail/clusters.yaml',
      line: 6,
      column: 18,
    });
    expect(f.message).toContain('100 GB free in /cpaas/minio');
    expect(f.message).toContain('at least 120 GB');
  });

  it('gives a notice to verify by hand when minioFreeGB is not declared', () => {
    const report = run('platform-minio-space/notice');
    const f = theFinding(report, 'platform/minio-space');
    expect(f).toMatchObject({
      severity: 'notice',
      cluster: 'global',
      file: 'platform-minio-space/notice/clusters.yaml',
      line: 3,
      column: 11,
    });
    expect(f.message).toContain('df -BG /cpaas/minio');
    expect(report.verdict).toBe('pass');
  });

  it('passes with 120 GB or more declared', () => {
    expectPasses(run('platform-minio-space/pass'), 'platform/minio-space');
  });
});

// --- waivers ----------------------------------------------------------------------------------

describe('waiver/expired', () => {
  it('gives a notice for a waiver past its date, and the finding it covered counts again', () => {
    const report = run('waiver-expired/fail');
    const f = theFinding(report, 'waiver/expired', ['order/kubernetes-with-core']);
    expect(f).toMatchObject({
      severity: 'notice',
      file: 'waiver-expired/fail/plan.yaml',
      line: 9,
      column: 5,
    });
    expect(f.message).toContain('expired on 2026-01-31');
    expect(findingsOf(report, 'order/kubernetes-with-core')[0]!.waived).toBeUndefined();
    // The notices: the expiry, and the PKCE hardening due after every upgrade into 4.3.
    expect(report.summary).toMatchObject({ warnings: 1, notices: 2, waived: 0 });
  });

  it('passes while the waiver is in force, its last day included', () => {
    expectPasses(run('waiver-expired/pass'), 'waiver/expired');
    const lastDay = run('waiver-expired/fail', { today: '2026-01-31' });
    expect(findingsOf(lastDay, 'waiver/expired')).toEqual([]);
    expect(findingsOf(lastDay, 'order/kubernetes-with-core')[0]!.waived).toBe(true);
  });
});

describe('waiver/unmatched', () => {
  it('gives a notice for a waiver that matches no finding', () => {
    const report = run('waiver-unmatched/fail');
    const f = theFinding(report, 'waiver/unmatched', ['order/kubernetes-with-core']);
    expect(f).toMatchObject({
      severity: 'notice',
      file: 'waiver-unmatched/fail/plan.yaml',
      line: 9,
      column: 5,
    });
    expect(f.message).toContain('on prod-b matches no finding');
  });

  it('passes when the waiver matches its finding', () => {
    expectPasses(run('waiver-unmatched/pass'), 'waiver/unmatched');
  });
});

describe('waivers', () => {
  const waiveMinio = (text: string) =>
    `${text}waivers:\n  - rule: platform/minio-space\n    cluster: global\n    reason: vendor-approved exception, ticket OPS-1234\n    owner: platform-team\n    expires: "2027-01-31"\n`;

  it('keep a waived error in the report with waived: true, and it does not fail the verdict', () => {
    const report = run('platform-minio-space/fail', { edits: { plan: waiveMinio } });
    const [f] = findingsOf(report, 'platform/minio-space');
    expect(f).toMatchObject({
      severity: 'error',
      cluster: 'global',
      waived: true,
      waiver: { reason: 'vendor-approved exception, ticket OPS-1234', owner: 'platform-team' },
    });
    expect(report.summary).toMatchObject({ errors: 0, waived: 1 });
    expect(report.verdict).toBe('pass');
    // Without the waiver the same inventory fails.
    expect(run('platform-minio-space/fail').verdict).toBe('fail');
  });

  it('keep a waived warning from failing fail-on: warning', () => {
    expect(run('waiver-expired/pass', { failOn: 'warning' }).verdict).toBe('pass');
    expect(run('waiver-expired/fail', { failOn: 'warning' }).verdict).toBe('fail');
  });

  it('cannot waive input/* findings', () => {
    const report = run('input-duplicate/fail', {
      edits: {
        plan: (text) =>
          `${text}waivers:\n  - rule: input/duplicate\n    reason: prod-a is being decommissioned\n    owner: platform-team\n    expires: 2027-01-31\n`,
      },
    });
    const input = theFinding(report, 'input/duplicate', ['waiver/not-waivable']);
    expect(input.waived).toBeUndefined();
    expect(report.verdict).toBe('fail');
    expect(findingsOf(report, 'waiver/not-waivable')[0]!.message).toContain(
      'a problem in the inventory files themselves',
    );
  });

  it('need a reason, an owner and an expiry date (input/schema otherwise)', () => {
    const report = run('order-workload-kubernetes/fail', {
      edits: {
        plan: (text) =>
          `${text}waivers:\n  - rule: order/workload-kubernetes\n    reason: ok\n  - rule: order/workload-kubernetes\n    reason: ok\n`,
      },
    });
    const schema = findingsOf(report, 'input/schema');
    expect(schema.map((f) => f.message).sort()).toEqual([
      'waiver 1 (order/workload-kubernetes) lacks the required key "expires"',
      'waiver 1 (order/workload-kubernetes) lacks the required key "owner"',
      'waiver 2 (order/workload-kubernetes) lacks the required key "expires"',
      'waiver 2 (order/workload-kubernetes) lacks the required key "owner"',
    ]);
    expect(report.verdict).toBe('fail');
  });

  it('are listed in the report, the comment and the terminal with what each one waived', () => {
    const report = run('waiver-unmatched/pass');
    expect(renderMarkdown(report)).toContain(
      '| `order/kubernetes-with-core` | cluster `prod-a` | platform-team | `2027-01-31` | vendor-approved exception, ticket OPS-1234 | waives 1 finding |',
    );
    expect(renderText(report)).toContain(
      'order/kubernetes-with-core (cluster prod-a): applied to 1, owner platform-team, expires 2027-01-31',
    );
    expect(report.waivers).toEqual([
      {
        rule: 'order/kubernetes-with-core',
        cluster: 'prod-a',
        reason: 'vendor-approved exception, ticket OPS-1234',
        owner: 'platform-team',
        expires: '2027-01-31',
        status: 'applied',
        matched: 1,
        file: 'waiver-unmatched/pass/plan.yaml',
        line: 9,
        column: 5,
      },
    ]);
  });

  it('of hard rules turn no failing order into a pass (workloads, then primary, then standby)', () => {
    const waive = (rule: string) =>
      `  - rule: ${rule}\n    reason: ok\n    owner: someone\n    expires: 2027-01-31\n`;
    const report = run('order-dr-standby-first/fail', {
      edits: {
        clusters: (text) => `${text}  - name: prod-a\n    version: 4.2.1\n    kubernetes: 1.33.1\n`,
        plan: () =>
          `target: 4.3.0\nsteps:\n  - cluster: prod-a\n    to: 4.3.0\n  - cluster: global\n    to: 4.3.0\n  - cluster: global-dr\n    to: 4.3.0\nwaivers:\n${waive('order/global-first')}${waive('order/dr-standby-first')}`,
      },
    });
    expect(report.verdict).toBe('fail');
    expect(findingsOf(report, 'waiver/not-waivable')).toHaveLength(2);
    expect(findingsOf(report, 'order/global-first')[0]!.waived).toBeUndefined();
    expect(findingsOf(report, 'order/dr-standby-first')[0]!.waived).toBeUndefined();
    expect(report.waivers.map((w) => w.status)).toEqual(['not-waivable', 'not-waivable']);
  });
});

describe('waiver/not-waivable', () => {
  it('fails a waiver of a rule no accepted risk can change, and the finding stays an error', () => {
    const report = run('waiver-not-waivable/fail');
    const f = theFinding(report, 'waiver/not-waivable', ['order/global-first']);
    expect(f).toMatchObject({
      severity: 'error',
      file: 'waiver-not-waivable/fail/plan.yaml',
      line: 9,
      column: 5,
    });
    expect(f.message).toContain('order/global-first cannot be waived');
    expect(findingsOf(report, 'order/global-first')[0]!.waived).toBeUndefined();
    expect(report.verdict).toBe('fail');
  });

  it('passes when the plan is fixed instead', () => {
    expectPasses(run('waiver-not-waivable/pass'), 'waiver/not-waivable');
  });

  it('applies to path/unsupported: 3.18 -> 4.3 in one step stays a failure', () => {
    const report = run('path-unsupported/fail', {
      edits: {
        plan: (text) =>
          `${text}waivers:\n  - rule: path/unsupported\n    reason: ok\n    owner: someone\n    expires: 2027-01-31\n`,
      },
    });
    expect(findingsOf(report, 'path/unsupported')[0]!.waived).toBeUndefined();
    expect(report.verdict).toBe('fail');
  });
});

// --- rules added for "no false pass" ----------------------------------------------------------

describe('order/workload-target', () => {
  it("fails a workload sent to another patch than the global's current version", () => {
    const f = theFinding(run('order-workload-target/fail'), 'order/workload-target');
    expect(f).toMatchObject({
      severity: 'error',
      cluster: 'prod-a',
      step: 2,
      file: 'order-workload-target/fail/plan.yaml',
      line: 7,
      column: 9,
    });
    expect(f.message).toContain('global is on 4.3.1');
    expect(f.message).toContain('set this step\'s "to" to 4.3.1');
  });

  it('fails a workload sent to a release the global already left', () => {
    const report = run('order-workload-target/fail', {
      edits: {
        plan: () =>
          'target: 4.3.1\nsteps:\n  - cluster: global\n    to: 4.3.0\n  - cluster: global\n    to: 4.3.1\n  - cluster: prod-a\n    to: 4.3.0\n',
      },
    });
    expect(findingsOf(report, 'order/workload-target')).toHaveLength(1);
    expect(findingsOf(report, 'order/global-first')).toEqual([]);
  });

  it('passes a workload sent to the global version', () => {
    expectPasses(run('order-workload-target/pass'), 'order/workload-target');
  });
});

describe('order/workload-left-behind', () => {
  it('gives a notice for a workload that stays behind inside the matrix', () => {
    const report = run('order-workload-left-behind/fail');
    const f = theFinding(report, 'order/workload-left-behind');
    expect(f).toMatchObject({ severity: 'notice', cluster: 'prod-a', line: 6, column: 11 });
    expect(f.message).toContain('optional');
    expect(report.verdict).toBe('pass');
  });

  it('says nothing when the workload follows', () => {
    expectPasses(run('order-workload-left-behind/pass'), 'order/workload-left-behind');
  });
});

describe('path/no-op-step', () => {
  it('warns about a repeated step, which would print an empty window', () => {
    const f = theFinding(run('path-no-op-step/fail'), 'path/no-op-step');
    expect(f).toMatchObject({ severity: 'warning', cluster: 'global', step: 2, line: 7 });
  });

  it('warns about a Kubernetes step to the version a cluster already runs', () => {
    const report = run('path-no-op-step/pass', {
      edits: { plan: (text) => `${text}  - cluster: prod-a\n    kubernetes: "1.34"\n` },
    });
    expect(findingsOf(report, 'path/no-op-step')).toMatchObject([{ cluster: 'prod-a', step: 3 }]);
    expect(report.timeline.filter((t) => t.step === 3)).toHaveLength(1);
  });

  it('passes when every step changes something', () => {
    expectPasses(run('path-no-op-step/pass'), 'path/no-op-step');
  });
});

describe('path/source-patch', () => {
  it('fails 3.16 -> 4.0 while another cluster is on a patch the path does not start from', () => {
    const report = run('path-source-patch/fail');
    const found = findingsOf(report, 'path/source-patch');
    expect(found).toMatchObject([
      { cluster: 'prod-b', step: 1, file: 'path-source-patch/fail/plan.yaml', line: 5, column: 9 },
    ]);
    expect(found[0]!.message).toContain('prod-b is on 3.16.4');
  });

  it('passes when every cluster is on a listed patch', () => {
    expectPasses(run('path-source-patch/pass'), 'path/source-patch');
  });
});

describe('path/edge-prerequisite', () => {
  it('fails 3.18 -> 4.1 while apps.yaml shows Kubecost installed', () => {
    const f = theFinding(run('path-edge-prerequisite/fail'), 'path/edge-prerequisite');
    expect(f).toMatchObject({ severity: 'error', cluster: 'global', line: 5, column: 9 });
    expect(f.message).toContain('kubecost on global');
    expect(f.message).toContain('also verify by hand: Istio, where installed, is on 1.22');
  });

  it('passes with a notice of what to verify by hand', () => {
    const report = run('path-edge-prerequisite/pass');
    const f = theFinding(report, 'path/edge-prerequisite');
    expect(f.severity).toBe('notice');
    expect(f.message).toContain('Istio, where installed, is on 1.22 on every cluster that runs it');
    // What apps.yaml shows not installed (CostManager, Kubecost) is not asked by hand.
    expect(f.message).not.toContain('CostManager');
    expect(report.verdict).toBe('pass');
  });
});

describe('path/no-kubernetes-matrix', () => {
  it('fails a step to 4.5, whose Kubernetes matrix row is not published, and says how to add it', () => {
    const report = run('path-no-kubernetes-matrix/fail');
    const f = theFinding(report, 'path/no-kubernetes-matrix');
    expect(f).toMatchObject({ severity: 'error', cluster: 'global', step: 1, line: 5, column: 9 });
    expect(f.message).toContain('no Kubernetes support matrix row for 4.5 is published');
    expect(f.message).toContain('add it in catalog.yaml');
    expect(report.verdict).toBe('fail');
  });

  it('passes once catalog.yaml adds the row, which the report lists as a change', () => {
    const report = run('path-no-kubernetes-matrix/pass');
    expect(findingsOf(report, 'path/no-kubernetes-matrix')).toEqual([]);
    expect(report.catalog.overrides).toMatchObject([{ entry: 'release 4.5' }]);
    expect(report.verdict).toBe('pass');
  });
});

describe('packages/topolvm-backup', () => {
  it('warns that 3.18 -> 4.1 with TopoLVM installed needs its resources backed up and deleted', () => {
    const report = run('packages-topolvm-backup/fail');
    const f = theFinding(report, 'packages/topolvm-backup');
    expect(f).toMatchObject({
      severity: 'warning',
      cluster: 'global',
      step: 1,
      package: 'topolvm-operator',
      line: 6,
      column: 9,
    });
    expect(f.message).toContain('backed up and deleted before the upgrade and re-created after it');
    // The runbook carries the page's commands around the cluster's upgrade.
    const lines = report.commands.map((c) => c.shell);
    expect(lines).toContain('kubectl delete -f topolvm-artifact.yaml');
    expect(lines).toContain('kubectl create -f topolvm-artifact.yaml');
    expect(lines.indexOf('kubectl delete -f topolvm-artifact.yaml')).toBeLessThan(
      lines.indexOf('kubectl create -f topolvm-artifact.yaml'),
    );
  });

  it('passes 3.18 -> 4.0, which needs no backup', () => {
    expectPasses(run('packages-topolvm-backup/pass'), 'packages/topolvm-backup');
  });
});

describe('platform/release-note', () => {
  it('warns of the 4.2.0 -> 4.2.1 known issue once, and the runbook says what to do in each window', () => {
    const report = run('platform-release-note/fail');
    const f = theFinding(report, 'platform/release-note');
    expect(f).toMatchObject({ severity: 'warning', cluster: 'global', step: 1, line: 5 });
    expect(f.message).toContain('"Do not upgrade"');
    const notes = report.commands.filter((c) => c.note.includes('known issue of 4.2.0 -> 4.2.1'));
    expect(notes.map((c) => c.cluster)).toEqual(['global', 'prod-a']);
  });

  it('passes 4.2.0 -> 4.2.2, where the issue is fixed', () => {
    expectPasses(run('platform-release-note/pass'), 'platform/release-note');
  });
});

describe('state/workload-ahead', () => {
  it('fails a workload that starts ahead of the global', () => {
    const f = theFinding(run('state-workload-ahead/fail'), 'state/workload-ahead');
    expect(f).toMatchObject({
      severity: 'error',
      cluster: 'prod-a',
      file: 'state-workload-ahead/fail/clusters.yaml',
      line: 8,
      column: 14,
    });
  });

  it('passes a workload on the global version', () => {
    expectPasses(run('state-workload-ahead/pass'), 'state/workload-ahead');
  });
});

describe('state/dr-standby-behind', () => {
  it('fails a standby that starts behind the primary', () => {
    const f = theFinding(run('state-dr-standby-behind/fail'), 'state/dr-standby-behind');
    expect(f).toMatchObject({ severity: 'error', cluster: 'global-dr', line: 10, column: 14 });
  });

  it('passes a standby on the primary version', () => {
    expectPasses(run('state-dr-standby-behind/pass'), 'state/dr-standby-behind');
  });
});

describe('state/kubernetes-unsupported', () => {
  it("fails a 4.1 cluster on Kubernetes 1.28, outside its release's matrix", () => {
    const f = theFinding(run('state-kubernetes-unsupported/fail'), 'state/kubernetes-unsupported');
    expect(f).toMatchObject({ severity: 'error', cluster: 'prod-a', line: 9, column: 17 });
    expect(f.message).toContain('its release 4.1 (1.29-1.32)');
  });

  it("fails a workload outside the global's release matrix (a 4.3 global, a workload on 1.30)", () => {
    const report = run('state-kubernetes-unsupported/pass', {
      edits: {
        clusters: () =>
          'clusters:\n  - name: global\n    version: 4.3.0\n    kubernetes: 1.34.1\n  - name: prod-a\n    version: 4.2.1\n    kubernetes: 1.30.2\n',
        plan: () => 'target: 4.3.0\nsteps: []\n',
      },
    });
    const [f] = findingsOf(report, 'state/kubernetes-unsupported');
    expect(f!.message).toContain("the global cluster's release 4.3 (1.31-1.34)");
  });

  it('passes a cluster inside the matrix', () => {
    expectPasses(run('state-kubernetes-unsupported/pass'), 'state/kubernetes-unsupported');
  });
});

describe('catalog/override', () => {
  it('warns when catalog.yaml replaces a built-in release, and the report lists it', () => {
    const report = run('catalog-override/fail');
    const f = theFinding(report, 'catalog/override');
    expect(f).toMatchObject({
      severity: 'warning',
      file: 'catalog-override/fail/catalog.yaml',
      line: 3,
      column: 5,
    });
    expect(report.catalog).toMatchObject({
      changed: true,
      added: [],
      overrides: [{ entry: 'release 4.3', file: 'catalog-override/fail/catalog.yaml', line: 3 }],
    });
    // The comment and the terminal say which facts changed, both versions side by side.
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('#### Catalog changes');
    expect(markdown).toContain(
      '| release 4.3 | Kubernetes for creation 1.34, Compatible Versions 1.34, 1.33, 1.32, 1.31; newest patch 4.3.2 | Kubernetes for creation 1.34, Compatible Versions 1.34, 1.33, 1.32, 1.31, 1.30 | `catalog-override/fail/catalog.yaml:3` |',
    );
    expect(renderText(report)).toContain('replaces release 4.3');
    // Without the override, the built-in matrix fails prod-a on Kubernetes 1.30.
    const honest = run('catalog-override/fail', { edits: { catalog: () => '' } });
    expect(findingsOf(honest, 'order/workload-kubernetes')).toHaveLength(1);
  });

  it('is an error with catalog-overrides: error, and not reported with allow', () => {
    const files = inventory(FIXTURES, 'catalog-override/fail');
    const options = { inventory: 'x', today: TODAY };
    const strict = check(files, { ...options, catalogOverrides: 'error' });
    expect(findingsOf(strict, 'catalog/override')[0]!.severity).toBe('error');
    expect(strict.verdict).toBe('fail');
    const allowed = check(files, { ...options, catalogOverrides: 'allow' });
    expect(findingsOf(allowed, 'catalog/override')).toEqual([]);
    expect(allowed.catalog.overrides).toHaveLength(1);
  });

  it('warns when catalog.yaml adds an upgrade path between two releases the documentation knows', () => {
    const report = run('catalog-override/pass', {
      edits: {
        catalog: () =>
          'edges:\n  - { from: "3.18", to: "4.3", kubernetes: within-compatible, source: x }\n',
      },
    });
    const f = theFinding(report, 'catalog/override');
    expect(f.message).toContain('edge 3.18 -> 4.3: not a supported upgrade path there');
    expect(report.catalog).toMatchObject({ added: [], overrides: [{ entry: 'edge 3.18 -> 4.3' }] });
  });

  it('passes a catalog.yaml that only adds', () => {
    const report = run('catalog-override/pass');
    expectPasses(report, 'catalog/override');
    expect(report.catalog).toMatchObject({ changed: true, added: ['release 4.9'], overrides: [] });
  });
});

// --- fail-on and versions ---------------------------------------------------------------------

describe('fail-on', () => {
  it('error (the default) passes a plan with only a warning', () => {
    const report = run('order-kubernetes-with-core/fail');
    expect(report.summary).toMatchObject({ errors: 0, warnings: 1 });
    expect(report.verdict).toBe('pass');
    expect(report.failOn).toBe('error');
  });

  it('warning fails it', () => {
    const report = run('order-kubernetes-with-core/fail', { failOn: 'warning' });
    expect(report.verdict).toBe('fail');
    expect(report.failOn).toBe('warning');
  });

  it('warning does not fail on a notice alone', () => {
    expect(run('platform-minio-space/notice', { failOn: 'warning' }).verdict).toBe('pass');
  });

  it('never passes even with errors, and still reports them', () => {
    const report = run('order-global-first/fail', { failOn: 'never' });
    expect(report.verdict).toBe('pass');
    expect(report.summary.errors).toBe(1);
  });
});

describe('unquoted versions', () => {
  it('reads an unquoted `kubernetes: 1.30` as 1.30, and messages quote 1.30', () => {
    const report = run('order-workload-kubernetes/fail', {
      edits: { clusters: (text) => text.replace('kubernetes: 1.30.8', 'kubernetes: 1.30') },
    });
    const f = theFinding(report, 'order/workload-kubernetes');
    expect(f.message).toContain('prod-a runs Kubernetes 1.30 (');
    expect(f.message).not.toMatch(/Kubernetes 1\.3\b(?!\d)/);
    expect(report.timeline.find((t) => t.cluster === 'prod-a')?.from.kubernetes).toBe('1.30');
  });

  it('takes an unquoted step `kubernetes: 1.30` as an upgrade from 1.29, not a downgrade to 1.3', () => {
    const files: InventoryInput = {
      apps: { path: 'unquoted/apps.yaml', text: 'applications: {}\n' },
      clusters: {
        path: 'unquoted/clusters.yaml',
        text: 'clusters:\n  - name: global\n    version: 4.0.3\n    kubernetes: 1.31.6\n    minioFreeGB: 200\n  - name: prod-a\n    version: 4.0.3\n    kubernetes: 1.29.10\n',
      },
      plan: {
        path: 'unquoted/plan.yaml',
        text: 'target: 4.0.3\nsteps:\n  - cluster: prod-a\n    kubernetes: 1.30\n',
      },
    };
    const report = check(files, { inventory: 'unquoted', today: TODAY });
    expect(report.findings).toEqual([]);
    expect(report.timeline).toEqual([
      expect.objectContaining({
        cluster: 'prod-a',
        from: { version: '4.0.3', kubernetes: '1.29.10' },
        to: { version: '4.0.3', kubernetes: '1.30' },
      }),
    ]);
  });
});
