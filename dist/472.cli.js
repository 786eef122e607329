export const id = 472;
export const ids = [472];
export const modules = {

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


/***/ }),

/***/ 472:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(567);
/* harmony import */ var _inventory_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(237);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(657);



const { apps, clusters, catalog } = _inventory_options_js__WEBPACK_IMPORTED_MODULE_0__/* .INVENTORY_FILES */ .rI;
const command = {
    name: 'suggest',
    summary: 'print a plan.yaml that passes the check, for a target version',
    description: [
        "Writes a plan.yaml that takes the inventory's clusters to the target version and passes the",
        'check: the Kubernetes steps each upgrade path needs, each hop of the shortest supported route,',
        'the DR standby before the primary, the global tier before the workloads.',
    ].join('\n'),
    options: {
        inventory: _inventory_options_js__WEBPACK_IMPORTED_MODULE_0__/* .INVENTORY */ .dh,
        target: {
            type: 'string',
            value: 'VERSION',
            required: true,
            description: 'the Distribution Version the global tier should reach, e.g. 4.3.0',
        },
        out: (0,_output_js__WEBPACK_IMPORTED_MODULE_1__/* .outOption */ .u)('the plan', 'plan.yaml'),
        apps,
        clusters,
        catalog,
    },
    exitCodes: {
        0: 'the plan was printed (or written to --out)',
        1: 'no supported route to the target from where the clusters are (the message says why)',
        2: 'usage error: an unknown option, no --target, a release the catalog does not know',
        3: 'internal error: a bug (--debug prints its stack)',
    },
    examples: ['acp-upgrade-check suggest --inventory acp --target 4.3.0 --out acp/plan.yaml'],
    run,
};
async function run(options, io) {
    const target = (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(options, 'target');
    const location = (0,_inventory_options_js__WEBPACK_IMPORTED_MODULE_0__/* .inventoryLocation */ .GK)(options, io.cwd, ['apps', 'clusters']);
    const [{ inventoryPaths, readInventory }, { analyze, verifiedSuggestionFor }, versions] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(831), __webpack_require__.e(839)]).then(__webpack_require__.bind(__webpack_require__, 839)),
        Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(125), __webpack_require__.e(857), __webpack_require__.e(831), __webpack_require__.e(586)]).then(__webpack_require__.bind(__webpack_require__, 586)),
        Promise.all(/* import() */[__webpack_require__.e(125), __webpack_require__.e(253)]).then(__webpack_require__.bind(__webpack_require__, 253)),
    ]);
    const analysis = analyze(readInventory(inventoryPaths(location.inventory, location.overrides)));
    checkKnownTarget(analysis, target, versions);
    const result = verifiedSuggestionFor(analysis, target);
    if ('error' in result) {
        io.stderr(`acp-upgrade-check: ${result.error}\n`);
        return 1;
    }
    (0,_output_js__WEBPACK_IMPORTED_MODULE_1__/* .emit */ .I)(result.plan, (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(options, 'out'), io);
    return 0;
}
/** `suggest` to a release the catalog lacks is a usage error that lists the releases it knows. */
function checkKnownTarget(analysis, target, { compareVersions, parseVersion }) {
    const version = parseVersion(target);
    if (!version)
        throw new _command_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--target "${target}" is not a version (e.g. 4.3.0)`);
    if (analysis.catalog.release(version))
        return;
    const known = [...analysis.catalog.edges.values()]
        .map((edge) => edge.to)
        .sort(compareVersions)
        .map((v) => `${v.major}.${v.minor}`)
        .filter((minor, i, all) => all.indexOf(minor) === i);
    throw new _command_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--target ${version.text}: the release catalog does not know ${version.major}.${version.minor}; it knows upgrades to ${known.join(', ')} (describe a newer release in catalog.yaml)`);
}


/***/ })

};

//# sourceMappingURL=472.cli.js.map