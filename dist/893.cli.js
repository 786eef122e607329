export const id = 893;
export const ids = [893];
export const modules = {

/***/ 848:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hw: () => (/* binding */ UNSAFE_CHARACTER),
/* harmony export */   Pk: () => (/* binding */ UNSAFE),
/* harmony export */   gp: () => (/* binding */ TAGS)
/* harmony export */ });
/* unused harmony export INVISIBLE */
// Characters no inventory value may carry into a command, a comment or a terminal: they would
// split a line, or make it read as something else than what runs.
/**
 * DEL and C1 controls, and the invisible format characters of the Basic Multilingual Plane: the
 * soft hyphen, the Arabic letter mark, the Mongolian vowel separator, zero-width spaces and
 * joiners, left-to-right/right-to-left marks, line and paragraph separators, bidirectional
 * embeddings, overrides and isolates, the word joiner and invisible operators, the deprecated
 * format characters, the byte order mark and interlinear annotations. A regular expression
 * character-class body; C0 controls are added by each user (a terminal keeps \n).
 */
const INVISIBLE = '\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u2064' +
    '\\u2066-\\u206f\\ufeff\\ufff9-\\ufffb';
/**
 * The tag characters (U+E0000-U+E007F, invisible), as the UTF-16 surrogate pairs they are: a
 * pattern without the `u` flag, so that it also works in the JSON Schemas for editors.
 */
const TAGS = '\\udb40[\\udc00-\\udc7f]';
/** C0 controls plus INVISIBLE: a character class body (TAGS is matched beside it). */
const UNSAFE = `\\u0000-\\u001f${INVISIBLE}`;
/** Any one character a one-line value must never contain, as a pattern. */
const UNSAFE_CHARACTER = `[${UNSAFE}]|${TAGS}`;


/***/ }),

