#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 890:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  DT: () => (/* binding */ COMMON_OPTIONS),
  kp: () => (/* binding */ closest),
  D8: () => (/* binding */ holdsFile),
  lQ: () => (/* binding */ isFolder),
  Ac: () => (/* binding */ parseOptions),
  qe: () => (/* binding */ unknownOption)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: ./src/cli/command.ts
var cli_command = __nccwpck_require__(567);
;// CONCATENATED MODULE: ./src/cli/args.ts
// Reads a subcommand's options from the command line: unknown ones get a "did you mean", a folder
// where a file is expected is refused with what to pass instead, and an --out file needs a folder
// that exists. Every mistake is a UsageError (exit 2).




/** Options every subcommand takes; `--version` is read before any subcommand is chosen. */
const COMMON_OPTIONS = {
    help: { type: 'boolean', short: 'h', description: 'print this help' },
    debug: {
        type: 'boolean',
        description: 'on an internal error (exit 3), print its stack',
    },
};
/** The first option of `args` that `command` does not take, if any. */
function unknownOption(command, args) {
    for (const arg of args) {
        if (arg === '--')
            break;
        if (!arg.startsWith('--'))
            continue;
        const name = arg.slice(2).split('=')[0];
        if (!(name in command.options) && !(name in COMMON_OPTIONS))
            return name;
    }
    return undefined;
}
/**
 * The options of `command` in `args` (which hold no unknown option: see unknownOption), checked:
 * no stray argument, required ones given, files that are files.
 */
function parseOptions(command, args, cwd) {
    const all = { ...command.options, ...COMMON_OPTIONS };
    const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({
        args,
        allowPositionals: true,
        strict: true,
        options: Object.fromEntries(Object.entries(all).map(([name, o]) => [
            name,
            o.short ? { type: o.type, short: o.short } : { type: o.type },
        ])),
    });
    if (positionals.length > 0) {
        throw new cli_command/* UsageError */.eb(`unexpected argument "${positionals[0]}"`);
    }
    for (const [name, option] of Object.entries(command.options)) {
        const value = values[name];
        if (option.required && value === undefined) {
            throw new cli_command/* UsageError */.eb(`${command.name} needs --${name} ${option.value ?? ''}`.trimEnd());
        }
        if (option.file && typeof value === 'string')
            checkFile(name, value, option.file, cwd);
    }
    return values;
}
function checkFile(name, given, file, cwd) {
    const path = (0,external_node_path_.resolve)(cwd, given);
    if (isFolder(path)) {
        throw new cli_command/* UsageError */.eb(`--${name} ${given} is a folder, and --${name} takes a file: ${file.instead(given)}`);
    }
    if (file.output && !isFolder((0,external_node_path_.dirname)(path))) {
        throw new cli_command/* UsageError */.eb(`no folder "${(0,external_node_path_.dirname)(given)}" for --${name} ${given}; create it first`);
    }
}
function isFolder(path) {
    return (0,external_node_fs_.existsSync)(path) && (0,external_node_fs_.statSync)(path).isDirectory();
}
/**
 * Whether `folder` holds a file `name`. (A function of its own: given a literal file name, ncc
 * would take the path for an asset of the bundle and rewrite it.)
 */
function holdsFile(folder, name) {
    return (0,external_node_fs_.existsSync)((0,external_node_path_.join)(folder, name));
}
/** The nearest name within a small edit distance, if any. */
function closest(name, names) {
    let best;
    for (const candidate of names) {
        const distance = editDistance(name, candidate);
        if (distance <= Math.max(2, Math.floor(candidate.length / 3)) &&
            (!best || distance < best.distance)) {
            best = { name: candidate, distance };
        }
    }
    return best?.name;
}
/** Damerau-Levenshtein (optimal string alignment): a swap of two letters counts as one edit. */
function editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let value = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                value = Math.min(value, d[i - 2][j - 2] + 1);
            }
            d[i][j] = value;
        }
    }
    return d[a.length][b.length];
}


/***/ }),

