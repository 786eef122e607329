// The oracle: a small, declarative judge of an upgrade plan, written from ACP-FACTS.md and the
// rule table of SPEC §3 without reading the engine. It only decides invariants (who may move
// where, given the platform before each step; the starting state; whether the target is
// reached) and says pass or fail. Each rule below is named after its SPEC rule id.
import { FAILSAFE_SCHEMA, load } from 'js-yaml';
import {
  type Edge,
  type Facts,
  NODE_READINESS,
  type Release,
  factsFor,
  waivable,
} from './facts.js';
import {
  type Distribution,
  type Kubernetes,
  compareDistribution,
  compareRelease,
  distribution,
  kubeMinor,
  kubernetes,
  kubernetesLower,
  kubernetesSame,
} from './versions.js';

export type Role = 'global' | 'standby' | 'workload';

/** A production node as clusters.yaml declares it (SPEC §1 `nodes`). */
export interface Node {
  name: string;
  /** `uname -r`, read as MAJOR.MINOR (5.14.0-427.13.1.el9_4.x86_64 is 5.14) */
  kernel: { major: number; minor: number; text: string };
  cgroup: 'v1' | 'v2';
}

export interface Cluster {
  name: string;
  role: Role;
  version: Distribution;
  kubernetes: Kubernetes;
  /** undefined: not declared */
  nodes?: Node[];
}

export interface Step {
  /** 1-based, as in the report. */
  index: number;
  clusters: string[];
  to?: Distribution;
  kubernetes?: Kubernetes;
}

export interface Waiver {
  rule: string;
  cluster?: string;
  package?: string;
  expires: string;
}

export interface Inventory {
  clusters: Cluster[];
  target: Distribution;
  steps: Step[];
  waivers: Waiver[];
}

export interface OracleFinding {
  rule: string;
  severity: 'error' | 'warning';
  message: string;
  step?: number;
  cluster?: string;
  waived?: boolean;
}

export interface Verdict {
  verdict: 'pass' | 'fail';
  findings: OracleFinding[];
}

export interface OracleOptions {
  facts?: Facts;
  /** YYYY-MM-DD: a waiver applies up to and including its `expires` day. */
  today: string;
}

// --- reading the files (FAILSAFE: every scalar is the text the user wrote) -------------------

type Loaded =
  { inventory: Inventory; findings: [] } | { inventory?: undefined; findings: OracleFinding[] };

const inputError = (rule: string, message: string): OracleFinding => ({
  rule,
  severity: 'error',
  message,
});

