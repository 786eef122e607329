// fast-check generators: platforms (a global, maybe a DR standby, up to five workloads, some with
// their production nodes), targets, random plans, plans built to be valid, plans the engine
// suggests, and mutations of the last two (swap two steps, change a `to` patch, drop a Kubernetes
// step, move a workload before the global, add a waiver, a Kubernetes-only step to 1.35, nodes
// ready or not, a 3.18.2 source, a global-tier cluster on its release's lowest Kubernetes).
import fc from 'fast-check';
import { buildValidPlan } from './builder.js';
import { engineSuggestion } from './engine.js';
import { type Facts, factsFor } from './facts.js';
import {
  type ClusterDraft,
  type NodeDraft,
  type PlanDraft,
  type StepDraft,
  type Style,
  type WaiverDraft,
  clustersYaml,
  planYamlOf,
  roleOf,
} from './inventory.js';
import type { Cluster } from './oracle.js';
import { FAILSAFE_SCHEMA, load } from 'js-yaml';
import { compareRelease, distribution, kubeMinor, kubernetes } from './versions.js';

export type Kind = 'random' | 'built' | 'built-mutated' | 'suggested' | 'suggested-mutated';

export interface Case {
  kind: Kind;
  clusters: ClusterDraft[];
  clustersStyle: Style;
  plan: PlanDraft;
  planStyle: Style;
  /** what was changed, for the printed counterexample */
  mutations: string[];
}

export const textsOf = (c: Case) => ({
  clusters: clustersYaml(c.clusters, c.clustersStyle),
  plan: planYamlOf(c.plan, c.planStyle),
});

const style: fc.Arbitrary<Style> = fc.record({
  quote: fc.constantFrom<Style['quote']>(0, 0, 1, 2),
  v: fc.boolean(),
});

// --- platforms ---------------------------------------------------------------------------

/** `uname -r` of production nodes: 5.8 or later first, then older kernels. */
const KERNELS_READY = [
  '5.14.0-427.13.1.el9_4.x86_64',
  '6.8.0-45-generic',
  '5.8.0-63-generic',
  '5.10.0-28-amd64',
  '6.1.0-18-arm64',
];
const KERNELS_OLD = ['5.4.0-150-generic', '4.18.0-553.el8_10.x86_64', '5.7.19-200.fc32.x86_64'];

const nodePick = fc.record({ kernel: fc.nat(9), v1: fc.nat(5) });
type NodePick = typeof nodePick extends fc.Arbitrary<infer T> ? T : never;

/** A node from a pick: 3 in 10 an old kernel, 1 in 6 cgroup v1. */
function nodeOf(cluster: string, i: number, p: NodePick): NodeDraft {
  const kernel =
    p.kernel < 7
      ? KERNELS_READY[p.kernel % KERNELS_READY.length]!
      : KERNELS_OLD[p.kernel % KERNELS_OLD.length]!;
  return { name: `${cluster}-n${i + 1}`, kernel, cgroup: p.v1 === 0 ? 'v1' : 'v2' };
}

/** Nodes that pass the 1.35 gate, or that do not (one node with an old kernel or cgroup v1). */
export function nodesFor(cluster: string, ready: boolean, n = 0): NodeDraft[] {
  const good = {
    name: `${cluster}-n1`,
    kernel: KERNELS_READY[n % KERNELS_READY.length]!,
    cgroup: 'v2' as const,
  };
  if (ready) return [good];
  const bad: NodeDraft =
    n % 2 === 0
      ? { name: `${cluster}-n2`, kernel: KERNELS_OLD[n % KERNELS_OLD.length]!, cgroup: 'v2' }
      : { name: `${cluster}-n2`, kernel: good.kernel, cgroup: 'v1' };
  return [good, bad];
}

const clusterPick = fc.record({
  release: fc.nat(30),
  patch: fc.nat(3),
  kube: fc.nat(30),
  kubePatch: fc.option(fc.nat(12), { nil: undefined }),
  /** 0 in 10: anything goes (bad starting states, Kubernetes out of range) */
  odd: fc.nat(9),
  /** half the clusters declare one to three nodes */
  nodes: fc.option(fc.array(nodePick, { minLength: 1, maxLength: 3 }), {
    freq: 2,
    nil: undefined,
  }),
});
type ClusterPick = typeof clusterPick extends fc.Arbitrary<infer T> ? T : never;

export interface Platform {
  clusters: ClusterDraft[];
  style: Style;
}

