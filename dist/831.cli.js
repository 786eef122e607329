export const id = 831;
export const ids = [831];
export const modules = {

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

/***/ 831:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BA: () => (/* binding */ toValue),
/* harmony export */   Rg: () => (/* binding */ resolvePlain),
/* harmony export */   gZ: () => (/* binding */ MAX_FILE_BYTES),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   oB: () => (/* binding */ nodeAt),
/* harmony export */   pb: () => (/* binding */ tooLargeMessage)
/* harmony export */ });
/* unused harmony exports MAX_EXPANDED_NODES, MAX_VALUE_MARKS, MAX_DEPTH, SourceFile, countValueMarks */
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(243);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(166);
// Parses one YAML file into a small tree that remembers where every node came from, so that
// each finding can name a file, line and column, and so that a version written `1.30` stays
// "1.30" (the scalar's source text) even though YAML would read the number 1.3.


/** Source text larger than this is refused before parsing (a file of thousands of clusters is ~10 MB). */
const MAX_FILE_BYTES = 32 * 1024 * 1024;
/**
 * Most values a file may hold, each counted once however many aliases repeat it (stops "billion
 * laughs" documents). The apps.yaml of 4,000 clusters with 120,000 installations holds 0.6 million.
 */
const MAX_EXPANDED_NODES = 2_000_000;
/**
 * Most places a file may start a value before it is parsed at all (`- `, `: `, `,`, brackets,
 * line breaks): the parser keeps an event per value, so a dense file (`[a,a,a,...]`) would take
 * gigabytes of memory well under the size limit.
 */
