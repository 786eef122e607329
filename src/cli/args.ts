// Reads a subcommand's options from the command line: unknown ones get a "did you mean", a folder
// where a file is expected is refused with what to pass instead, and an --out file needs a folder
// that exists. Every mistake is a UsageError (exit 2).
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Option, type OptionValues, type Subcommand, UsageError } from './command.js';
import { suggest } from '../did-you-mean.js';

/** Options every subcommand takes; `--version` is read before any subcommand is chosen. */
export const COMMON_OPTIONS: Record<string, Option> = {
  help: { type: 'boolean', short: 'h', description: 'print this help' },
  debug: {
    type: 'boolean',
    description: 'on an internal error (exit 3), print its stack',
  },
};

/** The first option of `args` that `command` does not take, if any. */
export function unknownOption(command: Subcommand, args: readonly string[]): string | undefined {
  for (const arg of args) {
    if (arg === '--') break;
    if (!arg.startsWith('--')) continue;
    const name = arg.slice(2).split('=')[0]!;
    if (!(name in command.options) && !(name in COMMON_OPTIONS)) return name;
  }
  return undefined;
}

/**
 * The options of `command` in `args` (which hold no unknown option: see unknownOption), checked:
 * no stray argument, required ones given, files that are files.
 */
export function parseOptions(command: Subcommand, args: string[], cwd: string): OptionValues {
  const all = { ...command.options, ...COMMON_OPTIONS };
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: Object.fromEntries(
      Object.entries(all).map(([name, o]) => [
        name,
        o.short ? { type: o.type, short: o.short } : { type: o.type },
      ]),
    ),
  });
  if (positionals.length > 0) {
    throw new UsageError(`unexpected argument "${positionals[0]}"`);
  }
  for (const [name, option] of Object.entries(command.options)) {
    const value = values[name];
    if (option.required && value === undefined) {
      throw new UsageError(`${command.name} needs --${name} ${option.value ?? ''}`.trimEnd());
    }
    if (option.file && typeof value === 'string') checkFile(name, value, option.file, cwd);
  }
  return values as OptionValues;
}

function checkFile(name: string, given: string, file: NonNullable<Option['file']>, cwd: string) {
  const path = resolve(cwd, given);
  if (isFolder(path)) {
    throw new UsageError(
      `--${name} ${given} is a folder, and --${name} takes a file: ${file.instead(given)}`,
    );
  }
  if (file.output && !isFolder(dirname(path))) {
    throw new UsageError(`no folder "${dirname(given)}" for --${name} ${given}; create it first`);
  }
}

export function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/**
 * Whether `folder` holds a file `name`. (A function of its own: given a literal file name, ncc
 * would take the path for an asset of the bundle and rewrite it.)
 */
export function holdsFile(folder: string, name: string): boolean {
  return existsSync(join(folder, name));
}

/** The nearest name within a small edit distance, if any (the engine's did-you-mean). */
export function closest(name: string, names: readonly string[]): string | undefined {
  return suggest(name, names);
}
