// The rules on their fixtures (__fixtures__/rules/<rule>/<case>), beyond what each case's
// expected.yaml says and rules-fixtures.test.ts checks (the findings of the rule, where they point,
// words of their messages, the other rules that fire, the verdict): the same inventories changed
// in one place, wording a message must not have, the report, comment and commands around a
// finding, waivers, fail-on. Paths in findings are relative to __fixtures__/rules, so lines and
// columns are stable.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { type InventoryInput, check } from '../src/engine/check.js';
import type { Finding, RuleId } from '../src/engine/findings.js';
import type { Report } from '../src/engine/report.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { renderText } from '../src/render/text.js';
import { type Edits, inventoryAt } from './support/inventory.js';
import {
  FIXTURE_TODAY as TODAY,
  RULE_FIXTURES as FIXTURES,
  runRuleFixture as run,
} from './support/rule-fixtures.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** An inventory folder under `base`, its files named `<folder>/<name>.yaml` in findings. */
function inventory(base: string, folder: string, edits: Edits = {}): InventoryInput {
  return inventoryAt(join(base, folder), folder, { edits });
}

function findingsOf(report: Report, rule: RuleId): Finding[] {
  return report.findings.filter((f) => f.rule === rule);
}

/** The one finding of `rule` in the fixture, after checking nothing else fired beside `also`. */
function theFinding(report: Report, rule: RuleId, also: RuleId[] = []): Finding {
  const rules = report.findings
    .map((f) => f.rule)
    .filter((r) => r !== 'platform/post-upgrade' || r === rule || also.includes(r));
  expect([...new Set(rules)].sort()).toEqual([rule, ...also].sort());
  const found = findingsOf(report, rule);
  expect(found).toHaveLength(1);
  return found[0]!;
}

/**
 * The pass fixture: no finding of the rule, and nothing else left open either (the journey's
 * post-upgrade tasks aside: every upgrade into 4.3 has PKCE hardening to do afterwards).
 */
function expectPasses(report: Report, rule: RuleId): void {
  expect(findingsOf(report, rule)).toEqual([]);
  expect(
    report.findings.filter(
      (f) => !f.waived && (f.rule !== 'platform/post-upgrade' || rule === f.rule),
    ),
  ).toEqual([]);
  expect(report.verdict).toBe('pass');
}

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

