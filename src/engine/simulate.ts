// Walks plan.yaml's steps in order over the clusters' versions: the journey (journey.ts), and the
// checks of the state, step, plan and hop phases at the points where they apply. Clusters named in
// one step move together: each is checked against the states before the step.
import type { Catalog } from './catalog/catalog.js';
import { hopsOf } from './hops.js';
import type { Apps, Clusters, PlanSpec } from './inventory/model.js';
import { type Journey, type TimelineEntry, gateCrossings, postUpgradeTasks } from './journey.js';
import { RuleRun } from './rules/registry.js';
import type { InventoryContext, StepEvent } from './rules/rule.js';
import { type Move, PlatformState, type StepContext } from './state.js';
import { type Version, compareMinor, compareVersions } from './versions.js';

export interface SimulationInput {
  catalog: Catalog;
  clusters: Clusters;
  plan: PlanSpec;
  apps: Apps | undefined;
}

/** The journey, with the findings of its checks in `run`. */
export function simulate(input: SimulationInput, run = new RuleRun()): Journey {
  const inventory: InventoryContext = input;
  const platform = new PlatformState(input.catalog, input.clusters, input.plan);
  const initialGlobal = platform.global.version;
  run.run('state', { ...inventory, platform });
  const timeline: TimelineEntry[] = [];
  const moves: Move[] = [];

  for (const step of input.plan.steps) {
    const updates: { name: string; version: Version; kubernetes: Version }[] = [];
    for (const entry of step.clusters) {
      const cluster = platform.get(entry.name);
      const event = stepEvent(inventory, { platform, step, cluster, at: entry.at });
      run.run('step', event);
      if (event.move) moves.push(event.move);
      const after = {
        version: event.move?.to ?? cluster.version,
        kubernetes: event.kubernetes.down ? cluster.kubernetes : event.kubernetes.to,
      };
      updates.push({ name: entry.name, ...after });
      timeline.push({
        step: step.index,
        cluster: entry.name,
        role: cluster.role,
        from: { version: cluster.version.text, kubernetes: cluster.kubernetes.text },
        to: { version: after.version.text, kubernetes: after.kubernetes.text },
      });
    }
    for (const update of updates) platform.set(update.name, update.version, update.kubernetes);
  }

  const hops = hopsOf(moves, input.clusters, input.plan);
  const tasks = postUpgradeTasks(input.catalog, input.apps, input.clusters, hops);
  const gates = gateCrossings(input.catalog, timeline, moves);
  const journey: Journey = { timeline, moves, hops, platform, initialGlobal, tasks, gates };
  run.run('plan', { ...inventory, journey });
  for (const hop of hops) run.run('hop', { ...inventory, journey, hop });
  return journey;
}

/** What a step does to one cluster: its Distribution Version move and its Kubernetes. */
function stepEvent(inventory: InventoryContext, ctx: StepContext): StepEvent {
  const { step, cluster } = ctx;
  let move: Move | undefined;
  let versionDown = false;
  if (step.to && !alreadyOn(cluster.version, step.to.version)) {
    const to = step.to.version;
    if (compareVersions(to, cluster.version) < 0) {
      versionDown = true;
    } else {
      const edge =
        compareMinor(cluster.version, to) === 0 ? undefined : edgeOf(inventory.catalog, ctx, to);
      move = { ...ctx, from: cluster.version, to, edge };
    }
  }
  const version = move?.to ?? cluster.version;
  const kubernetes = nextKubernetes(ctx, version);
  const down = compareVersions(kubernetes, cluster.kubernetes) < 0;
  return {
    ...inventory,
    ...ctx,
    move,
    versionDown,
    kubernetes: {
      from: cluster.kubernetes,
      to: kubernetes,
      at: step.kubernetes?.at ?? step.to?.at ?? ctx.at,
      down,
    },
    noop: !move && !down && alreadyOn(cluster.kubernetes, kubernetes),
  };
}

/** The catalog edge a move between minors takes, when the catalog has one for its source. */
function edgeOf(catalog: Catalog, ctx: StepContext, to: Version) {
  const edge = catalog.edge(ctx.cluster.version, to);
  return edge && catalog.allowsSource(edge, ctx.cluster.version) ? edge : undefined;
}

/** A cluster on `current` is already on `wanted` (`4.3` wants any 4.3 patch). */
function alreadyOn(current: Version, wanted: Version): boolean {
  return compareMinor(current, wanted) === 0 && (wanted.patch ?? current.patch) === current.patch;
}

/**
 * The Kubernetes a cluster runs after a step: the step's own `kubernetes`, else (for a move to a
 * release with one creation minor, 4.1 and later) that minor, else what it ran before.
 */
function nextKubernetes(ctx: StepContext, version: Version): Version {
  const { step, cluster } = ctx;
  if (step.kubernetes) return step.kubernetes.version;
  if (!step.to) return cluster.kubernetes;
  // One creation minor: the cluster moves to it, also from a higher one (then path/downgrade says
  // so: the release does not run what the cluster runs).
  const creation = ctx.platform.catalog.release(version)?.creation;
  if (creation?.length === 1 && compareMinor(creation[0]!, cluster.kubernetes) !== 0) {
    return creation[0]!;
  }
  return cluster.kubernetes;
}
