#!/usr/bin/env node
import { runCli } from './cli/main.js';

process.exitCode = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  today: new Date().toISOString().slice(0, 10),
});
