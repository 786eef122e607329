// The suggested plan (SPEC §1): from the clusters and a target, the Kubernetes steps that bring
// clusters into each edge's prerequisite, each hop of the shortest supported route, the DR
// standby before the primary, the global tier before the workloads.
import type { Catalog, Edge } from './catalog/catalog.js';
import type { ClusterSpec, Clusters, Role } from './inventory/model.js';
import { kubernetesMeets, preferredRoute } from './routes.js';
import { kubernetesFix } from './rules/kubernetes.js';
import { resolvePlain } from './yaml.js';
import { type Version, compareMinor, compareVersions, minorOf } from './versions.js';

export interface SuggestedStep {
  clusters: string[];
  to?: string;
  kubernetes?: string;
}

export interface SuggestedPlan {
  target: string;
  steps: SuggestedStep[];
}

interface Working {
  name: string;
  role: Role;
  spec: ClusterSpec;
  version: Version;
  kubernetes: Version;
}

export class NoRouteError extends Error {}

export function suggestPlan(catalog: Catalog, clusters: Clusters, target: Version): SuggestedPlan {
  const states = clusters.list.map<Working>((spec) => ({
    name: spec.name,
    role: spec.role,
    spec,
    version: spec.version,
    kubernetes: spec.kubernetes,
  }));
  const byName = new Map(states.map((s) => [s.name, s]));
  const global = byName.get(clusters.global.name)!;
  const standby = clusters.standby ? byName.get(clusters.standby.name) : undefined;
  const workloads = states.filter((s) => s.role === 'workload');
  const steps: SuggestedStep[] = [];

  /** Kubernetes-only steps (grouped by version) for every cluster that misses `edge`'s prerequisite. */
  const meetPrerequisite = (edge: Edge, candidates: Working[]) => {
    const groups = new Map<string, Working[]>();
    for (const cluster of candidates) {
      if (kubernetesMeets(catalog, edge, cluster)) continue;
      const fix = kubernetesFix(catalog, cluster, edge);
      if (!fix) {
        throw new NoRouteError(
          `${cluster.name} runs Kubernetes ${cluster.kubernetes.text} on ${cluster.version.text}, and no Kubernetes inside that release meets ${minorOf(edge.from)} -> ${minorOf(edge.to)}'s prerequisite`,
        );
      }
      const group = groups.get(fix.text) ?? [];
      group.push(cluster);
      groups.set(fix.text, group);
      cluster.kubernetes = fix;
    }
    for (const [kubernetes, group] of groups) {
      steps.push({ clusters: group.map((c) => c.name), kubernetes });
    }
  };

  const move = (group: Working[], to: Version) => {
    steps.push({ clusters: group.map((c) => c.name), to: to.text });
    const creation = catalog.release(to)?.creation;
    for (const cluster of group) {
      cluster.version = to;
      if (creation?.length === 1 && compareVersions(creation[0]!, cluster.kubernetes) > 0) {
        cluster.kubernetes = creation[0]!;
      }
    }
  };

  const routeOf = (cluster: Working, to: Version): Edge[] => {
    if (compareMinor(cluster.version, to) === 0) return [];
    const route = preferredRoute(catalog, cluster.version, to, states);
    if (!route) {
      throw new NoRouteError(
        `no supported route from ${cluster.name}'s ${cluster.version.text} to ${to.text} in the catalog`,
      );
    }
    return route;
  };
  /** Where a hop lands: the release's minor, or the exact version when it is the destination's minor. */
  const landing = (edge: Edge, destination: Version) =>
    compareMinor(edge.to, destination) === 0 ? destination : edge.to;

  /** Workloads hop by hop to `to`, all workloads taking the same hop in one window. */
  const moveWorkloads = (group: Working[], to: Version) => {
    const routes = new Map(group.map((w) => [w, routeOf(w, to)]));
    for (let round = 0; ; round++) {
      const byHop = new Map<string, { edge: Edge; members: Working[] }>();
      for (const [workload, route] of routes) {
        const edge = route[round];
        if (!edge) continue;
        const key = `${minorOf(edge.from)}->${minorOf(edge.to)}`;
        const entry = byHop.get(key) ?? { edge, members: [] };
        entry.members.push(workload);
        byHop.set(key, entry);
      }
      if (byHop.size === 0) break;
      const hops = [...byHop.values()].sort((a, b) => compareVersions(a.edge.to, b.edge.to));
      for (const { edge, members } of hops) {
        meetPrerequisite(edge, members);
        move(members, landing(edge, to));
      }
    }
    const patchBehind = group.filter((w) => compareVersions(w.version, to) < 0);
    if (patchBehind.length > 0) move(patchBehind, to);
  };

  /**
   * Before a global-tier cluster takes `edge`: it and every workload meet the edge's Kubernetes
   * prerequisite. Workloads whose own release has no Kubernetes that does (3.x has no documented
   * matrix) first follow the global tier as far as it has gone.
   */
  const prepare = (edge: Edge, mover: Working) => {
    const behind = workloads.filter(
      (w) => !kubernetesMeets(catalog, edge, w) && !kubernetesFix(catalog, w, edge),
    );
    if (behind.length > 0) {
      const reached =
        standby && compareVersions(standby.version, global.version) < 0
          ? standby.version
          : global.version;
      moveWorkloads(behind, reached);
    }
    meetPrerequisite(edge, [mover, ...workloads]);
  };

  /** One global-tier cluster along its route to `to`. */
  const advance = (cluster: Working, to: Version) => {
    for (const edge of routeOf(cluster, to)) {
      prepare(edge, cluster);
      move([cluster], landing(edge, to));
    }
    if (compareVersions(cluster.version, to) < 0) move([cluster], to);
  };

  // The global tier hop by hop along the primary's route; the standby reaches each stop first.
  while (compareVersions(global.version, target) < 0) {
    const edge = routeOf(global, target)[0];
    const next = edge ? landing(edge, target) : target;
    if (standby && compareVersions(standby.version, next) < 0) advance(standby, next);
    if (edge) prepare(edge, global);
    move([global], next);
  }
  if (standby && compareVersions(standby.version, target) < 0) advance(standby, target);

  moveWorkloads(
    workloads.filter((w) => compareVersions(w.version, target) < 0),
    target,
  );
  return { target: target.text, steps };
}

/** The suggestion as plan.yaml text. */
export function planYaml(plan: SuggestedPlan, header: string[] = []): string {
  const lines = [...header.map((h) => `# ${h}`), `target: ${yamlString(plan.target)}`, 'steps:'];
  if (plan.steps.length === 0) lines[lines.length - 1] = 'steps: []';
  for (const step of plan.steps) {
    lines.push(
      step.clusters.length === 1
        ? `  - cluster: ${yamlString(step.clusters[0]!)}`
        : `  - clusters: [${step.clusters.map(yamlString).join(', ')}]`,
    );
    if (step.to !== undefined) lines.push(`    to: ${yamlString(step.to)}`);
    if (step.kubernetes !== undefined) lines.push(`    kubernetes: ${yamlString(step.kubernetes)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Plain when YAML reads it back as the same text (`1.31` would be a number: quoted). */
function yamlString(text: string): string {
  const plain =
    /^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(text) &&
    typeof resolvePlain(text) === 'string' &&
    !/^(yes|no|on|off|y|n)$/i.test(text);
  return plain ? text : JSON.stringify(text);
}
