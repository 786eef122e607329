// The platform as the simulation walks the plan: each cluster's versions at the current step.
import type { Catalog, Edge } from './catalog/catalog.js';
import type { ClusterSpec, Clusters, Loc, PlanSpec, StepSpec } from './inventory/model.js';
import type { KubernetesView } from './routes.js';
import type { Version } from './versions.js';

export interface ClusterState extends KubernetesView {
  spec: ClusterSpec;
  version: Version;
  kubernetes: Version;
}

export class PlatformState {
  private readonly states = new Map<string, ClusterState>();

  constructor(
    readonly catalog: Catalog,
    readonly clusters: Clusters,
    readonly plan: PlanSpec,
  ) {
    for (const spec of clusters.list) {
      this.states.set(spec.name, {
        name: spec.name,
        role: spec.role,
        spec,
        version: spec.version,
        kubernetes: spec.kubernetes,
      });
    }
  }

  get(name: string): ClusterState {
    const state = this.states.get(name);
    if (!state) throw new Error(`no state for cluster ${name}`);
    return state;
  }

  get global(): ClusterState {
    return this.get(this.clusters.global.name);
  }

  get standby(): ClusterState | undefined {
    return this.clusters.standby ? this.get(this.clusters.standby.name) : undefined;
  }

  /** Primary first, then the standby: the clusters a workload must wait for. */
  get globalTier(): ClusterState[] {
    const standby = this.standby;
    return standby ? [this.global, standby] : [this.global];
  }

  all(): ClusterState[] {
    return [...this.states.values()];
  }

  workloads(): ClusterState[] {
    return this.all().filter((s) => s.role === 'workload');
  }

  set(name: string, version: Version, kubernetes: Version): void {
    const state = this.get(name);
    state.version = version;
    state.kubernetes = kubernetes;
  }
}

/** One cluster in one step, as the rules see it (states are those before the step). */
export interface StepContext {
  platform: PlatformState;
  step: StepSpec;
  cluster: ClusterState;
  /** Where the cluster's name is written in this step. */
  at: Loc;
}

/** A Distribution Version move, once checked. */
export interface Move extends StepContext {
  from: Version;
  to: Version;
  /** The catalog edge taken; undefined for a patch move within one minor or an unsupported hop. */
  edge: Edge | undefined;
}
