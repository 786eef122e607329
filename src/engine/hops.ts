// The hops of a journey (SPEC §3 packages/missing, §4 "the runbook, one window at a time"): each
// Distribution Version the plan moves clusters to, in plan order. The global tier's hops are the
// upgrades of a multi-hop journey (3.18 -> 4.0 -> 4.3: two hops); each has its own Core package,
// its own Aligned plugin packages and its own preparation before its first window.
import type { Clusters, PlanSpec } from './inventory/model.js';
import type { Move } from './state.js';
import { type Version, matchesVersion } from './versions.js';

export interface Hop {
  /** 1-based, in plan order. */
  index: number;
  version: Version;
  /** Every move to this version, in plan order. */
  moves: Move[];
  /** Absent only for the stand-in hop of a platform that could not be simulated. */
  firstMove?: Move;
  /** The first move of the DR standby or the primary global to this version, if any. */
  firstTierMove?: Move;
  /** The global tier's version before this hop: the hop's source release. */
  from: Version;
  /** The hop that reaches the plan's target (else the last hop): Agnostic packages serve it. */
  final: boolean;
  /** Names of the clusters that move in this hop, in clusters.yaml order. */
  clusters: string[];
  /** The same names, for lookups. */
  moving: ReadonlySet<string>;
}

export function hopsOf(moves: Move[], clusters: Clusters, plan: PlanSpec | undefined): Hop[] {
  const hops: Hop[] = [];
  let tierVersion = clusters.global.version;
  for (const move of moves) {
    let hop = hops.find((h) => matchesVersion(move.to, h.version));
    if (!hop) {
      hop = {
        index: hops.length + 1,
        version: move.to,
        moves: [],
        firstMove: move,
        from: tierVersion,
        final: false,
        clusters: [],
        moving: new Set(),
      };
      hops.push(hop);
    }
    hop.moves.push(move);
    if (move.cluster.role !== 'workload') {
      hop.firstTierMove ??= move;
      tierVersion = move.to;
    }
  }
  for (const hop of hops) {
    const names = new Set(hop.moves.map((m) => m.cluster.name));
    hop.clusters = clusters.list.filter((c) => names.has(c.name)).map((c) => c.name);
    hop.moving = names;
  }
  const target = plan?.target;
  const final =
    (target && hops.find((h) => matchesVersion(h.version, target))) ?? hops[hops.length - 1];
  if (final) final.final = true;
  return hops;
}

/**
 * When clusters.yaml does not load, nothing can be simulated; the download list still says what
 * packages.yaml holds for the target, as one hop that every installed application moves in.
 */
export function standInHop(plan: PlanSpec, clusterNames: string[]): Hop {
  return {
    index: 1,
    version: plan.target,
    moves: [],
    from: plan.target,
    final: true,
    clusters: clusterNames,
    moving: new Set(clusterNames),
  };
}
