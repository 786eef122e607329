// The command line (SPEC §6): parse arguments, read the inventory, run the engine, print, exit.
// Exit codes: 0 pass, 1 fail (bad input included), 2 usage, 3 internal error (a bug).
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze, check, verifiedSuggestionFor } from '../engine/check.js';
import { runDrift } from '../engine/drift.js';
import type { FailOn, Report } from '../engine/report.js';
import { compareVersions, parseVersion } from '../engine/versions.js';
import { renderJson } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderSarif } from '../render/sarif.js';
import { renderText } from '../render/text.js';
import { REPOSITORY_URL, VERSION } from '../version.js';
import { inventoryPaths, readInventory, readInventoryFile } from '../io/files.js';

export const USAGE = `Usage:
  acp-upgrade-check [check] [--inventory DIR] [--format text|markdown|json|sarif]
                    [--mode check|drift] [--live-apps FILE] [--fail-on error|warning|never]
                    [--out FILE] [--apps FILE] [--clusters FILE] [--plan FILE]
                    [--packages FILE] [--catalog FILE]
  acp-upgrade-check suggest [--inventory DIR] --target VERSION [--out FILE]
                    [--apps FILE] [--clusters FILE] [--catalog FILE]
  acp-upgrade-check --version | --help

Checks an Alauda Container Platform upgrade plan kept in git (inventory folder, default "acp":
apps.yaml, clusters.yaml, plan.yaml, optional packages.yaml and catalog.yaml) and prints the
findings, the download list and the violet commands.

Exit codes: 0 pass, 1 fail (a finding at the --fail-on level, bad input included), 2 usage error,
3 internal error (a bug; --debug prints its stack).`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  today: string;
}

export class UsageError extends Error {}

const FORMATS = ['text', 'markdown', 'json', 'sarif'] as const;
const FAIL_ON = ['error', 'warning', 'never'] as const;
const MODES = ['check', 'drift'] as const;

type Command = 'check' | 'suggest';

/** Every option, and the subcommands that take it (`undefined`: all of them). */
const OPTIONS = {
  inventory: { type: 'string' },
  format: { type: 'string', only: 'check' },
  mode: { type: 'string', only: 'check' },
  'live-apps': { type: 'string', only: 'check' },
  'fail-on': { type: 'string', only: 'check' },
  out: { type: 'string' },
  target: { type: 'string', only: 'suggest' },
  apps: { type: 'string' },
  clusters: { type: 'string' },
  plan: { type: 'string', only: 'check' },
  packages: { type: 'string', only: 'check' },
  catalog: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
  debug: { type: 'boolean' },
} as const satisfies Record<string, { type: 'string' | 'boolean'; short?: string; only?: Command }>;
type OptionName = keyof typeof OPTIONS;

/**
 * Runs the CLI and returns its exit code. Usage errors are reported here (exit 2); anything else
 * thrown is a bug, which the entry point (src/cli.ts) reports with {@link internalError}.
 */
export function runCli(argv: string[], io: CliIo): number {
  try {
    return run(argv, io);
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.stderr(`acp-upgrade-check: ${(error as Error).message}\n\nRun with --help for usage.\n`);
      return 2;
    }
    throw error;
  }
}

/** The one line an internal error prints (exit 3), and with `--debug` the stack too. */
export function internalError(error: unknown, debug: boolean): string {
  const message = error instanceof Error ? error.message : String(error);
  const lines = [
    `acp-upgrade-check: internal error: ${message.split('\n')[0]}. This is a bug in acp-upgrade-check ${VERSION}; please report it at ${REPOSITORY_URL}/issues with the command you ran${debug ? ' and the stack below' : ' (add --debug for the stack)'}.`,
  ];
  if (debug && error instanceof Error && error.stack) lines.push(error.stack);
  return `${lines.join('\n')}\n`;
}