/***/ 166:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   dz: () => (/* binding */ findingAt),
/* harmony export */   gk: () => (/* binding */ finding),
/* harmony export */   jZ: () => (/* binding */ capFindings),
/* harmony export */   n6: () => (/* binding */ compareText),
/* harmony export */   qs: () => (/* binding */ severityRank),
/* harmony export */   uF: () => (/* binding */ isWaivable),
/* harmony export */   y0: () => (/* binding */ RULES)
/* harmony export */ });
/* unused harmony export MAX_FINDINGS_PER_RULE_AND_FILE */
/** Every rule id the engine reports (SPEC §3, plus the waiver notices). Ids are stable. */
const RULES = {
    'input/yaml-syntax': { severity: 'error', title: 'A file is not valid YAML', waivable: false },
    'input/schema': {
        severity: 'error',
        title: 'A value has the wrong type or an unknown key',
        waivable: false,
    },
    'input/missing-file': {
        severity: 'error',
        title: 'A required inventory file is absent',
        waivable: false,
    },
    'input/unknown-cluster': {
        severity: 'error',
        title: 'A cluster name that clusters.yaml lacks',
        waivable: false,
    },
    'input/unknown-version': {
        severity: 'error',
        title: 'A version the release catalog does not know',
        waivable: false,
    },
    'input/duplicate': {
        severity: 'error',
        title: 'A cluster, package or key listed twice',
        waivable: false,
    },
    'path/unsupported': {
        severity: 'error',
        title: 'A step takes an unsupported upgrade path',
        waivable: false,
    },
    'path/kubernetes-prerequisite': {
        severity: 'error',
        title: "A cluster's Kubernetes is below the upgrade path's minimum",
    },
    'path/source-patch': {
        severity: 'error',
        title: 'A cluster is on a patch the upgrade path does not start from',
        waivable: false,
    },
    'path/edge-prerequisite': {
        severity: 'error',
        title: "An upgrade path's prerequisites beyond Kubernetes",
    },
    'path/no-op-step': { severity: 'warning', title: 'A step changes nothing for a cluster' },
    'path/downgrade': { severity: 'error', title: 'A step lowers a version', waivable: false },
    'path/target-not-reached': {
        severity: 'error',
        title: 'The global tier does not reach the target',
        waivable: false,
    },
    'order/global-first': {
        severity: 'error',
        title: 'A workload cluster moves before the global tier',
        waivable: false,
    },
    'order/workload-target': {
        severity: 'error',
        title: "A workload goes to another version than the global's current one",
        waivable: false,
    },
    'order/dr-standby-first': {
        severity: 'error',
        title: 'The primary global moves before the DR standby',
        waivable: false,
    },
    'order/workload-kubernetes': {
        severity: 'error',
        title: "A workload's Kubernetes is outside the release the global moves to",
    },
    'order/workload-left-behind': {
        severity: 'notice',
        title: 'A workload stays on an older release (allowed inside the matrix)',
    },
    'order/kubernetes-step': {
        severity: 'error',
        title: "A Kubernetes-only step leaves the release's Compatible Versions",
    },
    'order/kubernetes-with-core': {
        severity: 'warning',
        title: "A cluster reaches a release without that release's Kubernetes",
    },
    'order/immutable-multi-minor': {
        severity: 'warning',
        title: 'An immutable-infrastructure cluster jumps more than one Kubernetes minor',
    },
    'state/workload-ahead': {
        severity: 'error',
        title: 'A workload starts on a newer version than the global tier',
        waivable: false,
    },
    'state/dr-standby-behind': {
        severity: 'error',
        title: 'The DR standby starts behind the primary',
        waivable: false,
    },
    'state/kubernetes-unsupported': {
        severity: 'error',
        title: "A cluster starts on a Kubernetes its release's matrix does not support",
        waivable: false,
    },
    'packages/core-missing': { severity: 'error', title: 'No Core package for a version' },
    'packages/missing': { severity: 'error', title: 'An installed application has no package' },
    'packages/incompatible': { severity: 'error', title: 'A package excludes the target release' },
    'packages/older-than-installed': {
        severity: 'error',
        title: 'A package is older than what a cluster runs',
    },
    'packages/topolvm-prestage': {
        severity: 'error',
        title: 'TopoLVM must be pushed before this upgrade',
    },
    'packages/log-essentials': {
        severity: 'error',
        title: 'Log Essentials must be uploaded before this upgrade',
    },
    'packages/type-mismatch': {
        severity: 'error',
        title: 'packages.yaml gives an application another type than apps.yaml',
    },
    'packages/not-an-upgrade': {
        severity: 'error',
        title: 'A package is the version already installed',
    },
    'packages/not-installed': {
        severity: 'notice',
        title: 'A package for an application installed nowhere',
    },
    'packages/mysql-pxc': {
        severity: 'warning',
        title: 'PXC instances become unmanaged after the MySQL operator upgrade',
    },
    'platform/minio-space': { severity: 'error', title: 'Too little free space in /cpaas/minio' },
    'platform/post-upgrade': { severity: 'notice', title: 'A task to do after the upgrade' },
    'platform/node-readiness': {
        severity: 'error',
        title: 'A node is not ready for the Kubernetes of the release',
    },
    'catalog/override': {
        severity: 'warning',
        title: 'catalog.yaml replaces a built-in release, upgrade path or package rule',
        waivable: false,
    },
    'drift/app-added': {
        severity: 'error',
        title: 'An application runs that apps.yaml lacks',
        waivable: false,
    },
    'drift/app-removed': {
        severity: 'error',
        title: 'An application in apps.yaml no longer runs',
        waivable: false,
    },
    'drift/version-changed': {
        severity: 'error',
        title: 'An application runs another version than apps.yaml says',
        waivable: false,
    },
    'drift/type-changed': {
        severity: 'error',
        title: 'An application has another type than apps.yaml says',
        waivable: false,
    },
    'drift/cluster-added': {
        severity: 'error',
        title: 'A cluster runs that clusters.yaml lacks',
        waivable: false,
    },
    'drift/cluster-removed': {
        severity: 'error',
        title: 'A cluster in apps.yaml is gone from the platform',
        waivable: false,
    },
    'waiver/not-waivable': {
        severity: 'error',
        title: 'A waiver names a rule that cannot be waived',
        waivable: false,
    },
    'waiver/expired': {
        severity: 'notice',
        title: 'A waiver passed its expiry date',
        waivable: false,
    },
    'waiver/unmatched': { severity: 'notice', title: 'A waiver matches no finding', waivable: false },
};
function isWaivable(rule) {
    return RULES[rule].waivable !== false;
}
/** A finding at an offset of a parsed file. */
function finding(rule, message, file, offset, details = {}) {
    const { line, column } = file.position(offset);
    return findingAt(rule, message, file.path, line, column, details);
}
/** A finding at a known line and column (1-based). */
function findingAt(rule, message, path, line, column, details = {}) {
    const { severity = RULES[rule].severity, ...rest } = details;
    return { rule, severity, message, file: path, line, column, ...rest };
}
/**
 * Most findings of one rule listed for one file. A hostile file can hold hundreds of thousands of
 * the same mistake (600,000 repeated keys fit in 6 MB); past this many, one finding says how many
 * more there are, and the report, the comment and the annotations stay small.
 */
