// The plans of the issue "No false pass, round 2", each as the operator tried it, judged against
// each release's current docs (ACP-FACTS "Corrections, turn 3"): each gets the rule id the docs
// call for on the line at fault, or passes where the docs allow it.
import { describe, expect, it } from '@jest/globals';
import { type InventoryInput, analyze, check, verifiedSuggestionFor } from '../src/engine/check.js';
import type { Report } from '../src/engine/report.js';

const TODAY = '2026-06-01';

type Row = [name: string, version: string, kubernetes: string, role?: string, nodes?: string];

function clusters(...rows: Row[]): string {
  const lines = ['clusters:'];
  for (const [name, version, kubernetes, role, nodes] of rows) {
    lines.push(`  - name: ${name}`);
    if (role) lines.push(`    role: ${role}`);
    lines.push(
      `    version: ${version}`,
      `    kubernetes: "${kubernetes}"`,
      '    minioFreeGB: 200',
    );
    if (nodes)
      lines.push('    nodes:', `      - { name: ${name}-n1, kernel: ${nodes}, cgroup: v2 }`);
  }
  return `${lines.join('\n')}\n`;
}

const lines = (...text: string[]) => `${text.join('\n')}\n`;

function run(clustersYaml: string, plan: string, apps = 'applications: {}\n'): Report {
  const input: InventoryInput = {
    apps: { path: 'acp/apps.yaml', text: apps },
    clusters: { path: 'acp/clusters.yaml', text: clustersYaml },
    plan: { path: 'acp/plan.yaml', text: plan },
  };
  return check(input, { inventory: 'acp', today: TODAY });
}

/** The unwaived errors and warnings, packages aside (these inventories download nothing). */
function open(report: Report) {
  return report.findings
    .filter((f) => f.severity !== 'notice' && !f.waived && !f.rule.startsWith('packages/'))
    .map((f) => ({ rule: f.rule, severity: f.severity, cluster: f.cluster, line: f.line }));
}

const waiver = (rule: string) =>
  lines(
    'waivers:',
    `  - rule: ${rule}`,
    '    reason: accepted by the platform team',
    '    owner: platform-team',
    '    expires: "2027-01-31"',
  );

describe('1. nothing the platform refuses can be waived', () => {
  const cases: [string, string, string][] = [
    [
      'order/workload-kubernetes',
      clusters(['global', '4.2.1', '1.33'], ['w1', '4.2.1', '1.30']),
      lines('target: 4.3.0', 'steps:', '  - cluster: global', '    to: 4.3.0'),
    ],
    [
      'path/kubernetes-prerequisite',
      clusters(['global', '4.1.2', '1.31']),
      lines('target: 4.2.0', 'steps:', '  - cluster: global', '    to: 4.2.0'),
    ],
    [
      'order/kubernetes-step',
      clusters(['global', '4.2.1', '1.33']),
      lines('target: 4.2.1', 'steps:', '  - cluster: global', '    kubernetes: "1.34"'),
    ],
    [
      'platform/node-readiness',
      clusters(['global', '4.3.1', '1.34', 'global', '5.4.0-150-generic']),
      lines('target: 4.4.0', 'steps:', '  - cluster: global', '    to: 4.4.0'),
    ],
  ];
  it.each(cases)('a waiver on %s applies to nothing and is waiver/not-waivable', (rule, c, p) => {
    const report = run(c, p + waiver(rule));
    expect(report.findings.filter((f) => f.rule === rule && !f.waived).length).toBeGreaterThan(0);
    expect(report.findings.filter((f) => f.rule === 'waiver/not-waivable')).toMatchObject([
      { severity: 'error', file: 'acp/plan.yaml', line: 6 },
    ]);
    expect(report.verdict).toBe('fail');
  });
});