const MAX_VALUE_MARKS = 2_000_000;
/** Deepest nesting accepted, aliases included; inventory files need five levels. */
const MAX_DEPTH = 64;
/** A parsed file: its display path, its text, and offset -> line/column conversion. */
class SourceFile {
    path;
    text;
    lineStarts;
    constructor(path, text) {
        this.path = path;
        this.text = text;
    }
    /** 1-based line and column of a 0-based offset. */
    position(offset) {
        const starts = (this.lineStarts ??= computeLineStarts(this.text));
        const clamped = Math.max(0, Math.min(offset, this.text.length));
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= clamped)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: clamped - starts[lo] + 1 };
    }
    /** The text of a 1-based line, for messages that quote it. */
    lineText(line) {
        const starts = (this.lineStarts ??= computeLineStarts(this.text));
        const start = starts[line - 1] ?? this.text.length;
        const end = starts[line] ?? this.text.length;
        return this.text.slice(start, end).replace(/\r?\n$|\r$/, '');
    }
}
/** Where lines start; YAML breaks lines at LF, CRLF and a lone CR alike. */
function computeLineStarts(text) {
    const starts = [0];
    if (!text.includes('\r')) {
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            starts.push(i + 1);
        return starts;
    }
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a)
            i++;
        if (c === 0x0a || c === 0x0d)
            starts.push(i + 1);
    }
    return starts;
}
/** Parses a file; problems come back as findings, never as exceptions. */
function parseYaml(path, text) {
    const file = new SourceFile(path, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    const syntax = (offset, message) => ({
        parsed: null,
        findings: [(0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('input/yaml-syntax', message, file, offset)],
    });
    if (text.length > MAX_FILE_BYTES) {
        return syntax(0, tooLargeMessage(path, text.length, 'split it or remove what the check does not need'));
    }
    // Every mark is a character: a text shorter than the limit cannot hold too many (no scan).
    const marks = file.text.length > MAX_VALUE_MARKS ? countValueMarks(file.text) : 0;
    if (marks > MAX_VALUE_MARKS) {
        return syntax(0, `${path} holds about ${marks.toLocaleString('en-US')} values, over the ${MAX_VALUE_MARKS.toLocaleString('en-US')} limit for an inventory file; split it or remove what the check does not need`);
    }
    let events;
    try {
        events = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseEvents */ .PH)(file.text, { filename: path, maxDepth: MAX_DEPTH });
    }
    catch (error) {
        return syntax(errorOffset(error, file), `${path} is not valid YAML: ${errorReason(error)}`);
    }
    const builder = new TreeBuilder(file, events);
    try {
        return { parsed: { file, root: builder.build() }, findings: builder.findings };
    }
    catch (error) {
        if (error instanceof TreeError)
            return syntax(error.offset, error.message);
        throw error;
    }
}
/**
 * An upper bound, up to a small factor, of the values a YAML text can hold: every value but the
 * first needs one of these before it (a line break, `,`, `[`, `{`, `*`, or `-`, `:`, `?` followed
 * by a space). For inventory files the count is close to the number of values.
 */
function countValueMarks(text) {
    let marks = 0;
    for (let i = 0; i < text.length; i++) {
        switch (text.charCodeAt(i)) {
            case 0x0a: // \n
            case 0x0d: // \r
            case 0x2c: // ,
            case 0x5b: // [
            case 0x7b: // {
            case 0x2a: // *
                marks++;
                break;
            case 0x2d: // -
            case 0x3a: // :
            case 0x3f: {
                // ?
                const next = text.charCodeAt(i + 1);
                if (Number.isNaN(next) ||
                    next === 0x20 ||
                    next === 0x09 ||
                    next === 0x0a ||
                    next === 0x0d ||
                    next === 0x2c ||
                    next === 0x5d ||
                    next === 0x7d)
                    marks++;
                break;
            }
        }
    }
    return marks;
}
/** "acp/apps.yaml is 50.0 MiB, over the 32 MiB limit for an inventory file; ..." */
function tooLargeMessage(path, bytes, advice) {
    const mib = (n) => n / (1024 * 1024);
    return `${path} is ${mib(bytes).toFixed(1)} MiB, over the ${mib(MAX_FILE_BYTES)} MiB limit for an inventory file; ${advice}`;
}
function errorReason(error) {
    if (error && typeof error === 'object' && 'reason' in error && typeof error.reason === 'string') {
        return error.reason;
    }
    return error instanceof Error ? error.message : String(error);
}
function errorOffset(error, file) {
    if (error && typeof error === 'object' && 'mark' in error) {
        const mark = error.mark;
        if (mark && typeof mark.position === 'number')
            return mark.position;
    }
    return file.text.length;
}
class TreeError extends Error {
    offset;
    constructor(offset, message) {
        super(message);
        this.offset = offset;
    }
}
class TreeBuilder {
    file;
    events;
    anchors = new Map();
    /** The height of each anchored collection, for nesting built out of aliases. */
    heights = new Map();
    stack = [];
    root = null;
    documents = 0;
    lastOffset = 0;
    expanded = 0;
    /** Problems that do not stop the parse (a repeated key keeps its first value). */
    findings = [];
    constructor(file, events) {
        this.file = file;
        this.events = events;
    }
    build() {
        for (const event of this.events) {
            switch (event.type) {
                case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.DOCUMENT:
                    this.documents += 1;
                    if (this.documents > 1) {
                        throw new TreeError(this.documentMarker(), `${this.file.path} holds more than one YAML document (a second "---"); keep one document per file`);
                    }
                    break;
                case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.MAPPING:
                case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SEQUENCE: {
                    this.lastOffset = event.start;
                    const node = event.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.MAPPING
                        ? { kind: 'map', start: event.start, entries: [], size: 1 }
                        : { kind: 'seq', start: event.start, items: [], size: 1 };
                    this.rejectTag(event.tagStart, event.tagEnd);
                    this.stack.push({
                        node,
                        anchor: this.anchorName(event.anchorStart, event.anchorEnd),
                        pendingKey: undefined,
                        pendingKeyStart: 0,
                        keys: undefined,
                        merged: undefined,
                        height: 0,
                    });
                    break;
                }
                case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SCALAR: {
                    const frame = this.stack[this.stack.length - 1];
                    if (frame?.node.kind === 'map' &&
                        frame.pendingKey === undefined &&
                        event.anchorStart < 0 &&
                        event.tagStart < 0) {
                        this.key(frame, event);
                        break;
                    }
                    const node = this.scalar(event);
                    const anchor = this.anchorName(event.anchorStart, event.anchorEnd);
                    if (anchor !== undefined)
                        this.anchors.set(anchor, node);
                    this.add(node, 1, 0);
                    break;
                }
                case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.ALIAS: {
                    const name = this.file.text.slice(event.anchorStart, event.anchorEnd);
                    const target = this.anchors.get(name);
                    if (!target) {
                        throw new TreeError(event.anchorStart, `alias *${name} refers to no earlier anchor`);
                    }
                    this.lastOffset = event.anchorStart;
                    // An alias repeats its target: every value in it counts again, and it nests as deep.
                    this.add(target, target.size, this.heights.get(target) ?? 0);
                    break;
                }
                case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.POP: {
                    const frame = this.stack.pop();
                    if (!frame)
                        break; // end of document
                    const height = frame.height + 1;
                    if (frame.anchor !== undefined) {
                        this.anchors.set(frame.anchor, frame.node);
                        this.heights.set(frame.node, height);
                    }
                    // Its values were counted as they were added; the collection itself counts once.
                    this.add(frame.node, 1, height);
                    break;
                }
            }
        }
        return this.root;
    }
    /** Where the second document starts: the next "---" line after what was read. */
    documentMarker() {
        const marker = /^---(?=\s|$)/gm;
        marker.lastIndex = this.lastOffset;
        return marker.exec(this.file.text)?.index ?? this.lastOffset;
    }
    anchorName(start, end) {
        return start >= 0 ? this.file.text.slice(start, end) : undefined;
    }
    rejectTag(start, end) {
        if (start >= 0) {
            throw new TreeError(start, `the tag ${this.file.text.slice(start, end)} is not supported here; write plain values (quote a version to keep it text)`);
        }
    }
    /** A plain mapping key (no anchor, no tag): only its text and place are kept. */
    key(frame, event) {
        this.count(1);
        frame.node.size += 1;
        frame.pendingKeyStart = this.scalarStart(event);
        frame.pendingKey = this.scalarSource(event);
    }
    scalarStart(event) {
        const quoted = event.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.SINGLE_QUOTED || event.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.DOUBLE_QUOTED;
        const start = event.valueStart < 0 ? this.lastOffset : quoted ? event.valueStart - 1 : event.valueStart;
        this.lastOffset = start;
        return start;
    }
    scalarSource(event) {
        if (event.valueStart < 0)
            return '';
        return event.fast
            ? this.file.text.slice(event.valueStart, event.valueEnd)
            : (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .getScalarValue */ .KE)(this.file.text, event);
    }
    scalar(event) {
        const text = this.file.text;
        const start = this.scalarStart(event);
        const source = this.scalarSource(event);
        const plain = event.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.PLAIN;
        let value = plain ? resolvePlain(source) : source;
        if (event.tagStart >= 0) {
            const tag = text.slice(event.tagStart, event.tagEnd);
            if (tag === '!!str' || tag === '!')
                value = source;
            else
                this.rejectTag(event.tagStart, event.tagEnd);
        }
        return { kind: 'scalar', start, value, source, plain, size: 1 };
    }
    /**
     * Adds a finished node to the collection being read. `count` is how many values it adds to the
     * expanded document and `height` how many levels of collections it is, so that aliases cannot
     * grow the document or its nesting past the limits.
     */
    count(values) {
        this.expanded += values;
        if (this.expanded > MAX_EXPANDED_NODES) {
            throw new TreeError(this.lastOffset, `aliases expand ${this.file.path} to more than ${MAX_EXPANDED_NODES.toLocaleString('en-US')} values (an alias bomb?); write the values out or use fewer aliases`);
        }
    }
    add(node, count, height) {
        this.count(count);
        const frame = this.stack[this.stack.length - 1];
        if (!frame) {
            this.root = node;
            return;
        }
        if (this.stack.length + height > MAX_DEPTH) {
            throw new TreeError(this.lastOffset, `aliases nest ${this.file.path} deeper than ${MAX_DEPTH} levels; write the values out or use fewer aliases`);
        }
        if (height > frame.height)
            frame.height = height;
        const parent = frame.node;
        parent.size += node.size;
        if (parent.kind === 'seq') {
            parent.items.push(node);
            return;
        }
        if (frame.pendingKey === undefined) {
            if (node.kind !== 'scalar') {
                throw new TreeError(node.start, 'a mapping key must be a plain value, not a list or mapping');
            }
            frame.pendingKey = node.source;
            frame.pendingKeyStart = node.start;
            return;
        }
        const key = frame.pendingKey;
        const keyStart = frame.pendingKeyStart;
        frame.pendingKey = undefined;
        if (key === '__proto__') {
            // No inventory file has such a key, and a plain object built from it would change its
            // prototype instead of holding it.
            this.findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('input/schema', 'the key "__proto__" is not allowed in an inventory file; remove it', this.file, keyStart));
            return;
        }
        if (key === '<<' && this.merge(frame, node))
            return;
        const entry = { key, keyStart, value: node };
        const seen = this.entryOf(frame, key);
        if (seen && frame.merged?.delete(key)) {
            // A key written out overrides the one a merge brought in, wherever the merge stands.
            parent.entries[parent.entries.indexOf(seen)] = entry;
            frame.keys?.set(key, entry);
            return;
        }
        if (seen) {
            const first = this.file.position(seen.keyStart).line;
            this.findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('input/duplicate', `the key "${key}" appears twice in one mapping (first on line ${first}); the second is ignored, remove one`, this.file, keyStart));
            return;
        }
        this.addEntry(frame, entry);
    }
    /** The entry for `key` in the mapping being read: a scan while it is small, then an index. */
    entryOf(frame, key) {
        const entries = frame.node.entries;
        if (!frame.keys) {
            if (entries.length < 16) {
                for (const entry of entries)
                    if (entry.key === key)
                        return entry;
                return undefined;
            }
            frame.keys = new Map(entries.map((e) => [e.key, e]));
        }
        return frame.keys.get(key);
    }
    addEntry(frame, entry) {
        frame.node.entries.push(entry);
        frame.keys?.set(entry.key, entry);
    }
    /** YAML merge keys (`<<: *defaults`): copy entries the mapping does not set itself. */
    merge(frame, value) {
        const sources = value.kind === 'map' ? [value] : value.kind === 'seq' ? value.items : [];
        if (sources.length === 0 || sources.some((s) => s.kind !== 'map'))
            return false;
        for (const source of sources) {
            for (const entry of source.entries) {
                if (this.entryOf(frame, entry.key))
                    continue;
                this.addEntry(frame, entry);
                (frame.merged ??= new Set()).add(entry.key);
            }
        }
        return true;
    }
}
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const TRUES = new Set(['true', 'True', 'TRUE']);
const FALSES = new Set(['false', 'False', 'FALSE']);
const INT = /^[-+]?[0-9]+$/;
/** First characters of the core schema's nulls, booleans and numbers: `~nNtTfF+-.0-9`. */
const MAYBE_NOT_TEXT = new Set([...'~nNtTfF+-.0123456789'].map((c) => c.charCodeAt(0)));
const FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
/** YAML 1.2 core-schema resolution of a plain scalar. */
function resolvePlain(source) {
    // Most scalars (keys, names, "v4.2.5") start with a character no null, boolean or number does.
    if (!MAYBE_NOT_TEXT.has(source.charCodeAt(0)) && source !== '')
        return source;
    if (NULLS.has(source))
        return null;
    if (TRUES.has(source))
        return true;
    if (FALSES.has(source))
        return false;
    if (INT.test(source))
        return Number.parseInt(source, 10);
    if (/^0x[0-9a-fA-F]+$/.test(source))
        return Number.parseInt(source.slice(2), 16);
    if (/^0o[0-7]+$/.test(source))
        return Number.parseInt(source.slice(2), 8);
    if (FLOAT.test(source))
        return Number.parseFloat(source);
    if (/^[-+]?\.(inf|Inf|INF)$/.test(source))
        return source.startsWith('-') ? -Infinity : Infinity;
    if (/^\.(nan|NaN|NAN)$/.test(source))
        return Number.NaN;
    return source;
}
/**
 * The plain JavaScript value of a node (aliases already shared, so this is bounded). With
 * `limit`, lists and mappings keep only their first `limit` entries: a sample to validate.
 */