export function platform(facts: Facts = factsFor()): fc.Arbitrary<Platform> {
  // A platform does not start on a release without a Kubernetes matrix row (4.5): nothing says
  // which Kubernetes it runs.
  const releases = facts.releases.filter((r) => !r.noMatrix).map((r) => r.minor);
  const compatible = (release: string) =>
    facts.releases.find((r) => r.minor === release)?.compatible?.map(kubeMinor) ??
      // 3.x: no published matrix; Kubernetes of the time, 1.26 to 1.31
      [26, 27, 28, 29, 30, 31];
  const kubeOf = (p: ClusterPick, own: string, global?: string) => {
    let minors = compatible(own);
    if (global) {
      const both = minors.filter((m) => compatible(global).includes(m));
      if (both.length) minors = both;
    }
    const minor = p.odd === 0 ? 26 + (p.kube % 10) : minors[p.kube % minors.length]!;
    return `1.${minor}${p.kubePatch === undefined ? '' : `.${p.kubePatch}`}`;
  };
  const nodes = (name: string, p: ClusterPick) =>
    p.nodes === undefined ? {} : { nodes: p.nodes.map((n, i) => nodeOf(name, i, n)) };
  return fc
    .record({
      global: clusterPick,
      globalRole: fc.boolean(),
      standby: fc.option(clusterPick, { freq: 2, nil: undefined }),
      workloads: fc.array(clusterPick, { maxLength: 5 }),
      workloadRole: fc.boolean(),
      style,
    })
    .map(({ global, globalRole, standby, workloads, workloadRole, style }) => {
      const gi = global.release % releases.length;
      const gRelease = releases[gi]!;
      const clusters: ClusterDraft[] = [
        {
          name: 'global',
          role: globalRole ? 'global' : undefined,
          version: `${gRelease}.${global.patch}`,
          kubernetes: kubeOf(global, gRelease),
          ...nodes('global', global),
        },
      ];
      if (standby) {
        const [release, patch] =
          standby.odd === 0
            ? [releases[standby.release % releases.length]!, standby.patch]
            : [gRelease, global.patch];
        clusters.push({
          name: 'dr',
          role: 'standby',
          version: `${release}.${patch}`,
          kubernetes: kubeOf(standby, release),
          ...nodes('dr', standby),
        });
      }
      workloads.forEach((w, i) => {
        const odd = w.odd === 0;
        const release = odd
          ? releases[w.release % releases.length]!
          : releases[w.release % (gi + 1)]!;
        const patch = !odd && release === gRelease ? Math.min(w.patch, global.patch) : w.patch;
        clusters.push({
          name: `w${i + 1}`,
          role: workloadRole ? 'workload' : undefined,
          version: `${release}.${patch}`,
          kubernetes: kubeOf(w, release, odd ? undefined : gRelease),
          ...nodes(`w${i + 1}`, w),
        });
      });
      return { clusters, style };
    });
}

/** The oracle's model of the drafted clusters (the builder plans on it). */
export function modelOf(clusters: ClusterDraft[]): Cluster[] {
  return clusters.map((c) => ({
    name: c.name,
    role: roleOf(c),
    version: distribution(c.version)!,
    kubernetes: kubernetes(c.kubernetes)!,
    nodes: c.nodes?.map((n) => {
      const [major, minor] = n.kernel.split(/[.-]/).map(Number);
      return {
        name: n.name,
        kernel: { major: major!, minor: minor!, text: n.kernel },
        cgroup: n.cgroup,
      };
    }),
  }));
}

/** Targets worth asking for: every release from the global's up, patch 0 or 1, or where it is. */
function targets(facts: Facts, clusters: ClusterDraft[]): string[] {
  const global = distribution(clusters[0]!.version)!;
  const up = facts.releases
    .map((r) => r.minor)
    .filter((r) => compareRelease(r, global.release) >= 0)
    .flatMap((r) => [`${r}.0`, `${r}.1`]);
  return [global.full, ...up];
}

// --- plans -------------------------------------------------------------------------------

const stepPick = fc.record({
  clusters: fc.uniqueArray(fc.nat(6), { minLength: 1, maxLength: 3 }),
  to: fc.option(fc.nat(40), { freq: 4, nil: undefined }),
  kube: fc.option(fc.nat(9), { freq: 2, nil: undefined }),
});

