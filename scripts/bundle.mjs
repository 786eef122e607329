// Rebuilds dist/ from src/: dist/index.js (the action, with its lazily loaded chunks) and
// dist/cli.js (the command-line tool). The built-in catalog is embedded from catalog/acp.yaml first.
//   node scripts/bundle.mjs              rebuild dist/
//   node scripts/bundle.mjs --out DIR    build into DIR instead (the staleness test compares it)
import { execFileSync } from 'node:child_process';
import {
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  mkdirSync,
  writeFileSync,
  readFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogModuleSource } from './catalog-module.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outArg = process.argv.indexOf('--out');
const dist = outArg > 0 ? resolve(process.argv[outArg + 1]) : join(root, 'dist');

const builtin = join(root, 'src/engine/catalog/builtin.ts');
const embedded = catalogModuleSource(readFileSync(join(root, 'catalog/acp.yaml'), 'utf8'));
if (readFileSync(builtin, { encoding: 'utf8', flag: 'a+' }) !== embedded) {
  if (outArg > 0) throw new Error(`${builtin} is stale: run npm run bundle`);
  writeFileSync(builtin, embedded);
}

const ncc = join(root, 'node_modules/.bin/ncc');
function build(entry) {
  const out = mkdtempSync(join(tmpdir(), 'acp-bundle-'));
  // Minified: a smaller file compiles faster, and start-up is paid on every pull request.
  execFileSync(
    ncc,
    ['build', join(root, entry), '-o', out, '--quiet', '--minify', '--target', 'es2022'],
    {
      stdio: 'inherit',
    },
  );
  return out;
}

const action = build('src/index.ts');
const cli = build('src/cli.ts');
const cliFiles = readdirSync(cli).filter((f) => f.endsWith('.js'));
if (cliFiles.length !== 1) {
  throw new Error(`the CLI bundle must be one file (no @actions/* in its graph), got ${cliFiles}`);
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
for (const file of readdirSync(action)) {
  if (file.endsWith('.js')) renameSync(join(action, file), join(dist, file));
}
renameSync(join(cli, 'index.js'), join(dist, 'cli.js'));
rmSync(action, { recursive: true, force: true });
rmSync(cli, { recursive: true, force: true });
