// The help texts, built from the subcommands' own descriptions of their options: the overview
// (`acp-upgrade-check --help`) and each subcommand's (`acp-upgrade-check <command> --help`).
import { COMMON_OPTIONS } from './args.js';
import type { Option, Subcommand } from './command.js';

const TOOL = 'acp-upgrade-check';

/** The overview: how to call each subcommand, what the tool does, the exit codes. */
export function overviewHelp(commands: readonly Subcommand[], defaultName: string): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage:',
    ...commands.map((c) => synopsis(c, c.name === defaultName, '  ')),
    `  ${TOOL} --version | --help`,
    '',
    'Checks an Alauda Container Platform upgrade plan kept in git (inventory folder, default "acp":',
    'apps.yaml, clusters.yaml, plan.yaml, optional packages.yaml and catalog.yaml) and prints the',
    'findings, the download list and the violet commands.',
    '',
    'Commands:',
    ...commands.map(
      (c) =>
        `  ${c.name.padEnd(width)}  ${c.summary}${c.name === defaultName ? ' (the default)' : ''}`,
    ),
    '',
    `Run "${TOOL} <command> --help" for a command's options, exit codes and an example.`,
    '',
    'Exit codes: 0 pass, 1 fail (a finding at the --fail-on level, bad input included), 2 usage error,',
    '3 internal error (a bug; --debug prints its stack).',
    '',
  ].join('\n');
}

/** A subcommand's help: what it does, each option with one line, its exit codes, examples. */
export function commandHelp(command: Subcommand, isDefault: boolean): string {
  const options = [
    ...Object.entries(command.options).map(([name, o]) => optionRow(name, o)),
    ...Object.entries(COMMON_OPTIONS).map(([name, o]) => optionRow(name, o, o.short)),
  ];
  const width = Math.max(...options.map(([left]) => left.length));
  const row = ([left, right]: [string, string]) =>
    wrap(`  ${left.padEnd(width)}  ${right}`, ' '.repeat(width + 6));
  return [
    `Usage: ${TOOL} ${isDefault ? `[${command.name}]` : command.name} [options]`,
    '',
    command.description,
    '',
    'Options:',
    ...options.map(row),
    '',
    'Exit codes:',
    ...Object.entries(command.exitCodes).map(([code, meaning]) => `  ${code}  ${meaning}`),
    '',
    command.examples.length > 1 ? 'Examples:' : 'Example:',
    ...command.examples.map((e) => `  ${e}`),
    '',
  ].join('\n');
}

/** `acp-upgrade-check [check] [--inventory DIR] ...` after `prefix`. */
function synopsis(command: Subcommand, isDefault: boolean, prefix: string): string {
  const head = `${prefix}${TOOL} ${isDefault ? `[${command.name}]` : command.name}`;
  const words = Object.entries(command.options).map(([name, o]) => {
    const word = `--${name}${o.value ? ` ${o.value}` : ''}`;
    return o.required ? word : `[${word}]`;
  });
  return wrap(`${head} ${words.join(' ')}`, ' '.repeat(head.length + 1), head.length);
}

/**
 * `line` in lines of at most 100 columns, each continuation starting with `indent`; breaks only
 * at spaces after column `from`, and never inside [...].
 */
function wrap(line: string, indent: string, from = indent.length): string {
  const lines: string[] = [];
  let rest = line;
  while (rest.length > WIDTH) {
    let cut = -1;
    let depth = 0;
    for (let i = 0; i <= WIDTH; i++) {
      if (rest[i] === '[') depth++;
      else if (rest[i] === ']') depth--;
      else if (rest[i] === ' ' && depth === 0 && i > from) cut = i;
    }
    if (cut < 0) break;
    lines.push(rest.slice(0, cut));
    rest = indent + rest.slice(cut + 1);
    from = indent.length;
  }
  lines.push(rest);
  return lines.join('\n');
}

const WIDTH = 100;

function optionRow(name: string, option: Option, short?: string): [string, string] {
  const flag = `--${name}${option.value ? ` ${option.value}` : ''}${short ? `, -${short}` : ''}`;
  return [flag, option.description];
}