/***/ 567:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
// What a subcommand is. Each one is a module that exports `command`: its options with one line
// each, its exit codes and an example (its --help, which needs nothing else), and `run`, which
// loads the engine only when it is called. Adding a subcommand is that module plus one line in
// the table of src/cli.ts; nothing here or in main.ts names a subcommand.
/** A mistake in how the tool was called: one message on stderr, exit 2. */
class UsageError extends Error {
}
/** A string option's value (undefined when not given). */
function text(options, name) {
    const value = options[name];
    return typeof value === 'string' ? value : undefined;
}
/** The value when it is one of `allowed`, else a usage error naming the choices. */
function oneOf(value, allowed, flag) {
    if (!allowed.includes(value)) {
        throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, not "${value}"`);
    }
    return value;
}


/***/ }),

/***/ 311:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   js: () => (/* binding */ TOOL),
/* harmony export */   ld: () => (/* binding */ REPOSITORY_URL),
/* harmony export */   xv: () => (/* binding */ VERSION)
/* harmony export */ });
// The tool's version, as in package.json (a test keeps the two equal).
const VERSION = '1.0.0';
/**
 * Where the project is published: the rule reference and the SARIF help links fall back to this
 * repository when the action cannot tell which repository and ref it runs from.
 */
const REPOSITORY_URL = 'https://github.com/acp-upgrade-check/acp-upgrade-check';
/** The tool as the report names it (SPEC §4: the report names the tool's version). */
const TOOL = { name: 'acp-upgrade-check', version: VERSION };


/***/ }),

/***/ 421:
/***/ (function (module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 24:
/***/ (function (module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 760:
/***/ (function (module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".cli.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
// EXTERNAL MODULE: ./src/cli/args.ts + 1 modules
var cli_args = __nccwpck_require__(890);
// EXTERNAL MODULE: ./src/cli/command.ts
var cli_command = __nccwpck_require__(567);
;// CONCATENATED MODULE: ./src/cli/help.ts
// The help texts, built from the subcommands' own descriptions of their options: the overview
// (`acp-upgrade-check --help`) and each subcommand's (`acp-upgrade-check <command> --help`).

const TOOL = 'acp-upgrade-check';
/** The overview: how to call each subcommand, what the tool does, the exit codes. */
function overviewHelp(commands, defaultName) {
    const width = Math.max(...commands.map((c) => c.name.length));
    return [
        'Usage:',
        ...commands.map((c) => synopsis(c, c.name === defaultName, '  ')),
        `  ${TOOL} --version | --help`,
        '',
        'Checks an Alauda Container Platform upgrade plan kept in git (inventory folder, default "acp":',
        'apps.yaml, clusters.yaml, plan.yaml, optional packages.yaml and catalog.yaml) and prints the',
        'findings, the download list and the violet commands.',
        '',
        'Commands:',
        ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}${c.name === defaultName ? ' (the default)' : ''}`),
        '',
        `Run "${TOOL} <command> --help" for a command's options, exit codes and an example.`,
        '',
        'Exit codes: 0 pass, 1 fail (a finding at the --fail-on level, bad input included), 2 usage error,',
        '3 internal error (a bug; --debug prints its stack).',
        '',
    ].join('\n');
}
/** A subcommand's help: what it does, each option with one line, its exit codes, examples. */
function commandHelp(command, isDefault) {
    const options = [
        ...Object.entries(command.options).map(([name, o]) => optionRow(name, o)),
        ...Object.entries(cli_args/* COMMON_OPTIONS */.DT).map(([name, o]) => optionRow(name, o, o.short)),
    ];
    const width = Math.max(...options.map(([left]) => left.length));
    const row = ([left, right]) => wrap(`  ${left.padEnd(width)}  ${right}`, ' '.repeat(width + 6));
    return [
        `Usage: ${TOOL} ${isDefault ? `[${command.name}]` : command.name} [options]`,
        '',
        command.description,
        '',
        'Options:',
        ...options.map(row),
        '',
        'Exit codes:',
        ...Object.entries(command.exitCodes).map(([code, meaning]) => `  ${code}  ${meaning}`),
        '',
        command.examples.length > 1 ? 'Examples:' : 'Example:',
        ...command.examples.map((e) => `  ${e}`),
        '',
    ].join('\n');
}
/** `acp-upgrade-check [check] [--inventory DIR] ...` after `prefix`. */
function synopsis(command, isDefault, prefix) {
    const head = `${prefix}${TOOL} ${isDefault ? `[${command.name}]` : command.name}`;
    const words = Object.entries(command.options).map(([name, o]) => {
        const word = `--${name}${o.value ? ` ${o.value}` : ''}`;
        return o.required ? word : `[${word}]`;
    });
    return wrap(`${head} ${words.join(' ')}`, ' '.repeat(head.length + 1), head.length);
}
/**
 * `line` in lines of at most 100 columns, each continuation starting with `indent`; breaks only
 * at spaces after column `from`, and never inside [...].
 */
