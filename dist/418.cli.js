export const id = 418;
export const ids = [418];
export const modules = {

/***/ 418:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(567);
/* harmony import */ var _inventory_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(237);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(657);
// `acp-upgrade-check [check]` (SPEC §6): checks an inventory's upgrade plan (or, with --mode drift,
// compares apps.yaml with a live export) and prints the report in the chosen format. The engine,
// and only the renderer of that format, are loaded when it runs.





const FORMATS = ['text', 'markdown', 'json', 'sarif'];
const FAIL_ON = ['error', 'warning', 'never'];
const MODES = ['check', 'drift'];
const command = {
    name: 'check',
    summary: 'check the upgrade plan of an inventory and print the report',
    description: [
        'Checks the upgrade plan of an inventory folder against the ACP upgrade rules and prints the',
        'findings, the plan as a timeline, the download list and the commands to run; with --mode',
        'drift, compares apps.yaml with a fresh `violet list` export instead.',
    ].join('\n'),
    options: {
        inventory: _inventory_options_js__WEBPACK_IMPORTED_MODULE_2__/* .INVENTORY */ .dh,
        format: {
            type: 'string',
            value: FORMATS.join('|'),
            description: 'how to print the report (default: text)',
        },
        mode: {
            type: 'string',
            value: MODES.join('|'),
            description: 'check the plan (default), or drift: apps.yaml vs. --live-apps',
        },
        'live-apps': {
            type: 'string',
            value: 'FILE',
            description: 'drift mode: a fresh `violet list` export to compare with',
            file: {
                instead: (folder) => `give the export file itself (--live-apps ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, 'live-apps.yaml')}, written by \`violet list\`)`,
            },
        },
        'fail-on': {
            type: 'string',
            value: FAIL_ON.join('|'),
            description: 'the lowest severity that fails the check (default: error)',
        },
        out: (0,_output_js__WEBPACK_IMPORTED_MODULE_3__/* .outOption */ .u)('the report', 'acp-upgrade-report.json'),
        ..._inventory_options_js__WEBPACK_IMPORTED_MODULE_2__/* .INVENTORY_FILES */ .rI,
    },
    exitCodes: {
        0: 'pass: no finding at the --fail-on level',
        1: 'fail: a finding at the --fail-on level (bad input included: the report is still printed)',
        2: 'usage error: an unknown option, a folder where a file is expected, no inventory folder',
        3: 'internal error: a bug (--debug prints its stack)',
    },
    examples: [
        'acp-upgrade-check --inventory acp',
        'acp-upgrade-check check --inventory acp --format sarif --out acp-upgrade.sarif',
        'acp-upgrade-check --inventory acp --mode drift --live-apps live-apps.yaml',
    ],
    run,
};
async function run(options, io) {
    const format = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .oneOf */ .yL)((0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(options, 'format') ?? 'text', FORMATS, '--format');
    const failOn = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .oneOf */ .yL)((0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(options, 'fail-on') ?? 'error', FAIL_ON, '--fail-on');
    const mode = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .oneOf */ .yL)((0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(options, 'mode') ?? 'check', MODES, '--mode');
    const liveApps = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(options, 'live-apps');
    if (mode !== 'drift' && liveApps !== undefined) {
        throw new _command_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('--live-apps is for --mode drift');
    }
    if (mode === 'drift' && !liveApps) {
        throw new _command_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('--mode drift needs --live-apps FILE (a fresh `violet list` export)');
    }
    const location = (0,_inventory_options_js__WEBPACK_IMPORTED_MODULE_2__/* .inventoryLocation */ .GK)(options, io.cwd, ['apps', 'clusters', 'plan']);
    const { inventory } = location;
    // Loaded side by side: the engine, and the one renderer this run prints with.
    const rendering = renderer(format, location.folder, io.cwd);
    const { inventoryPaths, readInventory, readInventoryFile } = await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(831), __webpack_require__.e(839)]).then(__webpack_require__.bind(__webpack_require__, 839));
    const files = readInventory(inventoryPaths(inventory, location.overrides));
    let report;
    if (liveApps) {
        const live = readInventoryFile(liveApps);
        if ('missing' in live)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`no such file "${liveApps}" for --live-apps`);
        const { runDrift } = await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(125), __webpack_require__.e(857), __webpack_require__.e(831), __webpack_require__.e(586), __webpack_require__.e(357)]).then(__webpack_require__.bind(__webpack_require__, 357));
        report = runDrift(files, live, { inventory, today: io.today, failOn });
    }
    else {
        const { check } = await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(125), __webpack_require__.e(857), __webpack_require__.e(831), __webpack_require__.e(586)]).then(__webpack_require__.bind(__webpack_require__, 586));
        report = check(files, { inventory, today: io.today, failOn });
    }
    (0,_output_js__WEBPACK_IMPORTED_MODULE_3__/* .emit */ .I)((await rendering)(report), (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(options, 'out'), io);
    return report.verdict === 'pass' ? 0 : 1;
}
async function renderer(format, inventoryFolder, cwd) {
    switch (format) {
        case 'text':
            return (await __webpack_require__.e(/* import() */ 893).then(__webpack_require__.bind(__webpack_require__, 893))).renderText;
        case 'markdown':
            return (await __webpack_require__.e(/* import() */ 397).then(__webpack_require__.bind(__webpack_require__, 397))).renderMarkdown;
        case 'json':
            return (await __webpack_require__.e(/* import() */ 104).then(__webpack_require__.bind(__webpack_require__, 104))).renderJson;
        case 'sarif': {
            const { renderSarif } = await __webpack_require__.e(/* import() */ 936).then(__webpack_require__.bind(__webpack_require__, 936));
            const root = repositoryRoot(inventoryFolder, cwd);
            return (report) => renderSarif(report, { root, cwd });
        }
    }
}
/**
 * The repository the inventory belongs to (the nearest folder above it with `.git`), for SARIF's
 * %SRCROOT%; the working directory when the inventory is in no repository.
 */