const MAX_FINDINGS_PER_RULE_AND_FILE = 100;
/** Keeps the first findings of each rule in each file, and says how many more there are. */
function capFindings(findings) {
    const counts = new Map();
    const kept = [];
    const firstOmitted = new Map();
    for (const f of findings) {
        const key = `${f.file}\u0000${f.rule}`;
        const count = (counts.get(key) ?? 0) + 1;
        counts.set(key, count);
        if (count <= MAX_FINDINGS_PER_RULE_AND_FILE)
            kept.push(f);
        else if (count === MAX_FINDINGS_PER_RULE_AND_FILE + 1)
            firstOmitted.set(key, f);
    }
    for (const [key, f] of firstOmitted) {
        const more = counts.get(key) - MAX_FINDINGS_PER_RULE_AND_FILE;
        kept.push({
            rule: f.rule,
            severity: f.severity,
            message: `and ${more.toLocaleString('en-US')} more ${f.rule} findings in ${f.file}, from this line on (only the first ${MAX_FINDINGS_PER_RULE_AND_FILE} are listed); fix these and check again`,
            file: f.file,
            line: f.line,
            column: f.column,
        });
    }
    return kept;
}
const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
function severityRank(severity) {
    return SEVERITY_RANK[severity];
}
/** Deterministic order: by file, line, column, rule, then message. */
function compareFindings(a, b) {
    return (compareText(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        compareText(a.rule, b.rule) ||
        compareText(a.message, b.message));
}
/** Locale-independent string order, so reports are byte-identical everywhere. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 594:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F5: () => (/* binding */ downloadReport),
/* harmony export */   Kw: () => (/* binding */ applyWaivers),
/* harmony export */   Np: () => (/* binding */ bySeverity),
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   Vj: () => (/* binding */ verdictOf),
/* harmony export */   eh: () => (/* binding */ summarize)
/* harmony export */ });
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(166);

/**
 * Waivers (SPEC §1): accept matching findings of waivable rules; a waiver of a rule that cannot
 * be waived is an error and applies to nothing; expired or unmatched waivers become notices.
 */