describe('2. 3.x -> 4.0: the release-4.0 pre-upgrade page', () => {
  const plan = lines('target: 4.0.11', 'steps:', '  - cluster: global', '    to: 4.0.11');

  it('fails 3.18 on Kubernetes 1.28: every cluster must be 1.30 first', () => {
    expect(open(run(clusters(['global', '3.18.1', '1.28']), plan))).toEqual([
      { rule: 'path/kubernetes-prerequisite', severity: 'error', cluster: 'global', line: 4 },
    ]);
  });

  it('passes 3.18.2 on 1.30: 3.18.2 is a supported source, and suggest finds the plan', () => {
    const platform = clusters(['global', '3.18.2', '1.30']);
    expect(open(run(platform, plan))).toEqual([]);
    const suggestion = verifiedSuggestionFor(
      analyze({
        apps: { path: 'acp/apps.yaml', text: 'applications: {}\n' },
        clusters: { path: 'acp/clusters.yaml', text: platform },
      }),
      '4.0.11',
    );
    expect(suggestion).toEqual({ plan: expect.stringContaining('to: 4.0.11') });
  });

  it('fails CostManager or Kubecost still installed, and ClickHouse from 3.16, and asks for Istio by hand', () => {
    const apps = lines(
      'applications:',
      '  kubecost:',
      '    type: ModulePlugin',
      '    installed: [{ clusterName: global, version: 1.0.0 }]',
      '  clickhouse:',
      '    displayName: Alauda Container Platform Log Storage for ClickHouse',
      '    type: ModulePlugin',
      '    installed: [{ clusterName: global, version: 3.16.0 }]',
    );
    const report = run(clusters(['global', '3.16.2', '1.28']), plan, apps);
    const edge = report.findings.filter((f) => f.rule === 'path/edge-prerequisite');
    expect(edge.map((f) => f.severity)).toEqual(['error', 'error']);
    expect(edge.map((f) => f.message).join('\n')).toMatch(/kubecost on global/);
    expect(edge.map((f) => f.message).join('\n')).toMatch(
      /clickhouse on global: uninstall it before the upgrade and reinstall it afterwards/,
    );
    expect(edge[0]!.message).toContain('Istio, where installed, is on 1.20');
    // And the reinstall falls due after the upgrade.
    expect(
      report.findings.some(
        (f) => f.rule === 'platform/post-upgrade' && /reinstall/.test(f.message),
      ),
    ).toBe(true);
  });
});

describe('3. 3.18 -> 4.1 with TopoLVM', () => {
  it('warns that its resources are backed up and deleted first, and the runbook does so', () => {
    const apps = lines(
      'applications:',
      '  topolvm-operator:',
      '    displayName: Alauda Build of TopoLVM',
      '    type: OperatorBundle',
      '    installed: [{ clusterName: global, version: 2.2.3 }]',
    );
    const report = run(
      clusters(['global', '3.18.1', '1.30']),
      lines('target: 4.1.6', 'steps:', '  - cluster: global', '    to: 4.1.6'),
      apps,
    );
    expect(open(report)).toEqual([]);
    expect(report.findings.filter((f) => f.rule === 'packages/topolvm-backup')).toMatchObject([
      { severity: 'warning', cluster: 'global', line: 4 },
    ]);
  });
});

describe('4. the 1.35 node gate on every move to 1.35, a Kubernetes-only step inside 4.4 included', () => {
  it('fails a Kubernetes-only step to 1.35 on 4.4 with a node on kernel 5.4', () => {
    const report = run(
      clusters(['global', '4.4.0', '1.34', 'global', '5.4.0-150-generic']),
      lines('target: 4.4.0', 'steps:', '  - cluster: global', '    kubernetes: "1.35"'),
    );
    expect(open(report)).toEqual([
      { rule: 'platform/node-readiness', severity: 'error', cluster: 'global', line: 8 },
    ]);
    expect(report.findings[0]!.message).toContain('moves global to Kubernetes 1.35 on 4.4');
    // The runbook's Kubernetes-only window says where the ack goes.
    expect(
      report.commands.some((c) => c.note.includes('ack-4.4-kubernetes-1.35-kernel-update')),
    ).toBe(true);
  });

  it('passes it with ready nodes', () => {
    const report = run(
      clusters(['global', '4.4.0', '1.34', 'global', '5.14.0-427.13.1.el9_4.x86_64']),
      lines('target: 4.4.0', 'steps:', '  - cluster: global', '    kubernetes: "1.35"'),
    );
    expect(open(report)).toEqual([]);
  });
});

