// The oracle is tested too: plain examples from SPEC §1 and ACP-FACTS.md, one per rule, and a
// property that plans built to be valid by the oracle's own planner pass it.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtCase, defined, textsOf } from './arbitraries.js';
import { factsFor } from './facts.js';
import { failingRules, judge } from './oracle.js';

const TODAY = '2026-06-01';
const verdictOf = (clusters: string, plan: string, acp44 = false) =>
  judge({ clusters, plan }, { today: TODAY, facts: factsFor(acp44) });
const rulesOf = (clusters: string, plan: string, acp44 = false) =>
  failingRules(verdictOf(clusters, plan, acp44));

/** clusters.yaml from "name role version kubernetes" lines. */
const clusters = (...rows: string[]) =>
  `clusters:\n${rows
    .map((row) => {
      const [name, role, version, kubernetes] = row.split(' ');
      return `  - name: ${name}\n    role: ${role}\n    version: ${version}\n    kubernetes: ${kubernetes}\n`;
    })
    .join('')}`;

// SPEC §1's example, on purpose with a mistake: region2 is still on Kubernetes 1.30 when the
// global tier moves to 4.3.
const SPEC_CLUSTERS = clusters(
  'global global 4.0.3 1.31.6',
  'global-standby standby 4.0.3 1.31.6',
  'region1 workload 4.0.3 1.30.8',
  'region2 workload 4.0.3 1.30.2',
);
const SPEC_PLAN = `target: 4.3.0
steps:
  - cluster: region1
    kubernetes: "1.31"
  - cluster: global-standby
    to: 4.3.0
  - cluster: global
    to: 4.3.0
  - clusters: [region1, region2]
    to: 4.3.0
`;

// A DR platform on 4.2.1 going to 4.3.0: standby, primary, then the workloads.
const DR_CLUSTERS = clusters(
  'global global 4.2.1 1.33.4',
  'global-dr standby 4.2.1 1.33.4',
  'prod-a workload 4.2.1 1.31.9',
  'prod-b workload 4.2.1 1.33.4',
);
const DR_PLAN = `target: 4.3.0
steps:
  - cluster: global-dr
    to: 4.3.0
  - cluster: global
    to: 4.3.0
  - clusters: [prod-a, prod-b]
    to: 4.3.0
`;

const WAIVER = (rule: string, extra = '') => `waivers:
  - rule: ${rule}
${extra}    reason: accepted risk, ticket OPS-1
    owner: platform-team
    expires: 2027-01-31
`;

describe('the oracle on the examples of SPEC §1', () => {
  it('fails the SPEC example plan on order/workload-kubernetes: region2 is on Kubernetes 1.30', () => {
    const verdict = verdictOf(SPEC_CLUSTERS, SPEC_PLAN);
    expect(verdict.verdict).toBe('fail');
    expect(failingRules(verdict)).toEqual(['order/workload-kubernetes']);
    const clustersNamed = verdict.findings
      .filter((f) => f.rule === 'order/workload-kubernetes')
      .map((f) => `${f.step}:${f.cluster}`);
    expect(clustersNamed).toEqual(['2:region2', '3:region2']);
  });

  it('passes the SPEC example once region2 moves to Kubernetes 1.31 first', () => {
    const fixed = SPEC_PLAN.replace('  - cluster: region1\n', '  - clusters: [region1, region2]\n');
    expect(verdictOf(SPEC_CLUSTERS, fixed)).toEqual({ verdict: 'pass', findings: [] });
  });

  it('passes a DR platform going 4.2.1 -> 4.3.0: standby, primary, workloads', () => {
    expect(verdictOf(DR_CLUSTERS, DR_PLAN)).toEqual({ verdict: 'pass', findings: [] });
  });

  it('reads unquoted versions as written: kubernetes 1.30 is 1.30, not 1.3', () => {
    const unquoted = SPEC_PLAN.replace('"1.31"', '1.31').replace(
      'cluster: region1\n',
      'clusters: [region1, region2]\n',
    );
    expect(verdictOf(SPEC_CLUSTERS, unquoted).verdict).toBe('pass');
    const quoted = clusters('global global "4.2.1" "1.30"', 'w1 workload v4.2.1 1.30');
    expect(rulesOf(quoted, 'target: 4.2.1\nsteps: []\n')).toEqual([]);
  });
});

