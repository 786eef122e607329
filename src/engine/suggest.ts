// The suggested plan (SPEC §1): from the clusters and a target, the Kubernetes steps that bring
// clusters into each edge's prerequisite, each hop of the shortest supported route, the DR
// standby before the primary, the global tier before the workloads.
import type { Catalog, Edge } from './catalog/catalog.js';
import type { ClusterSpec, Clusters, Role } from './inventory/model.js';
import { nodesBlock } from './journey.js';
import { inCompatible, kubernetesFix, kubernetesMeets, preferredRoute, stopOf } from './routes.js';
import { resolvePlain } from './yaml.js';
import { type Version, compareMinor, compareVersions, exactVersion, minorOf } from './versions.js';

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

/**
 * A plan to `target` that the check passes: the global tier hop by hop along the preferred route
 * (the standby before the primary at every stop); before each hop, the Kubernetes steps that
 * bring every cluster the hop's prerequisite covers into it, and the workloads that could not
 * follow later moved to the tier's current version (the only target ACP offers them); at the end
 * the workloads to the target, each group along its own supported edge.
 */
export function suggestPlan(catalog: Catalog, clusters: Clusters, wanted: Version): SuggestedPlan {
  const target = exactVersion(wanted);
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
  const tier = standby ? [standby, global] : [global];
  const workloads = states.filter((s) => s.role === 'workload');
  const steps: SuggestedStep[] = [];

  /** Kubernetes-only steps, grouped by version, for the clusters that miss `edge`'s prerequisite. */
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

  /**
   * Moves `group` to `to`. A release with one creation Kubernetes (4.1 and later) takes the
   * clusters to it; one with several (4.0) keeps their Kubernetes unless `next`, the hop that
   * follows, needs more: then Kubernetes goes up in the same window, as the 3.x -> 4.0 guides
   * strongly recommend, rather than in a window of its own.
   */
  const move = (group: Working[], to: Version, next?: Edge) => {
    const creation = catalog.release(to)?.creation;
    const withKubernetes = new Map<string, Working[]>();
    for (const cluster of group) {
      const single = creation?.length === 1 ? creation[0]! : undefined;
      let kubernetes =
        single && compareVersions(single, cluster.kubernetes) > 0 ? single : undefined;
      if (!single && next) {
        const landed = { ...cluster, version: to };
        if (!kubernetesMeets(catalog, next, landed))
          kubernetes = kubernetesFix(catalog, landed, next);
      }
      const key = !single && kubernetes ? kubernetes.text : '';
      const list = withKubernetes.get(key) ?? [];
      list.push(cluster);
      withKubernetes.set(key, list);
      cluster.version = to;
      if (kubernetes) cluster.kubernetes = kubernetes;
    }
    for (const [kubernetes, members] of withKubernetes) {
      steps.push({
        clusters: members.map((c) => c.name),
        to: to.text,
        ...(kubernetes && { kubernetes }),
      });
    }
  };

  const edgeTo = (cluster: Working, to: Version): Edge | undefined => {
    const edge = catalog.edge(cluster.version, to);
    return edge && catalog.allowsSource(edge, cluster.version) ? edge : undefined;
  };

  /** Workloads behind the tier to the tier's current version, grouped by the edge they take. */
  const followTier = (group: Working[], next?: Edge) => {
    const to = global.version;
    const byEdge = new Map<string, { edge: Edge | undefined; members: Working[] }>();
    for (const workload of group) {
      const edge = compareMinor(workload.version, to) === 0 ? undefined : edgeTo(workload, to);
      if (compareMinor(workload.version, to) !== 0 && !edge) {
        throw new NoRouteError(
          `workload ${workload.name} on ${workload.version.text} has no supported path to ${to.text}, the only version ACP offers it while the global tier is there`,
        );
      }
      const key = edge ? `${minorOf(edge.from)}->${minorOf(edge.to)}` : 'patch';
      const entry = byEdge.get(key) ?? { edge, members: [] };
      entry.members.push(workload);
      byEdge.set(key, entry);
    }
    const hops = [...byEdge.values()].sort((a, b) =>
      compareVersions(a.members[0]!.version, b.members[0]!.version),
    );
    for (const { edge, members } of hops) {
      if (edge) meetPrerequisite(edge, members);
      move(members, to, next);
    }
  };

  const past = tier.find((c) => compareVersions(c.version, target) > 0);
  if (past) {
    throw new NoRouteError(
      `${past.name} is already on ${past.version.text}, past the target ${target.text}; the global tier ends on the target, so choose ${past.version.text} or later`,
    );
  }
  const route =
    compareVersions(global.version, target) < 0 ? routeOf(catalog, global, target, states) : [];
  route.forEach((edge, i) => {
    const stop = landing(catalog, edge, target);
    const after = route[i + 1];
    // Workloads that could not follow once the tier leaves: no path from their release to the
    // hop's, or no Kubernetes inside their release that meets the hop's prerequisite.
    const behind = workloads.filter(
      (w) =>
        compareVersions(w.version, global.version) < 0 &&
        (!edgeTo(w, edge.to) ||
          (!kubernetesMeets(catalog, edge, w) && !kubernetesFix(catalog, w, edge))),
    );
    if (behind.length > 0) followTier(behind, edge);
    const stranded = states.find(
      (c) => compareMinor(c.version, edge.to) < 0 && !catalog.allowsSource(edge, c.version),
    );
    if (stranded) {
      throw new NoRouteError(
        `${minorOf(edge.from)} -> ${minorOf(edge.to)} starts only from ${edge.fromPatches!.map((v) => v.text).join(', ')} on every cluster, and ${stranded.name} is on ${stranded.version.text}`,
      );
    }
    meetPrerequisite(
      edge,
      tier.filter((c) => compareMinor(c.version, edge.to) < 0),
    );
    meetPrerequisite(edge, workloads);
    for (const cluster of tier) {
      if (compareVersions(cluster.version, stop) < 0) move([cluster], stop, after);
    }
  });
  // A patch within the target's release, standby first.
  for (const cluster of tier) {
    if (compareVersions(cluster.version, target) < 0) move([cluster], target);
  }
  // A workload whose recorded nodes are not ready for the Kubernetes the target brings stays
  // behind when it may (inside the target's Compatible Versions): moving it would fail
  // platform/node-readiness, and upgrading it is optional (ACP-FACTS ordering rule 6).
  const targetRelease = catalog.release(target);
  const blocked = (w: Working) =>
    inCompatible(targetRelease, w.kubernetes) &&
    nodesBlock(catalog, w.spec, target, landingKubernetes(catalog, w, target));
  followTier(workloads.filter((w) => compareVersions(w.version, target) < 0 && !blocked(w)));
  return { target: target.text, steps };
}