/** Random steps over the platform's clusters and the versions that matter to it. */
export function randomCase(facts: Facts = factsFor()): fc.Arbitrary<Case> {
  return fc
    .record({
      platform: platform(facts),
      target: fc.nat(40),
      steps: fc.array(stepPick, { maxLength: 7 }),
      planStyle: style,
    })
    .map(({ platform, target, steps, planStyle }) => {
      const names = platform.clusters.map((c) => c.name);
      const goals = targets(facts, platform.clusters);
      const versions = [...goals, ...platform.clusters.map((c) => c.version)];
      const plan: PlanDraft = {
        target: goals[target % goals.length]!,
        waivers: [],
        steps: steps.map((s): StepDraft => {
          const clusters = [...new Set(s.clusters.map((i) => names[i % names.length]!))];
          const to = s.to === undefined ? undefined : versions[s.to % versions.length];
          const kube = s.kube === undefined ? undefined : `1.${26 + s.kube}`;
          return { clusters, to: to ?? (kube ? undefined : goals[0]), kubernetes: kube };
        }),
      };
      return {
        kind: 'random',
        clusters: platform.clusters,
        clustersStyle: platform.style,
        plan,
        planStyle,
        mutations: [],
      };
    });
}

/** A plan built to be valid by the oracle's own planner; undefined when it finds none. */
export function builtCase(facts: Facts = factsFor()): fc.Arbitrary<Case | undefined> {
  return fc
    .record({
      platform: platform(facts),
      target: fc.nat(40),
      choices: fc.array(fc.nat(1000), { minLength: 64, maxLength: 64 }),
      planStyle: style,
    })
    .map(({ platform, target, choices, planStyle }) => {
      const goals = targets(facts, platform.clusters).slice(1);
      const goal = goals[target % goals.length]!;
      let next = 0;
      const pick = (n: number) => choices[next++ % choices.length]! % n;
      const steps = buildValidPlan(facts, modelOf(platform.clusters), distribution(goal)!, pick);
      if (!steps) return undefined;
      return {
        kind: 'built' as const,
        clusters: platform.clusters,
        clustersStyle: platform.style,
        plan: { target: goal, steps, waivers: [] },
        planStyle,
        mutations: [],
      };
    });
}

/** The steps of a plan.yaml text (the engine's suggestion), read as the user wrote them. */
export function stepsOfYaml(text: string): PlanDraft {
  const doc = load(text, { schema: FAILSAFE_SCHEMA }) as {
    target: string;
    steps?: { cluster?: string; clusters?: string[]; to?: string; kubernetes?: string }[];
  };
  return {
    target: doc.target,
    waivers: [],
    steps: (doc.steps ?? []).map((s) => ({
      clusters: s.cluster !== undefined ? [s.cluster] : (s.clusters ?? []),
      to: s.to,
      kubernetes: s.kubernetes,
    })),
  };
}

/** The engine's own suggestion for the platform and a target; undefined when it offers none. */
export function suggestedCase(facts: Facts = factsFor()): fc.Arbitrary<Case | undefined> {
  return fc
    .record({ platform: platform(facts), target: fc.nat(40), planStyle: style })
    .map(({ platform, target, planStyle }) => {
      const goals = targets(facts, platform.clusters).slice(1);
      const goal = goals[target % goals.length]!;
      const text = engineSuggestion(clustersYaml(platform.clusters, platform.style), goal);
      if (text === undefined) return undefined;
      return {
        kind: 'suggested' as const,
        clusters: platform.clusters,
        clustersStyle: platform.style,
        plan: stepsOfYaml(text),
        planStyle,
        mutations: [],
      };
    });
}

// --- mutations ---------------------------------------------------------------------------

/** SPEC §1's not-waivable rules and some waivable ones. */
const WAIVER_RULES = [
  'order/global-first',
  'order/workload-target',
  'order/dr-standby-first',
  'path/unsupported',
  'path/downgrade',
  'path/source-patch',
  'path/target-not-reached',
  'state/workload-ahead',
  'state/dr-standby-behind',
  'state/kubernetes-unsupported',
  'order/workload-kubernetes',
  'path/kubernetes-prerequisite',
  'order/kubernetes-step',
  'platform/node-readiness',
  'path/no-kubernetes-matrix',
];

const mutationPick = fc.record({
  kind: fc.constantFrom(
    'swap',
    'patch',
    'drop-kubernetes',
    'workload-first',
    'waiver',
    'waive-preflight',
    'kubernetes-1.35',
    'kubernetes-1.35',
    'nodes',
    'source-3.18.2',
    'global-kubernetes-low',
  ),
  a: fc.nat(50),
  b: fc.nat(50),
  /** waiver: 0-5 complete and current, 6 expired, 7 without owner, 8 without reason */
  variant: fc.nat(8),
});
type MutationPick = typeof mutationPick extends fc.Arbitrary<infer T> ? T : never;