function toValue(node, limit = Infinity) {
    switch (node.kind) {
        case 'scalar':
            return node.value;
        case 'seq': {
            const count = Math.min(node.items.length, limit);
            const out = new Array(count);
            for (let i = 0; i < count; i++)
                out[i] = toValue(node.items[i], limit);
            return out;
        }
        case 'map': {
            const out = {};
            const count = Math.min(node.entries.length, limit);
            for (let i = 0; i < count; i++) {
                const entry = node.entries[i];
                const value = toValue(entry.value, limit);
                // The parser refuses "__proto__" keys; should one get here, it stays an own property.
                if (entry.key === '__proto__') {
                    Object.defineProperty(out, entry.key, {
                        value,
                        enumerable: true,
                        writable: true,
                        configurable: true,
                    });
                }
                else {
                    out[entry.key] = value;
                }
            }
            return out;
        }
    }
}
/** The node at a path of keys and indexes, or the deepest node on the way. */
function nodeAt(root, path) {
    let node = root;
    let keyStart;
    for (const part of path) {
        if (node.kind === 'map') {
            const entry = node.entries.find((e) => e.key === String(part));
            if (!entry)
                break;
            node = entry.value;
            keyStart = entry.keyStart;
        }
        else if (node.kind === 'seq' && typeof part === 'number' && node.items[part]) {
            node = node.items[part];
            keyStart = undefined;
        }
        else {
            break;
        }
    }
    return { node, keyStart };
}


/***/ })

};

//# sourceMappingURL=831.cli.js.map