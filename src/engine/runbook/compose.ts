// Composes the runbook from the books of a journey's hops (catalog `books`): `violet verify` once;
// per hop, its preparation right before its first window (the TopoLVM pre-stage pushes, the book's
// Core steps on each moving global-tier cluster, the packages pushed as the book says, the book's
// workload preparation); per step, each cluster's window in the book's words (the DR steps around
// the global tier, the catalog's TopoLVM backup around a cluster's upgrade, release notes); and
// what falls due after each window. Release knowledge is data: nothing here names a release.
import type { BookEntry } from '../catalog/catalog.js';
import { oneLine } from '../characters.js';
import type { Command, CommandPhase, CommandStage, RunbookInput } from '../commands.js';
import type { CoreDownload } from '../downloads.js';
import { compareText } from '../findings.js';
import type { Hop } from '../hops.js';
import type { ClusterSpec, StepSpec } from '../inventory/model.js';
import type { GateCrossing } from '../journey.js';
import { type Arg, argvOf, env, shellOf } from '../shell.js';
import type { Move } from '../state.js';
import { compareMinor, minorOf } from '../versions.js';
import { type Present, type Target, primaryTarget, standbyTarget } from './pushes.js';
import { type ArgValues, type NoteValues, fillArgs, fillNote, fillShell } from './template.js';
import { prepare } from './prepare.js';
import { window, windowPushes } from './window.js';

export interface Where {
  window: number;
  phase: CommandPhase;
  hop?: string;
  book?: string;
}

export class Composer {
  readonly commands: Command[] = [];
  readonly hopByMove = new Map<Move, Hop>();
  readonly movesByStep = new Map<number, Move[]>();
  readonly primary: Target;
  readonly standby: Target | undefined;

  constructor(readonly input: RunbookInput) {
    const { clusters, downloads, journey } = input;
    this.primary = primaryTarget(clusters);
    this.standby = clusters.standby ? standbyTarget(clusters.standby) : undefined;
    for (const hop of downloads.hops) for (const move of hop.moves) this.hopByMove.set(move, hop);
    for (const move of journey.moves) {
      const list = this.movesByStep.get(move.step.index) ?? [];
      list.push(move);
      this.movesByStep.set(move.step.index, list);
    }
  }

  build(): Command[] {
    const { plan, downloads } = this.input;
    this.verify();
    const firstStep = plan.steps[0]?.index;
    const byStep = new Map<number, Hop[]>();
    for (const hop of downloads.hops) {
      const step = hop.firstMove?.step.index;
      if (step !== undefined) byStep.set(step, [...(byStep.get(step) ?? []), hop]);
    }
    for (const step of plan.steps) {
      for (const hop of byStep.get(step.index) ?? []) {
        prepare(this, hop, step.index === firstStep ? 0 : step.index);
      }
      window(this, step);
      this.after(step);
    }
    return this.commands;
  }

  // --- lines ----------------------------------------------------------------------------------

  add(
    stage: CommandStage,
    note: string,
    args: Arg[],
    where: Where,
    details: Partial<Command> = {},
  ): void {
    this.commands.push({
      stage,
      window: where.window,
      phase: where.phase,
      ...(where.hop !== undefined && { hop: where.hop }),
      ...(where.book !== undefined && { book: where.book }),
      // A note is a `# comment` above its command: a line break would start a command of its own.
      note: oneLine(note),
      ...details,
      argv: argvOf(args),
      shell: shellOf(args),
    });
  }

  /** A page's own line: run by bash as it stands. */
  addShell(stage: CommandStage, note: string, line: string, where: Where, details = {}) {
    this.commands.push({
      stage,
      window: where.window,
      phase: where.phase,
      ...(where.hop !== undefined && { hop: where.hop }),
      ...(where.book !== undefined && { book: where.book }),
      note: oneLine(note),
      ...details,
      argv: ['bash', '-c', line],
      shell: line,
    });
  }

  note(stage: 'note' | 'post-upgrade', note: string, where: Where, details: Partial<Command> = {}) {
    this.add(stage, note, [], where, details);
  }

  /** `violet verify` of every folder a package comes from, once, before any window. */
  verify(): void {
    const files = this.input.downloads.list.flatMap((d) => (d.file !== undefined ? [d.file] : []));
    const folders = [...new Set(files.map(folderOf))].sort(compareText);
    for (const folder of folders) {
      this.add(
        'verify',
        `check the signatures of the packages in ${folder} before uploading them`,
        ['violet', 'verify', folder],
        { window: 0, phase: 'prepare' },
      );
    }
  }

  // --- a hop's preparation --------------------------------------------------------------------

  /** The DR standby, then the primary: the global-tier clusters that move in this hop. */
  tierOf(hop: Hop): ClusterSpec[] {
    const { clusters } = this.input;
    return [clusters.standby, clusters.global].filter(
      (c): c is ClusterSpec => c !== undefined && hop.moving.has(c.name),
    );
  }