const isMap = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function readInventory(clustersText: string, planText: string, facts: Facts): Loaded {
  const problems: OracleFinding[] = [];
  const known = (d: Distribution | undefined) =>
    d !== undefined && facts.releases.some((r) => r.minor === d.release);
  let clustersDoc: unknown;
  let planDoc: unknown;
  try {
    clustersDoc = load(clustersText, { schema: FAILSAFE_SCHEMA });
    planDoc = load(planText, { schema: FAILSAFE_SCHEMA });
  } catch (error) {
    return { findings: [inputError('input/yaml-syntax', String(error))] };
  }
  if (!isMap(clustersDoc) || !Array.isArray(clustersDoc.clusters) || !isMap(planDoc)) {
    return { findings: [inputError('input/schema', 'clusters.yaml or plan.yaml has no shape')] };
  }

  const clusters: Cluster[] = [];
  for (const raw of clustersDoc.clusters as unknown[]) {
    if (!isMap(raw) || typeof raw.name !== 'string') {
      problems.push(inputError('input/schema', 'a cluster without a name'));
      continue;
    }
    const version = distribution(String(raw.version ?? ''));
    const kube = kubernetes(String(raw.kubernetes ?? ''));
    const role = (raw.role ?? (raw.name === 'global' ? 'global' : 'workload')) as Role;
    if (!['global', 'standby', 'workload'].includes(role))
      problems.push(inputError('input/schema', `${raw.name}: role ${String(raw.role)}`));
    if (!version || !kube) {
      problems.push(inputError('input/schema', `${raw.name}: version or kubernetes unreadable`));
      continue;
    }
    if (!known(version))
      problems.push(inputError('input/unknown-version', `${raw.name}: ${version.full}`));
    if (clusters.some((c) => c.name === raw.name))
      problems.push(inputError('input/duplicate', `cluster ${raw.name} twice`));
    const nodes = raw.nodes === undefined ? undefined : readNodes(raw.name, raw.nodes, problems);
    clusters.push({ name: raw.name, role, version, kubernetes: kube, nodes });
  }
  if (clusters.filter((c) => c.role === 'global').length !== 1)
    problems.push(inputError('input/schema', 'exactly one global cluster'));
  if (clusters.filter((c) => c.role === 'standby').length > 1)
    problems.push(inputError('input/schema', 'at most one standby'));

  const target = distribution(String(planDoc.target ?? ''));
  if (!target || !known(target))
    problems.push(inputError('input/unknown-version', `target ${String(planDoc.target)}`));

  const steps: Step[] = [];
  const rawSteps = planDoc.steps ?? [];
  if (!Array.isArray(rawSteps)) problems.push(inputError('input/schema', 'steps is not a list'));
  (Array.isArray(rawSteps) ? rawSteps : []).forEach((raw: unknown, i) => {
    if (!isMap(raw)) return problems.push(inputError('input/schema', `step ${i + 1}`));
    const names =
      raw.cluster !== undefined ? [raw.cluster] : Array.isArray(raw.clusters) ? raw.clusters : [];
    const to = raw.to === undefined ? undefined : distribution(String(raw.to));
    const kube = raw.kubernetes === undefined ? undefined : kubernetes(String(raw.kubernetes));
    if (names.length === 0 || (raw.to === undefined && raw.kubernetes === undefined))
      problems.push(inputError('input/schema', `step ${i + 1} names no cluster or no change`));
    if ((raw.to !== undefined && !to) || (raw.kubernetes !== undefined && !kube))
      problems.push(inputError('input/schema', `step ${i + 1}: a version is unreadable`));
    if (to && !known(to))
      problems.push(inputError('input/unknown-version', `step ${i + 1}: ${to.full}`));
    for (const name of names)
      if (!clusters.some((c) => c.name === name))
        problems.push(inputError('input/unknown-cluster', `step ${i + 1}: ${String(name)}`));
    if (new Set(names).size !== names.length)
      problems.push(inputError('input/duplicate', `step ${i + 1} names a cluster twice`));
    steps.push({ index: i + 1, clusters: names.map(String), to, kubernetes: kube });
  });

  const waivers: Waiver[] = [];
  const rawWaivers = planDoc.waivers ?? [];
  for (const raw of Array.isArray(rawWaivers) ? rawWaivers : [rawWaivers]) {
    // SPEC §1: "`reason`, `owner` and `expires` are required (a waiver without them is an
    // `input/schema` error)".
    if (
      !isMap(raw) ||
      [raw.rule, raw.reason, raw.owner, raw.expires].some((v) => typeof v !== 'string' || v === '')
    ) {
      problems.push(inputError('input/schema', 'a waiver without rule, reason, owner or expires'));
      continue;
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(raw.expires as string))
      problems.push(inputError('input/schema', `waiver expires ${String(raw.expires)}`));
    waivers.push({
      rule: raw.rule as string,
      cluster: raw.cluster as string | undefined,
      package: raw.package as string | undefined,
      expires: raw.expires as string,
    });
  }

  if (problems.length > 0 || !target) return { findings: problems };
  return { inventory: { clusters, target, steps, waivers }, findings: [] };
}

const KERNEL = /^(\d+)\.(\d+)/;

