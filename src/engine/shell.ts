// Shell quoting for generated commands. A value from the inventory is always one argument: plain
// when it has only characters the shell leaves alone, else single-quoted. Secrets are never
// values: they are references to environment variables, written "$NAME".

import { UNSAFE_CHARACTER } from './characters.js';

const UNSAFE_VALUE = new RegExp(UNSAFE_CHARACTER);

/** One argument: text from the inventory or the tool, or a reference to an environment variable. */
export type Arg = string | { env: string };

const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

export function quote(value: string): string {
  if (UNSAFE_VALUE.test(value)) {
    // The schemas refuse such values before they get here; printing one would split the line.
    throw new Error('refusing to quote a value with control characters');
  }
  if (SAFE.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

export function env(name: string): Arg {
  return { env: name };
}

/** The argv form: variable references as `$NAME`, for tools that run commands without a shell. */
export function argvOf(args: readonly Arg[]): string[] {
  return args.map((arg) => (typeof arg === 'string' ? arg : `$${arg.env}`));
}

/** One line for bash: values quoted, variable references double-quoted so they expand once. */
export function shellOf(args: readonly Arg[]): string {
  return args.map((arg) => (typeof arg === 'string' ? quote(arg) : `"$${arg.env}"`)).join(' ');
}