const isGlobalTier = (clusters: ClusterDraft[], name: string) => {
  const c = clusters.find((x) => x.name === name);
  return c !== undefined && roleOf(c) !== 'workload';
};

/** SPEC §1: what the platform's own preflight refuses (and the 4.5 rule), waived all at once. */
const PREFLIGHT_RULES = [
  'order/workload-kubernetes',
  'path/kubernetes-prerequisite',
  'order/kubernetes-step',
  'platform/node-readiness',
  'path/no-kubernetes-matrix',
];

/** For each cluster, the number of steps after which it is on 4.4 or later (0: from the start). */
function on44From(c: Case): Map<string, number> {
  const at = new Map<string, number>();
  const release = new Map(c.clusters.map((x) => [x.name, distribution(x.version)!.release]));
  const mark = (k: number) => {
    for (const [name, r] of release)
      if (!at.has(name) && compareRelease(r, '4.4') >= 0) at.set(name, k);
  };
  mark(0);
  c.plan.steps.forEach((s, k) => {
    const to = s.to === undefined ? undefined : distribution(s.to);
    if (to) for (const name of s.clusters) release.set(name, to.release);
    mark(k + 1);
  });
  return at;
}

/** The lowest Kubernetes minor of a release's Compatible Versions (undefined for 3.x, 4.5). */
function lowestCompatible(facts: Facts, release: string): number | undefined {
  const list = facts.releases.find((r) => r.minor === release)?.compatible?.map(kubeMinor);
  return list ? Math.min(...list) : undefined;
}

