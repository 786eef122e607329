// The oracle's own table of ACP facts, restated by hand from ACP-FACTS.md (each entry quotes the
// line it comes from). It is written apart from the engine's catalog on purpose: the two are
// compared over generated plans, and a table copied from the engine would agree with its mistakes.

/**
 * The ACP 4.4 line (release 4.4 and the edges 4.1/4.2/4.3 -> 4.4), which the engine's built-in
 * catalog holds since its version 2. ORACLE_ACP_44=0 leaves it out for one run.
 */
export const WITH_ACP_44 = process.env.ORACLE_ACP_44 !== '0';

/**
 * Release 4.5 and its edges 4.2/4.3/4.4 -> 4.5, documented without a Kubernetes matrix row, so
 * that every move into it fails (`path/no-kubernetes-matrix`). ORACLE_ACP_45=0 leaves it out.
 */
export const WITH_ACP_45 = process.env.ORACLE_ACP_45 !== '0';

export interface Release {
  /** MAJOR.MINOR */
  minor: string;
  /**
   * "supported for cluster creation" (Kubernetes minors, e.g. "1.34"); undefined for 3.x, whose
   * matrix is not in the documents, so their Kubernetes is never range-checked.
   */
  creation?: string[];
  /** "Compatible Versions" (Kubernetes minors); undefined for 3.x. */
  compatible?: string[];
  /**
   * A 4.x release whose edges are documented but whose Kubernetes matrix row is not (4.5): no
   * move into it can be judged against a supported Kubernetes range, so every one fails.
   */
  noMatrix?: true;
  fact: string;
}

export type Prerequisite =
  /** Every cluster of the platform on this Kubernetes minor or later. */
  | { kind: 'at-least'; minor: string }
  /**
   * Every workload cluster inside the target release's Compatible Versions when the global tier
   * moves, and each moving cluster's own Kubernetes inside them as it moves (ACP-FACTS
   * "Corrections, turn 3": "KubernetesVersionSupported: "The cluster's Kubernetes version is
   * within the target release's supported range", so the moving cluster's own Kubernetes too,
   * the global's included").
   */
  | { kind: 'within-compatible' };

export interface Edge {
  from: string;
  to: string;
  /** Allowed source patches (full versions); undefined = any patch of `from`. */
  patches?: string[];
  prerequisite: Prerequisite;
  fact: string;
}

const MATRIX = 'ACP-FACTS "Kubernetes support matrix"';

const RELEASES_43: Release[] = [
  {
    minor: '3.16',
    fact: 'ACP-FACTS: "ACP 3.16 and 3.18 appear only as sources of edges; their own Kubernetes matrix is not in the current documents."',
  },
  {
    minor: '3.18',
    fact: 'ACP-FACTS: "ACP 3.16 and 3.18 appear only as sources of edges; their own Kubernetes matrix is not in the current documents."',
  },
  {
    minor: '4.0',
    creation: ['1.31', '1.30', '1.29', '1.28'],
    compatible: ['1.31', '1.30', '1.29', '1.28'],
    fact: `${MATRIX}: "| 4.0 | 1.31, 1.30, 1.29, 1.28 | 1.31, 1.30, 1.29, 1.28 |"`,
  },
  {
    minor: '4.1',
    creation: ['1.32'],
    compatible: ['1.32', '1.31', '1.30', '1.29'],
    fact: `${MATRIX}: "| 4.1 | 1.32 | 1.32, 1.31, 1.30, 1.29 |"`,
  },
  {
    minor: '4.2',
    creation: ['1.33'],
    compatible: ['1.33', '1.32', '1.31', '1.30'],
    fact: `${MATRIX}: "| 4.2 | 1.33 | 1.33, 1.32, 1.31, 1.30 |"`,
  },
  {
    minor: '4.3',
    creation: ['1.34'],
    compatible: ['1.34', '1.33', '1.32', '1.31'],
    fact: `${MATRIX}: "| 4.3 | 1.34 | 1.34, 1.33, 1.32, 1.31 |"`,
  },
];