describe('input/missing-file', () => {
  it('does not ask for packages.yaml, which is optional', () => {
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

// --- path/* -----------------------------------------------------------------------------------

describe('path/unsupported', () => {
  it('does not ask for a patch below the current one when the path lists only older patches', () => {
    const [f] = findingsOf(run('path-unsupported/patch-not-listed'), 'path/unsupported');
    expect(f!.message).not.toContain('to one of those patches first');
  });
});

describe('path/downgrade', () => {
  it('fails when the target is below where the global already is', () => {
    const report = run('path-downgrade/pass', {
      edits: { plan: (text) => text.replace('target: 4.3.0', 'target: 4.0.0') },
    });
    const f = findingsOf(report, 'path/downgrade');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ file: 'path-downgrade/pass/plan.yaml', line: 2, column: 9 });
    expect(f[0]!.message).toContain("the target 4.0.0 is below the global cluster's current 4.2.1");
  });
});

// --- order/* ----------------------------------------------------------------------------------

describe('order/workload-kubernetes', () => {
  it('does not ask to upgrade a workload whose Kubernetes is newer than the target supports', () => {
    const report = run('order-workload-kubernetes/too-new');
    const f = report.findings.find((x) => x.rule === 'order/workload-kubernetes');
    expect(f!.message).not.toContain('upgrade prod-a to');
  });
});

// --- packages/* -------------------------------------------------------------------------------

describe('packages/topolvm-prestage', () => {
  it('pushes the TopoLVM package to its clusters before the window', () => {
    const report = run('packages-topolvm-prestage/pass');
    const prestage = report.commands.filter((c) => c.stage === 'before-window');
    expect(prestage.map((c) => c.argv.slice(-2))).toEqual([['--clusters', 'global,prod-a']]);
  });

  it('asks for no pre-stage from 4.2 to 4.3, only the usual package', () => {
    const report = run('packages-topolvm-prestage/from-4.2');
    expect(findingsOf(report, 'packages/missing').map((f) => f.package)).toEqual([
      'topolvm-operator',
    ]);
  });
});

describe('packages/log-essentials', () => {
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

// --- waivers ----------------------------------------------------------------------------------

describe('waiver/expired', () => {
  it('counts the finding an expired waiver covered again', () => {
    const report = run('waiver-expired/fail');
    // The notices: the expiry, and the PKCE hardening due after every upgrade into 4.3.
    expect(report.summary).toMatchObject({ warnings: 1, notices: 2, waived: 0 });
  });

  it('keeps the waiver in force on its last day', () => {
    const lastDay = run('waiver-expired/fail', { today: '2026-01-31' });
    expect(findingsOf(lastDay, 'waiver/expired')).toEqual([]);
    expect(findingsOf(lastDay, 'order/kubernetes-with-core')[0]!.waived).toBe(true);
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

  it.each<RuleId>([
    'order/workload-kubernetes',
    'path/kubernetes-prerequisite',
    'order/kubernetes-step',
    'platform/node-readiness',
  ])('cannot waive %s: the platform itself refuses it', (rule) => {
    const fixture = `${rule.replace('/', '-')}/fail`;
    const report = run(fixture, {
      edits: {
        plan: (text) =>
          `${text}waivers:\n  - rule: ${rule}\n    reason: we accept the risk\n    owner: platform-team\n    expires: "2027-01-31"\n`,
      },
    });
    const found = findingsOf(report, rule);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => !f.waived)).toBe(true);
    const [notWaivable] = findingsOf(report, 'waiver/not-waivable');
    expect(notWaivable!.message).toContain('what the platform itself refuses');
    expect(report.verdict).toBe('fail');
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
});

describe('path/no-op-step', () => {
  it('warns about a Kubernetes step to the version a cluster already runs', () => {
    const report = run('path-no-op-step/pass', {
      edits: { plan: (text) => `${text}  - cluster: prod-a\n    kubernetes: "1.34"\n` },
    });
    expect(findingsOf(report, 'path/no-op-step')).toMatchObject([{ cluster: 'prod-a', step: 3 }]);
    expect(report.timeline.filter((t) => t.step === 3)).toHaveLength(1);
  });
});

describe('state/kubernetes-unsupported', () => {
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
});

describe('catalog/override', () => {
  it('lists a replaced built-in release in the report, the comment and the terminal', () => {
    const report = run('catalog-override/fail');
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

  it('lists what a catalog.yaml that only adds adds', () => {
    const report = run('catalog-override/pass');
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

describe('path/no-kubernetes-matrix', () => {
  it('lists the row catalog.yaml adds as a change to the built-in catalog', () => {
    const report = run('path-no-kubernetes-matrix/pass');
    expect(report.catalog.overrides).toMatchObject([{ entry: 'release 4.5' }]);
    expect(renderMarkdown(report)).toContain('| release 4.5 | no Kubernetes matrix |');
  });
});

describe('packages/topolvm-backup', () => {
  it("runs the release-4.1 page's commands around the cluster's upgrade, and nothing that writes an ack", () => {
    const report = run('packages-topolvm-backup/fail');
    const lines = report.commands.map((c) => c.shell);
    const backup = lines.findIndex((l) => l.includes('-o yaml > topolvm-artifact.yaml'));
    const remove = lines.indexOf('kubectl delete -f topolvm-artifact.yaml');
    const minfo = lines.findIndex((l) =>
      l.includes('topolvm-migrate-catalog-updater | grep global'),
    );
    const request = report.commands.findIndex(
      (c) => c.cluster === 'global' && /Functional Components > Upgrade/.test(c.note),
    );
    const recreate = lines.indexOf('kubectl create -f topolvm-artifact.yaml');
    expect([backup, remove, minfo, request, recreate].every((i) => i >= 0)).toBe(true);
    expect(backup).toBeLessThan(remove);
    expect(remove).toBeLessThan(minfo);
    expect(minfo).toBeLessThan(request);
    expect(request).toBeLessThan(recreate);
    // Into 4.1 from 3.18, TopoLVM's CRs are created on their own with the platform catalog.
    const crs = report.commands.find(
      (c) => c.package === 'topolvm-operator' && c.argv.includes('--skip-push'),
    )!;
    expect(crs.argv).toEqual(expect.arrayContaining(['--target-catalog-source', 'platform']));
  });
});

describe('platform/release-note', () => {
  it('repeats its runbook line in the window of every cluster the note concerns', () => {
    const report = run('platform-release-note/fail');
    const notes = report.commands.filter((c) => c.note.includes('known issue of 4.2.0 -> 4.2.1'));
    expect(notes.map((c) => [c.cluster, c.window])).toEqual([
      ['global', 1],
      ['prod-a', 2],
    ]);
  });
});
