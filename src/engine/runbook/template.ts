// A book's templates filled in for one cluster: notes are words (every value shown as it is; the
// renderers make each one line), commands are arguments (values as plain arguments, credentials
// as environment variables, never values), and a page's shell line gets the cluster's name
// shell-quoted where the page says "cluster_name".
import { type Arg, quote } from '../shell.js';

/** What the placeholders of a note stand for. */
export interface NoteValues {
  cluster?: string;
  version?: string;
  where?: string;
  standby?: string;
  primary?: string;
}

/** What the placeholders of a command stand for. */
export interface ArgValues {
  cluster?: string;
  version?: string;
  registry?: Arg;
  registryUsername?: Arg;
  registryPassword?: Arg;
}

export function fillNote(template: string, values: NoteValues): string {
  return template.replace(/\{([A-Za-z]+)\}/g, (whole, name: keyof NoteValues) => {
    const value = values[name];
    return value === undefined ? whole : value;
  });
}

/** A command's arguments; a placeholder without a value is a bug of the caller. */
export function fillArgs(template: readonly string[], values: ArgValues): Arg[] {
  return template.map((arg) => {
    const whole = /^\{([A-Za-z]+)\}$/.exec(arg);
    if (whole) return valueOf(values, whole[1]!);
    return arg.replace(/\{([A-Za-z]+)\}/g, (_, name: string) => {
      const value = valueOf(values, name);
      if (typeof value !== 'string') throw new Error(`{${name}} inside an argument is a secret`);
      return value;
    });
  });
}

/** A page's shell line, `{cluster}` replaced by the quoted name. */
export function fillShell(template: string, values: { cluster?: string }): string {
  return template.replace(/\{cluster\}/g, () => {
    if (values.cluster === undefined) throw new Error('{cluster} without a cluster');
    return quote(values.cluster);
  });
}

function valueOf(values: ArgValues, name: string): Arg {
  const value = values[name as keyof ArgValues];
  if (value === undefined) throw new Error(`no value for {${name}} here`);
  return value;
}