/** SPEC §1: `nodes`, each with `name`, `kernel` (`uname -r`) and `cgroup` (v1 or v2). */
function readNodes(cluster: string, raw: unknown, problems: OracleFinding[]): Node[] {
  if (!Array.isArray(raw)) {
    problems.push(inputError('input/schema', `${cluster}: nodes is not a list`));
    return [];
  }
  const nodes: Node[] = [];
  for (const n of raw as unknown[]) {
    const kernel = isMap(n) && typeof n.kernel === 'string' ? KERNEL.exec(n.kernel) : null;
    if (
      !isMap(n) ||
      typeof n.name !== 'string' ||
      !kernel ||
      (n.cgroup !== 'v1' && n.cgroup !== 'v2')
    ) {
      problems.push(
        inputError('input/schema', `${cluster}: a node without name, kernel or cgroup`),
      );
      continue;
    }
    nodes.push({
      name: n.name,
      kernel: { major: Number(kernel[1]), minor: Number(kernel[2]), text: n.kernel as string },
      cgroup: n.cgroup,
    });
  }
  return nodes;
}

// --- the facts, looked up ----------------------------------------------------------------

class Table {
  constructor(readonly facts: Facts) {}
  release(minor: string): Release | undefined {
    return this.facts.releases.find((r) => r.minor === minor);
  }
  edge(from: string, to: string): Edge | undefined {
    return this.facts.edges.find((e) => e.from === from && e.to === to);
  }
  /** Kubernetes minor inside the release's Compatible Versions (3.x: no matrix, never checked). */
  compatible(release: string, k: Kubernetes): boolean {
    const r = this.release(release);
    return !r?.compatible || r.compatible.some((m) => kubeMinor(m) === k.minor);
  }
}

// --- the simulation ----------------------------------------------------------------------

type State = Map<string, Cluster>;

/** One cluster's move in one step, judged on the states before the step. */
interface Move {
  step: Step;
  cluster: Cluster;
  /** the platform before the step */
  before: State;
  version: Distribution;
  kubernetes: Kubernetes;
  /** `to` was given */
  core: boolean;
  /** the supported edge the move takes, when its release changes upward and one exists */
  edge?: Edge;
}

const isGlobalTier = (c: Cluster) => c.role === 'global' || c.role === 'standby';
const primaryOf = (s: State) => [...s.values()].find((c) => c.role === 'global')!;
const standbyOf = (s: State) => [...s.values()].find((c) => c.role === 'standby');
const changesRelease = (m: Move) => m.version.release !== m.cluster.version.release;
const goesUp = (m: Move) => compareDistribution(m.version, m.cluster.version) > 0;

/**
 * The Kubernetes a cluster runs after a step (SPEC §1): `kubernetes` when given; else, if the
 * release in `to` has one creation minor (4.1 and later), that minor; else (4.0, 3.x) unchanged.
 */
function kubernetesAfter(table: Table, cluster: Cluster, step: Step): Kubernetes {
  if (step.kubernetes) return step.kubernetes;
  const creation = step.to ? table.release(step.to.release)?.creation : undefined;
  if (!creation || creation.length !== 1) return cluster.kubernetes;
  const minor = kubeMinor(creation[0]!);
  return minor === cluster.kubernetes.minor ? cluster.kubernetes : kubernetes(creation[0]!)!;
}

type Found = Omit<OracleFinding, 'severity'> & { severity?: OracleFinding['severity'] };
type StartRule = (table: Table, start: State) => Found[];
type MoveRule = (table: Table, move: Move) => Found[];
type EndRule = (table: Table, end: State, target: Distribution) => Found[];

const at = (m: Move, rule: string, message: string, cluster = m.cluster.name): Found => ({
  rule,
  message: `step ${m.step.index}: ${message}`,
  step: m.step.index,
  cluster,
});

// --- state/*: the platform as clusters.yaml describes it ---------------------------------

