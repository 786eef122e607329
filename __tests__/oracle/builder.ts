// Plans built to be valid, from the oracle's facts only (a second, independent planner): the
// Kubernetes steps each edge's prerequisite asks for (a `within-compatible` edge: the workloads
// and each global-tier cluster inside the target's Compatible Versions), a random supported
// route (never into a release without a Kubernetes matrix row), standby before primary, the
// workloads after the global tier onto its current version, no move to Kubernetes 1.35 on 4.4
// for a cluster whose declared nodes are not ready for it. Every plan it returns
// must pass the oracle (the oracle's own tests assert that); mutations of these plans probe the
// engine near the boundary of what is allowed.
import { type Edge, type Facts, NODE_READINESS } from './facts.js';
import type { StepDraft } from './inventory.js';
import { type Cluster, startFindings } from './oracle.js';
import {
  type Distribution,
  compareDistribution,
  compareRelease,
  distribution,
  kubeMinor,
} from './versions.js';

/** `pick(n)`: a choice in 0..n-1, from the generator. */
export type Pick = (n: number) => number;

interface Working {
  name: string;
  role: Cluster['role'];
  version: Distribution;
  kube: number;
  /** every declared node has kernel 5.8 or later and cgroup v2 (or none is declared) */
  ready: boolean;
}

/** Every supported route from one release to another (the graph is small and acyclic). */
export function routes(facts: Facts, from: string, to: string): Edge[][] {
  if (from === to) return [[]];
  return facts.edges
    .filter((e) => e.from === from && compareRelease(e.to, to) <= 0)
    .flatMap((e) => routes(facts, e.to, to).map((rest) => [e, ...rest]));
}