function applyWaivers(findings, waivers, today) {
    const notices = [];
    const listed = [];
    for (const waiver of waivers) {
        const where = waiver.at;
        const label = `the waiver for ${waiver.rule}${waiver.cluster ? ` on ${waiver.cluster}` : ''}${waiver.package ? ` for ${waiver.package}` : ''}`;
        const { line, column } = where.file.position(where.offset);
        const entry = {
            rule: waiver.rule,
            ...(waiver.cluster !== undefined && { cluster: waiver.cluster }),
            ...(waiver.package !== undefined && { package: waiver.package }),
            reason: waiver.reason,
            owner: waiver.owner,
            expires: waiver.expires,
            status: 'applied',
            matched: 0,
            file: where.file.path,
            line,
            column,
        };
        listed.push(entry);
        if (!(0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .isWaivable */ .uF)(waiver.rule)) {
            entry.status = 'not-waivable';
            notices.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('waiver/not-waivable', `${label} does not apply: ${waiver.rule} cannot be waived (it describes ${notWaivableWhy(waiver.rule)}); fix the plan or the inventory instead, and remove the waiver`, where.file, where.offset));
            continue;
        }
        if (waiver.expires < today) {
            entry.status = 'expired';
            notices.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('waiver/expired', `${label} expired on ${waiver.expires} and no longer applies; renew it with a new date or fix the finding`, where.file, where.offset));
            continue;
        }
        for (const f of findings) {
            if (f.rule !== waiver.rule)
                continue;
            if (waiver.cluster !== undefined && f.cluster !== waiver.cluster)
                continue;
            if (waiver.package !== undefined && f.package !== waiver.package)
                continue;
            f.waived = true;
            f.waiver = { reason: waiver.reason, owner: waiver.owner, expires: waiver.expires };
            entry.matched++;
        }
        if (entry.matched === 0) {
            entry.status = 'unmatched';
            notices.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('waiver/unmatched', `${label} matches no finding; remove it (the risk it accepted is gone)`, where.file, where.offset));
        }
    }
    return { findings: [...findings, ...notices], waivers: listed };
}
function notWaivableWhy(rule) {
    if (rule.startsWith('input/'))
        return 'a problem in the inventory files themselves';
    if (rule.startsWith('state/'))
        return 'a starting state no upgrade procedure leads to';
    if (rule.startsWith('drift/'))
        return 'a difference between the inventory and the platform';
    if (rule.startsWith('waiver/'))
        return 'the waivers themselves';
    if (rule === 'catalog/override')
        return 'a change to the facts the plan is judged by, which the workflow decides (catalog-overrides)';
    return 'something ACP cannot do';
}
function summarize(findings) {
    const summary = { errors: 0, warnings: 0, notices: 0, waived: 0 };
    for (const f of findings) {
        if (f.waived)
            summary.waived++;
        else if (f.severity === 'error')
            summary.errors++;
        else if (f.severity === 'warning')
            summary.warnings++;
        else
            summary.notices++;
    }
    return summary;
}
function verdictOf(summary, failOn) {
    if (failOn === 'never')
        return 'pass';
    if (summary.errors > 0)
        return 'fail';
    return failOn === 'warning' && summary.warnings > 0 ? 'fail' : 'pass';
}
/** Findings in report order; the same input gives the same bytes. */
function sortFindings(findings) {
    return [...findings].sort(_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .compareFindings */ .Eg);
}
/** Errors first, then warnings, then notices; within each, report order. For renderers. */
function bySeverity(findings) {
    return [...findings].sort((a, b) => Number(a.waived ?? false) - Number(b.waived ?? false) ||
        (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(a.severity) - (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(b.severity) ||
        (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .compareFindings */ .Eg)(a, b));
}
function downloadReport(download) {
    if (download.kind === 'core') {
        const out = {
            kind: 'core',
            hop: download.hop.version.text,
            version: download.version,
            status: download.status,
        };
        if (download.file !== undefined)
            out.file = download.file;
        return out;
    }
    return {
        kind: 'package',
        hop: download.hop.version.text,
        ...(download.name !== undefined && { name: download.name }),
        ...(download.displayName !== undefined && { displayName: download.displayName }),
        ...(download.type !== undefined && { type: download.type }),
        ...(download.lifecycle !== undefined && { lifecycle: download.lifecycle }),
        ...(download.version !== undefined && { version: download.version }),
        clusters: download.clusters,
        installedVersions: download.installedVersions,
        status: download.status,
        reasons: download.reasons,
        ...(download.file !== undefined && { file: download.file }),
    };
}


/***/ }),

/***/ 280:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bz: () => (/* binding */ runbookSections),
/* harmony export */   SF: () => (/* binding */ sectionHeading),
/* harmony export */   mF: () => (/* binding */ downloadsByHop)
/* harmony export */ });
/* unused harmony export HEADING_CLUSTERS */
/** Clusters named in a heading; a step of hundreds of clusters says how many more. */
const HEADING_CLUSTERS = 6;
/** Consecutive commands of the same window and phase, in run order. */
function runbookSections(report) {
    const sections = [];
    for (const command of report.commands) {
        const last = sections[sections.length - 1];
        const kind = kindOf(command);
        if (last &&
            last.window === command.window &&
            last.kind === kind &&
            last.hop === hopOf(command, kind)) {
            last.commands.push(command);
            continue;
        }
        sections.push(section(report, command, kind));
    }
    return sections;
}
function kindOf(command) {
    if (command.phase === 'after')
        return 'after';
    if (command.phase === 'prepare')
        return command.window === 0 ? 'before-any' : 'prepare';
    return 'window';
}
function hopOf(command, kind) {
    return kind === 'prepare' ? command.hop : undefined;
}
function section(report, command, kind) {
    const out = { kind, window: command.window, commands: [command] };
    const hop = hopOf(command, kind);
    if (hop !== undefined)
        out.hop = hop;
    if (kind === 'window') {
        const entries = report.timeline.filter((t) => t.step === command.window);
        out.clusters = entries.map((t) => t.cluster);
        const first = entries[0];
        if (first) {
            out.to =
                first.from.version === first.to.version
                    ? { kubernetes: first.to.kubernetes }
                    : { version: first.to.version };
        }
    }
    return out;
}
/**
 * A section's heading ("Before any window", "Window 3: global -> 4.3.0"); `show` writes each value
 * from the inventory the way the renderer escapes it (a code span, or one safe line).
 */