const START_RULES: Record<string, StartRule> = {
  // SPEC: "at the start a workload's Distribution Version is higher than the global's (or the
  // standby's)"; ACP-FACTS ordering rule 2: "Before its upgrade a workload cluster's version is
  // lower than the global's."
  'state/workload-ahead': (_t, s) =>
    [...s.values()]
      .filter((w) => w.role === 'workload')
      .flatMap((w) =>
        [primaryOf(s), standbyOf(s)]
          .filter((g) => g && compareDistribution(w.version, g.version) > 0)
          .map((g) => ({
            rule: 'state/workload-ahead',
            cluster: w.name,
            message: `${w.name} is on ${w.version.full}, above ${g!.name}'s ${g!.version.full}`,
          })),
      ),
  // SPEC: "at the start the standby is on a lower Distribution Version than the primary".
  'state/dr-standby-behind': (_t, s) => {
    const [p, sb] = [primaryOf(s), standbyOf(s)];
    return sb && compareDistribution(sb.version, p.version) < 0
      ? [
          {
            rule: 'state/dr-standby-behind',
            cluster: sb.name,
            message: `${sb.name} is on ${sb.version.full}, below ${p.name}'s ${p.version.full}`,
          },
        ]
      : [];
  },
  // SPEC: "a cluster's Kubernetes minor is outside its own 4.x release's Compatible Versions, or
  // a workload's is outside those of the global's current release".
  'state/kubernetes-unsupported': (t, s) =>
    [...s.values()].flatMap((c) => {
      const own = !t.compatible(c.version.release, c.kubernetes);
      const global =
        c.role === 'workload' && !t.compatible(primaryOf(s).version.release, c.kubernetes);
      return own || global
        ? [
            {
              rule: 'state/kubernetes-unsupported',
              cluster: c.name,
              message: `${c.name} runs Kubernetes ${c.kubernetes.text} outside the Compatible Versions of ${own ? c.version.release : primaryOf(s).version.release}`,
            },
          ]
        : [];
    }),
};

// --- path/* and order/*: one cluster's move, on the states before the step --------------

