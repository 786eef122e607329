#!/usr/bin/env node
// The CLI's entry point: exit codes 0-2 come from runCli; anything it throws is a bug (exit 3).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { internalError, runCli } from './cli/main.js';

const args = process.argv.slice(2);
const debug = args.includes('--debug');

if (debug && !process.sourceMapsEnabled) {
  // A readable stack needs the source map, which Node reads only for code loaded after it is
  // switched on: run again with it on. Only --debug pays for this; an ordinary start does not.
  const again = spawnSync(
    process.execPath,
    [...process.execArgv, '--enable-source-maps', fileURLToPath(import.meta.url), ...args],
    { stdio: 'inherit' },
  );
  process.exitCode = again.status ?? 3;
} else {
  try {
    process.exitCode = runCli(args, {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      today: new Date().toISOString().slice(0, 10),
    });
  } catch (error) {
    process.stderr.write(internalError(error, debug));
    process.exitCode = 3;
  }
}
