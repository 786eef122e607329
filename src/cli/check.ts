// `acp-upgrade-check [check]` (SPEC §6): checks an inventory's upgrade plan (or, with --mode drift,
// compares apps.yaml with a live export) and prints the report in the chosen format. The engine,
// and only the renderer of that format, are loaded when it runs.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { FailOn, Report } from '../engine/report.js';
import {
  type CliIo,
  type OptionValues,
  type Subcommand,
  UsageError,
  oneOf,
  text,
} from './command.js';
import { INVENTORY, INVENTORY_FILES, inventoryLocation } from './inventory-options.js';
import { emit, outOption } from './output.js';

const FORMATS = ['text', 'markdown', 'json', 'sarif'] as const;
const FAIL_ON = ['error', 'warning', 'never'] as const;
const MODES = ['check', 'drift'] as const;

export const command: Subcommand = {
  name: 'check',
  summary: 'check the upgrade plan of an inventory and print the report',
  description: [
    'Checks the upgrade plan of an inventory folder against the ACP upgrade rules and prints the',
    'findings, the plan as a timeline, the download list and the commands to run; with --mode',
    'drift, compares apps.yaml with a fresh `violet list` export instead.',
  ].join('\n'),
  options: {
    inventory: INVENTORY,
    format: {
      type: 'string',
      value: FORMATS.join('|'),
      description: 'how to print the report (default: text)',
    },
    mode: {
      type: 'string',
      value: MODES.join('|'),
      description: 'check the plan (default), or drift: apps.yaml vs. --live-apps',
    },
    'live-apps': {
      type: 'string',
      value: 'FILE',
      description: 'drift mode: a fresh `violet list` export to compare with',
      file: {
        instead: (folder) =>
          `give the export file itself (--live-apps ${join(folder, 'live-apps.yaml')}, written by \`violet list\`)`,
      },
    },
    'fail-on': {
      type: 'string',
      value: FAIL_ON.join('|'),
      description: 'the lowest severity that fails the check (default: error)',
    },
    out: outOption('the report', 'acp-upgrade-report.json'),
    ...INVENTORY_FILES,
  },
  exitCodes: {
    0: 'pass: no finding at the --fail-on level',
    1: 'fail: a finding at the --fail-on level (bad input included: the report is still printed)',
    2: 'usage error: an unknown option, a folder where a file is expected, no inventory folder',
    3: 'internal error: a bug (--debug prints its stack)',
  },
  examples: [
    'acp-upgrade-check --inventory acp',
    'acp-upgrade-check check --inventory acp --format sarif --out acp-upgrade.sarif',
    'acp-upgrade-check --inventory acp --mode drift --live-apps live-apps.yaml',
  ],
  run,
};

async function run(options: OptionValues, io: CliIo): Promise<number> {
  const format = oneOf(text(options, 'format') ?? 'text', FORMATS, '--format');
  const failOn: FailOn = oneOf(text(options, 'fail-on') ?? 'error', FAIL_ON, '--fail-on');
  const mode = oneOf(text(options, 'mode') ?? 'check', MODES, '--mode');
  const liveApps = text(options, 'live-apps');
  if (mode !== 'drift' && liveApps !== undefined) {
    throw new UsageError('--live-apps is for --mode drift');
  }
  if (mode === 'drift' && !liveApps) {
    throw new UsageError('--mode drift needs --live-apps FILE (a fresh `violet list` export)');
  }
  const location = inventoryLocation(options, io.cwd, ['apps', 'clusters', 'plan']);
  const { inventory } = location;
  // Loaded side by side: the file reader, the engine (the check's or drift's), and the one
  // renderer this run prints with.
  const drift = liveApps ? import('../engine/drift.js') : undefined;
  const checker = liveApps ? undefined : import('../engine/check.js');
  const [{ inventoryPaths, readInventory, readInventoryFile }, render] = await Promise.all([
    import('../io/files.js'),
    renderer(format, location.folder, io.cwd),
  ]);
  const files = readInventory(inventoryPaths(inventory, location.overrides));
  const engine = { inventory, today: io.today, failOn };
  let report: Report;
  if (drift && liveApps) {
    const live = readInventoryFile(liveApps);
    if ('missing' in live) throw new UsageError(`no such file "${liveApps}" for --live-apps`);
    report = (await drift).runDrift(files, live, engine);
  } else {
    report = (await checker!).check(files, engine);
  }
  emit(render(report), text(options, 'out'), io);
  return report.verdict === 'pass' ? 0 : 1;
}

async function renderer(
  format: (typeof FORMATS)[number],
  inventoryFolder: string,
  cwd: string,
): Promise<(report: Report) => string> {
  switch (format) {
    case 'text':
      return (await import('../render/text.js')).renderText;
    case 'markdown':
      return (await import('../render/markdown.js')).renderMarkdown;
    case 'json':
      return (await import('../render/json.js')).renderJson;
    case 'sarif': {
      const { renderSarif } = await import('../render/sarif.js');
      const root = repositoryRoot(inventoryFolder, cwd);
      return (report) => renderSarif(report, { root, cwd });
    }
  }
}

/**
 * The repository the inventory belongs to (the nearest folder above it with `.git`), for SARIF's
 * %SRCROOT%; the working directory when the inventory is in no repository.
 */
function repositoryRoot(inventoryFolder: string, cwd: string): string {
  for (let dir = inventoryFolder; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return resolve(cwd);
  }
}
