// The plans of the issue "No false pass", each as the operator tried it: ACP forbids each one,
// and each gets the SPEC's rule id on the line at fault (or the correct answer where SPEC says so).
import { describe, expect, it } from '@jest/globals';
import { type InventoryInput, analyze, check, verifiedSuggestionFor } from '../src/engine/check.js';
import { runDrift } from '../src/engine/drift.js';
import type { Report } from '../src/engine/report.js';

const TODAY = '2026-06-01';

function clusters(...rows: [string, string, string, string?][]): string {
  const lines = ['clusters:'];
  for (const [name, version, kubernetes, role] of rows) {
    lines.push(`  - name: ${name}`);
    if (role) lines.push(`    role: ${role}`);
    lines.push(`    version: ${version}`, `    kubernetes: ${kubernetes}`, '    minioFreeGB: 200');
  }
  return `${lines.join('\n')}\n`;
}

function files(
  clustersYaml: string,
  plan = 'target: 4.3.0\nsteps: []\n',
  apps = 'applications: {}\n',
): InventoryInput {
  return {
    apps: { path: 'acp/apps.yaml', text: apps },
    clusters: { path: 'acp/clusters.yaml', text: clustersYaml },
    plan: { path: 'acp/plan.yaml', text: plan },
  };
}

function run(input: InventoryInput): Report {
  return check(input, { inventory: 'acp', today: TODAY });
}

/** The unwaived errors of the plan itself (the inventories here download nothing). */
function errors(report: Report): { rule: string; cluster?: string; file: string; line: number }[] {
  return report.findings
    .filter((f) => f.severity === 'error' && !f.waived && !f.rule.startsWith('packages/'))
    .map((f) => ({
      rule: f.rule,
      ...(f.cluster && { cluster: f.cluster }),
      file: f.file,
      line: f.line,
    }));
}

const steps = (...lines: string[]) => `${lines.join('\n')}\n`;

describe('1. a workload is offered only the global current version', () => {
  it('fails global -> 4.3.1, then w1 -> 4.2.1 and w2 -> 4.3.0', () => {
    const report = run(
      files(
        clusters(
          ['global', '4.2.1', '1.33.4'],
          ['w1', '4.2.0', '1.33.1'],
          ['w2', '4.2.1', '1.33.1'],
        ),
        steps(
          'target: 4.3.1',
          'steps:',
          '  - cluster: global',
          '    to: 4.3.1',
          '  - cluster: w1',
          '    to: 4.2.1',
          '  - cluster: w2',
          '    to: 4.3.0',
        ),
      ),
    );
    expect(errors(report)).toEqual([
      { rule: 'order/workload-target', cluster: 'w1', file: 'acp/plan.yaml', line: 6 },
      { rule: 'order/workload-target', cluster: 'w2', file: 'acp/plan.yaml', line: 8 },
    ]);
  });
});

describe('2. "all clusters on Kubernetes >= 1.31" includes the primary', () => {
  const platform = clusters(
    ['global', '4.0.3', '1.30.8', 'global'],
    ['dr', '4.0.3', '1.31.6', 'standby'],
  );

  it('fails the standby moving 4.0 -> 4.2 while the primary runs 1.30', () => {
    const report = run(
      files(
        platform,
        steps(
          'target: 4.2.1',
          'steps:',
          '  - cluster: dr',
          '    to: 4.2.1',
          '  - cluster: global',
          '    to: 4.2.1',
        ),
      ),
    );
    expect(errors(report)).toEqual([
      { rule: 'path/kubernetes-prerequisite', cluster: 'global', file: 'acp/plan.yaml', line: 4 },
    ]);
  });

  it('suggests a Kubernetes step for the primary before the standby moves', () => {
    const suggestion = verifiedSuggestionFor(analyze(files(platform)), '4.2.1');
    expect(suggestion).toEqual({
      plan: steps(
        '# Suggested by acp-upgrade-check for target 4.2.1.',
        'target: 4.2.1',
        'steps:',
        '  - cluster: global',
        '    kubernetes: "1.31"',
        '  - cluster: dr',
        '    to: 4.2.1',
        '  - cluster: global',
        '    to: 4.2.1',
      ),
    });
  });
});