  coreOf(hop: Hop): CoreDownload | undefined {
    return this.input.downloads.list.find(
      (d): d is CoreDownload => d.kind === 'core' && d.hop === hop,
    );
  }

  presentIn(hop: Hop): Present[] {
    return this.input.downloads.list.filter(
      (d): d is Present => d.kind === 'package' && d.hop === hop && d.file !== undefined,
    );
  }

  gateOf(move: Move | undefined): GateCrossing | undefined {
    if (!move) return undefined;
    return this.input.journey.gates.find((g) => g.move === move);
  }

  after(step: StepSpec): void {
    const where: Where = { window: step.index, phase: 'after' };
    for (const move of this.movesByStep.get(step.index) ?? []) {
      const hop = this.hopByMove.get(move);
      const book = hop && this.input.catalog.book(hop.version);
      if (!hop || !book) continue;
      const cluster = move.cluster.spec;
      const slot = cluster.role === 'workload' ? book.after.workload : book.after.tier;
      const at: Where = { ...where, hop: hop.version.text, book: minorOf(book.release) };
      for (const entry of this.entries(slot, hop, cluster)) {
        this.entry(entry, at, {
          cluster,
          version: move.to.text,
          step: step.index,
          stage: 'post-upgrade',
          details: { cluster: cluster.name, step: step.index },
        });
      }
    }
    for (const task of this.input.journey.tasks.filter((t) => t.step === step.index)) {
      this.note('post-upgrade', task.text, where, { step: task.step });
    }
  }

  // --- book entries ---------------------------------------------------------------------------

  /** The entries of a slot that apply to this cluster in this hop. */
  entries(slot: readonly BookEntry[], hop: Hop, cluster: ClusterSpec): BookEntry[] {
    const external = this.input.clusters.externalRegistry === true;
    return slot.filter(
      (e) =>
        (e.registry === undefined || (e.registry === 'external') === external) &&
        (e.from === undefined || e.from.some((v) => compareMinor(v, hop.from) === 0)) &&
        (e.role === undefined || e.role === cluster.role),
    );
  }

  entry(
    entry: BookEntry,
    where: Where,
    on: {
      cluster: ClusterSpec;
      version: string;
      coreFile?: string | undefined;
      step?: number;
      stage?: CommandStage;
      details?: Partial<Command>;
      suffix?: string;
      move?: Move;
    },
  ): void {
    const { cluster } = on;
    const standby = cluster.role === 'standby';
    const { clusters } = this.input;
    const values: NoteValues = {
      cluster: cluster.name,
      version: on.version,
      where: whereWords(cluster, on.version, on.coreFile),
      standby: clusters.standby?.name ?? 'the DR standby',
      primary: clusters.global.name,
    };
    const template = standby && entry.standby !== undefined ? entry.standby : entry.note;
    const prefix = on.step !== undefined ? `step ${on.step}: ` : '';
    const words = `${fillNote(template, values)}${on.suffix ?? ''}`;
    const note = `${prefix}${words}`;
    const details = on.details ?? { cluster: cluster.name };
    const inWindow = where.phase === 'window';
    if (entry.push) {
      windowPushes(this, entry, prefix, words, where, on);
      return;
    }
    if (entry.run) {
      const stage: CommandStage =
        on.stage ?? (entry.as === 'request' ? 'request' : inWindow ? 'window' : 'core');
      this.add(
        stage,
        note,
        fillArgs(entry.run, this.argValues(cluster, on.version)),
        where,
        details,
      );
      return;
    }
    if (entry.shell !== undefined) {
      this.addShell(
        on.stage === 'post-upgrade' ? 'window' : inWindow ? 'window' : 'core',
        note,
        fillShell(entry.shell, { cluster: cluster.name }),
        where,
        details,
      );
      return;
    }
    this.note(on.stage === 'post-upgrade' ? 'post-upgrade' : 'note', note, where, details);
  }

  /** The registry placeholders of a global-tier cluster: clusters.yaml's, else variables. */
  argValues(cluster: ClusterSpec, version: string): ArgValues {
    const standby = cluster.role === 'standby';
    const prefix = standby ? 'ACP_STANDBY_REGISTRY' : 'ACP_REGISTRY';
    return {
      cluster: cluster.name,
      version,
      registry: cluster.registry ?? env(standby ? 'ACP_STANDBY_REGISTRY' : 'ACP_REGISTRY_ADDRESS'),
      registryUsername: env(`${prefix}_USERNAME`),
      registryPassword: env(`${prefix}_PASSWORD`),
    };
  }
}

/** `on global's control-plane node, in the extracted Core 4.3.0 package (packages/core.tgz)` */
function whereWords(cluster: ClusterSpec, version: string, file: string | undefined): string {
  const node =
    cluster.role === 'standby'
      ? `on the DR standby ${cluster.name}'s own control-plane node`
      : `on ${cluster.name}'s control-plane node`;
  return `${node}, in the extracted Core ${version} package${file ? ` (${file})` : ''}`;
}

function folderOf(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash <= 0 ? (slash === 0 ? '/' : '.') : file.slice(0, slash);
}
