// The command line (SPEC §6): picks the subcommand, reads its options, and runs it; `--version`
// and `--help` are answered from the subcommands' own descriptions, without the engine.
// Exit codes: 0 pass, 1 fail (bad input included), 2 usage, 3 internal error (a bug).
import { resolve } from 'node:path';
import { COMMON_OPTIONS, closest, holdsFile, parseOptions, unknownOption } from './args.js';
import { type CliIo, type Subcommand, UsageError } from './command.js';
import { commandHelp, overviewHelp } from './help.js';
import { REPOSITORY_URL, VERSION } from '../version.js';

/** Each subcommand's module, loaded only when that subcommand is chosen (or for --help). */
export type Subcommands = Record<string, () => Promise<{ command: Subcommand }>>;

/**
 * Runs the CLI and returns its exit code. Usage errors are reported here (exit 2); anything else
 * thrown is a bug, which the entry point (src/cli.ts) reports with {@link internalError}.
 */
export async function runCli(
  argv: string[],
  io: CliIo,
  subcommands: Subcommands,
  defaultName: string,
): Promise<number> {
  try {
    return await dispatch(argv, io, subcommands, defaultName);
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

async function dispatch(
  argv: string[],
  io: CliIo,
  subcommands: Subcommands,
  defaultName: string,
): Promise<number> {
  const named = argv[0] !== undefined && !argv[0].startsWith('-') ? argv[0] : undefined;
  if (named !== undefined && !Object.hasOwn(subcommands, named)) {
    throw unknownSubcommand(named, subcommands, io.cwd);
  }
  const args = named === undefined ? argv : argv.slice(1);
  const flags = args.slice(0, args.includes('--') ? args.indexOf('--') : args.length);
  if (flags.includes('--version')) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (flags.includes('--help') || flags.includes('-h')) {
    if (named === undefined) {
      const all = await Promise.all(Object.values(subcommands).map(load));
      io.stdout(overviewHelp(all, defaultName));
    } else {
      io.stdout(commandHelp(await load(subcommands[named]!), named === defaultName));
    }
    return 0;
  }

  const name = named ?? defaultName;
  const command = await load(subcommands[name]!);
  const unknown = unknownOption(command, args);
  if (unknown !== undefined) {
    throw await unknownOptionError(unknown, command, subcommands, defaultName);
  }
  return command.run(parseOptions(command, args, io.cwd), io);
}

async function load(module: () => Promise<{ command: Subcommand }>): Promise<Subcommand> {
  return (await module()).command;
}

function unknownSubcommand(name: string, subcommands: Subcommands, cwd: string): UsageError {
  const names = Object.keys(subcommands);
  const near = closest(name, names);
  if (near) return new UsageError(`unknown command "${name}"; did you mean "${near}"?`);
  const list = `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  // `acp-upgrade-check acp`: the folder was meant as the inventory.
  const folder = holdsFile(resolve(cwd, name), 'clusters.yaml')
    ? `; to check the inventory in the folder ${name}, run acp-upgrade-check --inventory ${name}`
    : '';
  return new UsageError(`unknown command "${name}" (the commands are ${list})${folder}`);
}

/**
 * An option the subcommand does not take: another subcommand's (say whose, rather than ignore
 * it), or a typo (with a "did you mean").
 */
async function unknownOptionError(
  name: string,
  command: Subcommand,
  subcommands: Subcommands,
  defaultName: string,
): Promise<UsageError> {
  const others = await Promise.all(Object.values(subcommands).map(load));
  const owners = others.filter((other) => other.name !== command.name && name in other.options);
  if (owners.length > 0) {
    const whose = owners
      .map((o) => (o.name === defaultName ? `${o.name}, the default command` : o.name))
      .join(' and ');
    return new UsageError(
      `${command.name} does not take --${name} (it is an option of ${whose}); see acp-upgrade-check ${command.name} --help`,
    );
  }
  const near = closest(name, [
    ...Object.keys(command.options),
    ...Object.keys(COMMON_OPTIONS),
    'version',
  ]);
  return new UsageError(`unknown option --${name}${near ? `; did you mean --${near}?` : ''}`);
}
