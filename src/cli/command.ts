// What a subcommand is. Each one is a module that exports `command`: its options with one line
// each, its exit codes and an example (its --help, which needs nothing else), and `run`, which
// loads the engine only when it is called. Adding a subcommand is that module plus one line in
// the table of src/cli.ts; nothing here or in main.ts names a subcommand. Such a module imports
// src/engine, src/render and src/io only with import() inside `run` (types aside): the e2e test
// checks that `acp-upgrade-check <command> --help` loads none of them.

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** YYYY-MM-DD, for waiver expiry. */
  today: string;
  /** Where relative paths start. */
  cwd: string;
}

/** A mistake in how the tool was called: one message on stderr, exit 2. */
export class UsageError extends Error {}

export interface Option {
  /** Takes a value, named `value` in the help (`--inventory DIR`), or is a switch. */
  type: 'string' | 'boolean';
  value?: string;
  /** A one-letter alias (`-h`). */
  short?: string;
  /** One line for the help. */
  description: string;
  required?: boolean;
  /**
   * The value names a file. A folder there is a usage error saying which option takes a file and
   * what to pass instead (`instead`, given the folder). `output`: the file is written, so its
   * folder must exist.
   */
  file?: { instead: (folder: string) => string; output?: boolean };
}

export type OptionValues = Record<string, string | boolean | undefined>;

export interface Subcommand {
  name: string;
  /** One line for the list of subcommands in `acp-upgrade-check --help`. */
  summary: string;
  /** A few lines for its own --help. */
  description: string;
  /** Its options, in the order its help lists them (--help and --debug are added to every one). */
  options: Record<string, Option>;
  /** What each exit code means for this subcommand (SPEC §6: 0-3 for all of them). */
  exitCodes: Record<0 | 1 | 2 | 3, string>;
  examples: string[];
  /** Runs it with options already checked against `options`; returns the exit code. */
  run: (options: OptionValues, io: CliIo) => Promise<number>;
}

/** A string option's value (undefined when not given). */
export function text(options: OptionValues, name: string): string | undefined {
  const value = options[name];
  return typeof value === 'string' ? value : undefined;
}

/** The value when it is one of `allowed`, else a usage error naming the choices. */
export function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, not "${value}"`);
  }
  return value as T;
}