function sectionHeading(section, show) {
    switch (section.kind) {
        case 'before-any':
            return 'Before any window';
        case 'prepare':
            return `Before window ${section.window}: prepare ${section.hop !== undefined ? show(section.hop) : 'the upgrade'}`;
        case 'after':
            return 'After the last window';
        case 'window': {
            const names = section.clusters ?? [];
            const shown = names.slice(0, HEADING_CLUSTERS).map(show).join(', ');
            const more = names.length > HEADING_CLUSTERS ? ` and ${names.length - HEADING_CLUSTERS} more` : '';
            const to = section.to;
            const where = to === undefined
                ? ''
                : 'version' in to
                    ? ` -> ${show(to.version)}`
                    : `, Kubernetes -> ${show(to.kubernetes)}`;
            return `Window ${section.window}: ${shown}${more}${where}`;
        }
    }
}
/** Downloads per hop, in report order. */
function downloadsByHop(downloads) {
    const groups = [];
    for (const d of downloads) {
        const hop = d.hop;
        const last = groups[groups.length - 1];
        if (last && last.hop === hop)
            last.downloads.push(d);
        else
            groups.push({ hop, downloads: [d] });
    }
    return groups;
}


/***/ }),

/***/ 893:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderText: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var _engine_report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(594);
/* harmony import */ var _engine_characters_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(848);
/* harmony import */ var _runbook_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(280);



const UNSAFE = new RegExp(_engine_characters_js__WEBPACK_IMPORTED_MODULE_1__/* .UNSAFE_CHARACTER */ .Hw, 'g');
/**
 * One value of the report, safe to print on one line: line breaks, terminal escapes and the
 * invisible characters are shown as escapes (`\n`, `\u{1b}`), so that a value from a file can
 * neither start a line of its own (a `::error` workflow command at column 0, say) nor show a
 * command in another order than the one it runs in. Every value goes through here; the report's
 * own layout adds the line breaks.
 */
