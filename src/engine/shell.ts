// Shell quoting for generated commands. A value from the inventory is always one argument: plain
// when it has only characters the shell leaves alone, else single-quoted. Secrets are never
// values: they are references to environment variables, written "$NAME".

/** One argument: text from the inventory or the tool, or a reference to an environment variable. */
export type Arg = string | { env: string };

const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

export function quote(value: string): string {
  if (
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/.test(
      value,
    )
  ) {
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
