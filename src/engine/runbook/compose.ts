// Composes the runbook from the books of a journey's hops (catalog `books`): `violet verify` once;
// per hop, its preparation right before its first window (the TopoLVM pre-stage pushes, the book's
// Core steps on each moving global-tier cluster, the packages pushed as the book says, the book's
// workload preparation); per step, each cluster's window in the book's words (the DR steps around
// the global tier, the catalog's TopoLVM backup around a cluster's upgrade, release notes); and
// what falls due after each window. Release knowledge is data: nothing here names a release.
import {
  type BackupRule,
  type Book,
  type BookEntry,
  type ReleaseNoteRule,
  type RuleCommand,
  type ScenarioRule,
  alongEdges,
  matchesPatterns,
} from '../catalog/catalog.js';
import { oneLine } from '../characters.js';
import type { Command, CommandPhase, CommandStage, RunbookInput } from '../commands.js';
import { type CoreDownload, scenarioOf } from '../downloads.js';
import { compareText } from '../findings.js';
import type { Hop } from '../hops.js';
import type { ClusterSpec, StepSpec } from '../inventory/model.js';
import { type GateCrossing, ackWords } from '../journey.js';
import { type Arg, argvOf, env, shellOf } from '../shell.js';
import type { Move } from '../state.js';
import { compareMinor, compareVersions, minorOf } from '../versions.js';
import {
  type Present,
  type Target,
  kindOf,
  labelOf,
  primaryTarget,
  pushArgs,
  standbyTarget,
} from './pushes.js';
import { type ArgValues, type NoteValues, fillArgs, fillNote, fillShell } from './template.js';

interface Where {
  window: number;
  phase: CommandPhase;
  hop?: string;
  book?: string;
}

export class Composer {
  private readonly commands: Command[] = [];
  private readonly hopByMove = new Map<Move, Hop>();
  private readonly movesByStep = new Map<number, Move[]>();
  private readonly primary: Target;
  private readonly standby: Target | undefined;

