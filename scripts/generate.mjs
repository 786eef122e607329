// npm run generate: rebuilds everything the project generates, in the order they depend on each
// other, and changes nothing when everything is fresh (run it twice: the second run writes
// nothing). The freshness tests (dist.test.ts, docs-generated.test.ts) name it as the fix.
//  1. scripts/bundle.mjs: the data module generated from the file people edit
//     (src/engine/catalog/builtin.ts from catalog/acp.yaml), then dist/ from src/;
//  2. scripts/docs.mjs: schemas/*.schema.json, docs/rules.md and SARIF's rule help
//     (src/render/rule-help.ts) from the rules and their .md files, docs/example-*.md and the
//     generated sections of README.md, from the engine's sources and catalog/acp.yaml;
//  3. step 1 again, only when step 2 rewrote a file the bundle embeds.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// The files step 2 writes that dist/ embeds.
const EMBEDDED = ['src/render/rule-help.ts'];

const node = (script) => {
  process.stdout.write(`> node ${script}\n`);
  execFileSync(process.execPath, [join(root, script)], { cwd: root, stdio: 'inherit' });
};
const embedded = () => EMBEDDED.map((path) => readFileSync(join(root, path), 'utf8'));

node('scripts/bundle.mjs');
const before = embedded();
node('scripts/docs.mjs');
if (embedded().some((text, i) => text !== before[i])) node('scripts/bundle.mjs');
