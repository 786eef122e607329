// Entry point of `npm run docs` (bundled and run by scripts/docs.mjs): writes every generated
// documentation file under the project root given as the first argument.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generatedFiles } from './generate.js';

const root = process.argv[2];
if (!root) throw new Error('usage: main.js PROJECT_ROOT');

for (const { path, text } of generatedFiles(root)) {
  const file = join(root, path);
  let old: string | undefined;
  try {
    old = readFileSync(file, 'utf8');
  } catch {
    old = undefined;
  }
  if (old === text) continue;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  process.stdout.write(`wrote ${path}\n`);
}
