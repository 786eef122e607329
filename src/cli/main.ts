// The command line (SPEC §6): parse arguments, read the inventory, run the engine, print, exit.
// Exit codes: 0 pass, 1 fail (bad input included), 2 usage.
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyze, check, verifiedSuggestionFor } from '../engine/check.js';
import { runDrift } from '../engine/drift.js';
import type { FailOn, Report } from '../engine/report.js';
import { renderJson } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderSarif } from '../render/sarif.js';
import { renderText } from '../render/text.js';
import { VERSION } from '../version.js';
import { inventoryPaths, readInventory, readInventoryFile } from '../io/files.js';

export const USAGE = `Usage:
  acp-upgrade-check [check] [--inventory DIR] [--format text|markdown|json|sarif]
                    [--mode check|drift] [--live-apps FILE] [--fail-on error|warning|never]
                    [--out FILE] [--apps FILE] [--clusters FILE] [--plan FILE]
                    [--packages FILE] [--catalog FILE]
  acp-upgrade-check suggest [--inventory DIR] --target VERSION [--out FILE]

Checks an Alauda Container Platform upgrade plan kept in git (inventory folder, default "acp":
apps.yaml, clusters.yaml, plan.yaml, optional packages.yaml and catalog.yaml) and prints the
findings, the download list and the violet commands.

Exit codes: 0 pass, 1 fail (a finding at the --fail-on level, bad input included), 2 usage error.`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  today: string;
}

class UsageError extends Error {}

const FORMATS = ['text', 'markdown', 'json', 'sarif'] as const;
const FAIL_ON = ['error', 'warning', 'never'] as const;
const MODES = ['check', 'drift'] as const;

export function runCli(argv: string[], io: CliIo): number {
  try {
    return run(argv, io);
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.stderr(`acp-upgrade-check: ${(error as Error).message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}

function run(argv: string[], io: CliIo): number {
  const command = argv[0] === 'check' || argv[0] === 'suggest' ? argv[0] : undefined;
  const { values, positionals } = parseArgs({
    args: command ? argv.slice(1) : argv,
    allowPositionals: true,
    options: {
      inventory: { type: 'string' },
      format: { type: 'string' },
      mode: { type: 'string' },
      'live-apps': { type: 'string' },
      'fail-on': { type: 'string' },
      out: { type: 'string' },
      target: { type: 'string' },
      apps: { type: 'string' },
      clusters: { type: 'string' },
      plan: { type: 'string' },
      packages: { type: 'string' },
      catalog: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean' },
    },
  });
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);

  const inventory = values.inventory ?? 'acp';
  const overrides = {
    apps: values.apps,
    clusters: values.clusters,
    plan: values.plan,
    packages: values.packages,
    catalog: values.catalog,
  };
  const explicitFiles = overrides.apps && overrides.clusters && overrides.plan;
  if (!explicitFiles && !(existsSync(inventory) && statSync(inventory).isDirectory())) {
    throw new UsageError(`no inventory folder "${inventory}" (give --inventory DIR)`);
  }
  const paths = inventoryPaths(inventory, overrides);

  if (command === 'suggest') {
    if (!values.target) throw new UsageError('suggest needs --target VERSION');
    const result = verifiedSuggestionFor(analyze(readInventory(paths)), values.target);
    if ('error' in result) {
      io.stderr(`acp-upgrade-check: ${result.error}\n`);
      return 1;
    }
    emit(result.plan, values.out, io);
    return 0;
  }

  const format = oneOf(values.format ?? 'text', FORMATS, '--format');
  const failOn = oneOf(values['fail-on'] ?? 'error', FAIL_ON, '--fail-on') as FailOn;
  const mode = oneOf(values.mode ?? 'check', MODES, '--mode');
  let report: Report;
  if (mode === 'drift') {
    if (!values['live-apps'])
      throw new UsageError('--mode drift needs --live-apps FILE (a fresh `violet list` export)');
    const live = readInventoryFile(values['live-apps']);
    if ('missing' in live)
      throw new UsageError(`no such file "${values['live-apps']}" for --live-apps`);
    report = runDrift(readInventory(paths), live, { inventory, today: io.today, failOn });
  } else {
    report = check(readInventory(paths), { inventory, today: io.today, failOn });
  }
  const rendered =
    format === 'json'
      ? renderJson(report)
      : format === 'sarif'
        ? renderSarif(report)
        : format === 'markdown'
          ? renderMarkdown(report)
          : renderText(report);
  emit(rendered, values.out, io);
  return report.verdict === 'pass' ? 0 : 1;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, not "${value}"`);
  }
  return value as T;
}

function emit(text: string, out: string | undefined, io: CliIo): void {
  if (out) writeFileSync(out, text);
  else io.stdout(text);
}