const RELEASE_44: Release = {
  minor: '4.4',
  creation: ['1.35'],
  compatible: ['1.35', '1.34', '1.33', '1.32'],
  fact: `${MATRIX}: "| 4.4 | 1.35 | 1.35, 1.34, 1.33, 1.32 |"`,
};

const PATHS = 'ACP-FACTS "Supported upgrade paths"';

const EDGES_43: Edge[] = [
  {
    from: '3.16',
    to: '4.0',
    patches: ['3.16.0', '3.16.1', '3.16.2'],
    prerequisite: { kind: 'at-least', minor: '1.28' },
    fact: `${PATHS}: "| 3.16.0, 3.16.1, 3.16.2 | 4.0 | all clusters on one of those 3.16 patches; Kubernetes >= 1.28 on all clusters |"`,
  },
  // Corrections, turn 3 (3.x -> 4.0): "From 3.18: "Kubernetes version of all clusters must be
  // **1.30**. If not, upgrade Kubernetes first." (not ">= 1.28" ...)" and "Sources: 3.18.x,
  // 3.18.2 included (not only 3.18.0/3.18.1)". "Must be 1.30" is read as at-least, as the same
  // words are for 3.18 -> 4.1 (">= 1.30") and for 4.0 -> 4.1 ("must be 1.31").
  {
    from: '3.18',
    to: '4.0',
    prerequisite: { kind: 'at-least', minor: '1.30' },
    fact: 'ACP-FACTS "Corrections, turn 3": "From 3.18: "Kubernetes version of all clusters must be **1.30**. If not, upgrade Kubernetes first."" and "Sources: 3.18.x, 3.18.2 included (not only 3.18.0/3.18.1)."',
  },
  {
    from: '3.18',
    to: '4.1',
    prerequisite: { kind: 'at-least', minor: '1.30' },
    fact: `${PATHS}: "| 3.18 | 4.1 | all clusters on Kubernetes >= 1.30 (also: Istio 1.22; CostManager/Kubecost uninstalled) |"`,
  },
  {
    from: '4.0',
    to: '4.1',
    prerequisite: { kind: 'at-least', minor: '1.31' },
    fact: `${PATHS}: "| 4.0 | 4.1 | all clusters on Kubernetes 1.31 (>= 1.31) |"`,
  },
  {
    from: '4.0',
    to: '4.2',
    prerequisite: { kind: 'at-least', minor: '1.31' },
    fact: `${PATHS}: "| 4.0 | 4.2 | all clusters on Kubernetes >= 1.31 |"`,
  },
  {
    from: '4.1',
    to: '4.2',
    prerequisite: { kind: 'at-least', minor: '1.32' },
    fact: `${PATHS}: "| 4.1 | 4.2 | all clusters on Kubernetes >= 1.32 |"`,
  },
  ...['4.0', '4.1', '4.2'].map<Edge>((from) => ({
    from,
    to: '4.3',
    prerequisite: { kind: 'within-compatible' },
    fact: `${PATHS}: "| 4.0, 4.1, 4.2 | 4.3 | workload clusters inside 4.3's Compatible Versions (below) |"`,
  })),
];

// "ACP 4.1, 4.2, and 4.3 are within the n-3 direct-upgrade window for the ACP 4.4 release line"
// and "ACP 4.0.x is outside the direct-upgrade window for ACP 4.4" (ACP-FACTS "Paths into 4.4");
// "Before upgrading the global tier to ACP 4.4, all workload clusters must remain within the ACP
// 4.4 Compatible Versions" (ACP-FACTS "ACP 4.4 line", Kubernetes).
const EDGES_44: Edge[] = ['4.1', '4.2', '4.3'].map((from) => ({
  from,
  to: '4.4',
  prerequisite: { kind: 'within-compatible' },
  fact: 'ACP-FACTS "Paths into 4.4": "ACP 4.1, 4.2, and 4.3 are within the n-3 direct-upgrade window for the ACP 4.4 release line."',
}));