function wrap(line, indent, from = indent.length) {
    const lines = [];
    let rest = line;
    while (rest.length > WIDTH) {
        let cut = -1;
        let depth = 0;
        for (let i = 0; i <= WIDTH; i++) {
            if (rest[i] === '[')
                depth++;
            else if (rest[i] === ']')
                depth--;
            else if (rest[i] === ' ' && depth === 0 && i > from)
                cut = i;
        }
        if (cut < 0)
            break;
        lines.push(rest.slice(0, cut));
        rest = indent + rest.slice(cut + 1);
        from = indent.length;
    }
    lines.push(rest);
    return lines.join('\n');
}
const WIDTH = 100;
function optionRow(name, option, short) {
    const flag = `--${name}${option.value ? ` ${option.value}` : ''}${short ? `, -${short}` : ''}`;
    return [flag, option.description];
}

// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/cli/main.ts
// The command line (SPEC §6): picks the subcommand, reads its options, and runs it; `--version`
// and `--help` are answered from the subcommands' own descriptions, without the engine.
// Exit codes: 0 pass, 1 fail (bad input included), 2 usage, 3 internal error (a bug).





/**
 * Runs the CLI and returns its exit code. Usage errors are reported here (exit 2); anything else
 * thrown is a bug, which the entry point (src/cli.ts) reports with {@link internalError}.
 */