const MOVE_RULES: Record<string, MoveRule> = {
  // SPEC: "a step lowers a Distribution or Kubernetes version".
  'path/downgrade': (_t, m) =>
    compareDistribution(m.version, m.cluster.version) < 0 ||
    kubernetesLower(m.kubernetes, m.cluster.kubernetes)
      ? [
          at(
            m,
            'path/downgrade',
            `${m.cluster.name} ${m.cluster.version.full}/${m.cluster.kubernetes.text} -> ${m.version.full}/${m.kubernetes.text} goes down`,
          ),
        ]
      : [],

  // ACP-FACTS: "Any other pair is unsupported; a longer journey ... is a sequence of supported
  // edges, each its own upgrade." A move inside one release (a patch) is not a pair of minors.
  'path/unsupported': (_t, m) =>
    m.core && goesUp(m) && changesRelease(m) && !m.edge
      ? [
          at(
            m,
            'path/unsupported',
            `${m.cluster.name}: ${m.cluster.version.release} -> ${m.version.release} is not a supported path`,
          ),
        ]
      : [],

  // ACP-FACTS: "| 3.16.0, 3.16.1, 3.16.2 | 4.0 | all clusters on one of those 3.16 patches"
  // and "| 3.18.0, 3.18.1 | 4.0 | all clusters on 3.18.0/3.18.1". The moving cluster's own
  // patch; when the global tier moves, every cluster that has not crossed the edge yet.
  'path/source-patch': (_t, m) => {
    const patches = m.edge?.patches;
    if (!patches) return [];
    const toRelease = m.edge!.to;
    const judged = isGlobalTier(m.cluster)
      ? [...m.before.values()].filter((c) => compareRelease(c.version.release, toRelease) < 0)
      : [m.cluster];
    return judged
      .filter((c) => !patches.includes(c.version.full))
      .map((c) =>
        at(
          m,
          'path/source-patch',
          `${m.cluster.name} takes ${m.edge!.from} -> ${toRelease}, which needs every cluster on ${patches.join('/')}, but ${c.name} is on ${c.version.full}`,
          c.name,
        ),
      );
  },

  // SPEC: an `at-least` edge "is taken while a cluster of the global tier is below it: checked
  // for every cluster of the platform when the first global-tier cluster (standby or primary)
  // moves along the edge, and for each cluster as it moves; workloads below it are
  // order/workload-kubernetes". Checked at every global-tier move along the edge (Kubernetes
  // only goes up, so the second check adds nothing unless the first was missed).
  // A `within-compatible` edge (into 4.3 and later): a global-tier cluster's own Kubernetes,
  // before its step, inside the target's Compatible Versions (ACP-FACTS "Corrections, turn 3":
  // "KubernetesVersionSupported: "The cluster's Kubernetes version is within the target
  // release's supported range", so the moving cluster's own Kubernetes too, the global's
  // included"). Workloads outside it when the global tier moves are order/workload-kubernetes;
  // a workload inside it then cannot leave it before its own move (a Kubernetes-only step stays
  // inside its older release, whose range ends lower), so its own move adds nothing.
  'path/kubernetes-prerequisite': (t, m) => {
    const p = m.edge?.prerequisite;
    if (p?.kind === 'within-compatible')
      return !isGlobalTier(m.cluster) || t.compatible(m.edge!.to, m.cluster.kubernetes)
        ? []
        : [
            at(
              m,
              'path/kubernetes-prerequisite',
              `${m.cluster.name} takes ${m.edge!.from} -> ${m.edge!.to} on Kubernetes ${m.cluster.kubernetes.text}, outside ${m.edge!.to}'s Compatible Versions`,
            ),
          ];
    if (p?.kind !== 'at-least') return [];
    const below = (c: Cluster) => c.kubernetes.minor < kubeMinor(p.minor);
    const judged = isGlobalTier(m.cluster)
      ? [...m.before.values()].filter(isGlobalTier)
      : [m.cluster];
    return judged
      .filter(below)
      .map((c) =>
        at(
          m,
          'path/kubernetes-prerequisite',
          `${m.cluster.name} takes ${m.edge!.from} -> ${m.edge!.to}, which needs Kubernetes ${p.minor} or later on every cluster, but ${c.name} runs ${c.kubernetes.text}`,
          c.name,
        ),
      );
  },

  // SPEC: "when the global moves to release T, a workload's Kubernetes breaks T's prerequisite
  // (outside Compatible Versions, or below the edge's minimum)"; ACP-FACTS ordering rule 4.
  'order/workload-kubernetes': (t, m) => {
    const p = m.edge?.prerequisite;
    if (!p || !isGlobalTier(m.cluster)) return [];
    const breaks = (w: Cluster) =>
      p.kind === 'at-least'
        ? w.kubernetes.minor < kubeMinor(p.minor)
        : !t.compatible(m.edge!.to, w.kubernetes);
    return [...m.before.values()]
      .filter((w) => w.role === 'workload' && breaks(w))
      .map((w) =>
        at(
          m,
          'order/workload-kubernetes',
          `${m.cluster.name} moves to ${m.edge!.to} while workload ${w.name} runs Kubernetes ${w.kubernetes.text} (${p.kind === 'at-least' ? `needs ${p.minor} or later` : `outside ${m.edge!.to}'s Compatible Versions`})`,
          w.name,
        ),
      );
  },

  // ACP-FACTS ordering rules 1-3: "A workload cluster can be upgraded only to a Distribution
  // Version that the global tier has already reached" and the standby and primary "both must
  // reach the target before any workload cluster is upgraded to it".
  'order/global-first': (_t, m) => {
    if (!m.core || m.cluster.role !== 'workload' || !goesUp(m)) return [];
    return [primaryOf(m.before), standbyOf(m.before)]
      .filter((g) => g && compareDistribution(g.version, m.version) < 0)
      .map((g) =>
        at(
          m,
          'order/global-first',
          `workload ${m.cluster.name} moves to ${m.version.full} while ${g!.name} is on ${g!.version.full}`,
        ),
      );
  },

  // ACP-FACTS ordering rule 8: "The target version is the current `global` cluster version and
  // cannot be selected manually". A target the global tier has not reached is global-first only.
  'order/workload-target': (_t, m) => {
    if (!m.core || m.cluster.role !== 'workload' || !goesUp(m)) return [];
    const [p, sb] = [primaryOf(m.before), standbyOf(m.before)];
    const reached = [p, sb].every((g) => !g || compareDistribution(g.version, m.version) >= 0);
    return reached && compareDistribution(p.version, m.version) !== 0
      ? [
          at(
            m,
            'order/workload-target',
            `workload ${m.cluster.name} moves to ${m.version.full}, but the global is on ${p.version.full}: that is the only target ACP offers`,
          ),
        ]
      : [];
  },

  // ACP-FACTS ordering rule 3: "the standby global is upgraded before the primary".
  'order/dr-standby-first': (_t, m) => {
    const sb = standbyOf(m.before);
    return m.core &&
      m.cluster.role === 'global' &&
      goesUp(m) &&
      sb &&
      compareDistribution(sb.version, m.version) < 0
      ? [
          at(
            m,
            'order/dr-standby-first',
            `the primary ${m.cluster.name} moves to ${m.version.full} while the standby ${sb.name} is on ${sb.version.full}`,
          ),
        ]
      : [];
  },

  // SPEC: "a Kubernetes-only step targets a version outside the Compatible Versions of the
  // cluster's current release"; ACP-FACTS ordering rule 4: "(within its current release)".
  'order/kubernetes-step': (t, m) =>
    !m.core && !t.compatible(m.cluster.version.release, m.kubernetes)
      ? [
          at(
            m,
            'order/kubernetes-step',
            `${m.cluster.name} on ${m.cluster.version.release} cannot run Kubernetes ${m.kubernetes.text}`,
          ),
        ]
      : [],

  // ACP-FACTS "Corrections, turn 3": "4.5: edges from 4.2, 4.3 and 4.4 ... no published
  // Kubernetes matrix row yet": no Kubernetes is known to be inside 4.5's supported range.
  'path/no-kubernetes-matrix': (t, m) =>
    m.core && goesUp(m) && t.release(m.version.release)?.noMatrix
      ? [
          at(
            m,
            'path/no-kubernetes-matrix',
            `${m.cluster.name} moves to ${m.version.full}, a release without a published Kubernetes matrix row`,
          ),
        ]
      : [],

  // ACP-FACTS "Kubernetes 1.35 acknowledgement gate" and "Corrections, turn 3", "Node readiness
  // (1.35)" (see NODE_READINESS): a move that upgrades a cluster's Kubernetes minor to 1.35 or
  // later on 4.4 or later, a Kubernetes-only step included; each declared node with a kernel
  // below 5.8 or on cgroup v1 fails it. A patch inside a minor the cluster already runs (1.35.1
  // -> 1.35.4) is not read as meeting the gate: the docs' gate "applies to the current cluster
  // version" and is keyed `ack-4.4-kubernetes-1.35-kernel-update` (an open reading).
  'platform/node-readiness': (_t, m) => {
    const gate = NODE_READINESS;
    if (compareRelease(m.version.release, gate.release) < 0) return [];
    if (m.kubernetes.minor < kubeMinor(gate.kubernetes)) return [];
    if (m.kubernetes.minor <= m.cluster.kubernetes.minor) return [];
    const oldKernel = (n: Node) =>
      n.kernel.major < gate.kernel.major ||
      (n.kernel.major === gate.kernel.major && n.kernel.minor < gate.kernel.minor);
    return (m.cluster.nodes ?? [])
      .filter((n) => oldKernel(n) || n.cgroup === 'v1')
      .map((n) =>
        at(
          m,
          'platform/node-readiness',
          `${m.cluster.name} goes to Kubernetes ${m.kubernetes.text} on ${m.version.release}, but node ${n.name} has kernel ${n.kernel.text} and cgroup ${n.cgroup} (needs 5.8 or later and cgroup v2)`,
        ),
      );
  },

  // SPEC: "a step changes nothing for a cluster" (a warning: it does not decide the verdict).
  'path/no-op-step': (_t, m) =>
    compareDistribution(m.version, m.cluster.version) === 0 &&
    kubernetesSame(m.kubernetes, m.cluster.kubernetes)
      ? [{ ...at(m, 'path/no-op-step', `${m.cluster.name} does not change`), severity: 'warning' }]
      : [],
};

