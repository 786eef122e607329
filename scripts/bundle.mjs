// Rebuilds dist/ from src/: dist/index.js (the action, with its lazily loaded chunks) and
// dist/cli.js (the command-line tool, with its source map for `--debug` stacks). The built-in
// catalog (catalog/acp.yaml) and the rule help for SARIF (docs/rules.md) are embedded first.
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
import { ruleHelpModuleSource } from './rule-help-module.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outArg = process.argv.indexOf('--out');
const dist = outArg > 0 ? resolve(process.argv[outArg + 1]) : join(root, 'dist');

// Data modules generated from the files people edit; `--out` (the staleness test) only checks them.
const generated = [
  {
    module: 'src/engine/catalog/builtin.ts',
    source: () => catalogModuleSource(readFileSync(join(root, 'catalog/acp.yaml'), 'utf8')),
  },
  {
    module: 'src/render/rule-help.ts',
    source: () => ruleHelpModuleSource(readFileSync(join(root, 'docs/rules.md'), 'utf8')),
  },
];
for (const { module, source } of generated) {
  const file = join(root, module);
  const fresh = source();
  if (readFileSync(file, { encoding: 'utf8', flag: 'a+' }) !== fresh) {
    if (outArg > 0) throw new Error(`${file} is stale: run npm run generate`);
    writeFileSync(file, fresh);
  }
}

const ncc = join(root, 'node_modules/.bin/ncc');
function build(entry, { minify = true, sourceMap = false } = {}) {
  const out = mkdtempSync(join(tmpdir(), 'acp-bundle-'));
  const options = ['--quiet', '--target', 'es2022'];
  // Minified: a smaller file compiles faster, and the action's start-up is paid on every pull
  // request.
  if (minify) options.push('--minify');
  if (sourceMap) options.push('--source-map', '--no-source-map-register');
  execFileSync(ncc, ['build', join(root, entry), '-o', out, ...options], { stdio: 'inherit' });
  return out;
}

const action = build('src/index.ts');
// The CLI with a source map, so that `--debug` shows an internal error's stack in src/ terms.
// Not minified: ncc's minifier leaves a map that points every frame at one line. Measured, the
// unminified file starts as fast (docs/performance.md). Without the register shim: Node's own
// source map support is switched on only when --debug asks for it (src/cli.ts).
const cli = build('src/cli.ts', { minify: false, sourceMap: true });
const cliFiles = readdirSync(cli).filter((f) => f.endsWith('.js'));
if (cliFiles.length !== 1) {
  throw new Error(`the CLI bundle must be one file (no @actions/* in its graph), got ${cliFiles}`);
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
for (const file of readdirSync(action)) {
  if (file.endsWith('.js')) renameSync(join(action, file), join(dist, file));
}
const cliSource = readFileSync(join(cli, 'index.js'), 'utf8');
const mapComment = '//# sourceMappingURL=index.js.map';
if (!cliSource.trimEnd().endsWith(mapComment)) {
  throw new Error('the CLI bundle does not end with its source map comment');
}
writeFileSync(
  join(dist, 'cli.js'),
  cliSource.replace(
    /\/\/# sourceMappingURL=index\.js\.map(\s*)$/,
    '//# sourceMappingURL=cli.js.map$1',
  ),
);
const cliMap = JSON.parse(readFileSync(join(cli, 'index.js.map'), 'utf8'));
writeFileSync(join(dist, 'cli.js.map'), JSON.stringify({ ...cliMap, file: 'cli.js' }));
rmSync(action, { recursive: true, force: true });
rmSync(cli, { recursive: true, force: true });