function run(argv: string[], io: CliIo): number {
  const command: Command = argv[0] === 'suggest' ? 'suggest' : 'check';
  const args = argv[0] === 'check' || argv[0] === 'suggest' ? argv.slice(1) : argv;
  checkOptionNames(args, command);
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: Object.fromEntries(
      Object.entries(OPTIONS).map(([name, o]) => [
        name,
        'short' in o ? { type: o.type, short: o.short } : { type: o.type },
      ]),
    ),
  }) as { values: Partial<Record<OptionName, string | boolean>>; positionals: string[] };
  const text = (name: OptionName) => values[name] as string | undefined;
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (positionals.length > 0) {
    throw new UsageError(
      `unexpected argument "${positionals[0]}"${argv[0] === positionals[0] ? ' (the subcommands are check and suggest)' : ''}`,
    );
  }

  const cwd = process.cwd();
  const inventory = text('inventory') ?? 'acp';
  const overrides = {
    apps: text('apps'),
    clusters: text('clusters'),
    plan: text('plan'),
    packages: text('packages'),
    catalog: text('catalog'),
  };
  const explicitFiles = overrides.apps && overrides.clusters && overrides.plan;
  const inventoryDir = resolve(cwd, inventory);
  if (!explicitFiles && !(existsSync(inventoryDir) && statSync(inventoryDir).isDirectory())) {
    throw new UsageError(`no inventory folder "${inventory}" (give --inventory DIR)`);
  }
  const out = text('out');
  if (out !== undefined) checkOutFile(resolve(cwd, out), out);
  const paths = inventoryPaths(inventory, overrides);

  if (command === 'suggest') {
    const target = text('target');
    if (!target) throw new UsageError('suggest needs --target VERSION');
    const analysis = analyze(readInventory(paths));
    checkKnownTarget(analysis, target);
    const result = verifiedSuggestionFor(analysis, target);
    if ('error' in result) {
      io.stderr(`acp-upgrade-check: ${result.error}\n`);
      return 1;
    }
    emit(result.plan, out, cwd, io);
    return 0;
  }

  const format = oneOf(text('format') ?? 'text', FORMATS, '--format');
  const failOn = oneOf(text('fail-on') ?? 'error', FAIL_ON, '--fail-on') as FailOn;
  const mode = oneOf(text('mode') ?? 'check', MODES, '--mode');
  const liveApps = text('live-apps');
  if (mode !== 'drift' && liveApps !== undefined) {
    throw new UsageError('--live-apps is for --mode drift');
  }
  let report: Report;
  if (mode === 'drift') {
    if (!liveApps)
      throw new UsageError('--mode drift needs --live-apps FILE (a fresh `violet list` export)');
    const live = readInventoryFile(liveApps);
    if ('missing' in live) throw new UsageError(`no such file "${liveApps}" for --live-apps`);
    report = runDrift(readInventory(paths), live, { inventory, today: io.today, failOn });
  } else {
    report = check(readInventory(paths), { inventory, today: io.today, failOn });
  }
  const rendered =
    format === 'json'
      ? renderJson(report)
      : format === 'sarif'
        ? renderSarif(report, { root: repositoryRoot(inventoryDir, cwd), cwd })
        : format === 'markdown'
          ? renderMarkdown(report)
          : renderText(report);
  emit(rendered, out, cwd, io);
  return report.verdict === 'pass' ? 0 : 1;
}

/**
 * Unknown options get a "did you mean" (Node's own message would advise `--` for positional
 * arguments); an option of the other subcommand is refused rather than silently ignored.
 */
function checkOptionNames(args: string[], command: Command): void {
  for (const arg of args) {
    if (arg === '--') break;
    if (!arg.startsWith('--')) continue;
    const name = arg.slice(2).split('=')[0]!;
    const option = (OPTIONS as Record<string, { only?: Command }>)[name];
    if (!option) {
      const near = closest(name, Object.keys(OPTIONS));
      throw new UsageError(`unknown option --${name}${near ? `; did you mean --${near}?` : ''}`);
    }
    if (option.only && option.only !== command) {
      throw new UsageError(
        `${command} does not take --${name} (it is an option of ${option.only === 'check' ? 'check, the default command' : option.only})`,
      );
    }
  }
}

/** The nearest name within a small edit distance, if any. */
function closest(name: string, names: string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const candidate of names) {
    const distance = editDistance(name, candidate);
    if (
      distance <= Math.max(2, Math.floor(candidate.length / 3)) &&
      (!best || distance < best.distance)
    ) {
      best = { name: candidate, distance };
    }
  }
  return best?.name;
}

/** Damerau-Levenshtein (optimal string alignment): a swap of two letters counts as one edit. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = value;
    }
  }
  return d[a.length]![b.length]!;
}

function checkOutFile(path: string, given: string): void {
  const folder = dirname(path);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new UsageError(`no folder "${dirname(given)}" for --out ${given}; create it first`);
  }
  if (existsSync(path) && statSync(path).isDirectory()) {
    throw new UsageError(`--out ${given} is a folder; give a file name`);
  }
}

/** `suggest` to a release the catalog lacks is a usage error that lists the releases it knows. */
function checkKnownTarget(analysis: ReturnType<typeof analyze>, target: string): void {
  const version = parseVersion(target);
  if (!version) throw new UsageError(`--target "${target}" is not a version (e.g. 4.3.0)`);
  if (analysis.catalog.release(version)) return;
  const known = [...analysis.catalog.edges.values()]
    .map((edge) => edge.to)
    .sort(compareVersions)
    .map((v) => `${v.major}.${v.minor}`)
    .filter((minor, i, all) => all.indexOf(minor) === i);
  throw new UsageError(
    `--target ${version.text}: the release catalog does not know ${version.major}.${version.minor}; it knows upgrades to ${known.join(', ')} (describe a newer release in catalog.yaml)`,
  );
}

/**
 * The repository the inventory belongs to (the nearest folder above it with `.git`), for SARIF's
 * %SRCROOT%; the working directory when the inventory is in no repository.
 */
function repositoryRoot(inventoryDir: string, cwd: string): string {
  for (let dir = inventoryDir; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return resolve(cwd);
  }
}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, not "${value}"`);
  }
  return value as T;
}

function emit(text: string, out: string | undefined, cwd: string, io: CliIo): void {
  if (out === undefined) {
    io.stdout(text);
    return;
  }
  try {
    writeFileSync(resolve(cwd, out), text);
  } catch (error) {
    throw new UsageError(`cannot write --out ${out}: ${(error as Error).message}`);
  }
}
