// Where a subcommand's result goes: stdout, or the file --out names.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type CliIo, type Option, UsageError } from './command.js';

export function outOption(what: string, example: string): Option {
  return {
    type: 'string',
    value: 'FILE',
    description: `write ${what} to FILE instead of stdout`,
    file: {
      output: true,
      instead: (folder) => `give a file name inside it (--out ${join(folder, example)})`,
    },
  };
}

export function emit(result: string, out: string | undefined, io: CliIo): void {
  if (out === undefined) {
    io.stdout(result);
    return;
  }
  try {
    writeFileSync(resolve(io.cwd, out), result);
  } catch (error) {
    throw new UsageError(`cannot write --out ${out}: ${(error as Error).message}`);
  }
}