/** The tier's route, or why there is none. */
function routeOf(
  catalog: Catalog,
  cluster: Working,
  to: Version,
  clusters: readonly Working[],
): Edge[] {
  const route = preferredRoute(catalog, cluster.version, to, clusters);
  if (!route) {
    throw new NoRouteError(
      `no supported route from ${cluster.name}'s ${cluster.version.text} to ${to.text} in the catalog`,
    );
  }
  return route;
}

/**
 * Where a hop lands: the target in its release, else the release's first patch (a plan names
 * exact versions: `to: 4.0.0`, later `to: 4.3.0`; the operator picks the patch they downloaded).
 */
function landing(catalog: Catalog, edge: Edge, target: Version): Version {
  return compareMinor(edge.to, target) === 0 ? target : stopOf(catalog, edge.to);
}

/** A waiver to carry into the suggested plan.yaml, as plan.yaml wrote it. */
export interface WaiverText {
  rule: string;
  cluster?: string;
  package?: string;
  reason: string;
  owner: string;
  expires: string;
}

/** The suggestion as plan.yaml text, with the waivers of the plan it replaces. */
export function planYaml(
  plan: SuggestedPlan,
  header: string[] = [],
  waivers: readonly WaiverText[] = [],
): string {
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
  if (waivers.length > 0) lines.push('waivers:');
  for (const w of waivers) {
    lines.push(`  - rule: ${yamlString(w.rule)}`);
    if (w.cluster !== undefined) lines.push(`    cluster: ${yamlString(w.cluster)}`);
    if (w.package !== undefined) lines.push(`    package: ${yamlString(w.package)}`);
    lines.push(
      `    reason: ${yamlString(w.reason)}`,
      `    owner: ${yamlString(w.owner)}`,
      `    expires: ${yamlString(w.expires)}`,
    );
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

/** The Kubernetes a cluster runs once it reaches `to` (a single creation minor takes it there). */
function landingKubernetes(catalog: Catalog, cluster: Working, to: Version): Version {
  const creation = catalog.release(to)?.creation;
  return creation?.length === 1 && compareVersions(creation[0]!, cluster.kubernetes) > 0
    ? creation[0]!
    : cluster.kubernetes;
}