function repositoryRoot(inventoryFolder, cwd) {
    for (let dir = inventoryFolder;; dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, '.git')))
            return dir;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir) === dir)
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd);
    }
}


/***/ }),

/***/ 237:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GK: () => (/* binding */ inventoryLocation),
/* harmony export */   dh: () => (/* binding */ INVENTORY),
/* harmony export */   rI: () => (/* binding */ INVENTORY_FILES)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(890);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(567);
// The options that say where the inventory is (SPEC §1: a folder, each file overridable), shared
// by the subcommands that read one, and the check that the folder is there.



const INVENTORY = {
    type: 'string',
    value: 'DIR',
    description: 'the inventory folder (default: acp)',
};
/** An option naming one inventory file instead of DIR/<name>.yaml. */
function inventoryFile(name, what, optional = false) {
    return {
        type: 'string',
        value: 'FILE',
        description: `${what} (default: DIR/${name}.yaml${optional ? ', optional' : ''})`,
        file: {
            instead: (folder) => `give the file itself (--${name} ${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(folder, `${name}.yaml`)}), or the folder as --inventory ${folder}`,
        },
    };
}
const INVENTORY_FILES = {
    apps: inventoryFile('apps', 'the `violet list` export'),
    clusters: inventoryFile('clusters', 'the clusters and their versions'),
    plan: inventoryFile('plan', 'the target and the upgrade steps'),
    packages: inventoryFile('packages', 'the packages downloaded', true),
    catalog: inventoryFile('catalog', 'catalog additions', true),
};
/**
 * Where the inventory is. A usage error when the folder does not exist, unless the options name
 * every file that a check cannot do without.
 */
function inventoryLocation(options, cwd, required) {
    const inventory = (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(options, 'inventory') ?? 'acp';
    const overrides = {};
    for (const name of Object.keys(INVENTORY_FILES)) {
        const value = (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(options, name);
        if (value)
            overrides[name] = value;
    }
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, inventory);
    if (!required.every((name) => overrides[name]) && !(0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .isFolder */ .lQ)(folder)) {
        throw new _command_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`no inventory folder "${inventory}" (give --inventory DIR)`);
    }
    return { inventory, folder, overrides };
}


/***/ }),

/***/ 657:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ emit),
/* harmony export */   u: () => (/* binding */ outOption)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(567);
// Where a subcommand's result goes: stdout, or the file --out names.



function outOption(what, example) {
    return {
        type: 'string',
        value: 'FILE',
        description: `write ${what} to FILE instead of stdout`,
        file: {
            output: true,
            instead: (folder) => `give a file name inside it (--out ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, example)})`,
        },
    };
}
function emit(result, out, io) {
    if (out === undefined) {
        io.stdout(result);
        return;
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, out), result);
    }
    catch (error) {
        throw new _command_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`cannot write --out ${out}: ${error.message}`);
    }
}


/***/ })

};

//# sourceMappingURL=418.cli.js.map