async function runCli(argv, io, subcommands, defaultName) {
    try {
        return await dispatch(argv, io, subcommands, defaultName);
    }
    catch (error) {
        if (error instanceof cli_command/* UsageError */.eb ||
            error.code?.startsWith('ERR_PARSE_ARGS')) {
            io.stderr(`acp-upgrade-check: ${error.message}\n\nRun with --help for usage.\n`);
            return 2;
        }
        throw error;
    }
}
/** The one line an internal error prints (exit 3), and with `--debug` the stack too. */
function internalError(error, debug) {
    const message = error instanceof Error ? error.message : String(error);
    const lines = [
        `acp-upgrade-check: internal error: ${message.split('\n')[0]}. This is a bug in acp-upgrade-check ${version/* VERSION */.xv}; please report it at ${version/* REPOSITORY_URL */.ld}/issues with the command you ran${debug ? ' and the stack below' : ' (add --debug for the stack)'}.`,
    ];
    if (debug && error instanceof Error && error.stack)
        lines.push(error.stack);
    return `${lines.join('\n')}\n`;
}
async function dispatch(argv, io, subcommands, defaultName) {
    const named = argv[0] !== undefined && !argv[0].startsWith('-') ? argv[0] : undefined;
    if (named !== undefined && !Object.hasOwn(subcommands, named)) {
        throw unknownSubcommand(named, subcommands, io.cwd);
    }
    const args = named === undefined ? argv : argv.slice(1);
    const flags = args.slice(0, args.includes('--') ? args.indexOf('--') : args.length);
    if (flags.includes('--version')) {
        io.stdout(`${version/* VERSION */.xv}\n`);
        return 0;
    }
    if (flags.includes('--help') || flags.includes('-h')) {
        if (named === undefined) {
            const all = await Promise.all(Object.values(subcommands).map(load));
            io.stdout(overviewHelp(all, defaultName));
        }
        else {
            io.stdout(commandHelp(await load(subcommands[named]), named === defaultName));
        }
        return 0;
    }
    const name = named ?? defaultName;
    const command = await load(subcommands[name]);
    const unknown = (0,cli_args/* unknownOption */.qe)(command, args);
    if (unknown !== undefined) {
        throw await unknownOptionError(unknown, command, subcommands, defaultName);
    }
    return command.run((0,cli_args/* parseOptions */.Ac)(command, args, io.cwd), io);
}
async function load(module) {
    return (await module()).command;
}
function unknownSubcommand(name, subcommands, cwd) {
    const names = Object.keys(subcommands);
    const near = (0,cli_args/* closest */.kp)(name, names);
    if (near)
        return new cli_command/* UsageError */.eb(`unknown command "${name}"; did you mean "${near}"?`);
    const list = `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    // `acp-upgrade-check acp`: the folder was meant as the inventory.
    const folder = (0,cli_args/* holdsFile */.D8)((0,external_node_path_.resolve)(cwd, name), 'clusters.yaml')
        ? `; to check the inventory in the folder ${name}, run acp-upgrade-check --inventory ${name}`
        : '';
    return new cli_command/* UsageError */.eb(`unknown command "${name}" (the commands are ${list})${folder}`);
}
/**
 * An option the subcommand does not take: another subcommand's (say whose, rather than ignore
 * it), or a typo (with a "did you mean").
 */
async function unknownOptionError(name, command, subcommands, defaultName) {
    const others = await Promise.all(Object.values(subcommands).map(load));
    const owners = others.filter((other) => other.name !== command.name && name in other.options);
    if (owners.length > 0) {
        const whose = owners
            .map((o) => (o.name === defaultName ? `${o.name}, the default command` : o.name))
            .join(' and ');
        return new cli_command/* UsageError */.eb(`${command.name} does not take --${name} (it is an option of ${whose}); see acp-upgrade-check ${command.name} --help`);
    }
    const near = (0,cli_args/* closest */.kp)(name, [
        ...Object.keys(command.options),
        ...Object.keys(cli_args/* COMMON_OPTIONS */.DT),
        'version',
    ]);
    return new cli_command/* UsageError */.eb(`unknown option --${name}${near ? `; did you mean --${near}?` : ''}`);
}

;// CONCATENATED MODULE: ./src/cli.ts
// The CLI's entry point: it chooses the subcommand from the table below and loads only that
// subcommand's module, which loads the engine when it runs; `--version` and `--help` load no
// engine at all (start-up is paid on every call: docs/performance.md). Exit codes 0-2 come from
// runCli; anything it throws is a bug (exit 3).


/** The subcommands, each one module (src/cli/command.ts says what it exports). */
const SUBCOMMANDS = {
    check: () => __nccwpck_require__.e(/* import() */ 418).then(__nccwpck_require__.bind(__nccwpck_require__, 418)),
    suggest: () => __nccwpck_require__.e(/* import() */ 472).then(__nccwpck_require__.bind(__nccwpck_require__, 472)),
};
/** `acp-upgrade-check --inventory acp` is `acp-upgrade-check check --inventory acp` (SPEC §6). */
const DEFAULT_SUBCOMMAND = 'check';
const args = process.argv.slice(2);
const debug = args.includes('--debug');
if (debug && !process.sourceMapsEnabled) {
    // A readable stack needs the source maps, which Node reads only for code loaded after they are
    // switched on: run again with them on. Only --debug pays for this; an ordinary start does not.
    void Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 421, 23)).then(({ spawnSync }) => {
        const again = spawnSync(process.execPath, [...process.execArgv, '--enable-source-maps', (0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url), ...args], { stdio: 'inherit' });
        process.exitCode = again.status ?? 3;
    });
}
else {
    // Not a top-level await: webpack would make the whole bundle an async module, slower to start.
    runCli(args, {
        stdout: (text) => process.stdout.write(text),
        stderr: (text) => process.stderr.write(text),
        today: new Date().toISOString().slice(0, 10),
        cwd: process.cwd(),
    }, SUBCOMMANDS, DEFAULT_SUBCOMMAND).then((code) => {
        process.exitCode = code;
    }, (error) => {
        process.stderr.write(internalError(error, debug));
        process.exitCode = 3;
    });
}


//# sourceMappingURL=cli.js.map