// "4.5: sources 4.2, 4.3, 4.4; "ACP 4.1.x and earlier releases are outside the direct-upgrade
// window for ACP 4.5" ... No matrix revision read has a 4.5 row." (ACP-FACTS "Paths into 4.4 (and
// 4.5)"); Corrections, turn 3: "4.5: edges from 4.2, 4.3 and 4.4 ... no published Kubernetes
// matrix row yet."
const RELEASE_45: Release = {
  minor: '4.5',
  noMatrix: true,
  fact: 'ACP-FACTS "Corrections, turn 3": "4.5: edges from 4.2, 4.3 and 4.4; package set "ACP Upgrade to v4.5" with the same eleven packages as 4.4; no published Kubernetes matrix row yet."',
};

const edges45 = (acp44: boolean): Edge[] =>
  ['4.2', '4.3', ...(acp44 ? ['4.4'] : [])].map((from) => ({
    from,
    to: '4.5',
    prerequisite: { kind: 'within-compatible' },
    fact: 'ACP-FACTS "Paths into 4.4 (and 4.5)": "4.5: sources 4.2, 4.3, 4.4; "ACP 4.1.x and earlier releases are outside the direct-upgrade window for ACP 4.5""',
  }));

export interface Facts {
  releases: Release[];
  edges: Edge[];
}

export function factsFor(acp44: boolean = WITH_ACP_44, acp45: boolean = WITH_ACP_45): Facts {
  return {
    releases: [...RELEASES_43, ...(acp44 ? [RELEASE_44] : []), ...(acp45 ? [RELEASE_45] : [])],
    edges: [...EDGES_43, ...(acp44 ? EDGES_44 : []), ...(acp45 ? edges45(acp44) : [])],
  };
}

/**
 * Rules a waiver cannot touch (SPEC §1, "Rules that describe what the product cannot do are
 * not waivable"); `input/*` and `state/*` are matched by prefix.
 */
export const NOT_WAIVABLE = [
  'path/unsupported',
  'path/downgrade',
  'path/target-not-reached',
  'path/source-patch',
  'order/global-first',
  'order/workload-target',
  'order/dr-standby-first',
  // SPEC §1: "and what the platform's own preflight refuses (ACP-FACTS "Corrections, turn 3"):
  // `order/workload-kubernetes`, `path/kubernetes-prerequisite`, `order/kubernetes-step`,
  // `platform/node-readiness`"; ACP-FACTS: "Do not disable VersionUpgradePath,
  // KubernetesVersionSupported, or AdminAckRequired".
  'order/workload-kubernetes',
  'path/kubernetes-prerequisite',
  'order/kubernetes-step',
  'platform/node-readiness',
  // Not in SPEC §1's list (SPEC §2 predates 4.5): a move into a release without a Kubernetes
  // row cannot pass KubernetesVersionSupported ("within the target release's supported range"),
  // which is not to be disabled; the issue names it not waivable.
  'path/no-kubernetes-matrix',
];
export const NOT_WAIVABLE_PREFIXES = ['input/', 'state/'];

export function waivable(rule: string): boolean {
  return !NOT_WAIVABLE.includes(rule) && !NOT_WAIVABLE_PREFIXES.some((p) => rule.startsWith(p));
}

/**
 * The Kubernetes 1.35 node-readiness gate. ACP-FACTS "Kubernetes 1.35 acknowledgement gate":
 * "If the target release is ACP 4.4 or later, upgrades the cluster to Kubernetes 1.35 or later,
 * and reports an administrator acknowledgement gate for node readiness", then on "every
 * production node that will run the target cluster": kernel "`5.8` or later" and `stat -fc %T
 * /sys/fs/cgroup/` prints `cgroup2fs`; "Corrections, turn 3", "Node readiness (1.35)":
 * "conditioned on a cluster being upgraded "to Kubernetes 1.35 or later", which a
 * Kubernetes-only step inside 4.4 also does".
 */
export const NODE_READINESS = {
  /** the release the cluster runs after the move: this one or later */
  release: '4.4',
  /** the Kubernetes minor the move upgrades the cluster to: this one or later */
  kubernetes: '1.35',
  /** the lowest kernel, MAJOR.MINOR */
  kernel: { major: 5, minor: 8 },
} as const;