export function buildValidPlan(
  facts: Facts,
  clusters: Cluster[],
  target: Distribution,
  pick: Pick,
): StepDraft[] | undefined {
  const release = (minor: string) => facts.releases.find((r) => r.minor === minor);
  const compatible = (minor: string, kube: number) => {
    const list = release(minor)?.compatible;
    return !list || list.some((k) => kubeMinor(k) === kube);
  };
  if (startFindings(clusters, facts).length > 0) return undefined;
  const gate = NODE_READINESS;
  const state: Working[] = clusters.map((c) => ({
    name: c.name,
    role: c.role,
    version: c.version,
    kube: c.kubernetes.minor,
    ready: (c.nodes ?? []).every(
      (n) =>
        n.cgroup === 'v2' &&
        (n.kernel.major > gate.kernel.major ||
          (n.kernel.major === gate.kernel.major && n.kernel.minor >= gate.kernel.minor)),
    ),
  }));
  /** A move of `c` to `kube` on `minor` would meet the 1.35 gate with nodes not ready. */
  const gated = (c: Working, minor: string, kube: number) =>
    !c.ready &&
    compareRelease(minor, gate.release) >= 0 &&
    kube >= kubeMinor(gate.kubernetes) &&
    kube > c.kube;
  const primary = state.find((c) => c.role === 'global')!;
  const standby = state.find((c) => c.role === 'standby');
  const workloads = state.filter((c) => c.role === 'workload');
  if (standby && compareDistribution(standby.version, primary.version) !== 0) return undefined;
  if (compareDistribution(target, primary.version) < 0) return undefined;
  if (release(target.release)?.noMatrix) return undefined;

  const all = routes(facts, primary.version.release, target.release).filter((route) =>
    route.every((e) => !release(e.to)?.noMatrix),
  );
  if (all.length === 0) return undefined;
  const route = all[pick(all.length)]!;
  const hops: { edge?: Edge; to: Distribution; globalStays?: boolean }[] = route.map((edge, i) => ({
    edge,
    to: i === route.length - 1 ? target : distribution(`${edge.to}.${pick(2)}`)!,
  }));
  // Inside one release: a patch move of the global tier, or only the workloads catching up.
  if (route.length === 0)
    hops.push({ to: target, globalStays: compareDistribution(target, primary.version) === 0 });

  const steps: StepDraft[] = [];
  /** The step's Kubernetes: left to the release's creation minor, or written out. */
  const coreMove = (names: Working[], to: Distribution): boolean => {
    const creation = release(to.release)?.creation;
    const single = creation?.length === 1 ? kubeMinor(creation[0]!) : undefined;
    if (single !== undefined && names.some((c) => c.kube > single)) return false;
    if (single !== undefined && names.some((c) => gated(c, to.release, single))) return false;
    const written = single !== undefined && pick(3) === 0 ? `1.${single}` : undefined;
    steps.push({ clusters: names.map((c) => c.name), to: to.full, kubernetes: written });
    for (const c of names) {
      c.version = to;
      if (single !== undefined) c.kube = single;
    }
    return true;
  };

  for (const [i, hop] of hops.entries()) {
    const last = i === hops.length - 1;
    const edge = hop.edge;
    if (edge?.patches) {
      const behind = state.filter((c) => compareRelease(c.version.release, edge.to) < 0);
      if (behind.some((c) => !edge.patches!.includes(c.version.full))) return undefined;
    }

    // Kubernetes first, inside each cluster's current release (ACP-FACTS ordering rule 4).
    const needs = new Map<Working, number>();
    const p = edge?.prerequisite;
    if (p?.kind === 'at-least') {
      for (const c of state) if (c.kube < kubeMinor(p.minor)) needs.set(c, kubeMinor(p.minor));
    } else if (p?.kind === 'within-compatible') {
      const range = release(edge!.to)!
        .compatible!.map(kubeMinor)
        .sort((a, b) => a - b);
      // the workloads before the global tier moves; each global-tier cluster before its own move
      // (KubernetesVersionSupported); a workload that moves later is inside by then
      const tier = [...(hop.globalStays ? [] : [standby, primary]), ...workloads];
      for (const w of tier) {
        if (!w) continue;
        if (range.includes(w.kube)) continue;
        if (w.kube > range[range.length - 1]!) return undefined;
        const to = range.find((k) => k >= w.kube && compatible(w.version.release, k));
        if (to === undefined) return undefined;
        needs.set(w, to);
      }
    }
    for (const [c, kube] of needs)
      if (!compatible(c.version.release, kube) || gated(c, c.version.release, kube))
        return undefined;
    const byKube = new Map<number, Working[]>();
    for (const [c, kube] of needs) byKube.set(kube, [...(byKube.get(kube) ?? []), c]);
    const together = pick(2) === 0;
    for (const [kube, group] of byKube) {
      for (const part of together ? [group] : group.map((c) => [c])) {
        steps.push({ clusters: part.map((c) => c.name), kubernetes: `1.${kube}` });
        for (const c of part) c.kube = kube;
      }
    }

    // The global tier: the standby first, then the primary (ordering rule 3).
    if (!hop.globalStays) {
      if (standby && !coreMove([standby], hop.to)) return undefined;
      if (!coreMove([primary], hop.to)) return undefined;
    }

    // Workloads onto the global's current version (ordering rules 2 and 8); on the last hop
    // some may stay behind (ordering rule 6).
    const movers: Working[] = [];
    for (const w of workloads) {
      if (compareDistribution(w.version, hop.to) >= 0) continue;
      const own =
        w.version.release === hop.to.release
          ? undefined
          : facts.edges.find((e) => e.from === w.version.release && e.to === hop.to.release);
      const creation = release(hop.to.release)?.creation;
      const blocked =
        (creation?.length === 1 && gated(w, hop.to.release, kubeMinor(creation[0]!))) ||
        (w.version.release !== hop.to.release && !own) ||
        (own?.patches && !own.patches.includes(w.version.full)) ||
        (own?.prerequisite.kind === 'at-least' && w.kube < kubeMinor(own.prerequisite.minor));
      if (blocked) {
        if (last) continue;
        return undefined;
      }
      if (last && pick(4) === 0) continue;
      movers.push(w);
    }
    if (movers.length > 0) {
      const groups = pick(2) === 0 ? [movers] : movers.map((w) => [w]);
      for (const group of groups) if (!coreMove(group, hop.to)) return undefined;
    }
  }
  return steps;
}
