// The runbook (SPEC §4 "Commands: the runbook, one window at a time"): the commands in the order
// they are run. `violet verify` once; then per hop (each Distribution Version the plan moves to)
// its preparation right before its first window: the TopoLVM pre-stage pushes, the Core sync and
// preflight in that hop's extracted Core package, the violet pushes to the primary and the DR
// standby; then each window: `upgrade.sh --skip-sync-image` and the upgrade request for the
// global tier, `upgrade.sh --cluster=<name> --preflight` and the request for a workload. The
// post-upgrade tasks close it as notes. Nothing here writes to the platform on its own: these are
// lines for an operator.
import type { Catalog, ScenarioRule } from './catalog/catalog.js';
import { oneLine } from './characters.js';
import {
  type CoreDownload,
  type Downloads,
  type PackageDownload,
  scenarioOf,
} from './downloads.js';
import { compareText } from './findings.js';
import type { Hop } from './hops.js';
import type { ClusterSpec, Clusters, PlanSpec, StepSpec } from './inventory/model.js';
import { type Journey, type NodeGate, ackWords, nodeGateOf } from './journey.js';
import { type Arg, argvOf, env, shellOf } from './shell.js';
import type { Move } from './state.js';

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
  /** What the command is for, in words; printed as a comment above it. A note has no command. */
  note: string;
  package?: string;
  cluster?: string;
  step?: number;
  /** Empty for a note (stage `note` or `post-upgrade`): there is nothing to run. */
  argv: string[];
  shell: string;
}

export const TOKEN = env('ACP_PLATFORM_TOKEN');

export interface RunbookInput {
  catalog: Catalog;
  clusters: Clusters;
  plan: PlanSpec;
  downloads: Downloads;
  journey: Journey;
}

/** What a hop into 4.4 or later adds to its preparation. */
interface HopExtras {
  scenario?: ScenarioRule;
  /** The scenario packages packages.yaml holds, copied into plugins/ per global-tier cluster. */
  staged: Present[];
  gate?: NodeGate & { moving: ReadonlySet<Move> };
  /** ProductBase.spec.registry.external, for a hop with a scenario set (the 4.4 procedure). */
  external: boolean;
}

type Present = PackageDownload & { file: string };

export function buildCommands(input: RunbookInput): Command[] {
  return new Runbook(input).build();
}

class Runbook {
  private readonly commands: Command[] = [];
  private readonly hopByMove = new Map<Move, Hop>();
  private readonly movesByStep = new Map<number, Move[]>();
  private readonly extras = new Map<Hop, HopExtras>();
  private readonly address: Arg;
  private readonly standbyAddress: Arg;
  private readonly standbyRegistry: Arg;

  constructor(private readonly input: RunbookInput) {
    const { clusters } = input;
    this.address = clusters.platformAddress ?? env('ACP_PLATFORM_ADDRESS');
    this.standbyAddress = clusters.standby?.platformAddress ?? env('ACP_STANDBY_PLATFORM_ADDRESS');
    this.standbyRegistry = clusters.standby?.registry ?? env('ACP_STANDBY_REGISTRY');
    for (const hop of input.downloads.hops)
      for (const move of hop.moves) this.hopByMove.set(move, hop);
    for (const move of input.journey.moves) {
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
    }
    const last = plan.steps[plan.steps.length - 1]?.index ?? 0;
    for (const task of this.input.journey.tasks) {
      this.note('post-upgrade', task.text, {
        window: last,
        phase: 'after',
        step: task.step,
      });
    }
    return this.commands;
  }

  private add(
    stage: CommandStage,
    note: string,
    args: Arg[],
    where: { window: number; phase: CommandPhase; hop?: string },
    details: Partial<Command> = {},
  ): void {
    this.commands.push({
      stage,
      window: where.window,
      phase: where.phase,
      ...(where.hop !== undefined && { hop: where.hop }),
      // Printed as a `# comment` above the command: one line, whatever a value in it holds.
      note: oneLine(note),
      ...details,
      argv: argvOf(args),
      shell: shellOf(args),
    });
  }