describe('3. 3.16 -> 4.0 needs every cluster on 3.16.0, 3.16.1 or 3.16.2', () => {
  // Round 2 (ACP-FACTS "Corrections, turn 3"): 3.18 -> 4.0 starts from any 3.18 patch now
  // (3.18.2 included); 3.16 -> 4.0 still names its patches.
  it('fails a 3.16.2 global -> 4.0.3 while one workload is on 3.16.4 and another on 3.18.2', () => {
    const report = run(
      files(
        clusters(
          ['global', '3.16.2', '1.28.9'],
          ['w1', '3.16.4', '1.28.9'],
          ['w2', '3.18.2', '1.28.9'],
        ),
        steps('target: 4.0.3', 'steps:', '  - cluster: global', '    to: 4.0.3'),
      ),
    );
    expect(errors(report)).toEqual([
      { rule: 'state/workload-ahead', cluster: 'w1', file: 'acp/clusters.yaml', line: 7 },
      { rule: 'state/workload-ahead', cluster: 'w2', file: 'acp/clusters.yaml', line: 11 },
      { rule: 'path/source-patch', cluster: 'w1', file: 'acp/plan.yaml', line: 4 },
      { rule: 'path/source-patch', cluster: 'w2', file: 'acp/plan.yaml', line: 4 },
    ]);
  });
});

describe('4. starting states no procedure leads to', () => {
  it.each([
    [
      'a workload on 4.3.0 under a 4.2.1 global',
      clusters(['global', '4.2.1', '1.33.4'], ['w1', '4.3.0', '1.33.1']),
      'state/workload-ahead',
      'w1',
    ],
    [
      'a standby on 4.2.0 behind a 4.2.1 primary',
      clusters(['global', '4.2.1', '1.33.4', 'global'], ['dr', '4.2.0', '1.33.4', 'standby']),
      'state/dr-standby-behind',
      'dr',
    ],
    [
      'a 4.1.0 cluster on Kubernetes 1.28',
      clusters(['global', '4.1.0', '1.32.1'], ['w1', '4.1.0', '1.28.9']),
      'state/kubernetes-unsupported',
      'w1',
    ],
    [
      'a 4.3 global with a workload still on Kubernetes 1.30',
      clusters(['global', '4.3.0', '1.34.1'], ['w1', '4.2.1', '1.30.4']),
      'state/kubernetes-unsupported',
      'w1',
    ],
  ])('fails %s', (_, platform, rule, cluster) => {
    const found = errors(run(files(platform)));
    expect(found.filter((f) => f.rule.startsWith('state/'))).toEqual([
      expect.objectContaining({ rule, cluster, file: 'acp/clusters.yaml' }),
    ]);
  });
});

describe('5. waivers cannot turn a forbidden plan into a pass', () => {
  const waiver = (rule: string, extra = '    owner: platform-team\n    expires: 2099-01-01\n') =>
    `  - rule: ${rule}\n    reason: ok\n${extra}`;
  const dr = clusters(
    ['global', '4.2.1', '1.33.4', 'global'],
    ['dr', '4.2.1', '1.33.4', 'standby'],
    ['w1', '4.2.1', '1.33.1'],
  );
  const wrongOrder = steps(
    'target: 4.3.0',
    'steps:',
    '  - cluster: w1',
    '    to: 4.3.0',
    '  - cluster: global',
    '    to: 4.3.0',
    '  - cluster: dr',
    '    to: 4.3.0',
  );

  it('of order/global-first and order/dr-standby-first: workloads, then primary, then standby fails', () => {
    const report = run(
      files(
        dr,
        `${wrongOrder}waivers:\n${waiver('order/global-first')}${waiver('order/dr-standby-first')}`,
      ),
    );
    expect(report.verdict).toBe('fail');
    expect(errors(report).map((f) => f.rule)).toEqual([
      'order/global-first',
      'order/dr-standby-first',
      'waiver/not-waivable',
      'waiver/not-waivable',
    ]);
  });

  it('of path/unsupported: 3.18 -> 4.3 in one step fails', () => {
    const report = run(
      files(
        clusters(['global', '3.18.1', '1.30.4']),
        `${steps('target: 4.3.0', 'steps:', '  - cluster: global', '    to: 4.3.0')}waivers:\n${waiver('path/unsupported')}`,
      ),
    );
    expect(report.verdict).toBe('fail');
    expect(errors(report).map((f) => f.rule)).toEqual(['path/unsupported', 'waiver/not-waivable']);
  });

  it('with nothing but a reason: input/schema, and the plan fails', () => {
    const report = run(
      files(
        dr,
        `${wrongOrder}waivers:\n${waiver('order/global-first', '')}${waiver('order/dr-standby-first', '')}`,
      ),
    );
    expect(report.verdict).toBe('fail');
    expect(report.findings.filter((f) => f.rule === 'input/schema')).toHaveLength(4);
  });
});

