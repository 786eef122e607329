// The commands that prepare and run the window, in the order they are run (SPEC §4 "Commands"):
// verify, pre-stage pushes, Core sync and preflight, pushes to the primary, pushes to the DR
// standby, then the per-window upgrade.sh lines in plan order.
import type { CoreDownload, Download, PackageDownload } from './downloads.js';
import { compareText } from './findings.js';
import type { Clusters } from './inventory/model.js';
import { type Arg, argvOf, env, shellOf } from './shell.js';
import type { Move } from './state.js';

export type CommandStage = 'verify' | 'before-window' | 'core' | 'push' | 'standby' | 'window';

export interface Command {
  stage: CommandStage;
  /** What the command is for, in words; printed as a comment above it. */
  note: string;
  package?: string;
  cluster?: string;
  step?: number;
  argv: string[];
  shell: string;
}

export const TOKEN = env('ACP_PLATFORM_TOKEN');

export function buildCommands(clusters: Clusters, downloads: Download[], moves: Move[]): Command[] {
  const address: Arg = clusters.platformAddress ?? env('ACP_PLATFORM_ADDRESS');
  const packages = downloads.filter(
    (d): d is PackageDownload & { file: string } =>
      d.kind === 'package' && d.status === 'present' && d.file !== undefined,
  );
  const cores = downloads.filter(
    (d): d is CoreDownload & { file: string } => d.kind === 'core' && d.file !== undefined,
  );
  const commands: Command[] = [];
  const add = (stage: CommandStage, note: string, args: Arg[], details: Partial<Command> = {}) =>
    commands.push({ stage, note, ...details, argv: argvOf(args), shell: shellOf(args) });

  const folders = [...new Set([...packages, ...cores].map((d) => folderOf(d.file)))].sort(
    compareText,
  );
  for (const folder of folders) {
    add('verify', `check the signatures of the packages in ${folder} before uploading them`, [
      'violet',
      'verify',
      folder,
    ]);
  }

  const prestaged = packages.filter((d) => d.prestage);
  for (const d of prestaged) {
    add(
      'before-window',
      `${d.name}: push to the clusters that run it before step ${d.prestage!.move.step.index} (${d.prestage!.rule.id})`,
      [...pushArgs(d, address), '--clusters', d.clusters.join(',')],
      { package: d.name! },
    );
  }

  const tier = [clusters.standby, clusters.global].filter((c) => c !== undefined);
  for (const core of cores) {
    for (const cluster of tier) {
      if (!moves.some((m) => m.cluster.name === cluster.name && m.to.text === core.version))
        continue;
      const where = `on ${cluster.name}'s control-plane node, in the extracted Core ${core.version} package`;
      add(
        'core',
        `sync the Core ${core.version} images ${where}, any time before the window`,
        ['bash', 'upgrade.sh', '--only-sync-image'],
        {
          package: `core ${core.version}`,
          cluster: cluster.name,
        },
      );
      add(
        'core',
        `preflight ${where}, 1-2 weeks before the window`,
        ['bash', 'upgrade.sh', '--preflight'],
        {
          package: `core ${core.version}`,
          cluster: cluster.name,
        },
      );
    }
  }

  for (const d of packages) {
    if (d.prestage) continue;
    if (d.type === 'OperatorBundle') {
      const targets = [
        clusters.global.name,
        ...d.clusters.filter((c) => clusters.byName.get(c)?.role === 'workload'),
      ];
      add(
        'push',
        `${d.name}: operator, to ${clusters.global.name} and every workload that runs it`,
        [...pushArgs(d, address), '--clusters', targets.join(',')],
        {
          package: d.name!,
        },
      );
    } else {
      const what =
        d.type === 'Chart'
          ? 'Helm chart, to public-charts'
          : 'cluster plugin, once for every cluster';
      add('push', `${d.name}: ${what}`, pushArgs(d, address), { package: d.name! });
    }
  }

  const standby = clusters.standby;
  if (standby) {
    const standbyAddress: Arg = standby.platformAddress ?? env('ACP_STANDBY_PLATFORM_ADDRESS');
    const registry: Arg = standby.registry ?? env('ACP_STANDBY_REGISTRY');
    for (const d of packages) {
      add(
        'standby',
        `${d.name}: the same package to the DR standby ${standby.name}'s registry`,
        [
          ...pushArgs(d, standbyAddress),
          '--dest-repo',
          registry,
          '--username',
          env('ACP_STANDBY_REGISTRY_USERNAME'),
          '--password',
          env('ACP_STANDBY_REGISTRY_PASSWORD'),
        ],
        { package: d.name!, cluster: standby.name },
      );
    }
  }

  for (const move of moves) {
    const details = { cluster: move.cluster.name, step: move.step.index };
    if (move.cluster.role === 'workload') {
      add(
        'window',
        `step ${move.step.index}: preflight ${move.cluster.name} before its upgrade to ${move.to.text}`,
        ['bash', 'upgrade.sh', `--cluster=${move.cluster.name}`, '--preflight'],
        details,
      );
    } else {
      add(
        'window',
        `step ${move.step.index}: start ${move.cluster.name}'s upgrade to ${move.to.text} (images already synced)`,
        ['bash', 'upgrade.sh', '--skip-sync-image'],
        details,
      );
    }
  }
  return commands;
}

function pushArgs(d: PackageDownload & { file: string }, address: Arg): Arg[] {
  const args: Arg[] = ['violet', 'push', d.file];
  if (d.type === 'OperatorBundle') args.push('--target-catalog-source', 'platform');
  args.push('--platform-address', address, '--platform-token', TOKEN);
  return args;
}

function folderOf(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash <= 0 ? (slash === 0 ? '/' : '.') : file.slice(0, slash);
}