describe('the oracle, one rule at a time', () => {
  it('order/global-first: a workload moves before the global tier', () => {
    const plan = DR_PLAN.replace(
      'steps:\n',
      'steps:\n  - cluster: prod-a\n    to: 4.3.0\n',
    ).replace('clusters: [prod-a, prod-b]', 'cluster: prod-b');
    expect(rulesOf(DR_CLUSTERS, plan)).toEqual(['order/global-first']);
  });

  it('order/workload-target: a workload goes to a version other than the global current one', () => {
    const plan = DR_PLAN.replace(/to: 4\.3\.0/g, 'to: 4.3.1').replace(
      'clusters: [prod-a, prod-b]\n    to: 4.3.1',
      'clusters: [prod-a, prod-b]\n    to: 4.3.0',
    );
    expect(rulesOf(DR_CLUSTERS, plan.replace('target: 4.3.0', 'target: 4.3.1'))).toEqual([
      'order/workload-target',
    ]);
  });

  it('order/dr-standby-first: the primary before the standby, or both in one window', () => {
    const swapped = `target: 4.3.0
steps:
  - cluster: global
    to: 4.3.0
  - cluster: global-dr
    to: 4.3.0
`;
    expect(rulesOf(DR_CLUSTERS, swapped)).toEqual(['order/dr-standby-first']);
    const together = 'target: 4.3.0\nsteps:\n  - clusters: [global-dr, global]\n    to: 4.3.0\n';
    expect(rulesOf(DR_CLUSTERS, together)).toEqual(['order/dr-standby-first']);
  });

  it('path/kubernetes-prerequisite: 4.0 -> 4.2 needs every global-tier cluster on 1.31', () => {
    const platform = clusters('global global 4.0.3 1.31.2', 'dr standby 4.0.3 1.30.1');
    const plan =
      'target: 4.2.0\nsteps:\n  - cluster: dr\n    to: 4.2.0\n  - cluster: global\n    to: 4.2.0\n';
    const verdict = verdictOf(platform, plan);
    expect(failingRules(verdict)).toEqual(['path/kubernetes-prerequisite']);
    const fixed = plan.replace('steps:\n', 'steps:\n  - cluster: dr\n    kubernetes: "1.31"\n');
    expect(rulesOf(platform, fixed)).toEqual([]);
  });

  it('path/kubernetes-prerequisite: the primary is checked when the standby moves first', () => {
    const platform = clusters('global global 4.1.0 1.31.2', 'dr standby 4.1.0 1.32.1');
    const plan =
      'target: 4.2.0\nsteps:\n  - cluster: dr\n    to: 4.2.0\n  - cluster: global\n    kubernetes: "1.32"\n  - cluster: global\n    to: 4.2.0\n';
    const findings = verdictOf(platform, plan).findings.filter((f) => f.severity === 'error');
    expect(findings.map((f) => `${f.rule}@${f.step}:${f.cluster}`)).toEqual([
      'path/kubernetes-prerequisite@1:global',
    ]);
  });

  it('order/workload-kubernetes: a workload below an at-least edge when the global moves', () => {
    const platform = clusters('global global 4.1.2 1.32.3', 'w1 workload 4.1.2 1.31.0');
    const plan = 'target: 4.2.0\nsteps:\n  - cluster: global\n    to: 4.2.0\n';
    expect(rulesOf(platform, plan)).toEqual(['order/workload-kubernetes']);
  });

  it('path/source-patch: 3.18 -> 4.0 only from 3.18.0 or 3.18.1, for every cluster', () => {
    const plan = 'target: 4.0.0\nsteps:\n  - cluster: global\n    to: 4.0.0\n';
    expect(rulesOf(clusters('global global 3.18.2 1.28'), plan)).toEqual(['path/source-patch']);
    expect(rulesOf(clusters('global global 3.18.1 1.28'), plan)).toEqual([]);
    const older = clusters('global global 3.18.1 1.28', 'w1 workload 3.16.1 1.28');
    expect(rulesOf(older, plan)).toEqual(['path/source-patch']);
  });

  it('path/unsupported: 3.18 -> 4.3 is not an edge; 3.18 -> 4.0 -> 4.3 is', () => {
    const platform = clusters('global global 3.18.1 1.30');
    expect(
      rulesOf(platform, 'target: 4.3.0\nsteps:\n  - cluster: global\n    to: 4.3.0\n'),
    ).toEqual(['path/unsupported']);
    const hops =
      'target: 4.3.0\nsteps:\n  - cluster: global\n    to: 4.0.0\n  - cluster: global\n    kubernetes: "1.31"\n  - cluster: global\n    to: 4.3.0\n';
    expect(rulesOf(platform, hops)).toEqual([]);
  });

  it('path/downgrade: a lower version, or a lower Kubernetes than the step leaves implicitly', () => {
    const platform = clusters('global global 4.2.1 1.33');
    expect(
      rulesOf(platform, 'target: 4.2.0\nsteps:\n  - cluster: global\n    to: 4.2.0\n'),
    ).toEqual(expect.arrayContaining(['path/downgrade']));
    // `to: 4.3.0` without kubernetes moves to 4.3's creation minor 1.34; 1.33 afterwards goes down
    const implicit =
      'target: 4.3.0\nsteps:\n  - cluster: global\n    to: 4.3.0\n  - cluster: global\n    kubernetes: "1.33"\n';
    expect(rulesOf(platform, implicit)).toEqual(['path/downgrade']);
    // 4.0 lists four creation minors: the cluster keeps its Kubernetes
    const keeps =
      'target: 4.0.1\nsteps:\n  - cluster: global\n    to: 4.0.1\n  - cluster: global\n    kubernetes: "1.29"\n';
    expect(rulesOf(clusters('global global 4.0.0 1.29.3'), keeps)).toEqual([]);
  });

  it('path/target-not-reached: the standby too must end on the target', () => {
    expect(
      rulesOf(DR_CLUSTERS, 'target: 4.3.0\nsteps:\n  - cluster: global-dr\n    to: 4.3.0\n'),
    ).toEqual(['path/target-not-reached']);
  });

  it('order/kubernetes-step: a Kubernetes-only step stays inside the current release', () => {
    const platform = clusters('global global 4.2.1 1.33', 'w1 workload 4.1.0 1.30');
    const plan = 'target: 4.2.1\nsteps:\n  - cluster: w1\n    kubernetes: "1.33"\n';
    expect(rulesOf(platform, plan)).toEqual(['order/kubernetes-step']);
    // 3.x has no published matrix: its Kubernetes is not range-checked
    const old = clusters('global global 3.18.1 1.26');
    expect(
      rulesOf(old, 'target: 3.18.1\nsteps:\n  - cluster: global\n    kubernetes: "1.35"\n'),
    ).toEqual([]);
  });

  it('state/*: the starting state alone can fail the plan', () => {
    const empty = 'target: 4.2.1\nsteps: []\n';
    expect(rulesOf(clusters('global global 4.2.1 1.33', 'w1 workload 4.3.0 1.33'), empty)).toEqual([
      'state/workload-ahead',
    ]);
    const behind = clusters('global global 4.2.1 1.33', 'dr standby 4.2.0 1.33');
    expect(rulesOf(behind, empty).filter((r) => r.startsWith('state/'))).toEqual([
      'state/dr-standby-behind',
    ]);
    // a standby ahead is a resumed upgrade and fine
    const resumed = clusters('global global 4.2.1 1.33', 'dr standby 4.3.0 1.34');
    expect(rulesOf(resumed, 'target: 4.3.0\nsteps:\n  - cluster: global\n    to: 4.3.0\n')).toEqual(
      [],
    );
    expect(rulesOf(clusters('global global 4.2.1 1.29'), empty)).toEqual([
      'state/kubernetes-unsupported',
    ]);
    // a workload inside its own release's range but outside the global's
    expect(rulesOf(clusters('global global 4.2.1 1.33', 'w1 workload 4.0.2 1.29'), empty)).toEqual([
      'state/kubernetes-unsupported',
    ]);
  });

  it('waivers: never a not-waivable rule, only current and complete ones', () => {
    const early = DR_PLAN.replace('steps:\n', 'steps:\n  - cluster: prod-a\n    to: 4.3.0\n');
    expect(rulesOf(DR_CLUSTERS, early + WAIVER('order/global-first'))).toEqual([
      'order/global-first',
    ]);
    expect(rulesOf(SPEC_CLUSTERS, SPEC_PLAN + WAIVER('order/workload-kubernetes'))).toEqual([]);
    expect(
      rulesOf(
        SPEC_CLUSTERS,
        SPEC_PLAN + WAIVER('order/workload-kubernetes', '    cluster: region1\n'),
      ),
    ).toEqual(['order/workload-kubernetes']);
    const expired = WAIVER('order/workload-kubernetes').replace('2027-01-31', '2026-05-31');
    expect(rulesOf(SPEC_CLUSTERS, SPEC_PLAN + expired)).toEqual(['order/workload-kubernetes']);
    const ownerless = WAIVER('order/workload-kubernetes').replace('    owner: platform-team\n', '');
    expect(rulesOf(SPEC_CLUSTERS, SPEC_PLAN + ownerless)).toEqual(['input/schema']);
  });

  it('the ACP 4.4 line follows ACP-FACTS, and without it 4.4 is an unknown version', () => {
    const platform = clusters('global global 4.3.1 1.34', 'w1 workload 4.1.0 1.31');
    const plan = `target: 4.4.0
steps:
  - cluster: w1
    kubernetes: "1.32"
  - cluster: global
    to: 4.4.0
`;
    expect(rulesOf(platform, plan)).toEqual(['input/unknown-version']);
    expect(rulesOf(platform, plan, true)).toEqual([]);
    // from 4.1, workloads on 1.29-1.31 must first reach 1.32 (ACP-FACTS, 4.4 Kubernetes)
    const skipped = plan.replace('  - cluster: w1\n    kubernetes: "1.32"\n', '');
    expect(rulesOf(platform, skipped, true)).toEqual(['order/workload-kubernetes']);
    // 4.0.x is outside the direct-upgrade window for 4.4
    const from40 = clusters('global global 4.0.3 1.31');
    expect(
      rulesOf(from40, 'target: 4.4.0\nsteps:\n  - cluster: global\n    to: 4.4.0\n', true),
    ).toEqual(['path/unsupported']);
  });
});