describe('9. steps that change nothing', () => {
  it('warns about a repeated global step and a Kubernetes step to the running version', () => {
    const report = run(
      files(
        clusters(['global', '4.2.1', '1.33.4'], ['w1', '4.2.1', '1.33.1']),
        steps(
          'target: 4.3.0',
          'steps:',
          '  - cluster: w1',
          '    kubernetes: "1.33"',
          '  - cluster: global',
          '    to: 4.3.0',
          '  - cluster: global',
          '    to: 4.3.0',
          '  - cluster: w1',
          '    to: 4.3.0',
        ),
      ),
    );
    expect(report.findings.filter((f) => f.rule === 'path/no-op-step')).toEqual([
      expect.objectContaining({ severity: 'warning', cluster: 'w1', step: 1, line: 4 }),
      expect.objectContaining({ severity: 'warning', cluster: 'global', step: 3, line: 8 }),
    ]);
    // Neither step is a window of its own in the timeline of moves.
    expect(report.timeline.filter((t) => t.from.version !== t.to.version)).toHaveLength(2);
  });
});

describe('10. the route whose first hop the clusters can take now', () => {
  const platform = clusters(['global', '3.18.1', '1.28.9'], ['w1', '3.18.1', '1.28.9']);

  // Round 2: both first hops out of 3.18 need every cluster on 1.30 (release-4.0 and -4.1
  // pre-upgrade pages), so neither can be taken now: the newer intermediate release decides.
  it('names 3.18 -> 4.1 -> 4.3 for 3.18.1 on Kubernetes 1.28 (both first hops need 1.30 first)', () => {
    const report = run(
      files(platform, steps('target: 4.3.0', 'steps:', '  - cluster: global', '    to: 4.3.0')),
    );
    const [f] = report.findings.filter((x) => x.rule === 'path/unsupported');
    expect(f!.message).toContain('the shortest supported route is 3.18 -> 4.1 -> 4.3');
    expect(f!.message).toContain('to: 4.1.6, then to: 4.3.0');
  });

  it("suggests that route, with every cluster on 1.30 first and the hop on 4.1's newest patch", () => {
    const suggestion = verifiedSuggestionFor(analyze(files(platform)), '4.3.0');
    expect(suggestion).toEqual({
      plan: steps(
        '# Suggested by acp-upgrade-check for target 4.3.0.',
        'target: 4.3.0',
        'steps:',
        '  - cluster: global',
        '    kubernetes: "1.30"',
        '  - cluster: w1',
        '    kubernetes: "1.30"',
        '  - cluster: global',
        '    to: 4.1.6',
        '  - cluster: w1',
        '    to: 4.1.6',
        '  - cluster: global',
        '    to: 4.3.0',
        '  - cluster: w1',
        '    to: 4.3.0',
      ),
    });
  });
});

describe("11. 3.18 -> 4.1's prerequisites beyond Kubernetes", () => {
  const platform = clusters(['global', '3.18.1', '1.30.4']);
  const plan = steps('target: 4.1.0', 'steps:', '  - cluster: global', '    to: 4.1.0');

  it('lists Istio 1.22 as a notice; CostManager/Kubecost only when apps.yaml cannot tell', () => {
    const [f] = run(files(platform, plan)).findings.filter(
      (x) => x.rule === 'path/edge-prerequisite',
    );
    expect(f).toMatchObject({ severity: 'notice', line: 4 });
    expect(f!.message).toContain(
      'Istio, where installed, is on 1.22 on every cluster that runs it',
    );
    expect(f!.message).not.toContain('CostManager');
  });

  it('fails an installed Kubecost', () => {
    const apps =
      'applications:\n  cost-manager:\n    displayName: Alauda Cost Manager\n    type: ModulePlugin\n    installed:\n      - clusterName: global\n        version: 1.0.0\n';
    const [f] = run(files(platform, plan, apps)).findings.filter(
      (x) => x.rule === 'path/edge-prerequisite',
    );
    expect(f).toMatchObject({ severity: 'error', line: 4 });
    expect(f!.message).toContain('cost-manager on global');
  });
});

describe('12. drift mode', () => {
  const committed = (type: string, version: string) =>
    `applications:\n  metallb:\n    type: ${type}\n    installed:\n      - clusterName: global\n        version: ${version}\n`;
  const drift = (before: string, after: string) =>
    runDrift(
      {
        apps: { path: 'acp/apps.yaml', text: before },
        clusters: { path: 'acp/clusters.yaml', text: clusters(['global', '4.2.1', '1.33.4']) },
      },
      { path: 'live-apps.yaml', text: after },
      { inventory: 'acp', today: TODAY },
    );

  it('does not report v2.3.0 against 2.3.0', () => {
    expect(
      drift(committed('ModulePlugin', '2.3.0'), committed('ModulePlugin', 'v2.3.0')).findings,
    ).toEqual([]);
  });

  it('reports an application whose type changed', () => {
    const report = drift(committed('ModulePlugin', '2.3.0'), committed('OperatorBundle', '2.3.0'));
    expect(report.findings.map((f) => f.rule)).toEqual(['drift/type-changed']);
  });
});
