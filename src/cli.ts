#!/usr/bin/env node
// The CLI's entry point: it chooses the subcommand from the table below and loads only that
// subcommand's module, which loads the engine when it runs; `--version` and `--help` load no
// engine at all (start-up is paid on every call: docs/performance.md). Exit codes 0-2 come from
// runCli; anything it throws is a bug (exit 3).
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import { type Subcommands, internalError, runCli } from './cli/main.js';

// Node 22.1 and later keep the compiled code of what loads next (a subcommand, the engine) in a
// cache folder, and a later run starts from it: measured with Node 24, a check of the example
// takes 53 million instructions fewer from the second run on, and 33 million more in the first,
// which writes the cache. Node 20 has no such cache.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

/** The subcommands, each one module (src/cli/command.ts says what it exports). */
const SUBCOMMANDS: Subcommands = {
  check: () => import('./cli/check.js'),
  suggest: () => import('./cli/suggest.js'),
};
/** `acp-upgrade-check --inventory acp` is `acp-upgrade-check check --inventory acp` (SPEC §6). */
const DEFAULT_SUBCOMMAND = 'check';

const args = process.argv.slice(2);
const debug = args.includes('--debug');

if (debug && !process.sourceMapsEnabled) {
  // A readable stack needs the source maps, which Node reads only for code loaded after they are
  // switched on: run again with them on. Only --debug pays for this; an ordinary start does not.
  void import('node:child_process').then(({ spawnSync }) => {
    const again = spawnSync(
      process.execPath,
      [...process.execArgv, '--enable-source-maps', fileURLToPath(import.meta.url), ...args],
      { stdio: 'inherit' },
    );
    process.exitCode = again.status ?? 3;
  });
} else {
  // Not a top-level await: webpack would make the whole bundle an async module, slower to start.
  runCli(
    args,
    {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      today: new Date().toISOString().slice(0, 10),
      cwd: process.cwd(),
    },
    SUBCOMMANDS,
    DEFAULT_SUBCOMMAND,
  ).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(internalError(error, debug));
      process.exitCode = 3;
    },
  );
}
