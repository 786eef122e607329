// The rule contract (STYLE habit 1, after ESLint's rule layout): a rule is one object with its id,
// severity, title, whether it can be waived, the phase of the check it belongs to, its check, and
// the name of its documentation, a Markdown file beside it. Families (rules/<family>/index.ts)
// export their rules as lists; rules/registry.ts sorts them into the one registry that the engine,
// the rule reference, SARIF and the report's schema read.
import type { Catalog } from '../catalog/catalog.js';
import type { Downloads } from '../downloads.js';
import type { FindingDetails, Severity } from '../findings.js';
import type { Hop } from '../hops.js';
import type { Apps, Clusters, Loc, PlanSpec } from '../inventory/model.js';
import type { Journey } from '../journey.js';
import type { Move, PlatformState, StepContext } from '../state.js';
import type { Version } from '../versions.js';

/**
 * Where in the check a rule's findings arise, in the order the check runs:
 * - `input`: reading the inventory and the catalog (reported by the loaders, not by a check);
 * - `state`: the platform as clusters.yaml describes it, before any step;
 * - `step`: each cluster of each plan step, against the platform just before the step;
 * - `plan`: the platform after the last step;
 * - `hop`: each hop of the journey (each Distribution Version the plan moves clusters to);
 * - `packages`: the download list against packages.yaml;
 * - `waivers` and `drift`: reported by the waivers and by drift mode.
 */
export type Phase = 'input' | 'state' | 'step' | 'plan' | 'hop' | 'packages' | 'waivers' | 'drift';

/** What every check sees: the catalog the plan is judged by and the inventory as loaded. */
export interface InventoryContext {
  catalog: Catalog;
  clusters: Clusters;
  plan: PlanSpec;
  /** Undefined when apps.yaml did not load. */
  apps: Apps | undefined;
}

/** `state`: the platform before the first step. */
export interface StateContext extends InventoryContext {
  platform: PlatformState;
}

/**
 * `step`: one cluster in one step, the states being those before the step, and what the step does
 * to it as the simulation applied it.
 */
export interface StepEvent extends StepContext, InventoryContext {
  /** The Distribution Version move, unless the step keeps the cluster's version or lowers it. */
  move: Move | undefined;
  /** The step's `to` lowers the cluster's Distribution Version (the step does not apply it). */
  versionDown: boolean;
  kubernetes: {
    from: Version;
    /** What the cluster runs after the step (the step's own `kubernetes`, or what `to` brings). */
    to: Version;
    /** Where the step sets it (its `kubernetes`, else its `to`, else the cluster's name). */
    at: Loc;
    /** The step would lower it (then the cluster keeps its Kubernetes). */
    down: boolean;
  };
  /** Nothing changes for the cluster in this step. */
  noop: boolean;
}

/** `plan`: the journey once every step is applied. */
export interface PlanContext extends InventoryContext {
  journey: Journey;
}

/** `hop`: one hop of the journey. */
export interface HopContext extends PlanContext {
  hop: Hop;
}

/** `packages`: the download list against packages.yaml (clusters.yaml may not have loaded). */
export interface PackagesContext {
  catalog: Catalog;
  apps: Apps;
  downloads: Downloads;
  /** The plan's target, when plan.yaml loaded. */
  target: string | undefined;
}

/** What a check reports through; each rule gets its own for a run of the check. */
export interface Reporter {
  /** A finding of this rule (its usual severity unless `details.severity` says otherwise). */
  report(message: string, at: Loc, details?: FindingDetails): void;
  /** True the first time this rule sees `key` in this run: one finding per cluster and edge. */
  once(key: string): boolean;
  /** This rule's own memory for the run, made on first use. */
  memory<T>(create: () => T): T;
}

export interface Checks {
  state?: (ctx: StateContext, out: Reporter) => void;
  step?: (ctx: StepEvent, out: Reporter) => void;
  plan?: (ctx: PlanContext, out: Reporter) => void;
  hop?: (ctx: HopContext, out: Reporter) => void;
  packages?: (ctx: PackagesContext, out: Reporter) => void;
}

export type CheckPhase = keyof Checks;

/** A severity some of a rule's findings carry besides its usual one. */
export interface AlsoReports {
  readonly severity: Severity;
  /**
   * When, in the words that follow "a <severity>" on the rule's severity line in the rule
   * reference: 'when `minioFreeGB` is not declared' gives "error (a notice when ...)".
   */
  readonly when?: string;
}

export interface Rule {
  /** `family/name`: stable; the report, the comment, waivers and the docs use it. */
  readonly id: string;
  /** The usual severity. */
  readonly severity: Severity;
  /** The other severities its findings may carry (the rule reference's table lists them). */
  readonly alsoReports?: readonly AlsoReports[];
  /** One line, for the rule reference, SARIF and the report's schema. */
  readonly title: string;
  /**
   * False for what no accepted risk can change (SPEC §1): the input itself, what ACP or its
   * preflight refuses, the starting state, the catalog the plan is judged by, drift, the waivers.
   */
  readonly waivable: boolean;
  /** Why it cannot be waived, when its family does not say it already. */
  readonly notWaivableBecause?: string;
  readonly phase: Phase;
  /**
   * Its entry in the rule reference: a Markdown file in the family's folder (`global-first.md`)
   * with the paragraphs What it checks, Why (with its `[source: ...]`), Example and Fix. `npm run
   * generate` renders docs/rules.md and SARIF's rule help from it and from the fields above; the
   * engine never loads the prose.
   */
  readonly docs: string;
  /** Who reports the rule's findings when it has no check of its own (the loaders, drift, ...). */
  readonly reportedBy?: string;
  readonly check?: Checks;
}

/**
 * Why the preflight's own refusals cannot be waived (ACP-FACTS "Corrections, turn 3"): the
 * platform refuses the upgrade whatever a waiver says.
 */
export const PREFLIGHT_REFUSES =
  'what the platform itself refuses ("Do not disable version, Kubernetes support, or administrator acknowledgement checks to force an unsupported upgrade"; "ALL clusters MUST ...")';

/** A rule: checks its shape, and keeps the literal id for the registry's `RuleId` type. */
export function defineRule<const Id extends string>(rule: Rule & { id: Id }): Rule & { id: Id } {
  return rule;
}