  constructor(private readonly input: RunbookInput) {
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
        this.prepare(hop, step.index === firstStep ? 0 : step.index);
      }
      this.window(step);
      this.after(step);
    }
    return this.commands;
  }

  // --- lines ----------------------------------------------------------------------------------

  private add(
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
  private addShell(stage: CommandStage, note: string, line: string, where: Where, details = {}) {
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

  private note(
    stage: 'note' | 'post-upgrade',
    note: string,
    where: Where,
    details: Partial<Command> = {},
  ) {
    this.add(stage, note, [], where, details);
  }

  /** `violet verify` of every folder a package comes from, once, before any window. */
  private verify(): void {
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

  private prepare(hop: Hop, window: number): void {
    const book = this.input.catalog.book(hop.version);
    const where: Where = {
      window,
      phase: 'prepare',
      hop: hop.version.text,
      ...(book && { book: minorOf(book.release) }),
    };
    if (!book) {
      this.note(
        'note',
        `the catalog has no upgrade procedure (book) for ${minorOf(hop.version)}: follow that release's own upgrade pages for this hop, or describe them under "books:" in catalog.yaml; no commands are generated for it`,
        where,
      );
      return;
    }
    const scenario = scenarioOf(hop, this.input.catalog);
    if (scenario) this.scenarioNotes(hop, scenario, where);
    this.prestage(hop, where);
    for (const cluster of this.tierOf(hop)) this.coreSteps(hop, book, cluster, where);
    this.pushes(hop, book, where);
    for (const name of hop.clusters) {
      const spec = this.input.clusters.byName.get(name);
      if (spec?.role !== 'workload') continue;
      for (const entry of this.entries(book.prepare.workload, hop, spec)) {
        this.entry(entry, where, { cluster: spec, version: hop.version.text });
      }
    }
  }

  /** The DR standby, then the primary: the global-tier clusters that move in this hop. */
  private tierOf(hop: Hop): ClusterSpec[] {
    const { clusters } = this.input;
    return [clusters.standby, clusters.global].filter(
      (c): c is ClusterSpec => c !== undefined && hop.moving.has(c.name),
    );
  }

  private coreOf(hop: Hop): CoreDownload | undefined {
    return this.input.downloads.list.find(
      (d): d is CoreDownload => d.kind === 'core' && d.hop === hop,
    );
  }

  private presentIn(hop: Hop): Present[] {
    return this.input.downloads.list.filter(
      (d): d is Present => d.kind === 'package' && d.hop === hop && d.file !== undefined,
    );
  }

  /** The book's Core steps on one global-tier cluster, in its extracted Core package. */
  private coreSteps(hop: Hop, book: Book, cluster: ClusterSpec, where: Where): void {
    const version = hop.version.text;
    const core = this.coreOf(hop);
    const details = { package: `core ${version}`, cluster: cluster.name };
    const entries = this.entries(book.prepare.tier, hop, cluster);
    if (!core?.file) {
      this.note(
        'note',
        `no Core ${version} package in packages.yaml yet: download it, extract it on ${cluster.name}'s control-plane node, and run the Core steps of ${minorOf(book.release)}'s procedure (${entries
          .filter((e) => e.run)
          .map((e) => e.run!.join(' '))
          .join('; ')}) before the window`,
        where,
        details,
      );
      return;
    }
    const staged = this.staged(hop);
    let stagedDone = false;
    for (const entry of entries) {
      if (entry.as === 'sync' && !stagedDone) {
        stagedDone = true;
        for (const d of staged) {
          this.add(
            'core',
            `stage ${d.displayName ?? d.name} (${labelOf(d)}, "${d.scenario!.scenario}") into plugins/ of the extracted Core ${version} package (${core.file}) on ${cluster.name}'s control-plane node: published with the Core artifacts, never with violet push (run from that folder; the path is packages.yaml's)`,
            ['cp', d.file, 'plugins/'],
            where,
            { ...details, package: d.name ?? d.displayName! },
          );
        }
      }
      this.entry(entry, where, { cluster, version, coreFile: core.file, stage: 'core', details });
      if (entry.as === 'preflight') this.ack(hop, cluster, entry, where, details);
    }
  }

  /** The scenario packages packages.yaml holds, staged into the Core package. */
  private staged(hop: Hop): Present[] {
    return this.presentIn(hop).filter((d) => d.scenario !== undefined);
  }

  /**
   * The node-readiness gate: the preflight's AdminAckRequired blocks until an administrator writes
   * the ack after checking the nodes; the runbook says so and reruns the preflight, it writes
   * nothing itself.
   */
  private ack(hop: Hop, cluster: ClusterSpec, preflight: BookEntry, where: Where, details = {}) {
    const gate = this.gateOf(hop.moves.find((m) => m.cluster.name === cluster.name));
    if (!gate) return;
    const { rule } = gate;
    const standby = cluster.role === 'standby';
    this.note(
      'note',
      `node readiness for Kubernetes ${minorOf(rule.kubernetesAtLeast)}: the preflight above reports the AdminAckRequired gate. After checking every production node of ${cluster.name} (Linux kernel ${minorOf(rule.kernelAtLeast)} or later, cgroup ${rule.cgroup}: see platform/node-readiness), an administrator writes ${ackWords(gate)} into the ConfigMap cpaas-system/admin-acks${standby ? ` of the DR standby ${cluster.name}'s own platform` : ''}, before ${cluster.name}'s upgrade request; this runbook writes nothing. Whether one ack covers every cluster is not documented`,
      where,
      details,
    );
    this.entry(
      { ...preflight, note: `rerun the preflight after the ack, ${preflight.note}` },
      where,
      {
        cluster,
        version: hop.version.text,
        coreFile: this.coreOf(hop)?.file,
        stage: 'core',
        details,
      },
    );
  }

  private gateOf(move: Move | undefined): GateCrossing | undefined {
    if (!move) return undefined;
    return this.input.journey.gates.find((g) => g.move === move);
  }

  private scenarioNotes(hop: Hop, scenario: ScenarioRule, where: Where): void {
    const version = hop.version.text;
    this.note(
      'note',
      `the "${scenario.scenario}" set (${scenario.displayNames.length} Aligned applications, downloaded with violet ${scenario.violetAtLeast} or later: violet ac download-app --arch=<arch> --platformVersion=v${version} --scenario="${scenario.scenario}") is copied into plugins/ of the extracted Core ${version} package below and published with the Core artifacts; it is never pushed with violet, and if violet list shows one of them, that duplicate is not published with violet either`,
      where,
    );
    const from = scenario.neverPushFrom.find((v) => compareMinor(v, hop.from) === 0);
    if (from) {
      this.note(
        'note',
        `from ${minorOf(from)}: do not use violet push to publish these ${scenario.displayNames.length} packages before upgrading an ACP ${minorOf(from)} environment; pushing them can take the Web Console down`,
        where,
      );
    }
  }

  /**
   * TopoLVM pre-stage, in the documented form: --target-catalog-source "platform" and the
   * primary's clusters that run it; a standby that runs it gets its own push.
   */
  private prestage(hop: Hop, where: Where): void {
    const { clusters } = this.input;
    for (const d of this.presentIn(hop).filter((p) => p.prestage && !p.scenario)) {
      const move = d.prestage!.move;
      const targets = d.clusters.filter((name) => {
        const spec = clusters.byName.get(name);
        return spec && spec.role !== 'standby' && (spec.role === 'global' || hop.moving.has(name));
      });
      const why = `before step ${move.step.index} moves ${move.cluster.name} (${d.prestage!.rule.id})`;
      const options = { flags: [], catalogSource: true };
      if (targets.length > 0) {
        this.add(
          'before-window',
          `${d.name}: TopoLVM pre-stage, to the clusters that run it, ${why}`,
          pushArgs(d.file, this.primary, { ...options, clusters: targets }),
          where,
          { package: d.name! },
        );
      }
      const standby = clusters.standby;
      if (
        standby &&
        this.standby &&
        hop.moving.has(standby.name) &&
        d.clusters.includes(standby.name)
      ) {
        this.add(
          'before-window',
          `${d.name}: TopoLVM pre-stage to the DR standby ${standby.name}, which runs it, through its own address, token and registry, ${why}`,
          pushArgs(d.file, this.standby, options),
          where,
          { package: d.name!, cluster: standby.name },
        );
      }
    }
  }

  /** The hop's packages as the book pushes them before its windows. */
  private pushes(hop: Hop, book: Book, where: Where): void {
    const { clusters } = this.input;
    const policy = book.prepare.pushes;
    // The scenario applications are published with the Core artifacts, never with violet push.
    const packages = this.presentIn(hop).filter((p) => !p.scenario && !p.prestage);
    for (const d of packages) {
      const operator = d.type === 'OperatorBundle';
      const workloads =
        operator && policy.operators === 'all-moving'
          ? d.clusters.filter(
              (c) => clusters.byName.get(c)?.role === 'workload' && hop.moving.has(c),
            )
          : [];
      const targets = [clusters.global.name, ...workloads];
      const installedNowhere = d.clusters.length === 0 ? ' (installed nowhere yet)' : '';
      const to = operator
        ? `operator, to ${targets.join(', ')}${workloads.length > 0 ? ' (the global and the workloads this hop upgrades that run it)' : ''}`
        : kindOf(d);
      this.add(
        'push',
        `${labelOf(d)}: ${to}${installedNowhere}; ${policy.note}`,
        pushArgs(d.file, this.primary, {
          flags: policy.flags,
          catalogSource: policy.catalogSource && d.type !== 'Chart',
          ...(operator && policy.operators === 'all-moving' && { clusters: targets }),
        }),
        where,
        { package: d.name! },
      );
    }
    const standby = clusters.standby;
    if (!standby || !this.standby || !hop.moving.has(standby.name)) return;
    for (const d of packages) {
      this.add(
        'standby',
        `${labelOf(d)}: the same package to the DR standby ${standby.name}, through its own address, token and registry`,
        pushArgs(d.file, this.standby, {
          flags: policy.flags,
          catalogSource: policy.catalogSource && d.type !== 'Chart',
        }),
        where,
        { package: d.name!, cluster: standby.name },
      );
    }
  }

  // --- a window -------------------------------------------------------------------------------

  private window(step: StepSpec): void {
    const where: Where = { window: step.index, phase: 'window' };
    const moves = this.movesByStep.get(step.index) ?? [];
    if (moves.length === 0) {
      if (!step.to && step.kubernetes) this.kubernetesWindow(step, where);
      return;
    }
    for (const move of moves) {
      const hop = this.hopByMove.get(move);
      const book = hop && this.input.catalog.book(hop.version);
      if (!hop || !book) continue;
      const at: Where = { ...where, hop: hop.version.text, book: minorOf(book.release) };
      if (move.cluster.role === 'workload') this.workloadWindow(hop, book, move, at);
      else this.tierWindow(hop, book, move, at);
    }
  }

  private kubernetesWindow(step: StepSpec, where: Where): void {
    const names = step.clusters.map((c) => c.name).join(', ');
    this.note(
      'note',
      `step ${step.index}: a Kubernetes-only window: upgrade the Kubernetes of ${names} to ${step.kubernetes!.version.text} within ${step.clusters.length === 1 ? 'its' : 'their'} current ACP release (no upgrade.sh or ac line is generated for it)`,
      { ...where },
      { step: step.index },
    );
    for (const gate of this.input.journey.gates.filter((g) => g.step === step.index)) {
      this.note(
        'note',
        `step ${step.index}: ${gate.cluster} goes to Kubernetes ${gate.kubernetes.text}: first check its production nodes (Linux kernel ${minorOf(gate.rule.kernelAtLeast)} or later, cgroup ${gate.rule.cgroup}: see platform/node-readiness); the preflight's AdminAckRequired gate blocks until an administrator writes ${ackWords(gate)} into cpaas-system/admin-acks; this runbook writes nothing`,
        where,
        { cluster: gate.cluster, step: step.index },
      );
    }
  }

  private tierWindow(hop: Hop, book: Book, move: Move, where: Where): void {
    const cluster = move.cluster.spec;
    const standby = cluster.role === 'standby';
    const version = move.to.text;
    const details = { cluster: cluster.name, step: move.step.index };
    const core = this.coreOf(hop);
    const dr = this.input.clusters.standby !== undefined;
    if (standby) {
      for (const entry of this.entries(book.dr.before, hop, cluster)) {
        this.entry(entry, where, {
          cluster,
          version,
          coreFile: core?.file,
          step: move.step.index,
          details,
        });
      }
    }
    for (const entry of this.entries(book.window.tier, hop, cluster)) {
      if (entry.as === 'request') this.backup(move, 'before', where);
      this.entry(entry, where, {
        cluster,
        version,
        coreFile: core?.file,
        step: move.step.index,
        details,
        ...(entry.as === 'start' && { suffix: this.synced(hop, book, cluster) }),
        move,
      });
      if (entry.as === 'start') this.releaseNotes(hop, move, where);
      if (entry.as === 'request') this.backup(move, 'after', where);
    }
    if (!standby && dr && hop.moving.has(this.input.clusters.standby!.name)) {
      for (const entry of this.entries(book.dr.after, hop, cluster)) {
        this.entry(entry, where, { cluster, version, step: move.step.index, details });
      }
    }
  }

  /** What the start of a window says of the Core artifacts: synced above only if printed. */
  private synced(hop: Hop, book: Book, cluster: ClusterSpec): string {
    const core = this.coreOf(hop);
    if (!core?.file) {
      return `; packages.yaml lists no Core ${hop.version.text} package, so no sync line was printed: sync its artifacts first`;
    }
    const syncs = this.entries(book.prepare.tier, hop, cluster).filter((e) => e.as === 'sync');
    return syncs.length === 0
      ? ''
      : ` (its artifacts were synced above: ${syncs.map((e) => e.run?.slice(0, 3).join(' ')).join(', ')})`;
  }

  private workloadWindow(hop: Hop, book: Book, move: Move, where: Where): void {
    const cluster = move.cluster.spec;
    const version = move.to.text;
    const details = { cluster: cluster.name, step: move.step.index };
    for (const entry of this.entries(book.window.workload, hop, cluster)) {
      if (entry.as === 'request') {
        this.releaseNotes(hop, move, where);
        this.gateNote(move, where);
        this.backup(move, 'before', where);
      }
      this.entry(entry, where, { cluster, version, step: move.step.index, details, move });
      if (entry.as === 'request') this.backup(move, 'after', where);
    }
  }

  private gateNote(move: Move, where: Where): void {
    const gate = this.gateOf(move);
    if (!gate) return;
    const name = move.cluster.name;
    this.note(
      'note',
      `step ${move.step.index}: if the preflight reports the AdminAckRequired gate for node readiness, check ${name}'s production nodes first; for a workload cluster the ack (${ackWords(gate)}) goes into the global-side ConfigMap cpaas-system/admin-acks (whether the ack written for the global tier already covers ${name} is not documented); this runbook writes nothing`,
      { ...where },
      { cluster: name, step: move.step.index },
    );
  }

  /** The release notes with a runbook line that concern this move. */
  private releaseNotes(hop: Hop, move: Move, where: Where): void {
    for (const rule of this.input.catalog.packageRules) {
      if (rule.rule !== 'platform/release-note' || rule.note === undefined) continue;
      if (!releaseNoteApplies(rule, hop, move)) continue;
      this.note(
        'note',
        `step ${move.step.index}: ${fillNote(rule.note, { cluster: move.cluster.name, version: move.to.text })} (${rule.id})`,
        where,
        { cluster: move.cluster.name, step: move.step.index },
      );
    }
  }

  /** The catalog's backup steps around the upgrade of a cluster that runs the application. */
  private backup(move: Move, when: 'before' | 'after', where: Where): void {
    for (const rule of this.backupRules(move)) {
      for (const command of rule[when]) this.ruleCommand(rule, command, move, where);
    }
  }

  private backupRules(move: Move): BackupRule[] {
    const apps = this.input.downloads.list;
    return this.input.catalog.packageRules.filter(
      (r): r is BackupRule =>
        r.rule === 'packages/topolvm-backup' &&
        alongEdges(r.edges, move.from, move.to) &&
        apps.some(
          (d) =>
            d.kind === 'package' &&
            d.clusters.includes(move.cluster.name) &&
            d.name !== undefined &&
            matchesPatterns(r.application, d.name, d.displayName),
        ),
    );
  }

  private ruleCommand(rule: BackupRule, command: RuleCommand, move: Move, where: Where): void {
    const name = move.cluster.name;
    const on = command.on === 'global' ? this.input.clusters.global.name : name;
    const note = `step ${move.step.index}: ${fillNote(command.note, { cluster: name })} (${rule.id})`;
    const details = { cluster: on, step: move.step.index };
    if (command.shell !== undefined) {
      this.addShell('window', note, fillShell(command.shell, { cluster: name }), where, details);
    } else {
      this.add('window', note, fillArgs(command.run!, { cluster: name }), where, details);
    }
  }

  // --- after a window -------------------------------------------------------------------------

  private after(step: StepSpec): void {
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
  private entries(slot: readonly BookEntry[], hop: Hop, cluster: ClusterSpec): BookEntry[] {
    const external = this.input.clusters.externalRegistry === true;
    return slot.filter(
      (e) =>
        (e.registry === undefined || (e.registry === 'external') === external) &&
        (e.from === undefined || e.from.some((v) => compareMinor(v, hop.from) === 0)) &&
        (e.role === undefined || e.role === cluster.role),
    );
  }

  private entry(
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
      this.windowPushes(entry, prefix, words, where, on);
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

  /** A book's push in a cluster's window: the hop's packages to that cluster (CRs, or all). */
  private windowPushes(
    entry: BookEntry,
    prefix: string,
    note: string,
    where: Where,
    on: { cluster: ClusterSpec; move?: Move },
  ): void {
    const hop = on.move && this.hopByMove.get(on.move);
    if (!hop || !entry.push) return;
    const cluster = on.cluster;
    const standby = cluster.role === 'standby';
    const target = standby && this.standby ? this.standby : this.primary;
    const forCluster = entry.push.clusters === 'this';
    for (const d of this.presentIn(hop).filter((p) => !p.scenario)) {
      if (forCluster && (d.type !== 'OperatorBundle' || !d.clusters.includes(cluster.name))) {
        continue;
      }
      const platformCatalog = this.crsWithPlatformCatalog(hop, d);
      this.add(
        standby ? 'standby' : 'push',
        `${prefix}${labelOf(d)}: ${note}${platformCatalog ? `; with --target-catalog-source platform, on its own (${platformCatalog})` : ''}`,
        pushArgs(d.file, target, {
          flags: entry.push.flags,
          catalogSource: platformCatalog !== undefined,
          ...(forCluster && { clusters: [cluster.name] }),
        }),
        where,
        { package: d.name!, cluster: cluster.name, step: on.move!.step.index },
      );
    }
  }

  /** The backup rule that has this package's CRs created with the platform catalog source. */
  private crsWithPlatformCatalog(hop: Hop, d: Present): string | undefined {
    return this.input.catalog.packageRules.find(
      (r): r is BackupRule =>
        r.rule === 'packages/topolvm-backup' &&
        r.crsWithPlatformCatalogFrom.some((v) => compareMinor(v, hop.from) === 0) &&
        r.edges.some((e) => compareMinor(e.to, hop.version) === 0) &&
        matchesPatterns(r.application, d.name!, d.displayName),
    )?.id;
  }

  /** The registry placeholders of a global-tier cluster: clusters.yaml's, else variables. */
  private argValues(cluster: ClusterSpec, version: string): ArgValues {
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

function releaseNoteApplies(rule: ReleaseNoteRule, hop: Hop, move: Move): boolean {
  if (rule.moves) {
    return (
      compareVersions(move.from, rule.moves.from) === 0 &&
      compareVersions(move.to, rule.moves.to) === 0
    );
  }
  return (
    move.cluster.role !== 'workload' &&
    compareMinor(hop.from, rule.globalInto!) < 0 &&
    compareMinor(move.to, rule.globalInto!) >= 0
  );
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