function mutate(c: Case, m: MutationPick, facts: Facts): Case {
  const steps = c.plan.steps.map((s) => ({ ...s, clusters: [...s.clusters] }));
  let clusters = c.clusters;
  let waivers = c.plan.waivers;
  let said: string | undefined;
  const indexOf = (list: number[], n: number) => (list.length ? list[n % list.length] : undefined);
  switch (m.kind) {
    case 'swap': {
      if (steps.length < 2) break;
      const i = m.a % steps.length;
      const j = (i + 1 + (m.b % (steps.length - 1))) % steps.length;
      [steps[i], steps[j]] = [steps[j]!, steps[i]!];
      said = `swapped steps ${i + 1} and ${j + 1}`;
      break;
    }
    case 'patch': {
      const i = indexOf(
        steps.flatMap((s, k) => (s.to ? [k] : [])),
        m.a,
      );
      if (i === undefined) break;
      const to = distribution(steps[i]!.to!)!;
      steps[i]!.to = `${to.release}.${to.patch + 1}`;
      said = `step ${i + 1}: to ${to.full} -> ${steps[i]!.to}`;
      break;
    }
    case 'drop-kubernetes': {
      const i = indexOf(
        steps.flatMap((s, k) => (s.to ? [] : [k])),
        m.a,
      );
      if (i === undefined) break;
      steps.splice(i, 1);
      said = `dropped Kubernetes step ${i + 1}`;
      break;
    }
    case 'workload-first': {
      const moves = steps.flatMap((s, k) =>
        s.to ? s.clusters.filter((n) => !isGlobalTier(c.clusters, n)).map((n) => ({ k, n })) : [],
      );
      const pick = moves.length ? moves[m.a % moves.length]! : undefined;
      if (!pick) break;
      const step = steps[pick.k]!;
      const lone: StepDraft = { clusters: [pick.n], to: step.to, kubernetes: step.kubernetes };
      step.clusters = step.clusters.filter((n) => n !== pick.n);
      if (step.clusters.length === 0) steps.splice(pick.k, 1);
      const first = steps.findIndex(
        (s) => s.to === lone.to && s.clusters.some((n) => isGlobalTier(c.clusters, n)),
      );
      const at = first < 0 ? 0 : first;
      steps.splice(at, 0, lone);
      said = `moved workload ${pick.n} (to ${lone.to}) to step ${at + 1}`;
      break;
    }
    case 'waiver': {
      const rule = WAIVER_RULES[m.a % WAIVER_RULES.length]!;
      const names = c.clusters.map((x) => x.name);
      const cluster = m.b % 3 === 0 ? names[m.b % names.length] : undefined;
      const waiver: WaiverDraft = {
        rule,
        cluster,
        reason: m.variant === 8 ? undefined : 'accepted risk, ticket OPS-1234',
        owner: m.variant === 7 ? undefined : 'platform-team',
        expires: m.variant === 6 ? '2026-01-31' : '2027-01-31',
      };
      waivers = [...waivers, waiver];
      said = `waiver ${rule}${cluster ? ` on ${cluster}` : ''}${m.variant >= 6 ? ['', ' (expired)', ' (no owner)', ' (no reason)'][m.variant - 5] : ''}`;
      break;
    }
    case 'waive-preflight': {
      const fresh = PREFLIGHT_RULES.filter((rule) => !waivers.some((w) => w.rule === rule));
      waivers = [
        ...waivers,
        ...fresh.map((rule) => ({
          rule,
          reason: 'accepted risk, ticket OPS-1234',
          owner: 'platform-team',
          expires: '2027-01-31',
        })),
      ];
      said = 'waivers on every preflight rule';
      break;
    }
    case 'kubernetes-1.35': {
      // A Kubernetes-only step to 1.35 for a cluster once it is on 4.4 (ACP-FACTS "Node
      // readiness (1.35)"), its nodes ready, not ready, or as generated.
      const from = [...on44From({ ...c, plan: { ...c.plan, steps } }).entries()];
      if (from.length === 0) break;
      const [name, k] = from[m.a % from.length]!;
      const at = k + (m.b % (steps.length - k + 1));
      steps.splice(at, 0, { clusters: [name], kubernetes: '1.35' });
      const nodes = m.variant % 3;
      if (nodes < 2)
        clusters = clusters.map((x) =>
          x.name === name ? { ...x, nodes: nodesFor(name, nodes === 0, m.b) } : x,
        );
      said = `Kubernetes-only step to 1.35 for ${name} at step ${at + 1} (nodes ${['ready', 'not ready', 'as declared'][nodes]})`;
      break;
    }
    case 'nodes': {
      const x = clusters[m.a % clusters.length]!;
      const ready = m.variant % 2 === 0;
      clusters = clusters.map((y) => (y === x ? { ...y, nodes: nodesFor(y.name, ready, m.b) } : y));
      said = `nodes of ${x.name} ${ready ? 'ready' : 'not ready'} for Kubernetes 1.35`;
      break;
    }
    case 'source-3.18.2': {
      // Corrections, turn 3: "Sources: 3.18.x, 3.18.2 included".
      const all = m.a % 2 === 0;
      const moved = clusters.filter(
        (x) =>
          distribution(x.version)!.release === '3.18' &&
          distribution(x.version)!.patch !== 2 &&
          (all || isGlobalTier(clusters, x.name)),
      );
      if (moved.length === 0) break;
      clusters = clusters.map((x) => (moved.includes(x) ? { ...x, version: '3.18.2' } : x));
      said = `${moved.map((x) => x.name).join(', ')} on 3.18.2`;
      break;
    }
    case 'global-kubernetes-low': {
      // A global-tier cluster on the lowest Kubernetes of its release: below the next
      // release's Compatible Versions at its own move.
      const tier = clusters.filter((x) => isGlobalTier(clusters, x.name));
      const x = tier[m.a % tier.length]!;
      const low = lowestCompatible(facts, distribution(x.version)!.release);
      if (low === undefined || kubernetes(x.kubernetes)!.minor <= low) break;
      clusters = clusters.map((y) => (y === x ? { ...y, kubernetes: `1.${low}` } : y));
      said = `${x.name} on Kubernetes 1.${low}`;
      break;
    }
  }
  if (!said) return c;
  return {
    ...c,
    kind: c.kind === 'built' || c.kind === 'built-mutated' ? 'built-mutated' : 'suggested-mutated',
    clusters,
    plan: { ...c.plan, steps, waivers },
    mutations: [...c.mutations, said],
  };
}

export function mutated(
  base: fc.Arbitrary<Case | undefined>,
  facts: Facts = factsFor(),
): fc.Arbitrary<Case | undefined> {
  return fc.tuple(base, fc.array(mutationPick, { minLength: 1, maxLength: 2 })).map(([c, ms]) => {
    if (!c) return undefined;
    const out = ms.reduce((x, m) => mutate(x, m, facts), c);
    return out.mutations.length ? out : undefined;
  });
}

/** Only the cases that exist (a planner may find no plan). */
export const defined = <T>(arb: fc.Arbitrary<T | undefined>) =>
  arb.filter((x): x is T => x !== undefined) as fc.Arbitrary<T>;
