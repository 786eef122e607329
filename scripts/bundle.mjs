// Rebuilds dist/ from src/ (scripts/bundler.mjs says how): dist/index.js (the action, with its
// lazily loaded chunks <id>.index.js) and dist/cli.js (the command-line tool: a small entry whose
// subcommands, engine and renderers are chunks <id>.cli.js loaded when a command needs them, each
// with its source map for `--debug` stacks). The built-in catalog (catalog/acp.yaml) is embedded
// first. (SARIF's rule help, src/render/rule-help.ts, is written by npm run docs from the rules'
// own documentation; scripts/generate.mjs bundles again when it changes.)
//   node scripts/bundle.mjs              rebuild dist/
//   node scripts/bundle.mjs --out DIR    build into DIR instead (the staleness test compares it)
import { rmSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle, eagerFactories, minified } from './bundler.mjs';
import { catalogModuleSource } from './catalog-module.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outArg = process.argv.indexOf('--out');
const dist = outArg > 0 ? resolve(process.argv[outArg + 1]) : join(root, 'dist');

// Data modules generated from the files people edit; `--out` (the staleness test) only checks them.
const generated = [
  {
    module: 'src/engine/catalog/builtin.ts',
    source: () => catalogModuleSource(readFileSync(join(root, 'catalog/acp.yaml'), 'utf8')),
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

// Minified: a smaller file compiles faster, and start-up is paid on every pull request and every
// command. The action ships without source maps.
const action = minified(
  eagerFactories(await bundle(join(root, 'src/index.ts'), 'index.js', { sourceMap: false })),
);
const cli = minified(eagerFactories(await bundle(join(root, 'src/cli.ts'), 'cli.js')));
checkCli(cli);

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
for (const [file, text] of Object.entries({ ...action, ...cli })) {
  writeFileSync(join(dist, file), text);
}

/** The CLI imports no @actions/* package (they cost the action about 60 ms to load). */
function checkCli(files) {
  for (const [name, text] of Object.entries(files)) {
    if (!name.endsWith('.map')) continue;
    const github = JSON.parse(text).sources.filter((s) =>
      /node_modules\/@(actions|octokit)\//.test(s),
    );
    if (github.length > 0) throw new Error(`the CLI bundle holds ${github.join(', ')} (${name})`);
  }
  for (const [name, text] of Object.entries(files)) {
    // ncc's asset relocator takes some paths built from literals for files of the bundle.
    if (name.endsWith('.js') && /\.ab ?\+ ?"/.test(text)) {
      throw new Error(`${name}: ncc rewrote a path as one inside dist/`);
    }
  }
  if (!files['cli.js'].startsWith('#!/usr/bin/env node\n')) {
    throw new Error('dist/cli.js lost its #! line');
  }
}