describe('plans built to be valid by the oracle own planner', () => {
  for (const acp44 of [false, true]) {
    it(`pass the oracle${acp44 ? ' (with the ACP 4.4 line)' : ''}`, () => {
      const facts = factsFor(acp44);
      let built = 0;
      fc.assert(
        fc.property(defined(builtCase(facts)), (c) => {
          built++;
          const verdict = judge(textsOf(c), { today: TODAY, facts });
          if (verdict.verdict !== 'pass') {
            throw new Error(
              `${textsOf(c).clusters}---\n${textsOf(c).plan}${JSON.stringify(verdict.findings, null, 1)}`,
            );
          }
        }),
        { numRuns: 300, seed: 7 },
      );
      expect(built).toBeGreaterThanOrEqual(300);
    });
  }
});

describe('the saved counterexamples', () => {
  // Evidence for the engine's rewrite (false passes found by the property suite); here only the
  // oracle is held to them: each fails on exactly the rule its plan.yaml comment names.
  const base = join('__tests__', 'oracle', 'counterexamples');
  const folders = readdirSync(base).sort();

  it('exist', () => {
    expect(folders.length).toBeGreaterThanOrEqual(10);
  });

  for (const folder of folders) {
    it(`${folder}: the oracle fails it on the rule it names`, () => {
      const read = (name: string) => readFileSync(join(base, folder, name), 'utf8');
      expect(read('apps.yaml')).toBe('applications: {}\n');
      const plan = read('plan.yaml');
      const named = /^# oracle: fail on (\S+)/.exec(plan)?.[1];
      expect(named).toBeDefined();
      expect(rulesOf(read('clusters.yaml'), plan)).toEqual([named]);
    });
  }
});