describe("5. the moving cluster's own Kubernetes inside the target release's range", () => {
  it('fails a global on 1.30 going 4.2 -> 4.3 until it moves to 1.31 inside 4.2', () => {
    const platform = clusters(['global', '4.2.1', '1.30']);
    const direct = run(
      platform,
      lines('target: 4.3.0', 'steps:', '  - cluster: global', '    to: 4.3.0'),
    );
    expect(open(direct)).toEqual([
      { rule: 'path/kubernetes-prerequisite', severity: 'error', cluster: 'global', line: 4 },
    ]);
    const [prerequisite] = direct.findings.filter((f) => f.rule === 'path/kubernetes-prerequisite');
    expect(prerequisite!.message).toContain("the preflight's KubernetesVersionSupported check");
    expect(prerequisite!.message).toContain('kubernetes: "1.31" (inside its release 4.2)');
    const fixed = run(
      platform,
      lines(
        'target: 4.3.0',
        'steps:',
        '  - cluster: global',
        '    kubernetes: "1.31"',
        '  - cluster: global',
        '    to: 4.3.0',
      ),
    );
    expect(open(fixed)).toEqual([]);
  });
});

describe('6. MySQL-PXC on every move past 4.3.0', () => {
  it.each(['4.1.2', '4.2.1'])('warns on %s -> 4.4.0', (from) => {
    const apps = lines(
      'applications:',
      '  mysql-operator:',
      '    displayName: Alauda Database Service for MySQL',
      '    type: OperatorBundle',
      '    installed: [{ clusterName: global, version: 4.2.0 }]',
    );
    const report = run(
      clusters(['global', from, '1.32']),
      lines('target: 4.4.0', 'steps:', '  - cluster: global', '    to: 4.4.0'),
      apps,
    );
    expect(report.findings.filter((f) => f.rule === 'packages/mysql-pxc')).toMatchObject([
      { severity: 'warning', cluster: 'global', line: 3 },
    ]);
  });
});

describe('7. suggest never offers a plan its check rejects, and says what remains', () => {
  it('leaves a workload whose nodes are not ready behind, inside the matrix', () => {
    const platform = clusters(
      ['global', '4.3.2', '1.34', 'global', '5.14.0-427.13.1.el9_4.x86_64'],
      ['w1', '4.3.2', '1.34', undefined, '5.4.0-150-generic'],
      ['w2', '4.3.2', '1.34', undefined, '5.14.0-427.13.1.el9_4.x86_64'],
    );
    const suggestion = verifiedSuggestionFor(
      analyze({
        apps: { path: 'acp/apps.yaml', text: 'applications: {}\n' },
        clusters: { path: 'acp/clusters.yaml', text: platform },
      }),
      '4.4.0',
    );
    expect('plan' in suggestion).toBe(true);
    const plan = (suggestion as { plan: string }).plan;
    expect(plan).toContain('cluster: w2');
    expect(plan).not.toContain('w1');
    expect(open(run(platform, plan))).toEqual([]);
  });

  it('refuses when the global tier itself cannot pass the gate', () => {
    const platform = clusters(['global', '4.3.2', '1.34', 'global', '5.4.0-150-generic']);
    const suggestion = verifiedSuggestionFor(
      analyze({
        apps: { path: 'acp/apps.yaml', text: 'applications: {}\n' },
        clusters: { path: 'acp/clusters.yaml', text: platform },
      }),
      '4.4.0',
    );
    expect(suggestion).toEqual({
      error: expect.stringContaining('no route passes until those nodes are ready'),
    });
  });

  it('in the report, names what the suggested plan fixes and the errors that remain', () => {
    const report = run(
      clusters(['global', '4.2.1', '1.33'], ['w1', '4.2.1', '1.33']),
      lines(
        'target: 4.3.0',
        'steps:',
        '  - cluster: w1',
        '    to: 4.3.0',
        '  - cluster: global',
        '    to: 4.3.0',
      ),
    );
    expect(report.suggestedPlanFixes).toEqual(['order/global-first']);
    // No Core package is listed: the suggestion fixes the order, the downloads remain.
    expect(report.suggestedPlanRemaining).toEqual([{ rule: 'packages/core-missing', count: 1 }]);
  });
});