  private note(
    stage: 'note' | 'post-upgrade',
    note: string,
    where: { window: number; phase: CommandPhase; hop?: string; step?: number },
    details: Partial<Command> = {},
  ): void {
    const { step, ...rest } = where;
    this.add(stage, note, [], rest, { ...details, ...(step !== undefined && { step }) });
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

  // --- a hop's preparation ------------------------------------------------------------------

  private prepare(hop: Hop, window: number): void {
    const where = { window, phase: 'prepare' as const, hop: hop.version.text };
    const { clusters } = this.input;
    const tier = this.tierOf(hop);
    const standbyMoves = clusters.standby !== undefined && tier.includes(clusters.standby);
    const inHop = this.input.downloads.list.filter((d) => d.hop === hop);
    const packages = inHop.filter(
      (d): d is Present => d.kind === 'package' && d.file !== undefined,
    );
    const core = inHop.find((d): d is CoreDownload => d.kind === 'core');
    const standbyDone = new Set<Present>();
    const extras = this.extrasOf(hop);
    if (extras.scenario) this.scenarioNotes(hop, extras.scenario, where);

    // TopoLVM pre-stage, in the documented form: --target-catalog-source "platform" and the
    // primary's clusters that run it; a standby that runs it gets its own push.
    for (const d of packages.filter((p) => p.prestage)) {
      const move = d.prestage!.move;
      const targets = d.clusters.filter((name) => {
        const spec = clusters.byName.get(name);
        return spec && spec.role !== 'standby' && (spec.role === 'global' || hop.moving.has(name));
      });
      const why = `before step ${move.step.index} moves ${move.cluster.name} (${d.prestage!.rule.id})`;
      if (targets.length > 0) {
        this.add(
          'before-window',
          `${d.name}: TopoLVM pre-stage, to the clusters that run it, ${why}`,
          [...this.pushArgs(d, this.address, true), '--clusters', targets.join(',')],
          where,
          { package: d.name! },
        );
      }
      if (standbyMoves && d.clusters.includes(clusters.standby!.name)) {
        this.add(
          'before-window',
          `${d.name}: TopoLVM pre-stage to the DR standby ${clusters.standby!.name}, which runs it, through its own address and registry, ${why}`,
          this.standbyPushArgs(d, true),
          where,
          { package: d.name!, cluster: clusters.standby!.name },
        );
        standbyDone.add(d);
      }
    }

    for (const cluster of tier) this.coreArtifacts(hop, cluster, core, extras, where);

    // The scenario applications are published with the Core artifacts, never with violet push.
    const pushed = packages.filter((p) => !p.scenario);
    for (const d of pushed.filter((p) => !p.prestage)) this.push(hop, d, where);

    if (standbyMoves) {
      const standby = clusters.standby!;
      for (const d of pushed.filter((p) => !standbyDone.has(p))) {
        this.add(
          'standby',
          `${labelOf(d)}: the same package to the DR standby ${standby.name}'s registry`,
          this.standbyPushArgs(d, d.type === 'OperatorBundle'),
          where,
          { package: d.name!, cluster: standby.name },
        );
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

  private coreArtifacts(
    hop: Hop,
    cluster: ClusterSpec,
    core: CoreDownload | undefined,
    extras: HopExtras,
    where: { window: number; phase: 'prepare'; hop: string },
  ): void {
    const version = hop.version.text;
    const details = { package: `core ${version}`, cluster: cluster.name };
    if (!core?.file) {
      this.note(
        'note',
        `no Core ${version} package in packages.yaml yet: download it, extract it on ${cluster.name}'s control-plane node, and run its bash upgrade.sh --only-sync-image and bash upgrade.sh --preflight before the window`,
        where,
        details,
      );
      return;
    }
    const node = `on ${cluster.name}'s control-plane node`;
    const place = `${node}, in the extracted Core ${version} package (${core.file})`;
    for (const d of extras.staged) {
      this.add(
        'core',
        `stage ${d.displayName ?? d.name} (${labelOf(d)}, "${extras.scenario!.scenario}") into plugins/ of the extracted Core ${version} package (${core.file}) ${node}: published with the Core artifacts, never with violet push (run from that folder; the path is packages.yaml's)`,
        ['cp', d.file, 'plugins/'],
        where,
        { ...details, package: d.name ?? d.displayName! },
      );
    }
    if (extras.external) {
      // ProductBase.spec.registry.external: true. "Either order, both must succeed."
      for (const scope of ['all', 'necessary']) {
        this.add(
          'core',
          `external registry: publish the Core ${version} artifacts${extras.staged.length > 0 ? ' (the staged plugins included)' : ''} from installer/ of the extracted Core ${version} package (${core.file}) ${node}, instead of --only-sync-image (res/upload.sh all and res/upload.sh necessary, in either order; both must succeed)`,
          ['res/upload.sh', scope],
          where,
          details,
        );
      }
    } else {
      this.add(
        'core',
        `sync the Core ${version} images${extras.staged.length > 0 ? ' (the staged plugins included)' : ''} ${place}, any time before the window`,
        ['bash', 'upgrade.sh', '--only-sync-image'],
        where,
        details,
      );
    }
    this.add(
      'core',
      `preflight ${place}, 1-2 weeks before the window`,
      ['bash', 'upgrade.sh', '--preflight'],
      where,
      details,
    );
    if (extras.gate) this.ack(cluster, extras.gate, version, where, details);
  }

  /**
   * The node-readiness gate: the preflight's AdminAckRequired blocks until an administrator writes
   * the ack after checking the nodes; the runbook says so and reruns the preflight, it writes
   * nothing itself.
   */
  private ack(
    cluster: ClusterSpec,
    gate: NodeGate,
    version: string,
    where: { window: number; phase: 'prepare'; hop: string },
    details: Partial<Command>,
  ): void {
    const { rule } = gate;
    const standby = cluster.role === 'standby';
    this.note(
      'note',
      `node readiness for Kubernetes ${minorOfText(rule.kubernetesAtLeast.text)}: the preflight above reports the AdminAckRequired gate. After checking every production node of ${cluster.name} (Linux kernel ${minorOfText(rule.kernelAtLeast.text)} or later, cgroup ${rule.cgroup}: see platform/node-readiness), an administrator writes ${ackWords(gate)} into the ConfigMap cpaas-system/admin-acks${standby ? ` of the DR standby ${cluster.name}'s own platform` : ''}, before ${cluster.name}'s upgrade request; this runbook writes nothing. Whether one ack covers every cluster is not documented`,
      where,
      details,
    );
    this.add(
      'core',
      `rerun the preflight on ${cluster.name}'s control-plane node after the ack, in the extracted Core ${version} package`,
      ['bash', 'upgrade.sh', '--preflight'],
      where,
      details,
    );
  }

  private extrasOf(hop: Hop): HopExtras {
    const known = this.extras.get(hop);
    if (known) return known;
    const scenario = scenarioOf(hop, this.input.catalog);
    const staged = this.input.downloads.list.filter(
      (d): d is Present =>
        d.kind === 'package' && d.hop === hop && d.scenario !== undefined && d.file !== undefined,
    );
    const extras: HopExtras = {
      staged,
      external: scenario !== undefined && this.input.clusters.externalRegistry === true,
    };
    if (scenario) extras.scenario = scenario;
    const gate = nodeGateOf(this.input.catalog, hop, this.input.journey.timeline);
    if (gate) extras.gate = { ...gate, moving: new Set(gate.moves) };
    this.extras.set(hop, extras);
    return extras;
  }

  private scenarioNotes(
    hop: Hop,
    scenario: ScenarioRule,
    where: { window: number; phase: 'prepare'; hop: string },
  ): void {
    const version = hop.version.text;
    this.note(
      'note',
      `the "${scenario.scenario}" set (${scenario.displayNames.length} Aligned applications, downloaded with violet ${scenario.violetAtLeast} or later: violet ac download-app --arch=<arch> --platformVersion=v${version} --scenario="${scenario.scenario}") is copied into plugins/ of the extracted Core ${version} package below and published with the Core artifacts; it is never pushed with violet, and if violet list shows one of them, that duplicate is not published with violet either`,
      where,
    );
    const from = scenario.neverPushFrom.find(
      (v) => minorOfText(v.text) === minorOfText(hop.from.text),
    );
    if (from) {
      this.note(
        'note',
        `from ${minorOfText(from.text)}: do not use violet push to publish these ${scenario.displayNames.length} packages before upgrading an ACP ${minorOfText(from.text)} environment; pushing them can take the Web Console down`,
        where,
      );
    }
  }

  /**
   * Cluster plugins and charts once, without --clusters (violet ignores it for them); an operator
   * to the global and every workload that runs it and moves in this hop.
   */
  private push(hop: Hop, d: Present, where: { window: number; phase: 'prepare'; hop: string }) {
    const { clusters } = this.input;
    const label = labelOf(d);
    const installedNowhere = d.clusters.length === 0 ? ' (installed nowhere yet)' : '';
    if (d.type === 'OperatorBundle') {
      const workloads = d.clusters.filter(
        (c) => clusters.byName.get(c)?.role === 'workload' && hop.moving.has(c),
      );
      const targets = [clusters.global.name, ...workloads];
      const behind = d.clusters.filter(
        (c) => clusters.byName.get(c)?.role === 'workload' && !hop.moving.has(c),
      );
      const skipped =
        behind.length > 0 ? `; not to ${behind.join(', ')}, which this hop does not upgrade` : '';
      this.add(
        'push',
        `${label}: operator, to ${targets.join(', ')}${workloads.length > 0 ? ' (the global and the workloads this hop upgrades that run it)' : ''}${installedNowhere}${skipped}`,
        [...this.pushArgs(d, this.address, true), '--clusters', targets.join(',')],
        where,
        { package: d.name! },
      );
      return;
    }
    const what =
      d.type === 'Chart'
        ? 'Helm chart, to public-charts'
        : 'cluster plugin, once for every cluster';
    this.add(
      'push',
      `${label}: ${what}${installedNowhere}`,
      this.pushArgs(d, this.address, false),
      where,
      {
        package: d.name!,
      },
    );
  }

  private pushArgs(d: Present, address: Arg, platformCatalog: boolean): Arg[] {
    const args: Arg[] = ['violet', 'push', d.file];
    if (platformCatalog) args.push('--target-catalog-source', 'platform');
    args.push('--platform-address', address, '--platform-token', TOKEN);
    return args;
  }

  private standbyPushArgs(d: Present, platformCatalog: boolean): Arg[] {
    return [
      ...this.pushArgs(d, this.standbyAddress, platformCatalog),
      '--dest-repo',
      this.standbyRegistry,
      '--username',
      env('ACP_STANDBY_REGISTRY_USERNAME'),
      '--password',
      env('ACP_STANDBY_REGISTRY_PASSWORD'),
    ];
  }

  // --- a window -----------------------------------------------------------------------------

  private window(step: StepSpec): void {
    const where = { window: step.index, phase: 'window' as const };
    const moves = this.movesByStep.get(step.index) ?? [];
    if (moves.length === 0) {
      if (!step.to && step.kubernetes) {
        const names = step.clusters.map((c) => c.name).join(', ');
        this.note(
          'note',
          `step ${step.index}: a Kubernetes-only window: upgrade the Kubernetes of ${names} to ${step.kubernetes.version.text} within ${step.clusters.length === 1 ? 'its' : 'their'} current ACP release (no upgrade.sh or ac line is generated for it)`,
          { ...where, step: step.index },
        );
      }
      return;
    }
    for (const move of moves) {
      if (move.cluster.role === 'workload') this.workloadWindow(move, where);
      else this.tierWindow(move, where);
    }
  }

  private tierWindow(move: Move, where: { window: number; phase: 'window' }): void {
    const hop = this.hopOf(move);
    const version = move.to.text;
    // plan.yaml names exact versions (`to: 4.3` is 4.3.0): what the step says is what is requested.
    const requested = move.to.text;
    const name = move.cluster.name;
    const details = { cluster: name, step: move.step.index };
    const at = { ...where, hop: hop?.version.text ?? version };
    const core = this.input.downloads.list.find(
      (d): d is CoreDownload => d.kind === 'core' && d.hop === hop,
    );
    const external = hop !== undefined && this.extrasOf(hop).external;
    const synced = !core?.file
      ? `; packages.yaml lists no Core ${version} package, so no sync line was printed: sync its images first`
      : external
        ? ' (its Core artifacts were published with res/upload.sh above)'
        : ' (its images were synced with --only-sync-image above)';
    const standby = move.cluster.role === 'standby';
    const node = standby
      ? `on the DR standby ${name}'s own control-plane node`
      : `on ${name}'s control-plane node`;
    this.add(
      'window',
      `step ${move.step.index}: ${node}, in the extracted Core ${version} package: start the upgrade, which deploys or updates the cluster version operator${synced}`,
      ['bash', 'upgrade.sh', '--skip-sync-image'],
      at,
      details,
    );
    const request = standby
      ? `step ${move.step.index}: request the DR standby ${name}'s upgrade to ${requested}: run ac on its own control-plane node, logged in to the standby's own platform address (${describe(this.standbyAddress)}), where it is the global cluster`
      : `step ${move.step.index}: request ${name}'s upgrade to ${requested} (or from the Web Console); progress: kubectl get cvsh global -n cpaas-system`;
    this.add(
      'request',
      request,
      ['ac', 'adm', 'upgrade', '--cluster=global', `--to=${requested}`],
      at,
      details,
    );
  }

  private workloadWindow(move: Move, where: { window: number; phase: 'window' }): void {
    const version = move.to.text;
    const requested = move.to.text;
    const name = move.cluster.name;
    const details = { cluster: name, step: move.step.index };
    const at = { ...where, hop: this.hopOf(move)?.version.text ?? version };
    this.add(
      'window',
      `step ${move.step.index}: preflight ${name} before its upgrade to ${version}, in the extracted Core ${version} package`,
      ['bash', 'upgrade.sh', `--cluster=${name}`, '--preflight'],
      at,
      details,
    );
    const hop = this.hopOf(move);
    const gate = hop ? this.extrasOf(hop).gate : undefined;
    if (gate?.moving.has(move)) {
      this.note(
        'note',
        `step ${move.step.index}: if the preflight reports the AdminAckRequired gate for node readiness, check ${name}'s production nodes first; for a workload cluster the ack (${ackWords(gate)}) goes into the global-side ConfigMap cpaas-system/admin-acks (whether the ack written for the global tier already covers ${name} is not documented); this runbook writes nothing`,
        { ...at, step: move.step.index },
        { cluster: name },
      );
    }
    this.add(
      'request',
      `step ${move.step.index}: request ${name}'s upgrade to ${requested}, the global's current version (or from the Web Console); progress: kubectl get cvsh ${name} -n cpaas-system`,
      ['ac', 'adm', 'upgrade', `--cluster=${name}`, `--to=${requested}`],
      at,
      details,
    );
  }

  private hopOf(move: Move): Hop | undefined {
    return this.hopByMove.get(move);
  }
}

/** `4.1` for 4.1.3. */
function minorOfText(text: string): string {
  return text.split('.').slice(0, 2).join('.');
}

function labelOf(d: Present): string {
  return d.version !== undefined ? `${d.name} ${d.version}` : d.name!;
}

function describe(arg: Arg): string {
  return typeof arg === 'string' ? arg : `$${arg.env}`;
}

function folderOf(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash <= 0 ? (slash === 0 ? '/' : '.') : file.slice(0, slash);
}