function safe(text) {
    return text.replace(UNSAFE, (c) => {
        if (c === '\n')
            return '\\n';
        if (c === '\r')
            return '\\r';
        if (c === '\t')
            return '\\t';
        return `\\u{${c.codePointAt(0).toString(16)}}`;
    });
}
function renderText(report) {
    const out = [];
    const { summary } = report;
    const counts = [
        plural(summary.errors, 'error'),
        plural(summary.warnings, 'warning'),
        plural(summary.notices, 'notice'),
        ...(summary.waived ? [`${summary.waived} waived`] : []),
    ].join(', ');
    const title = report.mode === 'drift' ? 'drift check' : 'upgrade check';
    out.push(`acp-upgrade-check ${title}: ${report.verdict.toUpperCase()} (${counts})${report.target ? `, target ${safe(report.target)}` : ''}, inventory ${safe(report.inventory)}`);
    const { overrides, added } = report.catalog;
    if (overrides.length > 0 || added.length > 0) {
        out.push('', 'Catalog changes (catalog.yaml; the plan is judged by these)');
        for (const o of overrides) {
            out.push(`  replaces ${safe(o.entry)}  ${safe(o.file)}:${o.line}:${o.column}`, `          built-in: ${safe(o.builtin)}`, `          now:      ${safe(o.user)}`);
        }
        for (const a of added)
            out.push(`  adds ${safe(a)}`);
    }
    if (report.waivers.length > 0) {
        out.push('', 'Waivers');
        for (const w of report.waivers) {
            const scope = [
                ...(w.cluster !== undefined ? [`cluster ${safe(w.cluster)}`] : []),
                ...(w.package !== undefined ? [`package ${safe(w.package)}`] : []),
            ];
            out.push(`  ${safe(w.rule)}${scope.length ? ` (${scope.join(', ')})` : ''}: ${w.status}${w.status === 'applied' ? ` to ${w.matched}` : ''}, owner ${safe(w.owner)}, expires ${safe(w.expires)}`, `          ${safe(w.reason)}`);
        }
    }
    if (report.findings.length > 0) {
        out.push('', 'Findings');
        for (const f of (0,_engine_report_js__WEBPACK_IMPORTED_MODULE_0__/* .bySeverity */ .Np)(report.findings)) {
            const level = f.waived ? 'waived' : f.severity;
            out.push(`  ${level.padEnd(7)} ${safe(f.rule)}  ${safe(f.file)}:${f.line}:${f.column}`);
            out.push(`          ${safe(f.message)}`);
            if (f.waiver)
                out.push(`          waived: ${safe(f.waiver.reason)}${f.waiver.owner ? ` (${safe(f.waiver.owner)})` : ''}`);
        }
    }
    if (report.timeline.length > 0) {
        out.push('', 'Plan');
        for (const t of report.timeline) {
            const move = t.from.version === t.to.version
                ? `Kubernetes ${safe(t.from.kubernetes)} -> ${safe(t.to.kubernetes)}`
                : `${safe(t.from.version)} -> ${safe(t.to.version)} (Kubernetes ${safe(t.from.kubernetes)} -> ${safe(t.to.kubernetes)})`;
            out.push(`  step ${String(t.step).padEnd(3)} ${safe(t.cluster)} (${safe(t.role)}): ${move}`);
        }
    }
    out.push(...downloadLines(report), ...commandLines(report));
    if (report.suggestedPlan) {
        out.push('', 'Suggested plan.yaml (passes the check):');
        out.push(...report.suggestedPlan
            .trimEnd()
            .split('\n')
            .map((line) => `  ${safe(line)}`));
    }
    return `${out.join('\n')}\n`;
}
function downloadLines(report) {
    if (report.downloads.length === 0)
        return [];
    const out = ['', 'Downloads'];
    const groups = (0,_runbook_js__WEBPACK_IMPORTED_MODULE_2__/* .downloadsByHop */ .mF)(report.downloads);
    for (const group of groups) {
        if (groups.length > 1)
            out.push(`  for the upgrade to ${safe(group.hop)}:`);
        for (const d of group.downloads) {
            const box = d.status === 'present' ? '[x]' : '[ ]';
            const what = d.kind === 'core'
                ? `Core ${safe(d.version)}`
                : `${safe(d.name ?? d.displayName ?? 'package')}${d.version !== undefined ? ` ${safe(d.version)}` : ''} (${safe(d.type ?? 'package')})`;
            const status = d.status === 'present' ? safe(d.file ?? '') : d.status.toUpperCase();
            const why = d.kind === 'package' && d.reasons.some((r) => r !== 'installed')
                ? `  [${d.reasons.join(', ')}]`
                : '';
            out.push(`  ${box} ${what}  ${status}${why}`);
        }
    }
    return out;
}
/**
 * The runbook, one window at a time. Headings are comment lines, so that the whole section can be
 * pasted into bash as it is; every value in them goes through safe() on its own.
 */
function commandLines(report) {
    if (report.commands.length === 0)
        return [];
    const out = ['', 'Commands (in order)'];
    const block = (list) => list.flatMap((c) => c.shell === '' ? [`  # ${safe(c.note)}`] : [`  # ${safe(c.note)}`, `  ${safe(c.shell)}`]);
    const sections = (0,_runbook_js__WEBPACK_IMPORTED_MODULE_2__/* .runbookSections */ .Bz)(report);
    for (const section of sections)
        out.push(`  # ==== ${(0,_runbook_js__WEBPACK_IMPORTED_MODULE_2__/* .sectionHeading */ .SF)(section, safe)} ====`, ...block(section.commands));
    return out;
}
function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}


/***/ })

};

//# sourceMappingURL=893.cli.js.map