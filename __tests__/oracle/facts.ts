// The oracle's own table of ACP facts, restated by hand from ACP-FACTS.md (each entry quotes the
// line it comes from). It is written apart from the engine's catalog on purpose: the two are
// compared over generated plans, and a table copied from the engine would agree with its mistakes.

/**
 * The ACP 4.4 line (release 4.4 and the edges 4.1/4.2/4.3 -> 4.4), which the engine's built-in
 * catalog holds since its version 2. ORACLE_ACP_44=0 leaves it out for one run.
 */
export const WITH_ACP_44 = process.env.ORACLE_ACP_44 !== '0';

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
  fact: string;
}

export type Prerequisite =
  /** Every cluster of the platform on this Kubernetes minor or later. */
  | { kind: 'at-least'; minor: string }
  /** Every workload cluster inside the target release's Compatible Versions. */
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
  {
    from: '3.18',
    to: '4.0',
    patches: ['3.18.0', '3.18.1'],
    prerequisite: { kind: 'at-least', minor: '1.28' },
    fact: `${PATHS}: "| 3.18.0, 3.18.1 | 4.0 | all clusters on 3.18.0/3.18.1; Kubernetes >= 1.28 on all clusters |"`,
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

export interface Facts {
  releases: Release[];
  edges: Edge[];
}

export function factsFor(acp44: boolean = WITH_ACP_44): Facts {
  return {
    releases: acp44 ? [...RELEASES_43, RELEASE_44] : RELEASES_43,
    edges: acp44 ? [...EDGES_43, ...EDGES_44] : EDGES_43,
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
];
export const NOT_WAIVABLE_PREFIXES = ['input/', 'state/'];

export function waivable(rule: string): boolean {
  return !NOT_WAIVABLE.includes(rule) && !NOT_WAIVABLE_PREFIXES.some((p) => rule.startsWith(p));
}
