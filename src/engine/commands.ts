// The runbook (SPEC §4 "Commands: the runbook, one window at a time"): the commands and steps in
// the order they are run, composed (runbook/compose.ts) from the book of each hop's release (the
// catalog's `books`), so that every hop follows its own release's procedure. Nothing here writes
// to the platform on its own: these are lines for an operator.
import type { Catalog } from './catalog/catalog.js';
import type { Downloads } from './downloads.js';
import type { Clusters, PlanSpec } from './inventory/model.js';
import type { Journey } from './journey.js';
import { Composer } from './runbook/compose.js';

export type CommandStage =
  | 'verify'
  | 'before-window'
  | 'core'
  | 'push'
  | 'standby'
  | 'window'
  | 'request'
  | 'note'
  | 'post-upgrade';

/** prepare: before its window (days or weeks ahead); window: in it; after: once it is done. */
export type CommandPhase = 'prepare' | 'window' | 'after';

export interface Command {
  stage: CommandStage;
  /** 0: before any window; else the plan step it belongs to (prepares, runs in, or follows). */
  window: number;
  phase: CommandPhase;
  /** The Distribution Version of the hop it serves. */
  hop?: string;
  /** The release whose book the line comes from (each hop follows its own release's book). */
  book?: string;
  /** What the command is for, in words; printed as a comment above it. A note has no command. */
  note: string;
  package?: string;
  cluster?: string;
  step?: number;
  /** Empty for a note (stage `note` or `post-upgrade`): there is nothing to run. */
  argv: string[];
  shell: string;
}

export interface RunbookInput {
  catalog: Catalog;
  clusters: Clusters;
  plan: PlanSpec;
  downloads: Downloads;
  journey: Journey;
}

export function buildCommands(input: RunbookInput): Command[] {
  return new Composer(input).build();
}