// --- after the last step -----------------------------------------------------------------

const END_RULES: Record<string, EndRule> = {
  // SPEC: "after the last step the global tier (and standby) is not at `target`".
  'path/target-not-reached': (_t, s, target) =>
    [primaryOf(s), standbyOf(s)]
      .filter((g) => g && compareDistribution(g.version, target) !== 0)
      .map((g) => ({
        rule: 'path/target-not-reached',
        cluster: g!.name,
        message: `${g!.name} ends on ${g!.version.full}, not ${target.full}`,
      })),
};

// --- the judge ---------------------------------------------------------------------------

/** The state/* findings of a platform as clusters.yaml describes it. */
export function startFindings(clusters: Cluster[], facts: Facts = factsFor()): OracleFinding[] {
  const table = new Table(facts);
  const state: State = new Map(clusters.map((c) => [c.name, c]));
  return Object.values(START_RULES).flatMap((rule) =>
    rule(table, state).map((f) => ({ ...f, severity: 'error' as const })),
  );
}

export function judgeInventory(inventory: Inventory, options: OracleOptions): Verdict {
  const table = new Table(options.facts ?? factsFor());
  const found: Found[] = [];
  let state: State = new Map(inventory.clusters.map((c) => [c.name, c]));
  for (const rule of Object.values(START_RULES)) found.push(...rule(table, state));

  for (const step of inventory.steps) {
    const before = state;
    const after: State = new Map(before);
    for (const name of step.clusters) {
      const cluster = before.get(name)!;
      const version = step.to ?? cluster.version;
      const move: Move = {
        step,
        cluster,
        before,
        version,
        kubernetes: kubernetesAfter(table, cluster, step),
        core: step.to !== undefined,
      };
      if (move.core && goesUp(move) && changesRelease(move))
        move.edge = table.edge(cluster.version.release, version.release);
      for (const rule of Object.values(MOVE_RULES)) found.push(...rule(table, move));
      after.set(name, { ...cluster, version, kubernetes: move.kubernetes });
    }
    state = after;
  }
  for (const rule of Object.values(END_RULES)) found.push(...rule(table, state, inventory.target));

  const findings = dedupe(found.map((f) => ({ ...f, severity: f.severity ?? 'error' })));
  for (const f of findings) f.waived = isWaived(f, inventory.waivers, options.today);
  const failed = findings.some((f) => f.severity === 'error' && !f.waived);
  return { verdict: failed ? 'fail' : 'pass', findings };
}

