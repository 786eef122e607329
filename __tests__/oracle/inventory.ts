// Drafts of clusters.yaml and plan.yaml as plain values, and the YAML text both the engine and
// the oracle read. Versions are written the ways people write them: with or without quotes, a
// Distribution Version sometimes with a leading "v" (YAML reads an unquoted `1.30` as 1.3; the
// user means 1.30, SPEC §1).

/** A production node (SPEC §1 `nodes`): `uname -r` and the cgroup version. */
export interface NodeDraft {
  name: string;
  kernel: string;
  cgroup: 'v1' | 'v2';
}

export interface ClusterDraft {
  name: string;
  /** undefined: not written (the global is "global by name", the rest default to workload) */
  role?: 'global' | 'standby' | 'workload';
  version: string;
  kubernetes: string;
  /** undefined: not written */
  nodes?: NodeDraft[];
}

export interface StepDraft {
  clusters: string[];
  to?: string;
  kubernetes?: string;
}

export interface WaiverDraft {
  rule: string;
  cluster?: string;
  reason?: string;
  owner?: string;
  expires?: string;
}

export interface PlanDraft {
  target: string;
  steps: StepDraft[];
  waivers: WaiverDraft[];
}

/** How values are written: 0 plain, 1 double-quoted, 2 single-quoted; `v` before 4.3.0. */
export interface Style {
  quote: 0 | 1 | 2;
  v: boolean;
}

export const PLAIN: Style = { quote: 0, v: false };

const quoted = (value: string, style: Style) =>
  style.quote === 1 ? `"${value}"` : style.quote === 2 ? `'${value}'` : value;
const dist = (value: string, style: Style) => quoted(`${style.v ? 'v' : ''}${value}`, style);
const kube = (value: string, style: Style) => quoted(value, style);

const lines = (all: string[]) => `${all.join('\n')}\n`;

export function clustersYaml(clusters: ClusterDraft[], style: Style = PLAIN): string {
  return lines([
    'clusters:',
    ...clusters.flatMap((c) => [
      `  - name: ${c.name}`,
      ...(c.role ? [`    role: ${c.role}`] : []),
      `    version: ${dist(c.version, style)}`,
      `    kubernetes: ${kube(c.kubernetes, style)}`,
      ...(c.nodes === undefined
        ? []
        : c.nodes.length === 0
          ? ['    nodes: []']
          : [
              '    nodes:',
              ...c.nodes.flatMap((n) => [
                `      - name: ${n.name}`,
                `        kernel: ${quoted(n.kernel, style)}`,
                `        cgroup: ${n.cgroup}`,
              ]),
            ]),
    ]),
  ]);
}

export function planYamlOf(plan: PlanDraft, style: Style = PLAIN, header: string[] = []): string {
  return lines([
    ...header.map((h) => `# ${h}`),
    `target: ${dist(plan.target, style)}`,
    plan.steps.length ? 'steps:' : 'steps: []',
    ...plan.steps.flatMap((s) => [
      s.clusters.length === 1
        ? `  - cluster: ${s.clusters[0]}`
        : `  - clusters: [${s.clusters.join(', ')}]`,
      ...(s.to !== undefined ? [`    to: ${dist(s.to, style)}`] : []),
      ...(s.kubernetes !== undefined ? [`    kubernetes: ${kube(s.kubernetes, style)}`] : []),
    ]),
    ...(plan.waivers.length ? ['waivers:'] : []),
    ...plan.waivers.flatMap((w) => [
      `  - rule: ${w.rule}`,
      ...(w.cluster ? [`    cluster: ${w.cluster}`] : []),
      ...(w.reason ? [`    reason: ${w.reason}`] : []),
      ...(w.owner ? [`    owner: ${w.owner}`] : []),
      ...(w.expires ? [`    expires: ${w.expires}`] : []),
    ]),
  ]);
}

/** apps.yaml with no application: only the plan itself can fail a path/order/state rule. */
export const APPS_YAML = 'applications: {}\n';

/** Role as the oracle and the engine read it (SPEC §1: default workload, "global" by name). */
export function roleOf(c: ClusterDraft): 'global' | 'standby' | 'workload' {
  return c.role ?? (c.name === 'global' ? 'global' : 'workload');
}
