export const id = 253;
export const ids = [253];
export const modules = {

/***/ 253:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compareAppVersions: () => (/* binding */ compareAppVersions),
/* harmony export */   compareMinor: () => (/* binding */ compareMinor),
/* harmony export */   compareVersions: () => (/* binding */ compareVersions),
/* harmony export */   exactVersion: () => (/* binding */ exactVersion),
/* harmony export */   matchesVersion: () => (/* binding */ matchesVersion),
/* harmony export */   minorDistance: () => (/* binding */ minorDistance),
/* harmony export */   minorOf: () => (/* binding */ minorOf),
/* harmony export */   parseVersion: () => (/* binding */ parseVersion)
/* harmony export */ });
/* harmony import */ var semver_functions_coerce_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(385);
/* harmony import */ var semver_functions_coerce_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_coerce_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(469);
/* harmony import */ var semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_1__);
// ACP Distribution Versions and Kubernetes versions: `4.3`, `4.3.0`, `v1.31.6`. Rules are keyed by
// minor version; an exact patch matters only where the user or a document gives one.
// Only the two functions used: semver's index loads every range and comparator module at start.


const VERSION = /^v?(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(?:\.(0|[1-9][0-9]*))?$/;
function parseVersion(text) {
    const match = VERSION.exec(text.trim());
    if (!match)
        return null;
    const [, major, minor, patch] = match;
    return {
        major: Number(major),
        minor: Number(minor),
        patch: patch === undefined ? undefined : Number(patch),
        text: text.trim().replace(/^v/, ''),
    };
}
/**
 * SPEC §1: `4.3` means any 4.3 patch where a rule is keyed by minor, and 4.3.0 where an exact
 * version is needed: the version a step or a plan goes to.
 */
function exactVersion(version) {
    if (version.patch !== undefined)
        return version;
    return { ...version, patch: 0, text: `${version.text}.0` };
}
/** `4.3` for 4.3.0: the key of the support matrix and of upgrade edges. */
function minorOf(version) {
    return `${version.major}.${version.minor}`;
}
function compareMinor(a, b) {
    return a.major - b.major || a.minor - b.minor;
}
/** Orders versions; a version without a patch equals every patch of its minor. */
function compareVersions(a, b) {
    const byMinor = compareMinor(a, b);
    if (byMinor !== 0 || a.patch === undefined || b.patch === undefined)
        return byMinor;
    return a.patch - b.patch;
}
/** True when `version` is `wanted`, or a patch of it when `wanted` names only a minor. */
function matchesVersion(version, wanted) {
    if (compareMinor(version, wanted) !== 0)
        return false;
    return (wanted.patch === undefined || version.patch === undefined || version.patch === wanted.patch);
}
/** Number of Kubernetes minors between two versions (same major assumed, as for all of 1.x). */
function minorDistance(from, to) {
    return (to.major - from.major) * 1000 + (to.minor - from.minor);
}
/**
 * Application versions from `violet list` and packages.yaml ("v4.2.5", "2.3.0"): compared as
 * semver; null when either side is not a version semver can read, so nothing is guessed.
 */
function compareAppVersions(a, b) {
    const left = coerced(a);
    const right = coerced(b);
    if (!left || !right)
        return null;
    return semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_1___default()(left, right);
}
/**
 * semver's reading of an application version, once per text: a fleet's apps.yaml repeats a few
 * versions on tens of thousands of installations. Bounded, so that no input grows it forever.
 */
const COERCED = new Map();
function coerced(text) {
    let version = COERCED.get(text);
    if (version === undefined) {
        if (COERCED.size >= 10_000)
            COERCED.clear();
        version = semver_functions_coerce_js__WEBPACK_IMPORTED_MODULE_0___default()(text, { includePrerelease: true });
        COERCED.set(text, version);
    }
    return version;
}


/***/ })

};

//# sourceMappingURL=253.cli.js.map