/** SPEC §1 waivers: only waivable rules, only before `expires` ends, only the named cluster. */
function isWaived(f: OracleFinding, waivers: Waiver[], today: string): boolean {
  if (f.severity !== 'error' || !waivable(f.rule)) return false;
  return waivers.some(
    (w) =>
      w.rule === f.rule &&
      w.package === undefined &&
      (w.cluster === undefined || w.cluster === f.cluster) &&
      w.expires >= today,
  );
}

function dedupe(findings: OracleFinding[]): OracleFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.rule}|${f.step ?? ''}|${f.cluster ?? ''}|${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The oracle's verdict on the texts of clusters.yaml and plan.yaml. */
export function judge(files: { clusters: string; plan: string }, options: OracleOptions): Verdict {
  const facts = options.facts ?? factsFor();
  const read = readInventory(files.clusters, files.plan, facts);
  if (!read.inventory) return { verdict: 'fail', findings: read.findings };
  return judgeInventory(read.inventory, { ...options, facts });
}

/** The rules the oracle's failing verdict rests on, sorted, for grouping. */
export function failingRules(verdict: Verdict): string[] {
  return [
    ...new Set(
      verdict.findings.filter((f) => f.severity === 'error' && !f.waived).map((f) => f.rule),
    ),
  ].sort();
}
