export const id = 357;
export const ids = [357];
export const modules = {

/***/ 357:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDrift: () => (/* binding */ runDrift)
/* harmony export */ });
/* unused harmony export compareApps */
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(586);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(166);
/* harmony import */ var _inventory_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(543);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(594);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(831);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(311);
// Drift mode: does the committed apps.yaml still describe the platform? Compares it with a fresh
// `violet list` export and reports drift/* findings (SPEC §3).






function runDrift(files, live, options) {
    // The plan does not matter for drift: only apps.yaml and clusters.yaml are compared.
    const analysis = (0,_check_js__WEBPACK_IMPORTED_MODULE_0__.analyze)({
        apps: files.apps,
        clusters: files.clusters,
        ...(files.catalog && { catalog: files.catalog }),
    }, options.catalogOverrides);
    const findings = [...analysis.findings];
    const liveApps = loadLive(live, findings);
    if (analysis.apps && analysis.clusters && liveApps) {
        findings.push(...compareApps(analysis.apps, liveApps, analysis.clusters));
    }
    const all = (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .sortFindings */ .Tc)((0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .capFindings */ .jZ)(findings));
    const summary = (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .summarize */ .eh)(all);
    const failOn = options.failOn ?? 'error';
    return {
        schemaVersion: 1,
        tool: { ..._version_js__WEBPACK_IMPORTED_MODULE_5__/* .TOOL */ .js },
        mode: 'drift',
        inventory: options.inventory,
        verdict: (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .verdictOf */ .Vj)(summary, failOn),
        failOn,
        target: null,
        catalog: (0,_check_js__WEBPACK_IMPORTED_MODULE_0__.catalogReport)(analysis),
        summary,
        findings: all,
        waivers: [],
        timeline: [],
        downloads: [],
        commands: [],
        drift: all.some((f) => f.rule.startsWith('drift/')),
    };
}
function loadLive(live, findings) {
    const text = (0,_check_js__WEBPACK_IMPORTED_MODULE_0__.readText)(live, true, findings);
    if (text === undefined)
        return undefined;
    const { parsed, findings: problems } = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_4__/* .parseYaml */ .hN)(live.path, text);
    findings.push(...problems);
    if (!parsed)
        return undefined;
    const loaded = (0,_inventory_load_js__WEBPACK_IMPORTED_MODULE_2__/* .loadApps */ .hc)(parsed, undefined);
    findings.push(...loaded.findings);
    return loaded.value;
}
/** Installations keyed by application and cluster. */
function index(apps) {
    const map = new Map();
    for (const app of apps.list) {
        for (const item of app.installed)
            map.set(`${app.name}\u0000${item.cluster}`, { app: app.name, item });
    }
    return map;
}
function compareApps(committed, live, clusters) {
    const findings = [];
    const before = index(committed);
    const after = index(live);
    const liveClusters = new Set([...after.values()].map((v) => v.item.cluster));
    const committedClusters = new Set([...before.values()].map((v) => v.item.cluster));
    const addedClusters = new Set();
    const removedClusters = new Set();
    for (const { item } of after.values()) {
        if (clusters.byName.has(item.cluster) || addedClusters.has(item.cluster))
            continue;
        addedClusters.add(item.cluster);
        findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('drift/cluster-added', `the platform has a cluster "${item.cluster}" that clusters.yaml lacks; add it with its versions`, item.at.file, item.at.offset, { cluster: item.cluster }));
    }
    for (const { item } of before.values()) {
        if (liveClusters.has(item.cluster) || removedClusters.has(item.cluster))
            continue;
        removedClusters.add(item.cluster);
        findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('drift/cluster-removed', `"${item.cluster}" no longer appears in the live export; remove it from apps.yaml and clusters.yaml if it is gone`, item.at.file, item.at.offset, { cluster: item.cluster }));
    }
    for (const [key, { app, item }] of after) {
        if (addedClusters.has(item.cluster))
            continue;
        const was = before.get(key);
        if (!was) {
            findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('drift/app-added', `${app} ${item.version} now runs on ${item.cluster}, but apps.yaml does not say so; export apps.yaml again with violet list`, item.at.file, item.at.offset, { cluster: item.cluster, package: app }));
        }
        else if (versionText(was.item.version) !== versionText(item.version)) {
            findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('drift/version-changed', `${app} on ${item.cluster} is ${item.version} on the platform, but apps.yaml says ${was.item.version}; export apps.yaml again with violet list`, was.item.at.file, was.item.at.offset, { cluster: item.cluster, package: app }));
        }
    }
    for (const [key, { app, item }] of before) {
        if (removedClusters.has(item.cluster) || after.has(key) || !committedClusters.has(item.cluster))
            continue;
        findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('drift/app-removed', `${app} no longer runs on ${item.cluster}; export apps.yaml again with violet list`, item.at.file, item.at.offset, { cluster: item.cluster, package: app }));
    }
    for (const app of live.list) {
        const before = committed.byName.get(app.name);
        if (!before || before.type === app.type)
            continue;
        findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('drift/type-changed', `${app.name} is a ${app.type} on the platform, but apps.yaml says ${before.type}; its push command changes with its type (operators go to each cluster that runs them): export apps.yaml again with violet list`, before.at.file, before.at.offset, { package: app.name }));
    }
    return findings.sort((a, b) => (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(a.rule, b.rule));
}
/** `v2.3.0` and `2.3.0` are one version: violet writes both. */
function versionText(version) {
    return version.replace(/^[vV](?=\d)/, '');
}


/***/ })

};

//# sourceMappingURL=357.cli.js.map