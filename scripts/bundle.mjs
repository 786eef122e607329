// Rebuilds dist/ from src/: dist/index.js (the action, with its lazily loaded chunks) and
// dist/cli.js (the command-line tool: a small entry whose subcommands, engine and renderers are
// chunks <id>.cli.js loaded when a command needs them; each file minified, with its source map for
// `--debug` stacks). The built-in catalog (catalog/acp.yaml) and the rule help for SARIF
// (docs/rules.md) are embedded first.
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
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogModuleSource } from './catalog-module.mjs';
import { ruleHelpModuleSource } from './rule-help-module.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
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
    if (outArg > 0) throw new Error(`${file} is stale: run npm run bundle`);
    writeFileSync(file, fresh);
  }
}

const ncc = join(root, 'node_modules/.bin/ncc');
function build(entry) {
  const out = mkdtempSync(join(tmpdir(), 'acp-bundle-'));
  // Minified: a smaller file compiles faster, and the action's start-up is paid on every pull
  // request.
  const options = ['--quiet', '--target', 'es2022', '--minify'];
  execFileSync(ncc, ['build', join(root, entry), '-o', out, ...options], { stdio: 'inherit' });
  return out;
}

const action = build('src/index.ts');
const cli = minified(eagerFactories(await bundle('src/cli.ts', 'cli.js')));
checkCli(cli);

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
for (const file of readdirSync(action)) {
  if (file.endsWith('.js')) renameSync(join(action, file), join(dist, file));
}
for (const [file, text] of Object.entries(cli)) writeFileSync(join(dist, file), text);
rmSync(action, { recursive: true, force: true });

/**
 * `entry` bundled by ncc, not minified, with source maps: { file name: text }. The entry is
 * `filename`, and each chunk that a dynamic import() made is `<id>.<filename>`.
 */
async function bundle(entry, filename) {
  const { code, map, assets } = await require('@vercel/ncc')(join(root, entry), {
    filename,
    sourceMap: true,
    sourceMapRegister: false,
    target: 'es2022',
    quiet: true,
  });
  const files = { [filename]: code, [`${filename}.map`]: map };
  for (const [name, { source }] of Object.entries(assets)) {
    if (/\.js(\.map)?$/.test(name)) files[name] = String(source);
  }
  return files;
}

/**
 * Every module factory in a chunk is called when the chunk loads. V8 compiles a function
 * expression in parentheses at once, and any other function only when first called, after a
 * first pass over it at load: written as `(function (...) {...})`, each factory is read once.
 * webpack writes arrow functions, which V8 never compiles at once: they become `function`s (it
 * writes arrows only for factories that use no `this`, so the two mean the same). The source
 * maps give lines, not columns: they stay right.
 */
function eagerFactories(files) {
  const out = {};
  for (const [name, code] of Object.entries(files)) {
    out[name] = name.endsWith('.js')
      ? code.replace(/^\/\*\*\*\/ \(\(([\w$, ]*)\) => \{$/gm, '/***/ (function ($1) {')
      : code;
    if (/^\/\*\*\*\/ \(\(/m.test(out[name]))
      throw new Error(`${name}: a factory is still an arrow`);
  }
  return out;
}

/**
 * The files minified (names mangled, nothing else rewritten), each with a source map that still
 * leads to src/. Not ncc's minifier: its maps give lines without columns, and its minifier looks
 * columns up, so every frame of a stack pointed at one line. Functions keep their names (stacks
 * show them), and module factories their parentheses (see eagerFactories).
 */
function minified(files) {
  const UglifyJS = require('uglify-js');
  const needsParens = UglifyJS.AST_Function.prototype.needs_parens;
  const isFactory = (node) =>
    node instanceof UglifyJS.AST_ObjectKeyVal && /^\d+$/.test(String(node.key));
  UglifyJS.AST_Function.prototype.needs_parens = function (output) {
    return isFactory(output.parent()) || needsParens.call(this, output);
  };
  const out = {};
  try {
    for (const [name, code] of Object.entries(files)) {
      if (!name.endsWith('.js')) continue;
      const result = UglifyJS.minify(code, {
        module: true,
        compress: false,
        mangle: { keep_fnames: true },
        output: { comments: 'some' },
        // Without names: Node names a frame after the map's name at the function's start,
        // which for `async function f` is "async"; the functions' own names are the originals.
        sourceMap: { content: files[`${name}.map`], url: `${name}.map`, names: false },
      });
      if (result.error) throw result.error;
      const factories = code.match(/^\/\*\*\*\/ \(function \(/gm)?.length ?? 0;
      const kept = result.code.match(/[{,]\d+:\(function\(/g)?.length ?? 0;
      if (kept !== factories) {
        throw new Error(
          `${name}: ${kept} of its ${factories} module factories kept their parentheses`,
        );
      }
      out[name] = result.code;
      out[`${name}.map`] = JSON.stringify({ ...JSON.parse(result.map), file: name });
    }
  } finally {
    UglifyJS.AST_Function.prototype.needs_parens = needsParens;
  }
  return out;
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
