// How this project bundles an entry point (scripts/bundle.mjs for dist/, and scripts/bench.mjs for
// the hello action it compares the action with): ncc, then the module factories made to compile
// once, then minified by uglify-js, with source maps that still lead to src/ where they are kept.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * `entry` (a path) bundled by ncc, not minified: { file name: text }, with `<file>.map` for each
 * when `sourceMap`. The entry is `filename`, and each chunk that a dynamic import() made is
 * `<id>.<filename>`.
 */
export async function bundle(entry, filename, { sourceMap = true } = {}) {
  const { code, map, assets } = await require('@vercel/ncc')(resolve(entry), {
    filename,
    sourceMap,
    sourceMapRegister: false,
    target: 'es2022',
    quiet: true,
  });
  const files = { [filename]: code, ...(sourceMap && { [`${filename}.map`]: map }) };
  for (const [name, { source }] of Object.entries(assets)) {
    if (/\.js(\.map)?$/.test(name)) files[name] = String(source);
  }
  return files;
}

/**
 * Module factories run at start-up: all of a chunk's when it loads, and most of the main file's
 * (the action's packages). V8 compiles a function expression in parentheses at once, and any
 * other function only when first called, after a first pass over it at load: written as
 * `(function (...) {...})`, each factory is read once (measured: a check with the action takes
 * 118 million instructions fewer than with the factories compiled when called). webpack writes
 * arrow functions, which V8 never compiles at once: they become `function`s (it writes arrows only
 * for factories that use no `this`, so the two mean the same). The source maps give lines, not
 * columns: they stay right.
 */
export function eagerFactories(files) {
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
 * The files minified (names mangled, nothing else rewritten), each with its source map, if it had
 * one, still leading to src/. Not ncc's minifier: its maps give lines without columns, and its minifier looks
 * columns up, so every frame of a stack pointed at one line. Functions keep their names (stacks
 * show them), and module factories their parentheses (see eagerFactories).
 */
export function minified(files) {
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
      const map = files[`${name}.map`];
      const result = UglifyJS.minify(code, {
        module: true,
        compress: false,
        mangle: { keep_fnames: true },
        output: { comments: 'some' },
        // Without names: Node names a frame after the map's name at the function's start,
        // which for `async function f` is "async"; the functions' own names are the originals.
        ...(map && { sourceMap: { content: map, url: `${name}.map`, names: false } }),
      });
      if (result.error) throw result.error;
      const factories = code.match(/^\/\*\*\*\/ \(function \(/gm)?.length ?? 0;
      const kept = result.code.match(/[{,]\d+:\(function\(/g)?.length ?? 0;
      // At least: a function under a number key in the modules' own code keeps them too.
      if (kept < factories) {
        throw new Error(
          `${name}: ${kept} of its ${factories} module factories kept their parentheses`,
        );
      }
      out[name] = result.code;
      if (map) out[`${name}.map`] = JSON.stringify({ ...JSON.parse(result.map), file: name });
    }
  } finally {
    UglifyJS.AST_Function.prototype.needs_parens = needsParens;
  }
  return out;
}
