export const id = 839;
export const ids = [839];
export const modules = {

/***/ 839:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   INVENTORY_FILES: () => (/* binding */ INVENTORY_FILES),
/* harmony export */   inventoryPaths: () => (/* binding */ inventoryPaths),
/* harmony export */   readInventory: () => (/* binding */ readInventory),
/* harmony export */   readInventoryFile: () => (/* binding */ readInventoryFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _engine_yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(831);
// Reads an inventory from disk for the engine, for both adapters (the CLI and the action): bytes,
// not text (the engine reports non-UTF-8), and never a file over the size limit (its size is
// reported instead).



const INVENTORY_FILES = ['apps', 'clusters', 'plan', 'packages', 'catalog'];
/** Each file's path: `<inventory>/<name>.yaml` unless overridden. */
function inventoryPaths(inventory, overrides = {}) {
    const paths = {};
    for (const name of INVENTORY_FILES) {
        paths[name] = overrides[name] || node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(inventory.replace(/\\/g, '/'), `${name}.yaml`);
    }
    return paths;
}
function readInventory(paths, options = {}) {
    return {
        apps: readInventoryFile(paths.apps, options),
        clusters: readInventoryFile(paths.clusters, options),
        plan: readInventoryFile(paths.plan, options),
        packages: readInventoryFile(paths.packages, options),
        catalog: readInventoryFile(paths.catalog, options),
    };
}
function readInventoryFile(path, options = {}) {
    let fd;
    try {
        // Non-blocking, so that a named pipe in the inventory cannot hold the run forever.
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    }
    catch {
        return { path, missing: true };
    }
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!stat.isFile()) {
            return stat.isDirectory()
                ? { path, missing: true }
                : { path, refused: 'it is not a regular file (a pipe or a device?)' };
        }
        if (options.within !== undefined && !isInside((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path), options.within)) {
            return { path, refused: 'it is a link to a file outside the repository' };
        }
        if (stat.size > _engine_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_FILE_BYTES */ .gZ)
            return { path, size: stat.size };
        const bytes = new Uint8Array(stat.size);
        let offset = 0;
        while (offset < bytes.length) {
            const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, bytes, offset, bytes.length - offset, offset);
            if (read === 0)
                break;
            offset += read;
        }
        return { path, bytes: bytes.subarray(0, offset) };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function isInside(file, folder) {
    let root;
    try {
        root = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(folder));
    }
    catch {
        return false;
    }
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, file);
    return rel === '' || (!rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}


/***/ })

};

//# sourceMappingURL=839.cli.js.map