describe('8. advice that works when followed', () => {
  it("names the global's current version for a workload's hop (to: 4.3.1, not 4.3.0)", () => {
    const report = run(
      clusters(['global', '4.3.1', '1.34'], ['w1', '4.0.5', '1.31']),
      lines('target: 4.3.1', 'steps:', '  - cluster: w1', '    to: 4.4.0'),
    );
    // 4.0 -> 4.4 is no path; through 4.3, where the global already is, w1 is offered 4.3.1.
    const [f] = report.findings.filter((x) => x.rule === 'path/unsupported');
    expect(f!.message).toContain('4.0 -> 4.3 -> 4.4');
    expect(f!.message).toContain('(to: 4.3.1, then to: 4.4.0)');
  });

  it('advises no Kubernetes step where the release a workload must follow brings one in range', () => {
    // w1 on 4.0 runs 1.31 at most, below 4.4's range (1.32-1.35): it must first follow the tier
    // to 4.3.2, the only version it is offered, and 4.3 brings Kubernetes 1.34, inside the range.
    const report = run(
      clusters(['global', '4.3.2', '1.34'], ['w1', '4.0.5', '1.31']),
      lines('target: 4.4.0', 'steps:', '  - cluster: global', '    to: 4.4.0'),
    );
    const [f] = report.findings.filter((x) => x.rule === 'order/workload-kubernetes');
    expect(f!.message).toContain('upgrade w1 to 4.3.2 before step 1');
    expect(f!.message).not.toContain('and then its Kubernetes');
  });
});

describe('9. new from the docs', () => {
  it('fails Alauda DevOps v3 still installed on 4.1 -> 4.3: migrate to Next-Gen first', () => {
    const apps = lines(
      'applications:',
      '  devops:',
      '    displayName: Alauda DevOps v3',
      '    type: ModulePlugin',
      '    installed: [{ clusterName: global, version: 3.10.0 }]',
    );
    const report = run(
      clusters(['global', '4.1.2', '1.32']),
      lines('target: 4.3.0', 'steps:', '  - cluster: global', '    to: 4.3.0'),
      apps,
    );
    const [f] = report.findings.filter((x) => x.rule === 'path/edge-prerequisite');
    expect(f).toMatchObject({ severity: 'error', line: 4 });
    expect(f!.message).toContain('migrate it to Alauda DevOps Next-Gen first');
  });

  it('warns of 4.4 replacing the embedded Elasticsearch log storage', () => {
    const apps = lines(
      'applications:',
      '  logstorage-es:',
      '    displayName: Alauda Container Platform Log Storage for Elasticsearch',
      '    type: ModulePlugin',
      '    installed: [{ clusterName: global, version: 4.3.0 }]',
    );
    const report = run(
      clusters(['global', '4.3.2', '1.34']),
      lines('target: 4.4.0', 'steps:', '  - cluster: global', '    to: 4.4.0'),
      apps,
    );
    const [f] = report.findings.filter((x) => x.rule === 'platform/release-note');
    expect(f).toMatchObject({ severity: 'warning', line: 4 });
    expect(f!.message).toContain('not automatically migrated');
  });

  it('warns of the 4.2.0 -> 4.2.1 known issue', () => {
    const report = run(
      clusters(['global', '4.2.0', '1.33']),
      lines('target: 4.2.1', 'steps:', '  - cluster: global', '    to: 4.2.1'),
    );
    expect(open(report)).toEqual([
      { rule: 'platform/release-note', severity: 'warning', cluster: 'global', line: 4 },
    ]);
  });

  it('fails a plan to 4.5, whose Kubernetes row is not published, and says how to add it', () => {
    const report = run(
      clusters(['global', '4.4.0', '1.35']),
      lines('target: 4.5.0', 'steps:', '  - cluster: global', '    to: 4.5.0'),
    );
    expect(open(report)).toEqual([
      { rule: 'path/no-kubernetes-matrix', severity: 'error', cluster: 'global', line: 4 },
    ]);
  });

  it('lands intermediate hops on the newest documented patch (4.1.6)', () => {
    const suggestion = verifiedSuggestionFor(
      analyze({
        apps: { path: 'acp/apps.yaml', text: 'applications: {}\n' },
        clusters: { path: 'acp/clusters.yaml', text: clusters(['global', '3.18.2', '1.30']) },
      }),
      '4.3.2',
    );
    expect(suggestion).toEqual({ plan: expect.stringContaining('to: 4.1.6') });
  });
});
