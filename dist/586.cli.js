export const id = 586;
export const ids = [586,253];
export const modules = {

/***/ 268:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  oY: () => (/* binding */ buildCatalog),
  B5: () => (/* binding */ edgeKey),
  vZ: () => (/* binding */ matchesPatterns),
  _0: () => (/* binding */ normalizeForMatch),
  ws: () => (/* binding */ scalarText),
  Jp: () => (/* binding */ scalarVersion)
});

// UNUSED EXPORTS: Catalog

// EXTERNAL MODULE: ./src/engine/findings.ts
var engine_findings = __webpack_require__(166);
// EXTERNAL MODULE: ./src/engine/inventory/validate.ts
var validate = __webpack_require__(391);
// EXTERNAL MODULE: ./src/engine/versions.ts
var engine_versions = __webpack_require__(253);
// EXTERNAL MODULE: ./src/engine/yaml.ts
var yaml = __webpack_require__(831);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(857);
;// CONCATENATED MODULE: ./src/engine/catalog/schema.ts
// The shape of the release catalog (catalog/acp.yaml and a user's catalog.yaml).

/**
 * The catalog file's schema, built on first use: only a user's catalog.yaml (and the docs
 * generator) needs it, and building zod schemas costs start-up time at every run.
 */
function catalogFileSchema() {
    return (built ??= buildSchemas());
}
let built;
const MAX_RELEASES = 200;
const MAX_EDGES = 2000;
const MAX_RULES = 200;
/** Versions in one list (a matrix row, an edge's source patches) and patterns in one rule. */
const MAX_LIST = 100;
function buildSchemas() {
    /** A minor version key such as "4.3" or "1.31"; numbers are read from their source text. */
    const Minor = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).describe('A minor version, e.g. "4.3" or "1.31"');
    const Source = schemas/* string */.YjP().min(1).describe('The public document this entry restates');
    const Patterns = schemas/* strictObject */.rej({
        nameContains: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).max(MAX_LIST).optional(),
        displayNameContains: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).max(MAX_LIST).optional(),
    })
        .describe('Substrings that recognise an application or package (case-insensitive; spaces, "-" and "_" ignored)');
    const CatalogRelease = schemas/* strictObject */.rej({
        version: Minor.describe('The release, MAJOR.MINOR'),
        kubernetes: schemas/* strictObject */.rej({
            creation: schemas/* array */.YOg(Minor)
                .min(1)
                .max(MAX_LIST)
                .describe('Kubernetes minors supported for cluster creation'),
            compatible: schemas/* array */.YOg(Minor)
                .min(1)
                .max(MAX_LIST)
                .describe('Compatible Versions: what workloads may run before the global tier moves here'),
        })
            .optional()
            .describe('The Kubernetes support matrix row; absent when no document gives one'),
        source: Source,
    })
        .describe('One ACP release');
    const CatalogEdge = schemas/* strictObject */.rej({
        from: Minor.describe('Source release, MAJOR.MINOR'),
        to: Minor.describe('Target release, MAJOR.MINOR'),
        fromPatches: schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]))
            .max(MAX_LIST)
            .optional()
            .describe('Only these source patches qualify (all clusters must be on one of them)'),
        kubernetes: schemas/* union */.KCZ([
            schemas/* literal */.euz('within-compatible'),
            schemas/* strictObject */.rej({
                atLeast: Minor.describe('Every cluster runs this Kubernetes minor or later'),
            }),
        ])
            .describe('within-compatible (workloads inside the target\'s Compatible Versions) or { atLeast: "1.31" }'),
        prerequisites: schemas/* array */.YOg(schemas/* strictObject */.rej({
            verify: schemas/* string */.YjP()
                .min(1)
                .describe('What must hold before the upgrade, in words (e.g. "Istio is on 1.22")'),
            notInstalled: Patterns.optional().describe('Applications that break it when apps.yaml shows them installed'),
        }))
            .max(MAX_LIST)
            .optional()
            .describe("The path's prerequisites beyond Kubernetes (path/edge-prerequisite)"),
        source: Source,
    })
        .describe('A supported upgrade path');
    const CatalogPackageRule = schemas/* discriminatedUnion */.gMt('rule', [
        schemas/* strictObject */.rej({
            id: schemas/* string */.YjP().min(1),
            rule: schemas/* literal */.euz('packages/topolvm-prestage'),
            edges: schemas/* array */.YOg(schemas/* strictObject */.rej({ from: Minor, to: Minor }))
                .min(1)
                .max(MAX_LIST)
                .describe('The upgrade paths that need the package pushed before the global step'),
            application: Patterns.describe('Recognises the application in apps.yaml'),
            source: Source,
        }),
        schemas/* strictObject */.rej({
            id: schemas/* string */.YjP().min(1),
            rule: schemas/* literal */.euz('packages/log-essentials'),
            globalAtLeast: Minor.describe('Applies when the global tier moves to this release or later'),
            whenInstalled: Patterns.describe('Applications whose presence requires the package'),
            package: Patterns.describe('Recognises the required package in packages.yaml'),
            source: Source,
        }),
        schemas/* strictObject */.rej({
            id: schemas/* string */.YjP().min(1),
            rule: schemas/* literal */.euz('packages/mysql-pxc'),
            globalInto: Minor.describe('Applies when the global tier moves into this release from below it'),
            application: Patterns.describe('Recognises the MySQL application in apps.yaml'),
            source: Source,
        }),
        schemas/* strictObject */.rej({
            id: schemas/* string */.YjP().min(1),
            rule: schemas/* literal */.euz('platform/post-upgrade'),
            release: Minor.describe('Applies when the global tier moves into this release from below it'),
            after: schemas/* enum */.k5n(['global', 'all-workloads'])
                .describe('Falls due once the global reaches the release, or once every workload has'),
            sourceBelow: Minor.optional().describe('Only when the release the global tier moves from is below this one'),
            whenInstalled: Patterns.optional().describe('Only when such an application is installed; the task names them'),
            task: schemas/* string */.YjP()
                .min(1)
                .describe('What to do, in words; {installed} stands for the installed applications'),
            source: Source,
        }),
        schemas/* strictObject */.rej({
            id: schemas/* string */.YjP().min(1),
            rule: schemas/* literal */.euz('packages/missing')
                .describe('A scenario package set: its members missing from packages.yaml are packages/missing'),
            scenario: schemas/* string */.YjP()
                .min(1)
                .describe('The scenario name violet downloads, e.g. "ACP Upgrade to v4.4"'),
            release: Minor.describe('Applies to a hop into this release'),
            violetAtLeast: schemas/* string */.YjP().min(1).describe('The oldest violet that downloads the set'),
            displayNames: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
                .min(1)
                .max(MAX_LIST)
                .describe('The applications of the set, by display name (case-insensitive; spaces, "-" and "_" ignored; whole names)'),
            neverPushFrom: schemas/* array */.YOg(Minor)
                .max(MAX_LIST)
                .optional()
                .describe('Source releases whose guide warns against pushing the set with violet'),
            agnosticOptional: schemas/* boolean */.zMY()
                .optional()
                .describe('Missing Agnostic packages do not block the upgrade of this release'),
            source: Source,
        }),
        schemas/* strictObject */.rej({
            id: schemas/* string */.YjP().min(1),
            rule: schemas/* literal */.euz('platform/node-readiness'),
            kubernetesAtLeast: Minor.describe('Applies to a hop into a release whose creation Kubernetes is this minor or later'),
            kernelAtLeast: Minor.describe('The oldest Linux kernel a production node may run, MAJOR.MINOR'),
            cgroup: schemas/* literal */.euz('v2').describe('The cgroup version every production node must run'),
            ackKeys: schemas/* array */.YOg(schemas/* strictObject */.rej({ release: Minor, key: schemas/* string */.YjP().min(1) }))
                .max(MAX_LIST)
                .describe("The administrator acknowledgement key of each release's gate"),
            source: Source,
        }),
    ])
        .describe('A special package rule');
    // A catalog.yaml comes from the pull request: its size is bounded so that no file can make
    // route search or matching expensive (SPEC §2: at most 200 releases and 2,000 edges).
    const CatalogFile = schemas/* strictObject */.rej({
        schemaVersion: schemas/* literal */.euz(1).optional(),
        version: schemas/* number */.aig()
            .int()
            .positive()
            .optional()
            .describe("The built-in catalog's version, raised whenever its facts change"),
        releases: schemas/* array */.YOg(CatalogRelease)
            .max(MAX_RELEASES, { error: `at most ${MAX_RELEASES} releases` })
            .optional(),
        edges: schemas/* array */.YOg(CatalogEdge)
            .max(MAX_EDGES, { error: `at most ${MAX_EDGES} edges` })
            .optional(),
        packageRules: schemas/* array */.YOg(CatalogPackageRule)
            .max(MAX_RULES, { error: `at most ${MAX_RULES} package rules` })
            .optional(),
        platform: schemas/* strictObject */.rej({
            minioMinFreeGB: schemas/* number */.aig().positive().describe('Minimum free GB in /cpaas/minio'),
            source: Source,
        })
            .optional(),
    })
        .describe('acp-upgrade-check catalog: releases, upgrade paths and package rules');
    return CatalogFile;
}

;// CONCATENATED MODULE: ./src/engine/catalog/catalog.ts
// The release catalog: releases with their Kubernetes matrix, the supported upgrade edges, and
// the special package rules. Built from catalog/acp.yaml plus the user's catalog.yaml, whose
// entries add to or replace built-in ones by key.





class Catalog {
    version;
    releases;
    edges;
    packageRules;
    minio;
    byFrom = new Map();
    byTo = new Map();
    constructor(
    /** The built-in catalog's version (catalog/acp.yaml `version`). */
    version, releases, edges, packageRules, minio) {
        this.version = version;
        this.releases = releases;
        this.edges = edges;
        this.packageRules = packageRules;
        this.minio = minio;
        for (const edge of edges.values()) {
            push(this.byFrom, (0,engine_versions.minorOf)(edge.from), edge);
            push(this.byTo, (0,engine_versions.minorOf)(edge.to), edge);
        }
        for (const list of this.byFrom.values())
            list.sort((a, b) => (0,engine_versions.compareMinor)(b.to, a.to));
    }
    release(version) {
        return this.releases.get((0,engine_versions.minorOf)(version));
    }
    edge(from, to) {
        return this.edges.get(edgeKey(from, to));
    }
    /** Whether a cluster on `from` (with its patch, if known) may take this edge. */
    allowsSource(edge, from) {
        if (!edge.fromPatches || from.patch === undefined)
            return true;
        return edge.fromPatches.some((patch) => (0,engine_versions.matchesVersion)(from, patch));
    }
    /**
     * The number of hops from each release (by minor) to `to`'s minor, for every release that can
     * reach it: one breadth-first search backwards over the edges, linear in the catalog's size.
     */
    hopsTo(to) {
        const goal = (0,engine_versions.minorOf)(to);
        const hops = new Map([[goal, 0]]);
        let frontier = [goal];
        while (frontier.length > 0) {
            const next = [];
            for (const minor of frontier) {
                const distance = hops.get(minor) + 1;
                for (const edge of this.byTo.get(minor) ?? []) {
                    const from = (0,engine_versions.minorOf)(edge.from);
                    if (hops.has(from))
                        continue;
                    hops.set(from, distance);
                    next.push(from);
                }
            }
            frontier = next;
        }
        return hops;
    }
    /** The edges out of a release, newest target first. */
    edgesFrom(from) {
        return this.byFrom.get((0,engine_versions.minorOf)(from)) ?? [];
    }
}
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
function edgeKey(from, to) {
    return `${(0,engine_versions.minorOf)(from)}->${(0,engine_versions.minorOf)(to)}`;
}
/** Lower-cased, without spaces, "-" and "_": `Log Essentials` matches `logessentials`. */
function normalizeForMatch(text) {
    return text.toLowerCase().replace(/[\s_-]+/g, '');
}
function matchesPatterns(patterns, name, displayName) {
    const hit = (value, list) => value !== undefined &&
        list.some((pattern) => normalizeForMatch(value).includes(normalizeForMatch(pattern)));
    return hit(name, patterns.nameContains) || hit(displayName, patterns.displayNameContains);
}
/**
 * Builds the catalog from the built-in data and, optionally, the user's file. The built-in data
 * is catalog/acp.yaml as the bundle embeds it (a test validates that file against the schema, so
 * it is not validated again at every start); problems in the user's file are findings, and so is
 * every built-in entry it replaces (catalog/override): the rules a pull request is judged by must
 * not change silently.
 */
function buildCatalog(builtin, user, policy = 'warn') {
    const draft = { releases: new Map(), edges: new Map(), rules: new Map() };
    mergeCatalog(draft, builtin, (path) => {
        const version = (0,engine_versions.parseVersion)(String(valueAt(builtin, path)));
        if (!version)
            throw new Error(`the built-in catalog has no version at ${path.join('.')}`);
        return version;
    });
    const builtinKeys = new Set(draftKeys(draft));
    for (const edge of draft.edges.values()) {
        const unknown = unknownEnd(draft, edge);
        if (unknown)
            throw new Error(`catalog edge ${edgeKey(edge.from, edge.to)} names ${unknown}`);
    }
    const changes = { added: [], overrides: [] };
    const findings = user ? mergeUserCatalog(draft, user, changes) : [];
    const overridden = new Set(changes.overrides.map((o) => o.entry));
    for (const key of draftKeys(draft)) {
        if (!builtinKeys.has(key) && !overridden.has(key))
            changes.added.push(key);
    }
    if (policy !== 'allow') {
        for (const override of changes.overrides)
            findings.push(overrideFinding(override, policy));
    }
    if (!draft.minio)
        throw new Error('the built-in catalog lacks platform.minioMinFreeGB');
    const catalog = new Catalog(builtin.version ?? 1, draft.releases, draft.edges, [...draft.rules.values()], draft.minio);
    return { catalog, findings, changes };
}
function draftKeys(draft) {
    return [
        ...[...draft.releases.keys()].map((k) => `release ${k}`),
        ...[...draft.edges.values()].map((e) => edgeEntry(e)),
        ...[...draft.rules.keys()].map((k) => `package rule ${k}`),
    ];
}
function edgeEntry(edge) {
    return `edge ${(0,engine_versions.minorOf)(edge.from)} -> ${(0,engine_versions.minorOf)(edge.to)}`;
}
/** `release 4.5` when an edge names a release the catalog lacks. */
function unknownEnd(draft, edge) {
    for (const end of [edge.from, edge.to]) {
        if (!draft.releases.has((0,engine_versions.minorOf)(end)))
            return `the unknown release ${(0,engine_versions.minorOf)(end)}`;
    }
    return undefined;
}
function overrideFinding(override, policy) {
    return (0,engine_findings/* finding */.gk)('catalog/override', `catalog.yaml changes what the built-in catalog says of the ${override.entry}: ${override.builtin} there, ${override.user} here; the plan is now judged by this entry instead of the ACP documentation: remove it from catalog.yaml unless the documentation changed, and have the change reviewed`, override.at.file, override.at.offset, { severity: policy === 'error' ? 'error' : 'warning' });
}
function valueAt(value, path) {
    let current = value;
    for (const part of path)
        current = current?.[part];
    return current;
}
/** The user's catalog.yaml: validated, versions read from their source text, problems reported. */
function mergeUserCatalog(draft, parsed, changes) {
    if (!parsed.root)
        return [];
    const { value, findings } = (0,validate/* validate */.tf)(catalogFileSchema(), parsed, parsed.root);
    if (!value)
        return findings;
    const root = parsed.root;
    const locate = (path) => ({ file: parsed.file, offset: (0,yaml/* nodeAt */.oB)(root, path).node.start });
    // The user's entries go into a draft of their own first: an edge may name a release the same
    // file adds, and is judged against the merged releases.
    const mine = { releases: new Map(), edges: new Map(), rules: new Map() };
    const places = new Map();
    mergeCatalog(mine, value, (path) => {
        const { node } = (0,yaml/* nodeAt */.oB)(root, path);
        const version = scalarVersion(node) ?? undefined;
        if (!version) {
            findings.push((0,engine_findings/* finding */.gk)('input/schema', `"${scalarText(node)}" is not a version (write MAJOR.MINOR, e.g. "4.3")`, parsed.file, node.start));
        }
        return version;
    }, (entry, path) => places.set(entry, locate(path)));
    const releases = new Map([...draft.releases, ...mine.releases]);
    const unknown = (edge) => unknownEnd({ ...draft, releases }, edge);
    for (const [key, edge] of mine.edges) {
        const problem = unknownEnd({ ...draft, releases }, edge);
        if (!problem)
            continue;
        const at = places.get(edgeEntry(edge));
        findings.push((0,engine_findings/* finding */.gk)('input/schema', `the ${edgeEntry(edge)} names ${problem}; add the release under "releases:" (with its Kubernetes support matrix) or fix the version`, at.file, at.offset));
        mine.edges.delete(key);
    }
    for (const [id, rule] of mine.rules) {
        const named = rule.rule === 'packages/topolvm-prestage'
            ? rule.edges.map(unknown).find((p) => p !== undefined)
            : ruleReleases(rule)
                .filter((v) => !releases.has((0,engine_versions.minorOf)(v)))
                .map((v) => `the unknown release ${(0,engine_versions.minorOf)(v)}`)[0];
        if (!named)
            continue;
        const at = places.get(`package rule ${id}`);
        findings.push((0,engine_findings/* finding */.gk)('input/schema', `package rule ${id} names ${named}; add the release under "releases:" or fix the version`, at.file, at.offset));
        mine.rules.delete(id);
    }
    const replace = (map, key, entry, value, say) => {
        const before = map.get(key);
        if (before !== undefined && say(before) !== say(value)) {
            changes.overrides.push({
                entry,
                builtin: say(before),
                user: say(value),
                at: places.get(entry),
            });
        }
        map.set(key, value);
    };
    // Between two releases the built-in catalog knows, a path it lacks is one the documentation
    // does not support ("any other pair is unsupported"): adding it changes a fact too.
    const documented = new Set(draft.releases.keys());
    for (const [key, edge] of mine.edges) {
        if (draft.edges.has(key) || !documented.has((0,engine_versions.minorOf)(edge.from)))
            continue;
        if (!documented.has((0,engine_versions.minorOf)(edge.to)))
            continue;
        const entry = edgeEntry(edge);
        changes.overrides.push({
            entry,
            builtin: 'not a supported upgrade path',
            user: describeEdge(edge),
            at: places.get(entry),
        });
    }
    for (const [key, release] of mine.releases)
        replace(draft.releases, key, `release ${key}`, release, describeRelease);
    for (const [key, edge] of mine.edges)
        replace(draft.edges, key, edgeEntry(edge), edge, describeEdge);
    for (const [key, rule] of mine.rules)
        replace(draft.rules, key, `package rule ${key}`, rule, describeRule);
    if (mine.minio) {
        const say = (m) => `${m.minFreeGB} GB free in /cpaas/minio`;
        if (draft.minio && say(draft.minio) !== say(mine.minio)) {
            changes.overrides.push({
                entry: 'platform',
                builtin: say(draft.minio),
                user: say(mine.minio),
                at: places.get('platform'),
            });
        }
        draft.minio = mine.minio;
    }
    changes.overrides.sort((a, b) => a.at.offset - b.at.offset);
    return findings;
}
/** The facts of an entry in words (its source aside): equal words, equal facts. */
function describeRelease(release) {
    if (!release.creation || !release.compatible)
        return 'no Kubernetes matrix';
    const list = (versions) => versions.map(engine_versions.minorOf).join(', ');
    return `Kubernetes for creation ${list(release.creation)}, Compatible Versions ${list(release.compatible)}`;
}
function describeEdge(edge) {
    const kubernetes = edge.kubernetes.kind === 'at-least'
        ? `every cluster on Kubernetes ${(0,engine_versions.minorOf)(edge.kubernetes.minimum)} or later`
        : "workloads inside the target's Compatible Versions";
    const patches = edge.fromPatches ? ` from ${edge.fromPatches.map((v) => v.text).join(', ')}` : '';
    const others = edge.prerequisites?.length
        ? `; ${edge.prerequisites.map((p) => p.verify).join('; ')}`
        : '';
    return `${kubernetes}${patches}${others}`;
}
/** The releases a rule other than the pre-stage names: each must be in the catalog. */
function ruleReleases(rule) {
    switch (rule.rule) {
        case 'packages/log-essentials':
            return [rule.globalAtLeast];
        case 'packages/mysql-pxc':
            return [rule.globalInto];
        case 'platform/post-upgrade':
            return [rule.release];
        case 'packages/missing':
            return [rule.release, ...rule.neverPushFrom];
        case 'platform/node-readiness':
            return rule.ackKeys.map((a) => a.release);
    }
}
function describeRule(rule) {
    const patterns = (p) => `names ${p.nameContains.join('/') || '-'}, display names ${p.displayNameContains.join('/') || '-'}`;
    switch (rule.rule) {
        case 'packages/topolvm-prestage':
            return `${rule.rule} on ${rule.edges.map((e) => `${(0,engine_versions.minorOf)(e.from)} -> ${(0,engine_versions.minorOf)(e.to)}`).join(', ')} for ${patterns(rule.application)}`;
        case 'packages/log-essentials':
            return `${rule.rule} from ${(0,engine_versions.minorOf)(rule.globalAtLeast)} when ${patterns(rule.whenInstalled)} is installed, package ${patterns(rule.package)}`;
        case 'packages/mysql-pxc':
            return `${rule.rule} into ${(0,engine_versions.minorOf)(rule.globalInto)} for ${patterns(rule.application)}`;
        case 'platform/post-upgrade':
            return `${rule.rule} into ${(0,engine_versions.minorOf)(rule.release)}${rule.sourceBelow ? ` from below ${(0,engine_versions.minorOf)(rule.sourceBelow)}` : ''}, after ${rule.after}${rule.whenInstalled ? ` when ${patterns(rule.whenInstalled)} is installed` : ''}: ${rule.task}`;
        case 'packages/missing':
            return `scenario "${rule.scenario}" into ${(0,engine_versions.minorOf)(rule.release)} (violet ${rule.violetAtLeast} or later): ${rule.displayNames.join(', ')}; no violet push from ${rule.neverPushFrom.map(engine_versions.minorOf).join(', ') || '-'}; missing Agnostic packages ${rule.agnosticOptional ? 'do not block' : 'block'} the upgrade`;
        case 'platform/node-readiness':
            return `${rule.rule} into a release created with Kubernetes ${(0,engine_versions.minorOf)(rule.kubernetesAtLeast)} or later: kernel ${(0,engine_versions.minorOf)(rule.kernelAtLeast)} or later, cgroup ${rule.cgroup}, ack keys ${rule.ackKeys.map((a) => `${(0,engine_versions.minorOf)(a.release)}: ${a.key}`).join(', ')}`;
    }
}
/**
 * Adds or replaces entries by key: releases by version, edges by from+to, rules by id. `seen`
 * learns where each entry of the file is.
 */
function mergeCatalog(draft, value, minor, seen = () => { }) {
    const minors = (path, count) => Array.from({ length: count }, (_, i) => minor([...path, i])).filter((v) => v !== undefined);
    value.releases?.forEach((release, i) => {
        const version = minor(['releases', i, 'version']);
        if (!version)
            return;
        const entry = { version: toMinor(version), source: release.source };
        if (release.kubernetes) {
            entry.creation = minors(['releases', i, 'kubernetes', 'creation'], release.kubernetes.creation.length);
            entry.compatible = minors(['releases', i, 'kubernetes', 'compatible'], release.kubernetes.compatible.length);
        }
        draft.releases.set((0,engine_versions.minorOf)(version), entry);
        seen(`release ${(0,engine_versions.minorOf)(version)}`, ['releases', i]);
    });
    value.edges?.forEach((edge, i) => {
        const from = minor(['edges', i, 'from']);
        const to = minor(['edges', i, 'to']);
        if (!from || !to)
            return;
        const kubernetes = edge.kubernetes === 'within-compatible'
            ? { kind: 'within-compatible' }
            : { kind: 'at-least', minimum: minor(['edges', i, 'kubernetes', 'atLeast']) ?? from };
        const entry = { from: toMinor(from), to: toMinor(to), kubernetes, source: edge.source };
        if (edge.fromPatches)
            entry.fromPatches = minors(['edges', i, 'fromPatches'], edge.fromPatches.length);
        if (edge.prerequisites) {
            entry.prerequisites = edge.prerequisites.map((p) => ({
                verify: p.verify,
                ...(p.notInstalled && { notInstalled: patterns(p.notInstalled) }),
            }));
        }
        draft.edges.set(edgeKey(from, to), entry);
        seen(edgeEntry(entry), ['edges', i]);
    });
    value.packageRules?.forEach((rule, i) => {
        const built = buildRule(rule, (path) => minor(['packageRules', i, ...path]));
        if (!built)
            return;
        draft.rules.set(rule.id, built);
        seen(`package rule ${rule.id}`, ['packageRules', i]);
    });
    if (value.platform) {
        draft.minio = { minFreeGB: value.platform.minioMinFreeGB, source: value.platform.source };
        seen('platform', ['platform']);
    }
}
function buildRule(rule, minor) {
    if (rule.rule === 'packages/topolvm-prestage') {
        const edges = rule.edges.flatMap((_, j) => {
            const from = minor(['edges', j, 'from']);
            const to = minor(['edges', j, 'to']);
            return from && to ? [{ from, to }] : [];
        });
        return {
            id: rule.id,
            rule: rule.rule,
            edges,
            application: patterns(rule.application),
            source: rule.source,
        };
    }
    if (rule.rule === 'packages/mysql-pxc') {
        const globalInto = minor(['globalInto']);
        if (!globalInto)
            return undefined;
        return {
            id: rule.id,
            rule: rule.rule,
            globalInto,
            application: patterns(rule.application),
            source: rule.source,
        };
    }
    if (rule.rule === 'packages/missing') {
        const release = minor(['release']);
        const neverPushFrom = (rule.neverPushFrom ?? []).map((_, j) => minor(['neverPushFrom', j]));
        if (!release || neverPushFrom.some((v) => v === undefined))
            return undefined;
        return {
            id: rule.id,
            rule: rule.rule,
            scenario: rule.scenario,
            release,
            violetAtLeast: rule.violetAtLeast,
            displayNames: rule.displayNames,
            neverPushFrom: neverPushFrom,
            agnosticOptional: rule.agnosticOptional ?? false,
            source: rule.source,
        };
    }
    if (rule.rule === 'platform/node-readiness') {
        const kubernetesAtLeast = minor(['kubernetesAtLeast']);
        const kernelAtLeast = minor(['kernelAtLeast']);
        const releases = rule.ackKeys.map((_, j) => minor(['ackKeys', j, 'release']));
        if (!kubernetesAtLeast || !kernelAtLeast || releases.some((v) => v === undefined))
            return undefined;
        return {
            id: rule.id,
            rule: rule.rule,
            kubernetesAtLeast,
            kernelAtLeast,
            cgroup: rule.cgroup,
            ackKeys: rule.ackKeys.map((a, j) => ({ release: releases[j], key: a.key })),
            source: rule.source,
        };
    }
    if (rule.rule === 'platform/post-upgrade') {
        const release = minor(['release']);
        if (!release)
            return undefined;
        const built = {
            id: rule.id,
            rule: rule.rule,
            release,
            after: rule.after,
            task: rule.task,
            source: rule.source,
        };
        if (rule.sourceBelow !== undefined) {
            const below = minor(['sourceBelow']);
            if (!below)
                return undefined;
            built.sourceBelow = below;
        }
        if (rule.whenInstalled)
            built.whenInstalled = patterns(rule.whenInstalled);
        return built;
    }
    const globalAtLeast = minor(['globalAtLeast']);
    if (!globalAtLeast)
        return undefined;
    return {
        id: rule.id,
        rule: rule.rule,
        globalAtLeast,
        whenInstalled: patterns(rule.whenInstalled),
        package: patterns(rule.package),
        source: rule.source,
    };
}
function patterns(p) {
    return { nameContains: p.nameContains ?? [], displayNameContains: p.displayNameContains ?? [] };
}
function toMinor(version) {
    return { ...version, patch: undefined, text: (0,engine_versions.minorOf)(version) };
}
/** The version a scalar's source text spells (`1.30`, not the number 1.3). */
function scalarVersion(node) {
    return node.kind === 'scalar' ? (0,engine_versions.parseVersion)(node.source) : null;
}
function scalarText(node) {
    return node.kind === 'scalar' ? node.source : node.kind === 'seq' ? '(a list)' : '(a mapping)';
}


/***/ }),

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

/***/ 586:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  analyze: () => (/* binding */ analyze),
  catalogReport: () => (/* binding */ catalogReport),
  check: () => (/* binding */ check),
  readText: () => (/* binding */ readText),
  reportOf: () => (/* binding */ reportOf),
  verifiedSuggestion: () => (/* binding */ verifiedSuggestion),
  verifiedSuggestionFor: () => (/* binding */ verifiedSuggestionFor)
});

;// CONCATENATED MODULE: ./src/engine/catalog/builtin.ts
const BUILTIN_CATALOG = {
    "schemaVersion": 1,
    "version": 2,
    "releases": [
        {
            "version": "4.4",
            "kubernetes": {
                "creation": [
                    "1.35"
                ],
                "compatible": [
                    "1.35",
                    "1.34",
                    "1.33",
                    "1.32"
                ]
            },
            "source": "docs/en/overview/kubernetes-support-matrix.mdx@1bb15615"
        },
        {
            "version": "4.3",
            "kubernetes": {
                "creation": [
                    "1.34"
                ],
                "compatible": [
                    "1.34",
                    "1.33",
                    "1.32",
                    "1.31"
                ]
            },
            "source": "docs/en/overview/kubernetes-support-matrix.mdx"
        },
        {
            "version": "4.2",
            "kubernetes": {
                "creation": [
                    "1.33"
                ],
                "compatible": [
                    "1.33",
                    "1.32",
                    "1.31",
                    "1.30"
                ]
            },
            "source": "docs/en/overview/kubernetes-support-matrix.mdx"
        },
        {
            "version": "4.1",
            "kubernetes": {
                "creation": [
                    "1.32"
                ],
                "compatible": [
                    "1.32",
                    "1.31",
                    "1.30",
                    "1.29"
                ]
            },
            "source": "docs/en/overview/kubernetes-support-matrix.mdx"
        },
        {
            "version": "4.0",
            "kubernetes": {
                "creation": [
                    "1.31",
                    "1.30",
                    "1.29",
                    "1.28"
                ],
                "compatible": [
                    "1.31",
                    "1.30",
                    "1.29",
                    "1.28"
                ]
            },
            "source": "docs/en/overview/kubernetes-support-matrix.mdx"
        },
        {
            "version": "3.18",
            "source": "v3_18_0_or_v3_18_1_upgrade_to_v4_0.mdx (older revisions); pre-upgrade.mdx at its 4.1 revision"
        },
        {
            "version": "3.16",
            "source": "v3_16_0_v3_16_1_or_v3_16_2_upgrade_to_v4_0.mdx (older revisions)"
        }
    ],
    "edges": [
        {
            "from": "3.16",
            "to": "4.0",
            "fromPatches": [
                "3.16.0",
                "3.16.1",
                "3.16.2"
            ],
            "kubernetes": {
                "atLeast": "1.28"
            },
            "source": "v3_16_0_v3_16_1_or_v3_16_2_upgrade_to_v4_0.mdx (older revisions)"
        },
        {
            "from": "3.18",
            "to": "4.0",
            "fromPatches": [
                "3.18.0",
                "3.18.1"
            ],
            "kubernetes": {
                "atLeast": "1.28"
            },
            "source": "v3_18_0_or_v3_18_1_upgrade_to_v4_0.mdx (older revisions)"
        },
        {
            "from": "3.18",
            "to": "4.1",
            "kubernetes": {
                "atLeast": "1.30"
            },
            "prerequisites": [
                {
                    "verify": "Istio is on 1.22"
                },
                {
                    "verify": "CostManager/Kubecost is uninstalled",
                    "notInstalled": {
                        "nameContains": [
                            "kubecost",
                            "costmanager"
                        ],
                        "displayNameContains": [
                            "kubecost",
                            "cost manager"
                        ]
                    }
                }
            ],
            "source": "pre-upgrade.mdx at its 4.1 revision"
        },
        {
            "from": "4.0",
            "to": "4.1",
            "kubernetes": {
                "atLeast": "1.31"
            },
            "source": "pre-upgrade.mdx at its 4.1 revisions"
        },
        {
            "from": "4.0",
            "to": "4.2",
            "kubernetes": {
                "atLeast": "1.31"
            },
            "source": "pre-upgrade.mdx at its 4.2 revision"
        },
        {
            "from": "4.1",
            "to": "4.2",
            "kubernetes": {
                "atLeast": "1.32"
            },
            "source": "pre-upgrade.mdx at its 4.2 revision"
        },
        {
            "from": "4.0",
            "to": "4.3",
            "kubernetes": "within-compatible",
            "source": "pre-upgrade.mdx"
        },
        {
            "from": "4.1",
            "to": "4.3",
            "kubernetes": "within-compatible",
            "source": "pre-upgrade.mdx"
        },
        {
            "from": "4.2",
            "to": "4.3",
            "kubernetes": "within-compatible",
            "source": "pre-upgrade.mdx"
        },
        {
            "from": "4.1",
            "to": "4.4",
            "kubernetes": "within-compatible",
            "prerequisites": [
                {
                    "verify": "the 4.4.x target is one the platform offers for the current source patch (after the target ProductManifest is registered it appears in availableUpdates and the VersionUpgradePath preflight check passes; which source patches pair with which 4.4.x is not documented, and neither check may be bypassed)"
                }
            ],
            "source": "docs/en/upgrade/pre-upgrade.mdx@4eaaa1e0 (n-3 direct-upgrade window; same @1bb15615)"
        },
        {
            "from": "4.2",
            "to": "4.4",
            "kubernetes": "within-compatible",
            "prerequisites": [
                {
                    "verify": "the 4.4.x target is one the platform offers for the current source patch (after the target ProductManifest is registered it appears in availableUpdates and the VersionUpgradePath preflight check passes; which source patches pair with which 4.4.x is not documented, and neither check may be bypassed)"
                }
            ],
            "source": "docs/en/upgrade/pre-upgrade.mdx@4eaaa1e0 (n-3 direct-upgrade window; same @1bb15615)"
        },
        {
            "from": "4.3",
            "to": "4.4",
            "kubernetes": "within-compatible",
            "prerequisites": [
                {
                    "verify": "the 4.4.x target is one the platform offers for the current source patch (after the target ProductManifest is registered it appears in availableUpdates and the VersionUpgradePath preflight check passes; which source patches pair with which 4.4.x is not documented, and neither check may be bypassed)"
                }
            ],
            "source": "docs/en/upgrade/pre-upgrade.mdx@4eaaa1e0 (n-3 direct-upgrade window; same @1bb15615)"
        }
    ],
    "packageRules": [
        {
            "id": "topolvm-prestage",
            "rule": "packages/topolvm-prestage",
            "edges": [
                {
                    "from": "4.0",
                    "to": "4.2"
                },
                {
                    "from": "4.1",
                    "to": "4.2"
                },
                {
                    "from": "4.0",
                    "to": "4.3"
                }
            ],
            "application": {
                "nameContains": [
                    "topolvm"
                ],
                "displayNameContains": [
                    "TopoLVM"
                ]
            },
            "source": "pre-upgrade.mdx, current and 4.2 revision"
        },
        {
            "id": "log-essentials",
            "rule": "packages/log-essentials",
            "globalAtLeast": "4.2",
            "whenInstalled": {
                "displayNameContains": [
                    "Log Storage"
                ]
            },
            "package": {
                "nameContains": [
                    "log essentials"
                ],
                "displayNameContains": [
                    "log essentials"
                ]
            },
            "source": "pre-upgrade.mdx (current); install/global_dr.mdx; observability/log/intro.mdx"
        },
        {
            "id": "mysql-pxc-4.3",
            "rule": "packages/mysql-pxc",
            "globalInto": "4.3",
            "application": {
                "nameContains": [
                    "mysql"
                ],
                "displayNameContains": [
                    "mysql"
                ]
            },
            "source": "upgrade_global_cluster.mdx, upgrade_workload_cluster.mdx (release-4.3 @6468e58f)"
        },
        {
            "id": "l5-plugins-4.3",
            "rule": "platform/post-upgrade",
            "release": "4.3",
            "after": "global",
            "whenInstalled": {
                "displayNameContains": [
                    "Alauda DevOps v3",
                    "Alauda AI Essentials",
                    "Alauda Hyperflux",
                    "Alauda Container Platform Data Services Essentials"
                ]
            },
            "task": "upgrade the L5 plugins {installed} to 4.3-compatible versions; otherwise their UI pages may fail to open",
            "source": "upgrade_global_cluster.mdx (release-4.3 @6468e58f)"
        },
        {
            "id": "pkce-4.3",
            "rule": "platform/post-upgrade",
            "release": "4.3",
            "after": "all-workloads",
            "task": "complete PKCE hardening (\"Disabling the PKCE Plain Method\")",
            "source": "upgrade_global_cluster.mdx (release-4.3 @6468e58f)"
        },
        {
            "id": "l5-plugins-4.4",
            "rule": "platform/post-upgrade",
            "release": "4.4",
            "after": "global",
            "sourceBelow": "4.3",
            "whenInstalled": {
                "displayNameContains": [
                    "Alauda DevOps v3",
                    "Alauda AI Essentials",
                    "Alauda Hyperflux",
                    "Alauda Container Platform Data Services Essentials"
                ]
            },
            "task": "upgrade the L5 plugins {installed}; otherwise their UI pages may fail to open",
            "source": "docs/en/upgrade/upgrade_global_cluster.mdx@1bb15615"
        },
        {
            "id": "pkce-4.4",
            "rule": "platform/post-upgrade",
            "release": "4.4",
            "after": "all-workloads",
            "sourceBelow": "4.3",
            "task": "complete PKCE hardening, if not done yet (\"Disabling the PKCE Plain Method\")",
            "source": "docs/en/upgrade/overview.mdx@1bb15615"
        },
        {
            "id": "acp-upgrade-to-v4.4",
            "rule": "packages/missing",
            "scenario": "ACP Upgrade to v4.4",
            "release": "4.4",
            "violetAtLeast": "4.2.13",
            "displayNames": [
                "Alauda Container Platform Web Console",
                "Alauda Container Platform Web Console Central",
                "Alauda Container Platform Marketplace Web Console",
                "Alauda Container Platform Helm Application Catalog",
                "Alauda Container Platform Observability Essentials",
                "Alauda Container Platform Essentials",
                "Alauda Container Platform Cluster Essentials",
                "Alauda Container Platform GatewayAPI Plugin",
                "Alauda Container Platform Monitoring for Prometheus",
                "Alauda Language Pack for Chinese",
                "Alauda Container Platform Networking for Calico"
            ],
            "neverPushFrom": [
                "4.1"
            ],
            "agnosticOptional": true,
            "source": "docs/en/upgrade/pre-upgrade.mdx@4eaaa1e0; docs/en/upgrade/upgrade_global_cluster.mdx@4eaaa1e0"
        },
        {
            "id": "kubernetes-1.35-node-readiness",
            "rule": "platform/node-readiness",
            "kubernetesAtLeast": "1.35",
            "kernelAtLeast": "5.8",
            "cgroup": "v2",
            "ackKeys": [
                {
                    "release": "4.4",
                    "key": "ack-4.4-kubernetes-1.35-kernel-update"
                }
            ],
            "source": "docs/en/upgrade/pre-upgrade.mdx@4eaaa1e0; docs/en/upgrade/upgrade_global_cluster.mdx@1bb15615; docs/en/upgrade/troubleshooting.mdx@608ade47; docs/en/ui/cli_tools/ac/upgrading-clusters.md@1bb15615"
        }
    ],
    "platform": {
        "minioMinFreeGB": 120,
        "source": "ACP upgrade guides, global cluster disk requirement"
    }
};

// EXTERNAL MODULE: ./src/engine/catalog/catalog.ts + 1 modules
var catalog_catalog = __webpack_require__(268);
// EXTERNAL MODULE: ./src/engine/findings.ts
var engine_findings = __webpack_require__(166);
// EXTERNAL MODULE: ./src/engine/versions.ts
var engine_versions = __webpack_require__(253);
;// CONCATENATED MODULE: ./src/engine/hops.ts

function hopsOf(moves, clusters, plan) {
    const hops = [];
    let tierVersion = clusters.global.version;
    for (const move of moves) {
        let hop = hops.find((h) => (0,engine_versions.matchesVersion)(move.to, h.version));
        if (!hop) {
            hop = {
                index: hops.length + 1,
                version: move.to,
                moves: [],
                firstMove: move,
                from: tierVersion,
                final: false,
                clusters: [],
                moving: new Set(),
            };
            hops.push(hop);
        }
        hop.moves.push(move);
        if (move.cluster.role !== 'workload') {
            hop.firstTierMove ??= move;
            tierVersion = move.to;
        }
    }
    for (const hop of hops) {
        const names = new Set(hop.moves.map((m) => m.cluster.name));
        hop.clusters = clusters.list.filter((c) => names.has(c.name)).map((c) => c.name);
        hop.moving = names;
    }
    const target = plan?.target;
    const final = (target && hops.find((h) => (0,engine_versions.matchesVersion)(h.version, target))) ?? hops[hops.length - 1];
    if (final)
        final.final = true;
    return hops;
}
/**
 * When clusters.yaml does not load, nothing can be simulated; the download list still says what
 * packages.yaml holds for the target, as one hop that every installed application moves in.
 */
function standInHop(plan, clusterNames) {
    return {
        index: 1,
        version: plan.target,
        moves: [],
        from: plan.target,
        final: true,
        clusters: clusterNames,
        moving: new Set(clusterNames),
    };
}

;// CONCATENATED MODULE: ./src/engine/downloads.ts
// The required download list, hop by hop (SPEC §3 packages/missing): for each Distribution
// Version the plan moves to, its Core package and the Aligned packages of the applications on the
// clusters that move in it; Agnostic packages for the final target only; and the special packages
// of the catalog's package rules. Each entry carries its status against packages.yaml.




/** Why a package is on the list: installed somewhere, a package rule, or just downloaded. */
const DOWNLOAD_REASONS = (/* unused pure expression or super */ null && ([
    'installed',
    'topolvm-prestage',
    'log-essentials',
    'scenario',
    'listed',
]));
function computeDownloads(input) {
    const hops = input.clusters
        ? hopsOf(input.moves, input.clusters, input.plan)
        : input.plan
            ? [
                standInHop(input.plan, input.apps.list.flatMap((a) => a.installed.map((i) => i.cluster))),
            ]
            : [];
    const specs = input.packages.filter((p) => p.kind === 'package');
    const infos = specs.map((spec) => packageInfo(spec, input, hops));
    const list = [];
    for (const hop of hops) {
        list.push(coreDownload(hop, input.packages));
        list.push(...packageDownloads(hop, input, infos));
    }
    placeUnserved(infos, hops, list, input);
    return { hops, list, packages: infos };
}
function coreDownload(hop, packages) {
    const spec = packages.find((p) => p.kind === 'core' &&
        ((0,engine_versions.matchesVersion)(p.version, hop.version) || (0,engine_versions.matchesVersion)(hop.version, p.version)));
    const download = {
        kind: 'core',
        hop,
        version: hop.version.text,
        status: spec ? 'present' : 'missing',
    };
    if (hop.firstMove)
        download.firstMove = hop.firstMove;
    if (spec) {
        download.file = spec.file;
        download.spec = spec;
    }
    return download;
}
/** A package serves the hops its acpVersions list; without acpVersions, the final target. */
function serves(spec, hop) {
    if (!spec.acpVersions)
        return hop.final;
    return spec.acpVersions.some((v) => (0,engine_versions.compareMinor)(v, hop.version) === 0);
}
function packageInfo(spec, input, hops) {
    const app = input.apps.byName.get(spec.name);
    const info = { spec, hops: [], incompatible: false };
    if (app)
        info.app = app;
    const releases = hops.length > 0 ? hops.map((h) => h.version) : input.plan ? [input.plan.target] : [];
    if (spec.acpVersions && releases.length > 0) {
        info.incompatible = !spec.acpVersions.some((v) => releases.some((r) => (0,engine_versions.compareMinor)(v, r) === 0));
    }
    const newest = app ? newestVersion([...new Set(app.installed.map((i) => i.version))]) : undefined;
    if (newest !== undefined && ((0,engine_versions.compareAppVersions)(spec.version, newest) ?? 0) < 0) {
        info.olderThan = newest;
    }
    return info;
}
function packageDownloads(hop, input, infos) {
    const needs = new Map();
    const moving = new Set(hop.clusters);
    for (const app of input.apps.list) {
        if (!app.installed.some((i) => moving.has(i.cluster)))
            continue;
        if (lifecycleOf(app.name, infos) === 'agnostic' && !hop.final)
            continue;
        needs.set(app.name, { app, reasons: ['installed'], special: false });
    }
    applyPrestageRules(hop, input, needs);
    const companion = applyCompanionRules(hop, input, infos, needs);
    const scenario = scenarioOf(hop, input.catalog);
    const member = (name, displayName) => scenario !== undefined && isMember(scenario, name, displayName, input.apps);
    const out = [];
    const listed = new Set();
    for (const info of infos) {
        const need = needs.get(info.spec.name);
        if (!serves(info.spec, hop))
            continue;
        if (info.spec.lifecycle === 'agnostic' && !hop.final && !need?.special)
            continue;
        info.hops.push(hop);
        out.push(withPackage(hop, info, need, input));
        listed.add(info.spec.name);
    }
    for (const [name, need] of needs) {
        if (listed.has(name))
            continue;
        out.push(missing(hop, name, need, input, infos));
    }
    if (companion)
        out.push(companion);
    if (scenario) {
        for (const d of out) {
            if (!member(d.name, d.displayName))
                continue;
            d.scenario = scenario;
            d.reasons = [...d.reasons.filter((r) => r !== 'listed'), 'scenario'];
        }
        for (const displayName of scenario.displayNames) {
            if (out.some((d) => d.scenario && sameName(d.displayName, displayName)))
                continue;
            out.push({
                kind: 'package',
                hop,
                displayName,
                type: 'ModulePlugin',
                lifecycle: 'aligned',
                clusters: [],
                installedVersions: [],
                status: 'missing',
                reasons: ['scenario'],
                scenario,
            });
        }
    }
    return out.sort((a, b) => (0,engine_findings/* compareText */.n6)(a.name ?? '\uffff', b.name ?? '\uffff') ||
        (0,engine_findings/* compareText */.n6)(a.displayName ?? '', b.displayName ?? '') ||
        (0,engine_findings/* compareText */.n6)(a.version ?? '', b.version ?? ''));
}
/**
 * A package listed for no hop (its acpVersions name no release of the journey, or it is Agnostic
 * and lists only an intermediate release) still has its file: it goes on the list, and is pushed,
 * with the first hop it names or else the final one (SPEC §1: a waived finding keeps the work).
 */
function placeUnserved(infos, hops, list, input) {
    const final = hops.find((h) => h.final);
    if (!final)
        return;
    for (const info of infos) {
        if (info.hops.length > 0)
            continue;
        const hop = hops.find((h) => serves(info.spec, h)) ?? final;
        info.hops.push(hop);
        const download = withPackage(hop, info, undefined, input);
        const at = list.findIndex((d) => d.hop === hop &&
            d.kind === 'package' &&
            d.name === info.spec.name &&
            d.status === 'missing');
        if (at >= 0) {
            const replaced = list[at];
            download.reasons = replaced.reasons;
            if (replaced.prestage)
                download.prestage = replaced.prestage;
            if (replaced.companion)
                download.companion = replaced.companion;
            list[at] = download;
            continue;
        }
        const end = list.findLastIndex((d) => d.hop === hop);
        list.splice(end + 1, 0, download);
    }
}
function withPackage(hop, info, need, input) {
    const { spec, app } = info;
    const download = base(hop, spec.name, app, input);
    download.reasons = need
        ? [...need.reasons]
        : app && app.installed.length > 0
            ? ['installed']
            : ['listed'];
    if (need?.prestage)
        download.prestage = need.prestage;
    if (need?.companion)
        download.companion = need.companion;
    download.spec = spec;
    download.file = spec.file;
    download.version = spec.version;
    // apps.yaml is violet's own export: its type decides the push (packages/type-mismatch).
    download.type = app?.type ?? spec.type;
    if (spec.lifecycle)
        download.lifecycle = spec.lifecycle;
    if (download.displayName === undefined && spec.displayName !== undefined)
        download.displayName = spec.displayName;
    download.status =
        info.incompatible || info.olderThan !== undefined || !serves(spec, hop)
            ? 'incompatible'
            : 'present';
    return download;
}
function missing(hop, name, need, input, infos) {
    const download = base(hop, name, need.app, input);
    download.reasons = [...need.reasons];
    // What its other packages say (an Agnostic plugin is optional for CVO from 4.4 on).
    const lifecycle = lifecycleOf(name, infos);
    if (lifecycle)
        download.lifecycle = lifecycle;
    if (need.prestage)
        download.prestage = need.prestage;
    if (need.companion)
        download.companion = need.companion;
    return download;
}
function base(hop, name, app, input) {
    const download = {
        kind: 'package',
        hop,
        name,
        clusters: app
            ? inClusterOrder(app.installed.map((i) => i.cluster), input.clusters)
            : [],
        installedVersions: app
            ? [...new Set(app.installed.map((i) => i.version))].sort(compareVersionText)
            : [],
        status: 'missing',
        reasons: [],
    };
    if (app) {
        download.app = app;
        download.type = app.type;
        if (app.displayName !== undefined)
            download.displayName = app.displayName;
    }
    return download;
}
/**
 * The scenario set of a hop into its release from an earlier one ("ACP Upgrade to v4.4"), when
 * the global tier moves in the hop.
 */
function scenarioOf(hop, catalog) {
    if (!hop.firstTierMove)
        return undefined;
    return catalog.packageRules.find((r) => r.rule === 'packages/missing' &&
        (0,engine_versions.compareMinor)(r.release, hop.version) === 0 &&
        (0,engine_versions.compareMinor)(hop.from, r.release) < 0);
}
/** Whole display names, compared as the catalog's patterns are (case, spaces, "-" and "_"). */
function sameName(a, b) {
    return a !== undefined && (0,catalog_catalog/* normalizeForMatch */._0)(a) === (0,catalog_catalog/* normalizeForMatch */._0)(b);
}
/** A package or application of the set: by its display name, or its application's. */
function isMember(rule, name, displayName, apps) {
    const shown = displayName ?? (name !== undefined ? apps.byName.get(name)?.displayName : undefined);
    return rule.displayNames.some((d) => sameName(shown, d));
}
/** An application's lifecycle as its packages state it: Aligned unless they all say Agnostic. */
function lifecycleOf(name, infos) {
    const stated = infos.filter((i) => i.spec.name === name).map((i) => i.spec.lifecycle);
    if (stated.length === 0 || stated.some((l) => l !== 'agnostic'))
        return undefined;
    return 'agnostic';
}
/** TopoLVM pre-stage: an installed application matching the rule and a hop along one of its edges. */
function applyPrestageRules(hop, input, needs) {
    for (const rule of input.catalog.packageRules) {
        if (rule.rule !== 'packages/topolvm-prestage')
            continue;
        const move = moveAlong(hop, rule.edges);
        if (!move)
            continue;
        for (const app of input.apps.list) {
            if (app.installed.length === 0)
                continue;
            if (!(0,catalog_catalog/* matchesPatterns */.vZ)(rule.application, app.name, app.displayName))
                continue;
            const need = needs.get(app.name) ?? { app, reasons: [], special: true };
            if (!need.reasons.includes('installed'))
                need.reasons.push('installed');
            need.reasons.push('topolvm-prestage');
            need.prestage = { rule, move };
            need.special = true;
            needs.set(app.name, need);
        }
    }
}
/** The hop's global-tier move along one of the edges (the step the push must precede). */
function moveAlong(hop, edges) {
    const along = hop.moves.filter((m) => m.edge &&
        edges.some((e) => (0,engine_versions.minorOf)(e.from) === (0,engine_versions.minorOf)(m.from) && (0,engine_versions.minorOf)(e.to) === (0,engine_versions.minorOf)(m.to)));
    return along.find((m) => m.cluster.role !== 'workload') ?? along[0];
}
/**
 * Log Essentials: a log storage plugin is installed and the hop moves the global tier up into the
 * rule's release or later. The package is recognised by pattern and must not be a trigger
 * itself. Returns the entry to add when packages.yaml has no such package for this hop.
 */
function applyCompanionRules(hop, input, infos, needs) {
    let extra;
    for (const rule of input.catalog.packageRules) {
        if (rule.rule !== 'packages/log-essentials')
            continue;
        const move = hop.firstTierMove;
        if (!move || (0,engine_versions.compareMinor)(hop.version, rule.globalAtLeast) < 0)
            continue;
        if ((0,engine_versions.compareMinor)(hop.from, hop.version) >= 0)
            continue;
        const triggers = input.apps.list
            .filter((app) => app.installed.length > 0 &&
            (0,catalog_catalog/* matchesPatterns */.vZ)(rule.whenInstalled, app.name, app.displayName))
            .map((app) => app.name);
        if (triggers.length === 0)
            continue;
        const isCompanion = (name, displayName) => (0,catalog_catalog/* matchesPatterns */.vZ)(rule.package, name, displayName) &&
            !(0,catalog_catalog/* matchesPatterns */.vZ)(rule.whenInstalled, name, displayName);
        const candidates = [
            ...infos.filter((i) => isCompanion(i.spec.name, i.spec.displayName)).map((i) => i.spec.name),
            ...input.apps.list.filter((a) => isCompanion(a.name, a.displayName)).map((a) => a.name),
        ];
        const companion = { rule, move, triggers };
        const name = candidates.find((n) => infos.some((i) => i.spec.name === n && serves(i.spec, hop))) ??
            candidates[0];
        if (name !== undefined) {
            const need = needs.get(name) ?? {
                reasons: [],
                special: true,
                ...(input.apps.byName.get(name) && { app: input.apps.byName.get(name) }),
            };
            need.reasons = [...need.reasons.filter((r) => r !== 'listed'), 'log-essentials'];
            need.companion = companion;
            need.special = true;
            needs.set(name, need);
            continue;
        }
        extra = {
            kind: 'package',
            hop,
            displayName: 'Alauda Container Platform Log Essentials',
            type: 'ModulePlugin',
            clusters: [],
            installedVersions: [],
            status: 'missing',
            reasons: ['log-essentials'],
            companion,
        };
    }
    return extra;
}
/** Distinct names in clusters.yaml order (unknown names last, by name); each looked up once. */
function inClusterOrder(names, clusters) {
    const keyed = [...new Set(names)].map((name) => ({
        name,
        index: clusters?.byName.get(name)?.index ?? Number.MAX_SAFE_INTEGER,
    }));
    keyed.sort((a, b) => a.index - b.index || (0,engine_findings/* compareText */.n6)(a.name, b.name));
    return keyed.map((k) => k.name);
}
function compareVersionText(a, b) {
    return (0,engine_versions.compareAppVersions)(a, b) ?? (0,engine_findings/* compareText */.n6)(a, b);
}
function newestVersion(versions) {
    return [...versions].sort(compareVersionText).pop();
}

;// CONCATENATED MODULE: ./src/engine/rules/platform.ts
// platform/* rules: what the global tier needs before its upgrade, and what is left after it.



/**
 * platform/minio-space: /cpaas/minio on the global (and standby) control-plane nodes needs the
 * catalog's minimum free; an error below it, a notice when clusters.yaml does not say.
 */
function checkMinioSpace(catalog, moves) {
    const minimum = catalog.minio.minFreeGB;
    const findings = [];
    const seen = new Set();
    for (const move of moves) {
        const spec = move.cluster.spec;
        if (spec.role === 'workload' || seen.has(spec.name))
            continue;
        seen.add(spec.name);
        const details = { cluster: spec.name };
        if (spec.minioFreeGB === undefined) {
            findings.push((0,engine_findings/* finding */.gk)('platform/minio-space', `${spec.name} does not declare minioFreeGB; check that /cpaas/minio has at least ${minimum} GB free on every control-plane node before the window (df -BG /cpaas/minio), then record the smallest value in clusters.yaml`, spec.at.file, spec.at.offset, { ...details, severity: 'notice' }));
        }
        else if (spec.minioFreeGB < minimum) {
            const at = spec.minioAt ?? spec.at;
            findings.push((0,engine_findings/* finding */.gk)('platform/minio-space', `${spec.name} has ${spec.minioFreeGB} GB free in /cpaas/minio; the upgrade needs at least ${minimum} GB on every control-plane node: free space before the window`, at.file, at.offset, details));
        }
    }
    return findings;
}
/**
 * platform/post-upgrade (SPEC §2 "Release notes with an action"): the tasks that fall due after
 * the global tier moves into a release from below it, in the order they fall due.
 */
function postUpgradeTasks(catalog, apps, clusters, hops) {
    const tasks = [];
    const moves = hops.flatMap((h) => h.moves).sort((a, b) => a.step.index - b.step.index);
    const lastMove = new Map(moves.map((m) => [m.cluster.name, m]));
    for (const rule of catalog.packageRules) {
        if (rule.rule !== 'platform/post-upgrade')
            continue;
        for (const hop of hops) {
            if (!hop.firstTierMove || (0,engine_versions.compareMinor)(hop.version, rule.release) !== 0)
                continue;
            if ((0,engine_versions.compareMinor)(hop.from, rule.release) >= 0)
                continue;
            if (rule.sourceBelow && (0,engine_versions.compareMinor)(hop.from, rule.sourceBelow) >= 0)
                continue;
            const release = (0,engine_versions.minorOf)(rule.release);
            const installed = rule.whenInstalled
                ? (apps?.list ?? []).filter((a) => a.installed.length > 0 && (0,catalog_catalog/* matchesPatterns */.vZ)(rule.whenInstalled, a.name, a.displayName))
                : [];
            if (rule.whenInstalled && installed.length === 0)
                continue;
            const primary = hop.moves.filter((m) => m.cluster.role === 'global').pop() ?? hop.firstTierMove;
            const why = rule.sourceBelow
                ? ` (the journey into ${release} starts on ${(0,engine_versions.minorOf)(hop.from)}, below ${(0,engine_versions.minorOf)(rule.sourceBelow)})`
                : '';
            const names = installed
                .map((a) => (a.displayName ? `${a.displayName} (${a.name})` : a.name))
                .join(', ');
            const task = rule.task.replace('{installed}', names);
            if (rule.after === 'global') {
                tasks.push({
                    rule,
                    step: primary.step.index,
                    at: primary.at,
                    text: `after step ${primary.step.index} moves ${primary.cluster.name} to ${primary.to.text}${why}, ${task}`,
                });
                continue;
            }
            const behind = clusters.list
                .filter((c) => c.role === 'workload')
                .filter((c) => (0,engine_versions.compareMinor)(lastMove.get(c.name)?.to ?? c.version, rule.release) < 0)
                .map((c) => c.name);
            const reached = moves.filter((m) => m.cluster.role === 'workload' && (0,engine_versions.compareMinor)(m.to, rule.release) === 0);
            const lastWorkload = reached.pop();
            // Due once both the global tier and the last workload are there, whichever comes later.
            const due = behind.length === 0 && lastWorkload && lastWorkload.step.index > primary.step.index
                ? lastWorkload
                : primary;
            const when = behind.length === 0
                ? `after step ${due.step.index}, once the global tier and every workload cluster are on ${release}`
                : `once ${behind.join(', ')} also ${behind.length === 1 ? 'reaches' : 'reach'} ${release} (this plan leaves ${behind.length === 1 ? 'it' : 'them'} on an older release)`;
            tasks.push({
                rule,
                step: due.step.index,
                at: due.at,
                text: `${when}${why}, ${task}`,
            });
        }
    }
    return tasks.sort((a, b) => a.step - b.step);
}
function checkPostUpgrade(tasks) {
    return tasks.map((task) => (0,engine_findings/* finding */.gk)('platform/post-upgrade', `${capitalize(task.text)}.`, task.at.file, task.at.offset, {
        step: task.step,
    }));
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/**
 * The node-readiness gate of a hop into a release created with the gate's Kubernetes or later
 * (4.4: 1.35), with the moves that cross to that Kubernetes: the gate applies when the upgrade
 * "upgrades the cluster to Kubernetes 1.35 or later".
 */
function nodeGateOf(catalog, hop, timeline) {
    const creation = catalog.release(hop.version)?.creation ?? [];
    for (const rule of catalog.packageRules) {
        if (rule.rule !== 'platform/node-readiness')
            continue;
        if (!creation.some((k) => (0,engine_versions.compareMinor)(k, rule.kubernetesAtLeast) >= 0))
            continue;
        const entries = new Map(timeline.map((t) => [`${t.step} ${t.cluster}`, t]));
        const moves = hop.moves.filter((move) => {
            const entry = entries.get(`${move.step.index} ${move.cluster.name}`);
            const before = entry ? (0,engine_versions.parseVersion)(entry.from.kubernetes) : null;
            const after = entry ? (0,engine_versions.parseVersion)(entry.to.kubernetes) : null;
            return (!before ||
                !after ||
                ((0,engine_versions.compareMinor)(before, rule.kubernetesAtLeast) < 0 &&
                    (0,engine_versions.compareMinor)(after, rule.kubernetesAtLeast) >= 0));
        });
        if (moves.length === 0)
            continue;
        const ack = rule.ackKeys.find((a) => (0,engine_versions.compareMinor)(a.release, hop.version) === 0);
        return { rule, ackKey: ack?.key, moves };
    }
    return undefined;
}
/** How the runbook and the findings name the ack of a gate. */
function ackWords(gate) {
    return gate.ackKey !== undefined
        ? `the key ${gate.ackKey}: "true"`
        : 'the key the preflight names (the gates are listed in the ConfigMap cpaas-system/admin-gates; a later release can supply a different key than 4.4)';
}
/**
 * platform/node-readiness: a hop into a release created with Kubernetes 1.35 or later (4.4)
 * needs every production node of each cluster that moves to that Kubernetes on a recent enough
 * kernel with cgroup v2. Declared nodes are checked (an error each, naming node and cluster);
 * a moving cluster without `nodes` gets a notice with the two checks to run on each node.
 */
function checkNodeReadiness(catalog, hops, timeline) {
    const findings = [];
    const seen = new Set();
    for (const hop of hops) {
        const gate = nodeGateOf(catalog, hop, timeline);
        if (!gate)
            continue;
        const { rule } = gate;
        const kernel = (0,engine_versions.minorOf)(rule.kernelAtLeast);
        const kubernetes = (0,engine_versions.minorOf)(rule.kubernetesAtLeast);
        for (const move of gate.moves) {
            const spec = move.cluster.spec;
            if (seen.has(spec.name))
                continue;
            seen.add(spec.name);
            const step = `step ${move.step.index} moves ${spec.name} to ${move.to.text} (Kubernetes ${kubernetes})`;
            const details = { cluster: spec.name, step: move.step.index };
            if (!spec.nodes || spec.nodes.length === 0) {
                findings.push((0,engine_findings/* finding */.gk)('platform/node-readiness', `${step}: every production node of ${spec.name} needs Linux kernel ${kernel} or later and cgroup v2 (and a kernel inside the ACP supported operating system and kernel matrix for ${(0,engine_versions.minorOf)(hop.version)}, which the check does not know), or the preflight's AdminAckRequired gate blocks the upgrade. clusters.yaml lists no nodes for ${spec.name}: check each node (the kernel: the KERNEL-VERSION column of \`kubectl get nodes -o wide\`; the cgroup: \`stat -fc %T /sys/fs/cgroup/\` on the node prints cgroup2fs for v2) and record them under "nodes:"`, spec.at.file, spec.at.offset, { ...details, severity: 'notice' }));
                continue;
            }
            for (const node of spec.nodes) {
                if ((0,engine_versions.compareMinor)(node.kernelVersion, rule.kernelAtLeast) < 0) {
                    findings.push((0,engine_findings/* finding */.gk)('platform/node-readiness', `node ${node.name} of ${spec.name} runs Linux kernel ${node.kernel}; ${step}, which needs kernel ${kernel} or later on every production node: upgrade the node's kernel (or replace the node) before step ${move.step.index}, then record the new \`uname -r\``, node.kernelAt.file, node.kernelAt.offset, details));
                }
                if (node.cgroup !== rule.cgroup) {
                    findings.push((0,engine_findings/* finding */.gk)('platform/node-readiness', `node ${node.name} of ${spec.name} runs cgroup ${node.cgroup}; ${step}, which needs cgroup ${rule.cgroup} on every production node (\`stat -fc %T /sys/fs/cgroup/\` prints cgroup2fs): move the node to cgroup ${rule.cgroup} before step ${move.step.index}`, node.cgroupAt.file, node.cgroupAt.offset, details));
                }
            }
        }
    }
    return findings;
}

// EXTERNAL MODULE: ./src/engine/characters.ts
var characters = __webpack_require__(848);
;// CONCATENATED MODULE: ./src/engine/shell.ts
// Shell quoting for generated commands. A value from the inventory is always one argument: plain
// when it has only characters the shell leaves alone, else single-quoted. Secrets are never
// values: they are references to environment variables, written "$NAME".

const UNSAFE_VALUE = new RegExp(characters/* UNSAFE_CHARACTER */.Hw);
const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;
function quote(value) {
    if (UNSAFE_VALUE.test(value)) {
        // The schemas refuse such values before they get here; printing one would split the line.
        throw new Error('refusing to quote a value with control characters');
    }
    if (SAFE.test(value))
        return value;
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
function env(name) {
    return { env: name };
}
/** The argv form: variable references as `$NAME`, for tools that run commands without a shell. */
function argvOf(args) {
    return args.map((arg) => (typeof arg === 'string' ? arg : `$${arg.env}`));
}
/** One line for bash: values quoted, variable references double-quoted so they expand once. */
function shellOf(args) {
    return args.map((arg) => (typeof arg === 'string' ? quote(arg) : `"$${arg.env}"`)).join(' ');
}

;// CONCATENATED MODULE: ./src/engine/commands.ts




const TOKEN = env('ACP_PLATFORM_TOKEN');
function buildCommands(input) {
    return new Runbook(input).build();
}
class Runbook {
    input;
    commands = [];
    hopByMove = new Map();
    movesByStep = new Map();
    extras = new Map();
    address;
    standbyAddress;
    standbyRegistry;
    constructor(input) {
        this.input = input;
        const { clusters } = input;
        this.address = clusters.platformAddress ?? env('ACP_PLATFORM_ADDRESS');
        this.standbyAddress = clusters.standby?.platformAddress ?? env('ACP_STANDBY_PLATFORM_ADDRESS');
        this.standbyRegistry = clusters.standby?.registry ?? env('ACP_STANDBY_REGISTRY');
        for (const hop of input.downloads.hops)
            for (const move of hop.moves)
                this.hopByMove.set(move, hop);
        for (const move of input.moves) {
            const list = this.movesByStep.get(move.step.index) ?? [];
            list.push(move);
            this.movesByStep.set(move.step.index, list);
        }
    }
    build() {
        const { plan, downloads } = this.input;
        this.verify();
        const firstStep = plan.steps[0]?.index;
        const byStep = new Map();
        for (const hop of downloads.hops) {
            const step = hop.firstMove?.step.index;
            if (step !== undefined)
                byStep.set(step, [...(byStep.get(step) ?? []), hop]);
        }
        for (const step of plan.steps) {
            for (const hop of byStep.get(step.index) ?? []) {
                this.prepare(hop, step.index === firstStep ? 0 : step.index);
            }
            this.window(step);
        }
        const last = plan.steps[plan.steps.length - 1]?.index ?? 0;
        for (const task of this.input.postUpgrade) {
            this.note('post-upgrade', task.text, {
                window: last,
                phase: 'after',
                step: task.step,
            });
        }
        return this.commands;
    }
    add(stage, note, args, where, details = {}) {
        this.commands.push({
            stage,
            window: where.window,
            phase: where.phase,
            ...(where.hop !== undefined && { hop: where.hop }),
            note,
            ...details,
            argv: argvOf(args),
            shell: shellOf(args),
        });
    }
    note(stage, note, where, details = {}) {
        const { step, ...rest } = where;
        this.add(stage, note, [], rest, { ...details, ...(step !== undefined && { step }) });
    }
    /** `violet verify` of every folder a package comes from, once, before any window. */
    verify() {
        const files = this.input.downloads.list.flatMap((d) => (d.file !== undefined ? [d.file] : []));
        const folders = [...new Set(files.map(folderOf))].sort(engine_findings/* compareText */.n6);
        for (const folder of folders) {
            this.add('verify', `check the signatures of the packages in ${folder} before uploading them`, ['violet', 'verify', folder], { window: 0, phase: 'prepare' });
        }
    }
    // --- a hop's preparation ------------------------------------------------------------------
    prepare(hop, window) {
        const where = { window, phase: 'prepare', hop: hop.version.text };
        const { clusters } = this.input;
        const tier = this.tierOf(hop);
        const standbyMoves = clusters.standby !== undefined && tier.includes(clusters.standby);
        const inHop = this.input.downloads.list.filter((d) => d.hop === hop);
        const packages = inHop.filter((d) => d.kind === 'package' && d.file !== undefined);
        const core = inHop.find((d) => d.kind === 'core');
        const standbyDone = new Set();
        const extras = this.extrasOf(hop);
        if (extras.scenario)
            this.scenarioNotes(hop, extras.scenario, where);
        // TopoLVM pre-stage, in the documented form: --target-catalog-source "platform" and the
        // primary's clusters that run it; a standby that runs it gets its own push.
        for (const d of packages.filter((p) => p.prestage)) {
            const move = d.prestage.move;
            const targets = d.clusters.filter((name) => {
                const spec = clusters.byName.get(name);
                return spec && spec.role !== 'standby' && (spec.role === 'global' || hop.moving.has(name));
            });
            const why = `before step ${move.step.index} moves ${move.cluster.name} (${d.prestage.rule.id})`;
            if (targets.length > 0) {
                this.add('before-window', `${d.name}: TopoLVM pre-stage, to the clusters that run it, ${why}`, [...this.pushArgs(d, this.address, true), '--clusters', targets.join(',')], where, { package: d.name });
            }
            if (standbyMoves && d.clusters.includes(clusters.standby.name)) {
                this.add('before-window', `${d.name}: TopoLVM pre-stage to the DR standby ${clusters.standby.name}, which runs it, through its own address and registry, ${why}`, this.standbyPushArgs(d, true), where, { package: d.name, cluster: clusters.standby.name });
                standbyDone.add(d);
            }
        }
        for (const cluster of tier)
            this.coreArtifacts(hop, cluster, core, extras, where);
        // The scenario applications are published with the Core artifacts, never with violet push.
        const pushed = packages.filter((p) => !p.scenario);
        for (const d of pushed.filter((p) => !p.prestage))
            this.push(hop, d, where);
        if (standbyMoves) {
            const standby = clusters.standby;
            for (const d of pushed.filter((p) => !standbyDone.has(p))) {
                this.add('standby', `${labelOf(d)}: the same package to the DR standby ${standby.name}'s registry`, this.standbyPushArgs(d, d.type === 'OperatorBundle'), where, { package: d.name, cluster: standby.name });
            }
        }
    }
    /** The DR standby, then the primary: the global-tier clusters that move in this hop. */
    tierOf(hop) {
        const { clusters } = this.input;
        return [clusters.standby, clusters.global].filter((c) => c !== undefined && hop.moving.has(c.name));
    }
    coreArtifacts(hop, cluster, core, extras, where) {
        const version = hop.version.text;
        const details = { package: `core ${version}`, cluster: cluster.name };
        if (!core?.file) {
            this.note('note', `no Core ${version} package in packages.yaml yet: download it, extract it on ${cluster.name}'s control-plane node, and run its bash upgrade.sh --only-sync-image and bash upgrade.sh --preflight before the window`, where, details);
            return;
        }
        const node = `on ${cluster.name}'s control-plane node`;
        const place = `${node}, in the extracted Core ${version} package (${core.file})`;
        for (const d of extras.staged) {
            this.add('core', `stage ${d.displayName ?? d.name} (${labelOf(d)}, "${extras.scenario.scenario}") into plugins/ of the extracted Core ${version} package (${core.file}) ${node}: published with the Core artifacts, never with violet push (run from that folder; the path is packages.yaml's)`, ['cp', d.file, 'plugins/'], where, { ...details, package: d.name ?? d.displayName });
        }
        if (extras.external) {
            // ProductBase.spec.registry.external: true. "Either order, both must succeed."
            for (const scope of ['all', 'necessary']) {
                this.add('core', `external registry: publish the Core ${version} artifacts${extras.staged.length > 0 ? ' (the staged plugins included)' : ''} from installer/ of the extracted Core ${version} package (${core.file}) ${node}, instead of --only-sync-image (res/upload.sh all and res/upload.sh necessary, in either order; both must succeed)`, ['res/upload.sh', scope], where, details);
            }
        }
        else {
            this.add('core', `sync the Core ${version} images${extras.staged.length > 0 ? ' (the staged plugins included)' : ''} ${place}, any time before the window`, ['bash', 'upgrade.sh', '--only-sync-image'], where, details);
        }
        this.add('core', `preflight ${place}, 1-2 weeks before the window`, ['bash', 'upgrade.sh', '--preflight'], where, details);
        if (extras.gate)
            this.ack(cluster, extras.gate, version, where, details);
    }
    /**
     * The node-readiness gate: the preflight's AdminAckRequired blocks until an administrator writes
     * the ack after checking the nodes; the runbook says so and reruns the preflight, it writes
     * nothing itself.
     */
    ack(cluster, gate, version, where, details) {
        const { rule } = gate;
        const standby = cluster.role === 'standby';
        this.note('note', `node readiness for Kubernetes ${minorOfText(rule.kubernetesAtLeast.text)}: the preflight above reports the AdminAckRequired gate. After checking every production node of ${cluster.name} (Linux kernel ${minorOfText(rule.kernelAtLeast.text)} or later, cgroup ${rule.cgroup}: see platform/node-readiness), an administrator writes ${ackWords(gate)} into the ConfigMap cpaas-system/admin-acks${standby ? ` of the DR standby ${cluster.name}'s own platform` : ''}, before ${cluster.name}'s upgrade request; this runbook writes nothing. Whether one ack covers every cluster is not documented`, where, details);
        this.add('core', `rerun the preflight on ${cluster.name}'s control-plane node after the ack, in the extracted Core ${version} package`, ['bash', 'upgrade.sh', '--preflight'], where, details);
    }
    extrasOf(hop) {
        const known = this.extras.get(hop);
        if (known)
            return known;
        const scenario = scenarioOf(hop, this.input.catalog);
        const staged = this.input.downloads.list.filter((d) => d.kind === 'package' && d.hop === hop && d.scenario !== undefined && d.file !== undefined);
        const extras = {
            staged,
            external: scenario !== undefined && this.input.clusters.externalRegistry === true,
        };
        if (scenario)
            extras.scenario = scenario;
        const gate = nodeGateOf(this.input.catalog, hop, this.input.timeline);
        if (gate)
            extras.gate = { ...gate, moving: new Set(gate.moves) };
        this.extras.set(hop, extras);
        return extras;
    }
    scenarioNotes(hop, scenario, where) {
        const version = hop.version.text;
        this.note('note', `the "${scenario.scenario}" set (${scenario.displayNames.length} Aligned applications, downloaded with violet ${scenario.violetAtLeast} or later: violet ac download-app --arch=<arch> --platformVersion=v${version} --scenario="${scenario.scenario}") is copied into plugins/ of the extracted Core ${version} package below and published with the Core artifacts; it is never pushed with violet, and if violet list shows one of them, that duplicate is not published with violet either`, where);
        const from = scenario.neverPushFrom.find((v) => minorOfText(v.text) === minorOfText(hop.from.text));
        if (from) {
            this.note('note', `from ${minorOfText(from.text)}: do not use violet push to publish these ${scenario.displayNames.length} packages before upgrading an ACP ${minorOfText(from.text)} environment; pushing them can take the Web Console down`, where);
        }
    }
    /**
     * Cluster plugins and charts once, without --clusters (violet ignores it for them); an operator
     * to the global and every workload that runs it and moves in this hop.
     */
    push(hop, d, where) {
        const { clusters } = this.input;
        const label = labelOf(d);
        const installedNowhere = d.clusters.length === 0 ? ' (installed nowhere yet)' : '';
        if (d.type === 'OperatorBundle') {
            const workloads = d.clusters.filter((c) => clusters.byName.get(c)?.role === 'workload' && hop.moving.has(c));
            const targets = [clusters.global.name, ...workloads];
            const behind = d.clusters.filter((c) => clusters.byName.get(c)?.role === 'workload' && !hop.moving.has(c));
            const skipped = behind.length > 0 ? `; not to ${behind.join(', ')}, which this hop does not upgrade` : '';
            this.add('push', `${label}: operator, to ${targets.join(', ')}${workloads.length > 0 ? ' (the global and the workloads this hop upgrades that run it)' : ''}${installedNowhere}${skipped}`, [...this.pushArgs(d, this.address, true), '--clusters', targets.join(',')], where, { package: d.name });
            return;
        }
        const what = d.type === 'Chart'
            ? 'Helm chart, to public-charts'
            : 'cluster plugin, once for every cluster';
        this.add('push', `${label}: ${what}${installedNowhere}`, this.pushArgs(d, this.address, false), where, {
            package: d.name,
        });
    }
    pushArgs(d, address, platformCatalog) {
        const args = ['violet', 'push', d.file];
        if (platformCatalog)
            args.push('--target-catalog-source', 'platform');
        args.push('--platform-address', address, '--platform-token', TOKEN);
        return args;
    }
    standbyPushArgs(d, platformCatalog) {
        return [
            ...this.pushArgs(d, this.standbyAddress, platformCatalog),
            '--dest-repo',
            this.standbyRegistry,
            '--username',
            env('ACP_STANDBY_REGISTRY_USERNAME'),
            '--password',
            env('ACP_STANDBY_REGISTRY_PASSWORD'),
        ];
    }
    // --- a window -----------------------------------------------------------------------------
    window(step) {
        const where = { window: step.index, phase: 'window' };
        const moves = this.movesByStep.get(step.index) ?? [];
        if (moves.length === 0) {
            if (!step.to && step.kubernetes) {
                const names = step.clusters.map((c) => c.name).join(', ');
                this.note('note', `step ${step.index}: a Kubernetes-only window: upgrade the Kubernetes of ${names} to ${step.kubernetes.version.text} within ${step.clusters.length === 1 ? 'its' : 'their'} current ACP release (no upgrade.sh or ac line is generated for it)`, { ...where, step: step.index });
            }
            return;
        }
        for (const move of moves) {
            if (move.cluster.role === 'workload')
                this.workloadWindow(move, where);
            else
                this.tierWindow(move, where);
        }
    }
    tierWindow(move, where) {
        const hop = this.hopOf(move);
        const version = move.to.text;
        // plan.yaml names exact versions (`to: 4.3` is 4.3.0): what the step says is what is requested.
        const requested = move.to.text;
        const name = move.cluster.name;
        const details = { cluster: name, step: move.step.index };
        const at = { ...where, hop: hop?.version.text ?? version };
        const core = this.input.downloads.list.find((d) => d.kind === 'core' && d.hop === hop);
        const external = hop !== undefined && this.extrasOf(hop).external;
        const synced = !core?.file
            ? `; packages.yaml lists no Core ${version} package, so no sync line was printed: sync its images first`
            : external
                ? ' (its Core artifacts were published with res/upload.sh above)'
                : ' (its images were synced with --only-sync-image above)';
        const standby = move.cluster.role === 'standby';
        const node = standby
            ? `on the DR standby ${name}'s own control-plane node`
            : `on ${name}'s control-plane node`;
        this.add('window', `step ${move.step.index}: ${node}, in the extracted Core ${version} package: start the upgrade, which deploys or updates the cluster version operator${synced}`, ['bash', 'upgrade.sh', '--skip-sync-image'], at, details);
        const request = standby
            ? `step ${move.step.index}: request the DR standby ${name}'s upgrade to ${requested}: run ac on its own control-plane node, logged in to the standby's own platform address (${describe(this.standbyAddress)}), where it is the global cluster`
            : `step ${move.step.index}: request ${name}'s upgrade to ${requested} (or from the Web Console); progress: kubectl get cvsh global -n cpaas-system`;
        this.add('request', request, ['ac', 'adm', 'upgrade', '--cluster=global', `--to=${requested}`], at, details);
    }
    workloadWindow(move, where) {
        const version = move.to.text;
        const requested = move.to.text;
        const name = move.cluster.name;
        const details = { cluster: name, step: move.step.index };
        const at = { ...where, hop: this.hopOf(move)?.version.text ?? version };
        this.add('window', `step ${move.step.index}: preflight ${name} before its upgrade to ${version}, in the extracted Core ${version} package`, ['bash', 'upgrade.sh', `--cluster=${name}`, '--preflight'], at, details);
        const hop = this.hopOf(move);
        const gate = hop ? this.extrasOf(hop).gate : undefined;
        if (gate?.moving.has(move)) {
            this.note('note', `step ${move.step.index}: if the preflight reports the AdminAckRequired gate for node readiness, check ${name}'s production nodes first; for a workload cluster the ack (${ackWords(gate)}) goes into the global-side ConfigMap cpaas-system/admin-acks (whether the ack written for the global tier already covers ${name} is not documented); this runbook writes nothing`, { ...at, step: move.step.index }, { cluster: name });
        }
        this.add('request', `step ${move.step.index}: request ${name}'s upgrade to ${requested}, the global's current version (or from the Web Console); progress: kubectl get cvsh ${name} -n cpaas-system`, ['ac', 'adm', 'upgrade', `--cluster=${name}`, `--to=${requested}`], at, details);
    }
    hopOf(move) {
        return this.hopByMove.get(move);
    }
}
/** `4.1` for 4.1.3. */
function minorOfText(text) {
    return text.split('.').slice(0, 2).join('.');
}
function labelOf(d) {
    return d.version !== undefined ? `${d.name} ${d.version}` : d.name;
}
function describe(arg) {
    return typeof arg === 'string' ? arg : `$${arg.env}`;
}
function folderOf(file) {
    const slash = file.lastIndexOf('/');
    return slash <= 0 ? (slash === 0 ? '/' : '.') : file.slice(0, slash);
}

// EXTERNAL MODULE: ./src/engine/inventory/load.ts + 1 modules
var load = __webpack_require__(543);
// EXTERNAL MODULE: ./src/engine/inventory/validate.ts
var validate = __webpack_require__(391);
// EXTERNAL MODULE: ./src/engine/report.ts
var engine_report = __webpack_require__(594);
;// CONCATENATED MODULE: ./src/engine/rules/packages.ts
// packages/* rules: every download each hop needs is in packages.yaml and fits the journey, and
// what packages.yaml says agrees with violet's own export.





function at(rule, message, loc, details) {
    return (0,engine_findings/* finding */.gk)(rule, message, loc.file, loc.offset, details);
}
function checkPackages(ctx) {
    const { downloads } = ctx;
    const multiHop = downloads.hops.length > 1;
    const findings = downloads.list.flatMap((d) => d.kind === 'core' ? checkCore(d) : checkDownload(d, downloads, multiHop, ctx.catalog));
    for (const hop of downloads.hops)
        findings.push(...checkScenario(hop, downloads, ctx.catalog));
    for (const info of downloads.packages)
        findings.push(...checkPackage(info, ctx));
    findings.push(...checkMysqlPxc(ctx.catalog, ctx.apps, downloads.hops));
    return findings;
}
/** packages/core-missing, per hop */
function checkCore(download) {
    const move = download.firstMove;
    if (download.status !== 'missing' || !move)
        return [];
    return [
        at('packages/core-missing', `no Core package for ${download.version} in packages.yaml, and step ${move.step.index} moves ${move.cluster.name} there; download it from the Customer Portal and add "- core: ${download.version}" with its file`, move.step.to.at, { cluster: move.cluster.name, step: move.step.index, package: `core ${download.version}` }),
    ];
}
/** packages/missing, packages/topolvm-prestage and packages/log-essentials, per hop */
function checkDownload(download, all, multiHop, catalog) {
    // Members of a scenario set are reported together, once per hop (checkScenario).
    if (download.status !== 'missing' || download.scenario)
        return [];
    const name = download.name ?? download.displayName ?? 'package';
    if (download.prestage) {
        const { move } = download.prestage;
        const clusters = download.clusters.filter((c) => move.platform.clusters.byName.get(c)?.role !== 'standby');
        return [
            at('packages/topolvm-prestage', `${name} (TopoLVM) runs on ${download.clusters.join(', ')}, and ${(0,engine_versions.minorOf)(move.from)} -> ${(0,engine_versions.minorOf)(move.to)} needs its package pushed to those clusters (--clusters ${clusters.join(',')}) before step ${move.step.index} moves ${move.cluster.name}; download it${servingHint(download, all)} and add it to packages.yaml`, move.at, { cluster: move.cluster.name, step: move.step.index, package: name }),
        ];
    }
    if (download.companion) {
        const { move, triggers } = download.companion;
        return [
            at('packages/log-essentials', `${triggers.join(', ')} (log storage) is installed and step ${move.step.index} moves ${move.cluster.name} to ${move.to.text}: from 4.2 on, the Alauda Container Platform Log Essentials package must be uploaded before the upgrade; download it${servingHint(download, all)} and add it to packages.yaml`, move.at, { cluster: move.cluster.name, step: move.step.index, package: 'Log Essentials' }),
        ];
    }
    if (!download.app)
        return [];
    const hop = download.hop;
    const moving = download.clusters.filter((c) => hop.moving.has(c));
    const where = `runs on ${download.clusters.join(', ')}`;
    const forHop = multiHop
        ? ` for the hop to ${hop.version.text} (${moving.join(', ')} ${moving.length === 1 ? 'moves' : 'move'} there; an Aligned plugin needs a package for every hop, one whose acpVersions lists ${(0,engine_versions.minorOf)(hop.version)})`
        : '';
    const scenario = scenarioOf(hop, catalog);
    if (scenario?.agnosticOptional && download.lifecycle === 'agnostic') {
        return [
            at('packages/missing', `${name} (${download.type}, Agnostic) ${where} but packages.yaml has no package for it${forHop}${servingHint(download, all)}: missing Agnostic packages do not block the upgrade to ${(0,engine_versions.minorOf)(hop.version)}, but the plugin stays on its version until a later window pushes one; download it now to avoid that window`, download.app.at, { package: name, severity: 'warning' }),
        ];
    }
    const cvo = scenario
        ? `; each installed Aligned plugin needs its ${(0,engine_versions.minorOf)(hop.version)} package before the upgrade request, or CVO stalls`
        : '';
    return [
        at('packages/missing', `${name} (${download.type}) ${where} but packages.yaml has no package for it${forHop}${servingHint(download, all)}${cvo}; download it before the window (holding one back forces a second window)`, download.app.at, { package: name }),
    ];
}
/**
 * packages/missing for a scenario set ("ACP Upgrade to v4.4"): one finding per hop listing the
 * members packages.yaml lacks, at the hop's first global-tier step.
 */
function checkScenario(hop, all, catalog) {
    const scenario = scenarioOf(hop, catalog);
    const move = hop.firstTierMove;
    if (!scenario || !move)
        return [];
    const missing = all.list.filter((d) => d.kind === 'package' && d.hop === hop && d.scenario === scenario && d.status === 'missing');
    if (missing.length === 0)
        return [];
    const names = missing.map((d) => {
        const label = d.displayName ?? d.name ?? 'package';
        return d.clusters.length > 0 ? `${label} (installed on ${d.clusters.join(', ')})` : label;
    });
    const version = hop.version.text;
    return [
        at('packages/missing', `step ${move.step.index} moves ${move.cluster.name} to ${version}, and packages.yaml lacks ${missing.length} of the ${scenario.displayNames.length} packages of the "${scenario.scenario}" set: ${names.join('; ')}. Download the set with violet ${scenario.violetAtLeast} or later (violet ac download-app --arch=<arch> --platformVersion=v${version} --scenario="${scenario.scenario}") and list each package with its displayName; the runbook copies them into plugins/ of the extracted Core package, never violet push`, move.at, { cluster: move.cluster.name, step: move.step.index, package: scenario.scenario }),
    ];
}
/** What packages.yaml holds for the application in other hops, so the message can say why. */
function servingHint(download, all) {
    if (download.name === undefined)
        return '';
    const others = all.packages.filter((p) => p.spec.name === download.name);
    if (others.length === 0)
        return '';
    const described = others.map((p) => {
        const hops = p.hops.filter((h) => h !== download.hop).map((h) => h.version.text);
        const listed = p.spec.acpVersions
            ? `lists ACP ${p.spec.acpVersions.map((v) => v.text).join(', ')}`
            : 'lists no acpVersions, so it serves the final target only';
        return `${p.spec.version} ${listed}${hops.length > 0 ? ` (used for ${hops.join(', ')})` : ''}`;
    });
    return ` (packages.yaml has ${download.name} ${described.join('; ')})`;
}
/** Per packages.yaml entry, whatever hop it serves. */
function checkPackage(info, ctx) {
    const { spec, app } = info;
    const name = spec.name;
    const findings = [];
    const hops = ctx.downloads.hops;
    if (info.incompatible) {
        const releases = hops.map((h) => h.version.text);
        const wanted = releases.length > 1
            ? `none of the releases the plan moves to (${releases.join(', ')}); download the version for the hop it should serve`
            : `not the target ${ctx.target ?? releases[0]}; download a version compatible with ${ctx.target ?? releases[0]}`;
        findings.push(at('packages/incompatible', `the ${name} package ${spec.version} lists ACP ${spec.acpVersions.map((v) => v.text).join(', ')}, ${wanted}`, spec.acpVersionsAt ?? spec.at, { package: name }));
    }
    if (info.olderThan !== undefined && app) {
        const where = app.installed.filter((i) => i.version === info.olderThan).map((i) => i.cluster);
        findings.push(at('packages/older-than-installed', `the ${name} package ${spec.version} is older than ${info.olderThan} on ${where.join(', ')}; download ${info.olderThan} or later`, spec.versionAt, { package: name }));
    }
    if (app && spec.type !== app.type) {
        findings.push(at('packages/type-mismatch', `packages.yaml gives ${name} the type ${spec.type}, but apps.yaml (violet's own export) says ${app.type}; the commands follow apps.yaml (${pushOf(app.type)}): write "type: ${app.type}" here`, spec.typeAt, { package: name }));
    }
    findings.push(...notAnUpgrade(info, hops));
    findings.push(...notInstalled(info, ctx));
    return findings;
}
function pushOf(type) {
    if (type === 'OperatorBundle')
        return 'an operator is pushed to global and to every workload that runs it, with --clusters';
    if (type === 'Chart')
        return 'a chart goes to public-charts, without --clusters';
    return 'a cluster plugin is pushed once, without --clusters';
}
/**
 * packages/not-an-upgrade: the package is the version every cluster that runs the application
 * already has, while the plan moves one of them to a new minor release.
 */
function notAnUpgrade(info, hops) {
    const { spec, app } = info;
    if (!app || app.installed.length === 0)
        return [];
    const versions = new Set(app.installed.map((i) => i.version));
    if (![...versions].every((v) => (0,engine_versions.compareAppVersions)(v, spec.version) === 0))
        return [];
    const running = new Set(app.installed.map((i) => i.cluster));
    const moves = hops
        .flatMap((h) => h.moves)
        .filter((m) => running.has(m.cluster.name) && (0,engine_versions.compareMinor)(m.from, m.to) < 0);
    if (moves.length === 0)
        return [];
    const last = moves[moves.length - 1];
    const release = (0,engine_versions.minorOf)(last.to);
    const clusters = [...new Set(moves.map((m) => m.cluster.name))];
    const aligned = spec.lifecycle === 'aligned';
    const head = `the ${spec.name} package ${spec.version} is the version ${[...running].join(', ')} already ${running.size === 1 ? 'runs' : 'run'}, and the plan moves ${clusters.join(', ')} to ${release}`;
    const message = aligned
        ? `${head}: Aligned plugins are released with each ACP version, and without the ${release} package CVO stalls; download the ${spec.name} package for ACP ${release}`
        : `${head}: if it is an Aligned plugin, CVO stalls without the ${release} package; download the ${release} version, or state "lifecycle: agnostic" if this one is meant to stay`;
    return [
        at('packages/not-an-upgrade', message, spec.versionAt, {
            package: spec.name,
            ...(aligned ? {} : { severity: 'warning' }),
        }),
    ];
}
/**
 * packages/not-installed: a package for an application that apps.yaml lists on no cluster and
 * that no package rule asks for. It is still pushed (to the global tier only): SPEC §1 lists
 * packages for applications to install later; a typo of an installed name is the usual cause.
 */
function notInstalled(info, ctx) {
    const { spec, app } = info;
    if (app && app.installed.length > 0)
        return [];
    const asked = ctx.downloads.list.some((d) => d.kind === 'package' &&
        d.spec === spec &&
        d.reasons.some((r) => r !== 'installed' && r !== 'listed'));
    if (asked)
        return [];
    const installed = ctx.apps.list.filter((a) => a.installed.length > 0).map((a) => a.name);
    const hint = (0,validate/* suggest */.ZA)(spec.name, installed);
    const where = app ? 'apps.yaml lists it on no cluster' : 'apps.yaml does not list it';
    const meant = hint
        ? `; did you mean "${hint}" (installed on ${ctx.apps.byName
            .get(hint)
            .installed.map((i) => i.cluster)
            .join(', ')})? Rename it so the package serves that application`
        : '; if it is for an application to install after the upgrade, nothing is wrong; otherwise remove it';
    return [
        at('packages/not-installed', `the ${spec.name} package is in packages.yaml, but ${where}${meant}. It is pushed as listed, to the global tier only`, spec.at, { package: spec.name }),
    ];
}
/** packages/mysql-pxc: the global tier moves into the rule's release with MySQL installed. */
function checkMysqlPxc(catalog, apps, hops) {
    const findings = [];
    for (const rule of catalog.packageRules) {
        if (rule.rule !== 'packages/mysql-pxc')
            continue;
        for (const hop of hops) {
            const move = hop.firstTierMove;
            if (!move || !movesInto(hop, move, rule))
                continue;
            for (const app of apps.list) {
                if (app.installed.length === 0)
                    continue;
                if (!(0,catalog_catalog/* matchesPatterns */.vZ)(rule.application, app.name, app.displayName))
                    continue;
                const label = app.displayName ? `${app.name} (${app.displayName})` : app.name;
                findings.push(at('packages/mysql-pxc', `step ${move.step.index} moves ${move.cluster.name} into ${(0,engine_versions.minorOf)(rule.globalInto)} and ${label} runs on ${app.installed.map((i) => i.cluster).join(', ')}: upgrading the global cluster also upgrades the MySQL operator, and PXC instances become unmanaged after that operator upgrade; migrate any PXC instances before this step (waive this finding once there are none)`, move.at, { cluster: move.cluster.name, step: move.step.index, package: app.name }));
            }
        }
    }
    return findings;
}
function movesInto(hop, move, rule) {
    return ((0,engine_versions.compareMinor)(move.to, rule.globalInto) === 0 && (0,engine_versions.compareMinor)(hop.from, rule.globalInto) < 0);
}

;// CONCATENATED MODULE: ./src/engine/routes.ts

/** Does every cluster meet this edge's Kubernetes prerequisite as things stand? */
function edgePrerequisiteMet(catalog, edge, clusters) {
    return clusters.every((c) => kubernetesMeets(catalog, edge, c));
}
/** Whether one cluster meets an edge's Kubernetes prerequisite. */
function kubernetesMeets(catalog, edge, cluster) {
    if (edge.kubernetes.kind === 'at-least') {
        return (0,engine_versions.compareMinor)(cluster.kubernetes, edge.kubernetes.minimum) >= 0;
    }
    if (cluster.role !== 'workload')
        return true;
    return inCompatible(catalog.release(edge.to), cluster.kubernetes);
}
function inCompatible(release, kubernetes) {
    if (!release?.compatible)
        return true;
    return release.compatible.some((v) => (0,engine_versions.compareMinor)(v, kubernetes) === 0);
}
/**
 * The preferred shortest route from a version to a target, or undefined when none exists
 * (SPEC §3, path/unsupported): the shortest; among equally short routes, the one whose first hop
 * the clusters can take now, without a Kubernetes-only step; then the one through the newer
 * intermediate releases, compared hop by hop. Built hop by hop from the distances to the target,
 * so its cost is linear in the catalog's size whatever the number of equally short routes.
 */
function preferredRoute(catalog, from, to, clusters) {
    if ((0,engine_versions.compareMinor)(from, to) === 0)
        return [];
    const hops = catalog.hopsTo(to);
    const onShortestRoute = (edge, here) => hops.get((0,engine_versions.minorOf)(edge.to)) === hops.get(here) - 1;
    // The first hop from the source's own patch (later hops land on a minor), on a shortest route.
    const fewest = shortestFirstHop(catalog, from, hops);
    const first = catalog
        .edgesFrom(from)
        .filter((edge) => catalog.allowsSource(edge, from) && hops.get((0,engine_versions.minorOf)(edge.to)) === fewest);
    if (first.length === 0)
        return undefined;
    const ready = first.filter((edge) => edgePrerequisiteMet(catalog, edge, clusters));
    const route = [newest(ready.length > 0 ? ready : first)];
    for (;;) {
        const here = (0,engine_versions.minorOf)(route[route.length - 1].to);
        if (hops.get(here) === 0)
            return route;
        route.push(newest(catalog.edgesFrom(route[route.length - 1].to).filter((e) => onShortestRoute(e, here))));
    }
}
/** The fewest hops left after a first hop the source's patch may take. */
function shortestFirstHop(catalog, from, hops) {
    let best = Infinity;
    for (const edge of catalog.edgesFrom(from)) {
        const left = hops.get((0,engine_versions.minorOf)(edge.to));
        if (left !== undefined && catalog.allowsSource(edge, from))
            best = Math.min(best, left);
    }
    return best;
}
function newest(edges) {
    return edges.reduce((best, edge) => ((0,engine_versions.compareMinor)(edge.to, best.to) > 0 ? edge : best));
}
/** `3.18 -> 4.0 -> 4.3` */
function describeRoute(from, route) {
    return [(0,engine_versions.minorOf)(from), ...route.map((edge) => (0,engine_versions.minorOf)(edge.to))].join(' -> ');
}

;// CONCATENATED MODULE: ./src/engine/rules/kubernetes.ts

function kubernetesFix(catalog, cluster, edge) {
    const accepts = (v) => edge.kubernetes.kind === 'at-least'
        ? (0,engine_versions.compareMinor)(v, edge.kubernetes.minimum) >= 0
        : (catalog.release(edge.to)?.compatible ?? []).some((c) => (0,engine_versions.compareMinor)(c, v) === 0);
    const current = catalog.release(cluster.version)?.compatible;
    const candidates = current
        ? [...current]
        : edge.kubernetes.kind === 'at-least'
            ? [edge.kubernetes.minimum]
            : [];
    return candidates
        .filter((v) => accepts(v) && (0,engine_versions.compareMinor)(v, cluster.kubernetes) >= 0)
        .sort(engine_versions.compareMinor)[0];
}

;// CONCATENATED MODULE: ./src/engine/rules/path.ts
// path/* rules: is each move a supported upgrade edge, are its Kubernetes prerequisites met, does
// anything go down, and does the global tier reach the target.





function path_at(rule, message, loc, ctx, cluster = ctx?.cluster.name) {
    return (0,engine_findings/* finding */.gk)(rule, message, loc.file, loc.offset, ctx ? { cluster: cluster, step: ctx.step.index } : {});
}
/** path/downgrade for a Distribution or Kubernetes version that goes down. */
function checkDowngrade(ctx, what, from, to, loc) {
    if ((0,engine_versions.compareVersions)(to, from) >= 0)
        return [];
    return [
        path_at('path/downgrade', `step ${ctx.step.index} would take ${ctx.cluster.name}'s ${what} from ${from.text} down to ${to.text}; ACP upgrades only go up: fix the version or remove the step`, loc, ctx),
    ];
}
/** path/unsupported for a move between minors; returns the edge when the catalog has one. */
function checkEdge(ctx, to, loc) {
    const { catalog } = ctx.platform;
    const from = ctx.cluster.version;
    const edge = catalog.edge(from, to);
    if (!edge || !catalog.allowsSource(edge, from)) {
        return {
            edge: undefined,
            findings: [path_at('path/unsupported', unsupportedMessage(ctx, edge, to), loc, ctx)],
        };
    }
    return { edge, findings: [] };
}
/**
 * path/kubernetes-prerequisite: an edge with an `at-least` prerequisite needs *all* clusters on
 * that Kubernetes or later. Checked for `clusters` (the global tier when one of it moves along the
 * edge, or the moving cluster itself); workloads are order/workload-kubernetes's when the global
 * tier moves. `reported` keeps each cluster to one finding per release.
 */
function checkKubernetesPrerequisite(ctx, edge, clusters, reported) {
    if (edge.kubernetes.kind !== 'at-least')
        return [];
    const minimum = edge.kubernetes.minimum;
    const { catalog } = ctx.platform;
    const findings = [];
    for (const cluster of clusters) {
        if ((0,engine_versions.compareMinor)(cluster.kubernetes, minimum) >= 0)
            continue;
        const key = `${cluster.name}@${(0,engine_versions.minorOf)(edge.to)}`;
        if (reported.has(key))
            continue;
        reported.add(key);
        const fix = kubernetesFix(catalog, cluster, edge);
        const whose = cluster.name === ctx.cluster.name
            ? ''
            : `, and step ${ctx.step.index} moves ${ctx.cluster.name} along it`;
        findings.push(path_at('path/kubernetes-prerequisite', `${(0,engine_versions.minorOf)(edge.from)} -> ${(0,engine_versions.minorOf)(edge.to)} needs every cluster on Kubernetes ${minimum.text} or later, but ${cluster.name} runs ${cluster.kubernetes.text}${whose}; ` +
            (fix
                ? `add a step before step ${ctx.step.index}: cluster: ${cluster.name}, kubernetes: "${fix.text}"`
                : `no Kubernetes inside ${cluster.name}'s release ${(0,engine_versions.minorOf)(cluster.version)} reaches it; check the catalog`), ctx.step.to?.at ?? ctx.at, ctx, cluster.name));
    }
    return findings;
}
/**
 * path/source-patch: an edge that starts only from listed patches (3.16.0-2 or 3.18.0/1 -> 4.0)
 * needs every cluster of the platform on one of them when the global tier takes it: a cluster
 * still below the edge's target on another version cannot follow. `reported` keeps each cluster
 * to one finding per edge.
 */
function checkSourcePatch(ctx, edge, reported) {
    if (!edge.fromPatches)
        return [];
    const { catalog } = ctx.platform;
    const patches = edge.fromPatches.map((v) => v.text).join(', ');
    const findings = [];
    for (const cluster of ctx.platform.all()) {
        if (cluster.name === ctx.cluster.name)
            continue; // its own source is path/unsupported's
        if ((0,engine_versions.compareMinor)(cluster.version, edge.to) >= 0)
            continue;
        if ((0,engine_versions.compareMinor)(cluster.version, edge.from) === 0 &&
            catalog.allowsSource(edge, cluster.version))
            continue;
        const key = `${cluster.name}@${(0,catalog_catalog/* edgeKey */.B5)(edge.from, edge.to)}`;
        if (reported.has(key))
            continue;
        reported.add(key);
        findings.push(path_at('path/source-patch', `step ${ctx.step.index} moves ${ctx.cluster.name} along ${(0,engine_versions.minorOf)(edge.from)} -> ${(0,engine_versions.minorOf)(edge.to)}, which needs every cluster of the platform on ${patches}, but ${cluster.name} is on ${cluster.version.text}; ${cluster.name} cannot follow from there: bring it to one of those patches first, or check its version in clusters.yaml`, ctx.step.to?.at ?? ctx.at, ctx, cluster.name));
    }
    return findings;
}
/** path/no-op-step: a step that changes nothing for a cluster would print an empty window. */
function checkNoOp(ctx, loc) {
    const { cluster, step } = ctx;
    const what = step.to
        ? `already on ${cluster.version.text}${step.kubernetes ? ` and Kubernetes ${cluster.kubernetes.text}` : ''}`
        : `already on Kubernetes ${cluster.kubernetes.text}`;
    return [
        path_at('path/no-op-step', `step ${step.index} changes nothing for ${cluster.name}: it is ${what} at that point; remove ${cluster.name} from the step (a repeated step would print a maintenance window that does nothing)`, loc, ctx),
    ];
}
function unsupportedMessage(ctx, edge, to) {
    const { catalog, plan } = ctx.platform;
    const from = ctx.cluster.version;
    const head = `step ${ctx.step.index} moves ${ctx.cluster.name} from ${from.text} to ${to.text}`;
    const route = preferredRoute(catalog, from, to, ctx.platform.all());
    if (edge?.fromPatches) {
        const patches = edge.fromPatches.map((v) => v.text).join(', ');
        const limited = `${head}, but ${(0,engine_versions.minorOf)(from)} -> ${(0,engine_versions.minorOf)(to)} starts only from ${patches}`;
        // A patch above the current one can be reached first; one below cannot (no downgrades).
        if (edge.fromPatches.some((patch) => (0,engine_versions.compareVersions)(patch, from) > 0)) {
            return `${limited}; move ${ctx.cluster.name} to one of those patches first`;
        }
        if (route)
            return `${limited}; ${routeAdvice(from, route, to)}`;
        const toTarget = (0,engine_versions.compareMinor)(to, plan.target) !== 0
            ? preferredRoute(catalog, from, plan.target, ctx.platform.all())
            : undefined;
        return toTarget
            ? `${limited}, and no supported route leads from ${from.text} to ${(0,engine_versions.minorOf)(to)}; toward the target ${plan.target.text}, ${routeAdvice(from, toTarget, plan.target)}`
            : `${limited}, and the catalog has no supported route from ${from.text} to ${(0,engine_versions.minorOf)(to)}; check the versions, or describe the path in catalog.yaml`;
    }
    if (!route) {
        return `${head}, and the catalog has no supported route from ${(0,engine_versions.minorOf)(from)} to ${(0,engine_versions.minorOf)(to)}; check the versions, or describe the path in catalog.yaml`;
    }
    return `${head}, which is not a supported upgrade path; ${routeAdvice(from, route, to)}`;
}
/** `the shortest supported route is 3.18 -> 4.0 -> 4.3: one step per hop (to: 4.0, then to: 4.3.0)` */
function routeAdvice(from, route, to) {
    // Each hop names an exact version (`to: 4.0.0`): the operator writes the patch they downloaded.
    const hops = route.map((e, i) => `to: ${i === route.length - 1 ? to.text : (0,engine_versions.exactVersion)(e.to).text}`);
    return `the shortest supported route is ${describeRoute(from, route)}: one step per hop (${hops.join(', then ')})`;
}
/** path/target-not-reached, and path/downgrade for a target below where the global already is. */
function checkTarget(platform, initialGlobal) {
    const { plan, catalog } = platform;
    const loc = plan.targetAt;
    if ((0,engine_versions.compareVersions)(plan.target, initialGlobal) < 0) {
        return [
            path_at('path/downgrade', `the target ${plan.target.text} is below the global cluster's current ${initialGlobal.text}; ACP upgrades only go up`, loc),
        ];
    }
    const findings = [];
    for (const state of platform.globalTier) {
        // clusters.yaml may name only a minor ("4.3": any patch); the target is exact.
        if ((0,engine_versions.matchesVersion)(state.version, plan.target))
            continue;
        findings.push({
            ...path_at('path/target-not-reached', targetMessage(catalog, platform, state), loc),
            cluster: state.name,
        });
    }
    return findings;
}
function targetMessage(catalog, platform, state) {
    const target = platform.plan.target;
    const role = state.role === 'standby' ? 'the DR standby' : 'the global cluster';
    const head = `after the last step ${role} ${state.name} is on ${state.version.text}, not the target ${target.text}`;
    if ((0,engine_versions.compareVersions)(state.version, target) > 0) {
        return `${head}: it ends past the target; set target to ${state.version.text}, or stop ${state.name} at ${target.text}`;
    }
    if ((0,engine_versions.compareMinor)(state.version, target) === 0) {
        return `${head}; add a step that moves ${state.name} to ${target.text}`;
    }
    const route = preferredRoute(catalog, state.version, target, platform.all());
    if (!route)
        return `${head}, and the catalog has no supported route there`;
    if (route.length === 1)
        return `${head}; add a step that moves ${state.name} to ${target.text}`;
    return `${head}; add steps for ${state.name}: ${routeAdvice(state.version, route, target)}`;
}
/**
 * path/edge-prerequisite: an edge's prerequisites beyond Kubernetes (3.18 -> 4.1: Istio 1.22;
 * CostManager/Kubecost uninstalled), checked once per edge when the global tier first takes it.
 * An error when apps.yaml shows an application that breaks one; else a notice of what to verify
 * by hand, since only the platform can tell.
 */
function checkOtherPrerequisites(moves, apps) {
    const findings = [];
    const seen = new Set();
    for (const move of moves) {
        const edge = move.edge;
        if (!edge?.prerequisites?.length || move.cluster.role === 'workload' || seen.has(edge))
            continue;
        seen.add(edge);
        const path = `${(0,engine_versions.minorOf)(edge.from)} -> ${(0,engine_versions.minorOf)(edge.to)}`;
        const broken = edge.prerequisites.flatMap((p) => {
            const patterns = p.notInstalled;
            if (!patterns)
                return [];
            const found = (apps?.list ?? []).filter((app) => app.installed.length > 0 && (0,catalog_catalog/* matchesPatterns */.vZ)(patterns, app.name, app.displayName));
            return found.length > 0 ? [{ prerequisite: p, apps: found }] : [];
        });
        const step = `step ${move.step.index} moves ${move.cluster.name} along ${path}`;
        const loc = move.step.to.at;
        if (broken.length > 0) {
            const byHand = edge.prerequisites.filter((p) => !broken.some((b) => b.prerequisite === p));
            const also = byHand.length
                ? `; also verify by hand: ${byHand.map((p) => p.verify).join('; ')}`
                : '';
            for (const { prerequisite, apps: found } of broken) {
                const where = found
                    .map((app) => `${app.name} on ${app.installed.map((i) => i.cluster).join(', ')}`)
                    .join('; ');
                findings.push(path_at('path/edge-prerequisite', `${step}, which needs: ${prerequisite.verify}; apps.yaml shows ${where}: uninstall it before the upgrade (and export apps.yaml again)${also}`, loc, move));
            }
            continue;
        }
        findings.push({
            ...path_at('path/edge-prerequisite', `${step}, which also needs what the inventory cannot show; verify by hand before the window: ${edge.prerequisites.map((p) => p.verify).join('; ')}`, loc, move),
            severity: 'notice',
        });
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/engine/rules/order.ts




function order_at(rule, message, loc, ctx, cluster = ctx.cluster.name) {
    return (0,engine_findings/* finding */.gk)(rule, message, loc.file, loc.offset, { cluster, step: ctx.step.index });
}
/** order/global-first: a workload may only go where the whole global tier already is. */
function checkGlobalFirst(ctx, to) {
    if (ctx.cluster.role !== 'workload')
        return [];
    const behind = ctx.platform.globalTier.filter((g) => (0,engine_versions.compareVersions)(g.version, to) < 0);
    if (behind.length === 0)
        return [];
    const where = behind.map((g) => `${g.name} is on ${g.version.text}`).join(' and ');
    return [
        order_at('order/global-first', `step ${ctx.step.index} moves workload ${ctx.cluster.name} to ${to.text}, but ${where} at that point; upgrade the global tier${ctx.platform.standby ? ' (standby, then primary)' : ''} to ${to.text} in an earlier step`, ctx.at, ctx),
    ];
}
/**
 * order/workload-target (ACP-FACTS ordering rule 8): the only target ACP offers a workload is the
 * global's current Distribution Version ("cannot be selected manually"). A `to` the global tier
 * has not reached yet is order/global-first's; this is a `to` the global went past, or another
 * patch of its release.
 */
function checkWorkloadTarget(ctx, to, loc) {
    if (ctx.cluster.role !== 'workload')
        return [];
    const global = ctx.platform.global;
    if (ctx.platform.globalTier.some((g) => (0,engine_versions.compareVersions)(g.version, to) < 0))
        return [];
    if ((0,engine_versions.matchesVersion)(global.version, to))
        return [];
    return [
        order_at('order/workload-target', `step ${ctx.step.index} moves workload ${ctx.cluster.name} to ${to.text}, but the global cluster ${global.name} is on ${global.version.text} at that point, and a workload can only be upgraded to the global's current version; ${(0,engine_versions.compareMinor)(to, global.version) < 0 ? `move ${ctx.cluster.name} before the global tier leaves ${(0,engine_versions.minorOf)(to)}, or ` : ''}set this step's "to" to ${global.version.text}`, loc, ctx),
    ];
}
/** order/dr-standby-first: with global DR, the standby reaches a version before the primary. */
function checkStandbyFirst(ctx, to) {
    const standby = ctx.platform.standby;
    if (ctx.cluster.role !== 'global' || !standby)
        return [];
    if ((0,engine_versions.compareVersions)(standby.version, to) >= 0)
        return [];
    return [
        order_at('order/dr-standby-first', `step ${ctx.step.index} moves the primary global ${ctx.cluster.name} to ${to.text} while the DR standby ${standby.name} is still on ${standby.version.text}; upgrade ${standby.name} to ${to.text} in an earlier step`, ctx.at, ctx),
    ];
}
/**
 * order/workload-kubernetes: when the global tier moves along `edge`, every workload must
 * already meet the edge's Kubernetes prerequisite (Compatible Versions from 4.3 on, a minimum
 * before). Checked at the primary's step and at the DR standby's: the standby's upgrade is where
 * the global tier starts moving (ACP-FACTS ordering rules 3 and 4); the simulation reports a
 * workload once per release, at the primary's step when it is still out of range there.
 */
function checkWorkloadKubernetes(ctx, edge) {
    if (ctx.cluster.role === 'workload')
        return [];
    const { catalog } = ctx.platform;
    const findings = [];
    for (const workload of ctx.platform.workloads()) {
        if (kubernetesMeets(catalog, edge, workload))
            continue;
        findings.push(
        // At the step itself (SPEC §4's example): the workload at fault is not named in it.
        order_at('order/workload-kubernetes', workloadMessage(ctx, edge, workload), ctx.step.at, ctx, workload.name));
    }
    return findings;
}
function workloadMessage(ctx, edge, workload) {
    const { catalog } = ctx.platform;
    const target = (0,engine_versions.minorOf)(edge.to);
    const need = edge.kubernetes.kind === 'at-least'
        ? `${(0,engine_versions.minorOf)(edge.from)} -> ${target} needs every cluster on Kubernetes ${edge.kubernetes.minimum.text} or later`
        : `${target} needs workloads on ${rangeText(catalog.release(edge.to)?.compatible ?? [])}`;
    const start = tierStartStep(ctx, edge);
    const before = start === ctx.step.index
        ? `before step ${start}`
        : `before step ${start}, where the global tier starts moving to ${target}`;
    const fix = kubernetesFix(catalog, workload, edge);
    const accepted = catalog.release(edge.to)?.compatible ?? [];
    const newest = [...accepted].sort(engine_versions.compareMinor).pop();
    let action;
    if (edge.kubernetes.kind === 'within-compatible' &&
        newest &&
        (0,engine_versions.compareMinor)(workload.kubernetes, newest) > 0) {
        // Kubernetes never goes down in an upgrade: no step can fix this, the inventory or the target is wrong.
        action = `${workload.name} runs Kubernetes ${workload.kubernetes.text}, newer than ${target} supports for workload clusters; check ${workload.name}'s kubernetes in clusters.yaml, or choose a target whose Compatible Versions include it`;
    }
    else if (fix) {
        action = `upgrade ${workload.name}'s Kubernetes to ${fix.text} ${before} (a step with cluster: ${workload.name}, kubernetes: "${fix.text}")`;
    }
    else {
        // The workload's own release cannot run a Kubernetes the edge accepts: it must first follow
        // the global tier to the release the tier is leaving, then take a Kubernetes step there.
        const release = ctx.cluster.version;
        const there = kubernetesFix(catalog, { ...workload, version: release }, edge);
        action = `no Kubernetes inside ${workload.name}'s release ${(0,engine_versions.minorOf)(workload.version)} fits; upgrade ${workload.name} to ${(0,engine_versions.minorOf)(release)}${there ? ` and then its Kubernetes to ${there.text}` : ''} ${before}`;
    }
    return `${action}: step ${ctx.step.index} moves ${ctx.cluster.name} to ${ctx.step.to?.version.text ?? target} and ${workload.name} runs Kubernetes ${workload.kubernetes.text} (${need})`;
}
/** The first step at or before this one that moves a global-tier cluster to the edge's release. */
function tierStartStep(ctx, edge) {
    const tier = new Set(ctx.platform.globalTier.map((g) => g.name));
    for (const step of ctx.platform.plan.steps) {
        if (step.index >= ctx.step.index)
            break;
        if (!step.to || (0,engine_versions.compareMinor)(step.to.version, edge.to) !== 0)
            continue;
        if (step.clusters.some((c) => tier.has(c.name)))
            return step.index;
    }
    return ctx.step.index;
}
/** `1.31-1.34` */
function rangeText(versions) {
    if (versions.length === 0)
        return 'a documented version';
    const sorted = [...versions].sort(engine_versions.compareMinor);
    return sorted.length === 1
        ? sorted[0].text
        : `${sorted[0].text}-${sorted[sorted.length - 1].text}`;
}
/** order/kubernetes-step: a Kubernetes-only step stays inside the current release's Compatible Versions. */
function checkKubernetesStep(ctx, kubernetes, loc) {
    const release = ctx.platform.catalog.release(ctx.cluster.version);
    if (!release?.compatible || inCompatible(release, kubernetes))
        return [];
    return [
        order_at('order/kubernetes-step', `step ${ctx.step.index} moves ${ctx.cluster.name} to Kubernetes ${kubernetes.text}, outside its release ${(0,engine_versions.minorOf)(ctx.cluster.version)}'s Compatible Versions (${rangeText(release.compatible)}); pick a version in that range, or move the Distribution Version with it (a step with "to")`, loc, ctx),
    ];
}
/** order/kubernetes-with-core: a release's Core is validated on its own Kubernetes minor. */
function checkKubernetesWithCore(ctx, to, kubernetes, loc) {
    const creation = ctx.platform.catalog.release(to)?.creation;
    if (!creation || creation.some((v) => (0,engine_versions.compareMinor)(v, kubernetes) === 0))
        return [];
    return [
        order_at('order/kubernetes-with-core', `${ctx.cluster.name} reaches ${to.text} on Kubernetes ${kubernetes.text}, but ${(0,engine_versions.minorOf)(to)} is validated on ${creation.map((v) => v.text).join(', ')}; upgrade Kubernetes in the same window (drop "kubernetes" from step ${ctx.step.index}, or set it to ${creation[0].text})`, loc, ctx),
    ];
}
/** order/immutable-multi-minor: immutable infrastructure needs artifacts for every minor it passes. */
function checkImmutableMultiMinor(ctx, from, to, loc) {
    if (ctx.cluster.spec.infrastructure !== 'immutable')
        return [];
    const jump = (0,engine_versions.minorDistance)(from, to);
    if (jump <= 1)
        return [];
    const between = Array.from({ length: jump - 1 }, (_, i) => `${from.major}.${from.minor + i + 1}`);
    return [
        order_at('order/immutable-multi-minor', `step ${ctx.step.index} takes immutable-infrastructure cluster ${ctx.cluster.name} from Kubernetes ${(0,engine_versions.minorOf)(from)} to ${(0,engine_versions.minorOf)(to)} (${jump} minors); stage the intermediate artifacts (${between.join(', ')}) before the window`, loc, ctx),
    ];
}
/**
 * order/workload-left-behind (ACP-FACTS ordering rule 6): after the last step a workload is still
 * on an older release than the global, inside the target's Compatible Versions. Allowed, and
 * said so: upgrading it is optional, and its operators are not pushed for this window.
 */
function checkLeftBehind(platform) {
    const findings = [];
    const global = platform.global;
    const target = platform.catalog.release(platform.plan.target);
    for (const workload of platform.workloads()) {
        if ((0,engine_versions.compareMinor)(workload.version, global.version) >= 0)
            continue;
        if (!target?.compatible || !inCompatible(target, workload.kubernetes))
            continue;
        const loc = workload.spec.at;
        findings.push((0,engine_findings/* finding */.gk)('order/workload-left-behind', `after the last step workload ${workload.name} stays on ${workload.version.text} (Kubernetes ${workload.kubernetes.text}) while ${global.name} is on ${global.version.text}: allowed, since its Kubernetes is inside ${(0,engine_versions.minorOf)(platform.plan.target)}'s Compatible Versions (${rangeText(target.compatible)}), and upgrading it is optional; its operators are not pushed for this plan. Add a step to ${global.version.text} to upgrade it too`, loc.file, loc.offset, { cluster: workload.name }));
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/engine/rules/state.ts




function checkStartingState(platform) {
    return [...checkVersions(platform), ...checkKubernetes(platform)];
}
/**
 * state/workload-ahead and state/dr-standby-behind (ACP-FACTS ordering rules 2 and 3): a workload
 * is never ahead of the global tier, and the standby is never behind the primary (a standby
 * ahead is an upgrade being resumed).
 */
function checkVersions(platform) {
    const findings = [];
    const global = platform.global.spec;
    const standby = platform.standby?.spec;
    if (standby && (0,engine_versions.compareVersions)(standby.version, global.version) < 0) {
        findings.push(state_at('state/dr-standby-behind', `the DR standby ${standby.name} is on ${standby.version.text}, behind the primary ${global.name} on ${global.version.text}; the standby is upgraded before the primary, so check ${standby.name}'s version in clusters.yaml, or bring the standby to ${global.version.text} before planning the next upgrade`, standby, 'version'));
    }
    for (const workload of platform.workloads()) {
        const spec = workload.spec;
        const ahead = [global, ...(standby ? [standby] : [])].filter((g) => (0,engine_versions.compareVersions)(spec.version, g.version) > 0);
        if (ahead.length === 0)
            continue;
        const tier = ahead.map((g) => `${g.name} (${g.version.text})`).join(' and ');
        findings.push(state_at('state/workload-ahead', `workload ${spec.name} is on ${spec.version.text}, ahead of ${tier}; a workload cluster can only reach a version the global tier already runs, so check ${spec.name}'s version in clusters.yaml`, spec, 'version'));
    }
    return findings;
}
/**
 * state/kubernetes-unsupported: every cluster runs a Kubernetes its own release lists among its
 * Compatible Versions, and every workload one that the global's release lists (the support
 * matrix holds for the platform as it is, before any step).
 */
function checkKubernetes(platform) {
    const { catalog } = platform;
    const findings = [];
    const globalRelease = catalog.release(platform.global.spec.version);
    for (const state of platform.all()) {
        const spec = state.spec;
        const own = catalog.release(spec.version);
        if (own?.compatible && !inCompatible(own, spec.kubernetes)) {
            findings.push(unsupported(spec, own, `its release ${(0,engine_versions.minorOf)(spec.version)}`));
        }
        else if (state.role === 'workload' &&
            globalRelease?.compatible &&
            !inCompatible(globalRelease, spec.kubernetes)) {
            findings.push(unsupported(spec, globalRelease, `the global cluster's release ${(0,engine_versions.minorOf)(platform.global.spec.version)}`));
        }
    }
    return findings;
}
function unsupported(spec, release, whose) {
    return state_at('state/kubernetes-unsupported', `${spec.name} runs Kubernetes ${spec.kubernetes.text}, outside the Compatible Versions of ${whose} (${rangeText(release.compatible)}); the support matrix is already broken: check ${spec.name}'s kubernetes in clusters.yaml, or bring its Kubernetes into that range before planning an upgrade`, spec, 'kubernetes');
}
function state_at(rule, message, spec, field) {
    const loc = field === 'version' ? spec.versionAt : spec.kubernetesAt;
    return (0,engine_findings/* finding */.gk)(rule, message, loc.file, loc.offset, { cluster: spec.name });
}

;// CONCATENATED MODULE: ./src/engine/state.ts
class PlatformState {
    catalog;
    clusters;
    plan;
    states = new Map();
    constructor(catalog, clusters, plan) {
        this.catalog = catalog;
        this.clusters = clusters;
        this.plan = plan;
        for (const spec of clusters.list) {
            this.states.set(spec.name, {
                name: spec.name,
                role: spec.role,
                spec,
                version: spec.version,
                kubernetes: spec.kubernetes,
            });
        }
    }
    get(name) {
        const state = this.states.get(name);
        if (!state)
            throw new Error(`no state for cluster ${name}`);
        return state;
    }
    get global() {
        return this.get(this.clusters.global.name);
    }
    get standby() {
        return this.clusters.standby ? this.get(this.clusters.standby.name) : undefined;
    }
    /** Primary first, then the standby: the clusters a workload must wait for. */
    get globalTier() {
        const standby = this.standby;
        return standby ? [this.global, standby] : [this.global];
    }
    all() {
        return [...this.states.values()];
    }
    workloads() {
        return this.all().filter((s) => s.role === 'workload');
    }
    set(name, version, kubernetes) {
        const state = this.get(name);
        state.version = version;
        state.kubernetes = kubernetes;
    }
}

;// CONCATENATED MODULE: ./src/engine/simulate.ts





function simulate(catalog, clusters, plan) {
    const platform = new PlatformState(catalog, clusters, plan);
    const initialGlobal = platform.global.version;
    const findings = checkStartingState(platform);
    const timeline = [];
    const moves = [];
    const workloadKubernetes = new WorkloadKubernetesFindings();
    const reported = { prerequisite: new Set(), sourcePatch: new Set() };
    for (const step of plan.steps) {
        const updates = [];
        for (const entry of step.clusters) {
            const ctx = { platform, step, cluster: platform.get(entry.name), at: entry.at };
            const result = applyStep(ctx, reported);
            for (const f of result.findings) {
                if (f.rule === 'order/workload-kubernetes' && result.move) {
                    workloadKubernetes.add(f, ctx.cluster.role, result.move.to);
                }
                else {
                    findings.push(f);
                }
            }
            if (result.move)
                moves.push(result.move);
            updates.push({ name: entry.name, ...result.after });
            timeline.push({
                step: step.index,
                cluster: entry.name,
                role: ctx.cluster.role,
                from: { version: ctx.cluster.version.text, kubernetes: ctx.cluster.kubernetes.text },
                to: { version: result.after.version.text, kubernetes: result.after.kubernetes.text },
            });
        }
        for (const update of updates)
            platform.set(update.name, update.version, update.kubernetes);
    }
    findings.push(...workloadKubernetes.findings(), ...checkTarget(platform, initialGlobal), ...checkLeftBehind(platform));
    return { findings, timeline, moves, platform };
}
/**
 * order/workload-kubernetes is checked when the DR standby moves and when the primary moves; a
 * workload out of range at both is reported once, at the primary's step (where SPEC §1 puts it).
 * One fixed between the two steps is reported at the standby's: the global tier had started.
 */
class WorkloadKubernetesFindings {
    primary = [];
    standby = [];
    atPrimary = new Set();
    add(finding, role, to) {
        const key = `${finding.cluster}@${(0,engine_versions.minorOf)(to)}`;
        if (role === 'standby') {
            this.standby.push({ finding, key });
        }
        else {
            this.primary.push(finding);
            this.atPrimary.add(key);
        }
    }
    findings() {
        const standbyOnly = this.standby
            .filter((s) => !this.atPrimary.has(s.key))
            .map((s) => s.finding);
        return [...this.primary, ...standbyOnly];
    }
}
function applyStep(ctx, reported) {
    const { step, cluster } = ctx;
    const findings = [];
    let version = cluster.version;
    let move;
    if (step.to && !alreadyOn(cluster.version, step.to.version)) {
        const to = step.to.version;
        const down = checkDowngrade(ctx, 'Distribution Version', cluster.version, to, step.to.at);
        findings.push(...down);
        if (down.length === 0) {
            findings.push(...checkGlobalFirst(ctx, to), ...checkWorkloadTarget(ctx, to, step.to.at), ...checkStandbyFirst(ctx, to));
            let edge;
            if ((0,engine_versions.compareMinor)(cluster.version, to) !== 0) {
                const checked = checkEdge(ctx, to, step.to.at);
                edge = checked.edge;
                findings.push(...checked.findings);
                if (edge)
                    findings.push(...checkEdgeTaken(ctx, edge, reported));
            }
            move = { ...ctx, from: cluster.version, to, edge };
            version = to;
        }
    }
    const kubernetes = nextKubernetes(ctx, version);
    const kubernetesAt = step.kubernetes?.at ?? step.to?.at ?? ctx.at;
    const kubeDown = checkDowngrade(ctx, 'Kubernetes', cluster.kubernetes, kubernetes, kubernetesAt);
    findings.push(...kubeDown);
    if (kubeDown.length > 0)
        return { findings, after: { version, kubernetes: cluster.kubernetes }, ...(move && { move }) };
    if (!move && alreadyOn(cluster.kubernetes, kubernetes)) {
        // Nothing happens to this cluster in this step (a repeated step, or a version it runs).
        findings.push(...checkNoOp(ctx, step.to?.at ?? kubernetesAt));
        return { findings, after: { version: cluster.version, kubernetes: cluster.kubernetes } };
    }
    if (!move)
        findings.push(...checkKubernetesStep(ctx, kubernetes, kubernetesAt));
    if (move)
        findings.push(...checkKubernetesWithCore(ctx, version, kubernetes, kubernetesAt));
    findings.push(...checkImmutableMultiMinor(ctx, cluster.kubernetes, kubernetes, kubernetesAt));
    return { findings, after: { version, kubernetes }, ...(move && { move }) };
}
/**
 * What taking `edge` needs, as far as the plan can show it. When the global tier (standby or
 * primary) takes it: every cluster of the tier meets an `at-least` Kubernetes minimum, every
 * workload meets the edge's Kubernetes prerequisite, every cluster is on a source patch the edge
 * lists. When a workload takes it: its own Kubernetes meets the minimum.
 */
function checkEdgeTaken(ctx, edge, reported) {
    if (ctx.cluster.role === 'workload') {
        return checkKubernetesPrerequisite(ctx, edge, [ctx.cluster], reported.prerequisite);
    }
    return [
        ...checkKubernetesPrerequisite(ctx, edge, ctx.platform.globalTier, reported.prerequisite),
        ...checkWorkloadKubernetes(ctx, edge),
        ...checkSourcePatch(ctx, edge, reported.sourcePatch),
    ];
}
/** A cluster on `current` is already on `wanted` (`4.3` wants any 4.3 patch). */
function alreadyOn(current, wanted) {
    return (0,engine_versions.compareMinor)(current, wanted) === 0 && (wanted.patch ?? current.patch) === current.patch;
}
/**
 * The Kubernetes a cluster runs after a step: the step's own `kubernetes`, else (for a move to a
 * release with one creation minor, 4.1 and later) that minor, else what it ran before.
 */
function nextKubernetes(ctx, version) {
    const { step, cluster } = ctx;
    if (step.kubernetes)
        return step.kubernetes.version;
    if (!step.to)
        return cluster.kubernetes;
    // One creation minor: the cluster moves to it, also from a higher one (then path/downgrade says
    // so: the release does not run what the cluster runs).
    const creation = ctx.platform.catalog.release(version)?.creation;
    if (creation?.length === 1 && (0,engine_versions.compareMinor)(creation[0], cluster.kubernetes) !== 0) {
        return creation[0];
    }
    return cluster.kubernetes;
}

// EXTERNAL MODULE: ./src/engine/yaml.ts
var yaml = __webpack_require__(831);
;// CONCATENATED MODULE: ./src/engine/suggest.ts




class NoRouteError extends Error {
}
/**
 * A plan to `target` that the check passes: the global tier hop by hop along the preferred route
 * (the standby before the primary at every stop); before each hop, the Kubernetes steps that
 * bring every cluster the hop's prerequisite covers into it, and the workloads that could not
 * follow later moved to the tier's current version (the only target ACP offers them); at the end
 * the workloads to the target, each group along its own supported edge.
 */
function suggestPlan(catalog, clusters, wanted) {
    const target = (0,engine_versions.exactVersion)(wanted);
    const states = clusters.list.map((spec) => ({
        name: spec.name,
        role: spec.role,
        spec,
        version: spec.version,
        kubernetes: spec.kubernetes,
    }));
    const byName = new Map(states.map((s) => [s.name, s]));
    const global = byName.get(clusters.global.name);
    const standby = clusters.standby ? byName.get(clusters.standby.name) : undefined;
    const tier = standby ? [standby, global] : [global];
    const workloads = states.filter((s) => s.role === 'workload');
    const steps = [];
    /** Kubernetes-only steps, grouped by version, for the clusters that miss `edge`'s prerequisite. */
    const meetPrerequisite = (edge, candidates) => {
        const groups = new Map();
        for (const cluster of candidates) {
            if (kubernetesMeets(catalog, edge, cluster))
                continue;
            const fix = kubernetesFix(catalog, cluster, edge);
            if (!fix) {
                throw new NoRouteError(`${cluster.name} runs Kubernetes ${cluster.kubernetes.text} on ${cluster.version.text}, and no Kubernetes inside that release meets ${(0,engine_versions.minorOf)(edge.from)} -> ${(0,engine_versions.minorOf)(edge.to)}'s prerequisite`);
            }
            const group = groups.get(fix.text) ?? [];
            group.push(cluster);
            groups.set(fix.text, group);
            cluster.kubernetes = fix;
        }
        for (const [kubernetes, group] of groups) {
            steps.push({ clusters: group.map((c) => c.name), kubernetes });
        }
    };
    /**
     * Moves `group` to `to`. A release with one creation Kubernetes (4.1 and later) takes the
     * clusters to it; one with several (4.0) keeps their Kubernetes unless `next`, the hop that
     * follows, needs more: then Kubernetes goes up in the same window, as the 3.x -> 4.0 guides
     * strongly recommend, rather than in a window of its own.
     */
    const move = (group, to, next) => {
        const creation = catalog.release(to)?.creation;
        const withKubernetes = new Map();
        for (const cluster of group) {
            const single = creation?.length === 1 ? creation[0] : undefined;
            let kubernetes = single && (0,engine_versions.compareVersions)(single, cluster.kubernetes) > 0 ? single : undefined;
            if (!single && next) {
                const landed = { ...cluster, version: to };
                if (!kubernetesMeets(catalog, next, landed))
                    kubernetes = kubernetesFix(catalog, landed, next);
            }
            const key = !single && kubernetes ? kubernetes.text : '';
            const list = withKubernetes.get(key) ?? [];
            list.push(cluster);
            withKubernetes.set(key, list);
            cluster.version = to;
            if (kubernetes)
                cluster.kubernetes = kubernetes;
        }
        for (const [kubernetes, members] of withKubernetes) {
            steps.push({
                clusters: members.map((c) => c.name),
                to: to.text,
                ...(kubernetes && { kubernetes }),
            });
        }
    };
    const edgeTo = (cluster, to) => {
        const edge = catalog.edge(cluster.version, to);
        return edge && catalog.allowsSource(edge, cluster.version) ? edge : undefined;
    };
    /** Workloads behind the tier to the tier's current version, grouped by the edge they take. */
    const followTier = (group, next) => {
        const to = global.version;
        const byEdge = new Map();
        for (const workload of group) {
            const edge = (0,engine_versions.compareMinor)(workload.version, to) === 0 ? undefined : edgeTo(workload, to);
            if ((0,engine_versions.compareMinor)(workload.version, to) !== 0 && !edge) {
                throw new NoRouteError(`workload ${workload.name} on ${workload.version.text} has no supported path to ${to.text}, the only version ACP offers it while the global tier is there`);
            }
            const key = edge ? `${(0,engine_versions.minorOf)(edge.from)}->${(0,engine_versions.minorOf)(edge.to)}` : 'patch';
            const entry = byEdge.get(key) ?? { edge, members: [] };
            entry.members.push(workload);
            byEdge.set(key, entry);
        }
        const hops = [...byEdge.values()].sort((a, b) => (0,engine_versions.compareVersions)(a.members[0].version, b.members[0].version));
        for (const { edge, members } of hops) {
            if (edge)
                meetPrerequisite(edge, members);
            move(members, to, next);
        }
    };
    const past = tier.find((c) => (0,engine_versions.compareVersions)(c.version, target) > 0);
    if (past) {
        throw new NoRouteError(`${past.name} is already on ${past.version.text}, past the target ${target.text}; the global tier ends on the target, so choose ${past.version.text} or later`);
    }
    const route = (0,engine_versions.compareVersions)(global.version, target) < 0 ? routeOf(catalog, global, target, states) : [];
    route.forEach((edge, i) => {
        const stop = landing(edge, target);
        const after = route[i + 1];
        // Workloads that could not follow once the tier leaves: no path from their release to the
        // hop's, or no Kubernetes inside their release that meets the hop's prerequisite.
        const behind = workloads.filter((w) => (0,engine_versions.compareVersions)(w.version, global.version) < 0 &&
            (!edgeTo(w, edge.to) ||
                (!kubernetesMeets(catalog, edge, w) && !kubernetesFix(catalog, w, edge))));
        if (behind.length > 0)
            followTier(behind, edge);
        const stranded = states.find((c) => (0,engine_versions.compareMinor)(c.version, edge.to) < 0 && !catalog.allowsSource(edge, c.version));
        if (stranded) {
            throw new NoRouteError(`${(0,engine_versions.minorOf)(edge.from)} -> ${(0,engine_versions.minorOf)(edge.to)} starts only from ${edge.fromPatches.map((v) => v.text).join(', ')} on every cluster, and ${stranded.name} is on ${stranded.version.text}`);
        }
        meetPrerequisite(edge, tier.filter((c) => (0,engine_versions.compareMinor)(c.version, edge.to) < 0));
        meetPrerequisite(edge, workloads);
        for (const cluster of tier) {
            if ((0,engine_versions.compareVersions)(cluster.version, stop) < 0)
                move([cluster], stop, after);
        }
    });
    // A patch within the target's release, standby first.
    for (const cluster of tier) {
        if ((0,engine_versions.compareVersions)(cluster.version, target) < 0)
            move([cluster], target);
    }
    followTier(workloads.filter((w) => (0,engine_versions.compareVersions)(w.version, target) < 0));
    return { target: target.text, steps };
}
/** The tier's route, or why there is none. */
function routeOf(catalog, cluster, to, clusters) {
    const route = preferredRoute(catalog, cluster.version, to, clusters);
    if (!route) {
        throw new NoRouteError(`no supported route from ${cluster.name}'s ${cluster.version.text} to ${to.text} in the catalog`);
    }
    return route;
}
/**
 * Where a hop lands: the target in its release, else the release's first patch (a plan names
 * exact versions: `to: 4.0.0`, later `to: 4.3.0`; the operator picks the patch they downloaded).
 */
function landing(edge, target) {
    return (0,engine_versions.compareMinor)(edge.to, target) === 0 ? target : (0,engine_versions.exactVersion)(edge.to);
}
/** The suggestion as plan.yaml text. */
function planYaml(plan, header = []) {
    const lines = [...header.map((h) => `# ${h}`), `target: ${yamlString(plan.target)}`, 'steps:'];
    if (plan.steps.length === 0)
        lines[lines.length - 1] = 'steps: []';
    for (const step of plan.steps) {
        lines.push(step.clusters.length === 1
            ? `  - cluster: ${yamlString(step.clusters[0])}`
            : `  - clusters: [${step.clusters.map(yamlString).join(', ')}]`);
        if (step.to !== undefined)
            lines.push(`    to: ${yamlString(step.to)}`);
        if (step.kubernetes !== undefined)
            lines.push(`    kubernetes: ${yamlString(step.kubernetes)}`);
    }
    return `${lines.join('\n')}\n`;
}
/** Plain when YAML reads it back as the same text (`1.31` would be a number: quoted). */
function yamlString(text) {
    const plain = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(text) &&
        typeof (0,yaml/* resolvePlain */.Rg)(text) === 'string' &&
        !/^(yes|no|on|off|y|n)$/i.test(text);
    return plain ? text : JSON.stringify(text);
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/engine/check.ts
// The engine's front door: file contents in, report out. No I/O, no clock: the adapters read
// the files and pass today's date.

















function check(files, options) {
    const analysis = analyze(files, options.catalogOverrides);
    return reportOf(analysis, options);
}
/** Parses, validates and simulates; findings for everything wrong, never an exception for input. */
function analyze(files, catalogOverrides) {
    const findings = [];
    const read = (input, required) => {
        if (!input)
            return undefined;
        const text = readText(input, required, findings);
        if (text === undefined)
            return undefined;
        const { parsed, findings: problems } = (0,yaml/* parseYaml */.hN)(input.path, text);
        (0,validate/* append */.BC)(findings, problems);
        return parsed ?? undefined;
    };
    const catalogFile = read(files.catalog, false);
    const built = (0,catalog_catalog/* buildCatalog */.oY)(BUILTIN_CATALOG, catalogFile, catalogOverrides);
    (0,validate/* append */.BC)(findings, built.findings);
    const { catalog } = built;
    const analysis = { findings, catalog, catalogChanges: built.changes };
    const clustersFile = read(files.clusters, true);
    const appsFile = read(files.apps, true);
    const planFile = read(files.plan, true);
    const packagesFile = read(files.packages, false);
    const take = (loaded) => {
        (0,validate/* append */.BC)(findings, loaded.findings);
        return loaded.value;
    };
    if (clustersFile)
        analysis.clusters = take((0,load/* loadClusters */.q$)(clustersFile, catalog));
    if (appsFile)
        analysis.apps = take((0,load/* loadApps */.hc)(appsFile, analysis.clusters));
    if (planFile)
        analysis.plan = take((0,load/* loadPlan */.Yq)(planFile, catalog, analysis.clusters));
    // No packages.yaml means nothing is downloaded yet; one that does not load leaves it unknown.
    if (packagesFile)
        analysis.packages = take((0,load/* loadPackages */.Ej)(packagesFile));
    else if (!files.packages || 'missing' in files.packages)
        analysis.packages = [];
    if (analysis.clusters && analysis.plan) {
        analysis.simulation = simulate(catalog, analysis.clusters, analysis.plan);
        (0,validate/* append */.BC)(findings, analysis.simulation.findings);
        (0,validate/* append */.BC)(findings, checkMinioSpace(catalog, analysis.simulation.moves));
        (0,validate/* append */.BC)(findings, checkOtherPrerequisites(analysis.simulation.moves, analysis.apps));
    }
    return analysis;
}
function reportOf(analysis, options) {
    const { catalog, clusters, apps, plan, packages, simulation } = analysis;
    const findings = [...analysis.findings];
    const moves = simulation?.moves ?? [];
    const downloads = apps && packages
        ? computeDownloads({ catalog, apps, packages, clusters, plan, moves })
        : undefined;
    if (downloads && apps)
        (0,validate/* append */.BC)(findings, checkPackages({ downloads, apps, catalog, target: plan?.target.text }));
    const hops = downloads?.hops ?? (clusters ? hopsOf(moves, clusters, plan) : []);
    const postUpgrade = clusters ? postUpgradeTasks(catalog, apps, clusters, hops) : [];
    (0,validate/* append */.BC)(findings, checkPostUpgrade(postUpgrade));
    const timeline = simulation?.timeline ?? [];
    (0,validate/* append */.BC)(findings, checkNodeReadiness(catalog, hops, timeline));
    const inputBroken = findings.some((f) => f.rule.startsWith('input/') && f.severity === 'error');
    const commands = clusters && plan && downloads && !inputBroken
        ? buildCommands({ catalog, clusters, plan, downloads, moves, timeline, postUpgrade })
        : [];
    const waived = (0,engine_report/* applyWaivers */.Kw)((0,engine_findings/* capFindings */.jZ)(findings), plan?.waivers ?? [], options.today);
    const all = (0,engine_report/* sortFindings */.Tc)(waived.findings);
    const summary = (0,engine_report/* summarize */.eh)(all);
    const failOn = options.failOn ?? 'error';
    const report = {
        schemaVersion: 1,
        tool: { ...version/* TOOL */.js },
        mode: 'check',
        inventory: options.inventory,
        verdict: (0,engine_report/* verdictOf */.Vj)(summary, failOn),
        failOn,
        target: plan?.target.text ?? null,
        catalog: catalogReport(analysis),
        summary,
        findings: all,
        waivers: waived.waivers,
        timeline: simulation?.timeline ?? [],
        downloads: (downloads?.list ?? []).map(engine_report/* downloadReport */.F5),
        commands,
    };
    const needsRoute = all.some((f) => !f.waived && f.severity === 'error' && /^(path|order)\//.test(f.rule));
    if (needsRoute && clusters && plan) {
        const suggestion = verifiedSuggestion(catalog, clusters, plan);
        if (suggestion)
            report.suggestedPlan = suggestion;
    }
    return report;
}
/** The catalog the plan was judged by: the built-in version, and what catalog.yaml changed. */
function catalogReport(analysis) {
    const { added, overrides } = analysis.catalogChanges;
    return {
        version: analysis.catalog.version,
        changed: added.length > 0 || overrides.length > 0,
        added,
        overrides: overrides.map((o) => {
            const { line, column } = o.at.file.position(o.at.offset);
            return {
                entry: o.entry,
                builtin: o.builtin,
                user: o.user,
                file: o.at.file.path,
                line,
                column,
            };
        }),
    };
}
/**
 * `suggest --target`: a plan that passes the check, or why there is none. The suggestion is
 * checked like any plan before it is offered: a route that would fail is not printed.
 */
function verifiedSuggestionFor(analysis, targetText) {
    const { catalog, clusters } = analysis;
    if (!clusters) {
        const problem = analysis.findings.find((f) => f.severity === 'error');
        return {
            error: `clusters.yaml must load first${problem ? `: ${problem.file}:${problem.line}: ${problem.message}` : ''}`,
        };
    }
    const written = (0,engine_versions.parseVersion)(targetText);
    if (!written)
        return { error: `--target "${targetText}" is not a version (e.g. 4.3.0)` };
    const target = (0,engine_versions.exactVersion)(written);
    if (!catalog.release(target))
        return { error: `--target ${target.text} is not a release the catalog knows` };
    const global = clusters.global;
    if ((0,engine_versions.compareVersions)(target, global.version) < 0) {
        return {
            error: `--target ${target.text} is below the global cluster ${global.name}'s ${global.version.text}; ACP upgrades only go up`,
        };
    }
    let text;
    try {
        const plan = suggestPlan(catalog, clusters, target);
        text = planYaml(plan, [`Suggested by acp-upgrade-check for target ${target.text}.`]);
    }
    catch (error) {
        if (error instanceof NoRouteError)
            return { error: error.message };
        throw error;
    }
    const problem = planProblem(catalog, clusters, text);
    if (problem) {
        return {
            error: `no plan to ${target.text} was found that passes the check: the route found breaks ${problem.rule} (${problem.message}); write the plan by hand`,
        };
    }
    return { plan: text };
}
/** The suggested plan's text, only when it passes the path/* and order/* rules itself. */
function verifiedSuggestion(catalog, clusters, plan) {
    let text;
    try {
        text = planYaml(suggestPlan(catalog, clusters, plan.target));
    }
    catch (error) {
        if (error instanceof NoRouteError)
            return undefined;
        throw error;
    }
    return planProblem(catalog, clusters, text) ? undefined : text;
}
/** The first error a plan's text gets from loading and simulation, if any. */
function planProblem(catalog, clusters, text) {
    const { parsed, findings } = (0,yaml/* parseYaml */.hN)('suggested plan.yaml', text);
    const loaded = parsed ? (0,load/* loadPlan */.Yq)(parsed, catalog, clusters) : undefined;
    if (!loaded?.value) {
        const problems = [...findings, ...(loaded?.findings ?? [])];
        return (problems.find((f) => f.severity === 'error') ??
            (0,engine_findings/* findingAt */.dz)('input/schema', 'the plan does not load', 'suggested plan.yaml', 1, 1));
    }
    return simulate(catalog, clusters, loaded.value).findings.find((f) => f.severity === 'error');
}
/** The file's text, or undefined with a finding when it is missing, too large or not UTF-8. */
function readText(input, required, findings) {
    if ('missing' in input) {
        if (required) {
            findings.push((0,engine_findings/* findingAt */.dz)('input/missing-file', `${input.path} does not exist; ${MISSING_HINT.get(baseName(input.path)) ?? 'create it'}`, input.path, 1, 1));
        }
        return undefined;
    }
    if ('refused' in input) {
        findings.push((0,engine_findings/* findingAt */.dz)('input/schema', `${input.path} was not read: ${input.refused}; commit the file itself`, input.path, 1, 1));
        return undefined;
    }
    if ('size' in input || ('bytes' in input && input.bytes.length > yaml/* MAX_FILE_BYTES */.gZ)) {
        const size = 'size' in input ? input.size : input.bytes.length;
        findings.push((0,engine_findings/* findingAt */.dz)('input/yaml-syntax', (0,yaml/* tooLargeMessage */.pb)(input.path, size, 'it was not read; split it or remove what the check does not need'), input.path, 1, 1));
        return undefined;
    }
    if ('text' in input)
        return input.text;
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(input.bytes);
    }
    catch {
        const { line, column } = firstInvalidUtf8(input.bytes);
        findings.push((0,engine_findings/* findingAt */.dz)('input/yaml-syntax', `${input.path} is not UTF-8 text (invalid byte on line ${line}); save it as UTF-8`, input.path, line, column));
        return undefined;
    }
}
const MISSING_HINT = new Map([
    ['apps.yaml', 'export it with `violet list --output-file apps.yaml` against the platform'],
    ['clusters.yaml', 'list every cluster with its version and Kubernetes there'],
    [
        'plan.yaml',
        'write the target and steps there, or start from `acp-upgrade-check suggest --target VERSION`',
    ],
]);
function baseName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
/**
 * Where the first byte that is not UTF-8 sits, for the finding: the well-formed sequences of
 * Unicode's table 3-7 (no overlong forms, no surrogates, nothing above U+10FFFF). The column
 * counts UTF-16 code units, as the columns of all other findings do.
 */
function firstInvalidUtf8(bytes) {
    let line = 1;
    let column = 1;
    let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    while (i < bytes.length) {
        const b = bytes[i];
        const length = utf8SequenceLength(bytes, i);
        if (length === 0)
            return { line, column };
        if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) {
            line++;
            column = 1;
        }
        else if (b !== 0x0d) {
            column += length === 4 ? 2 : 1;
        }
        i += length;
    }
    return { line, column };
}
/** The length of the well-formed UTF-8 sequence at `i`, or 0 when there is none. */
function utf8SequenceLength(bytes, i) {
    const b = bytes[i];
    if (b < 0x80)
        return 1;
    const inRange = (k, lo = 0x80, hi = 0xbf) => {
        const c = bytes[i + k];
        return c !== undefined && c >= lo && c <= hi;
    };
    if (b >= 0xc2 && b <= 0xdf)
        return inRange(1) ? 2 : 0;
    if (b >= 0xe0 && b <= 0xef) {
        const second = b === 0xe0 ? inRange(1, 0xa0) : b === 0xed ? inRange(1, 0x80, 0x9f) : inRange(1);
        return second && inRange(2) ? 3 : 0;
    }
    if (b >= 0xf0 && b <= 0xf4) {
        const second = b === 0xf0 ? inRange(1, 0x90) : b === 0xf4 ? inRange(1, 0x80, 0x8f) : inRange(1);
        return second && inRange(2) && inRange(3) ? 4 : 0;
    }
    return 0;
}


/***/ }),

/***/ 543:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hc: () => (/* binding */ loadApps),
  q$: () => (/* binding */ loadClusters),
  Ej: () => (/* binding */ loadPackages),
  Yq: () => (/* binding */ loadPlan)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(857);
// EXTERNAL MODULE: ./src/engine/catalog/catalog.ts + 1 modules
var catalog = __webpack_require__(268);
// EXTERNAL MODULE: ./src/engine/findings.ts
var engine_findings = __webpack_require__(166);
// EXTERNAL MODULE: ./src/engine/versions.ts
var versions = __webpack_require__(253);
// EXTERNAL MODULE: ./src/engine/yaml.ts
var yaml = __webpack_require__(831);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(759);
// EXTERNAL MODULE: ./src/engine/characters.ts
var characters = __webpack_require__(848);
;// CONCATENATED MODULE: ./src/engine/inventory/schemas.ts
// The shapes of the inventory files: the single source of truth for what a file may contain.
// The types the engine uses come from these schemas, and so do the JSON Schemas for editors.
// Checks that need the source text (version spelling) or other files happen in the loader.


/**
 * No control characters (C0, DEL, C1), line separators or bidirectional overrides: such a value
 * could not be printed safely in a command or a comment, or would read as something else there.
 */
const PRINTABLE = new RegExp(`^(?:(?!${characters/* TAGS */.gp})[^${characters/* UNSAFE */.Pk}])*$`);
/**
 * A one-line text value with extra rules. The rules go in one `.check()`: each chained
 * `.min()`/`.regex()` would build a new schema, and building schemas is most of the start-up
 * cost of zod.
 */
const schemas_text = (what, ...rules) => schemas/* string */.YjP().check(api/* _minLength */.m9(1, { error: `${what} must not be empty` }), api/* _regex */.Fk(PRINTABLE, {
    error: `${what} must not contain control characters, line breaks or direction overrides`,
}), ...rules);
/** A name that reaches `--clusters a,b`: no comma, and not something violet would read as a flag. */
const ClusterName = schemas_text('a cluster name', api/* _regex */.Fk(/^[^,\s]+$/, { error: 'a cluster name must not contain commas or spaces' }), api/* _regex */.Fk(/^[^-]/, { error: 'a cluster name must not start with "-"' })).describe('The cluster name, as `violet list` writes it in clusterName');
const ApplicationName = schemas_text('an application name', api/* _regex */.Fk(/^[^-]/, { error: 'an application name must not start with "-"' })).describe('The application (package) name');
/** A path on the operator machine, passed to violet as an argument. */
const FilePath = schemas_text('a file path', api/* _regex */.Fk(/^[^-]/, { error: 'a file path must not start with "-" (write ./-name)' })).describe('Where the file sits on the operator machine, relative to where the commands run');
const Address = schemas_text('an address', api/* _regex */.Fk(/^\S+$/, { error: 'an address must not contain spaces' }), api/* _regex */.Fk(/^[^-]/, { error: 'an address must not start with "-"' })).describe('The platform address, for example https://acp.example.com (IPv4 literals only)');
const Registry = schemas_text('a registry', api/* _regex */.Fk(/^[^\s/-][^\s/]*$/, { error: 'a registry is HOST:PORT, without spaces or slashes' })).describe("The DR standby's registry, HOST:PORT, for --dest-repo");
/**
 * A version as written: `4.3.0`, `v4.3`, `1.31`. Unquoted `1.30` is a number to YAML; the loader
 * reads the scalar's source text, so numbers are accepted here.
 */
const VersionValue = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()])
    .describe('A version: MAJOR.MINOR or MAJOR.MINOR.PATCH, with or without a leading v');
const ApplicationType = schemas/* enum */.k5n(['ModulePlugin', 'OperatorBundle', 'Chart'])
    .describe('ModulePlugin (cluster plugin), OperatorBundle (operator) or Chart (Helm chart)');
/** A production node, for node-readiness gates (the Kubernetes 1.35 gate of ACP 4.4). */
const Node = schemas/* strictObject */.rej({
    name: schemas_text('a node name').describe('The node name, as `kubectl get nodes` shows it'),
    kernel: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()])
        .describe('The Linux kernel release the node runs: `uname -r` on the node, or the KERNEL-VERSION column of `kubectl get nodes -o wide` (e.g. 5.14.0-427.13.1.el9_4.x86_64)'),
    cgroup: schemas/* enum */.k5n(['v1', 'v2'])
        .describe('v2 when `stat -fc %T /sys/fs/cgroup/` prints cgroup2fs on the node, else v1'),
})
    .describe('A production node of the cluster');
const Cluster = schemas/* strictObject */.rej({
    name: ClusterName,
    role: schemas/* enum */.k5n(['global', 'standby', 'workload'])
        .optional()
        .describe('global | standby (global DR standby) | workload; default workload, or global by name'),
    version: VersionValue.describe('The Distribution Version the cluster runs, e.g. 4.0.3'),
    kubernetes: VersionValue.describe('The Kubernetes version the cluster runs, e.g. 1.31.6'),
    minioFreeGB: schemas/* number */.aig()
        .nonnegative()
        .optional()
        .describe('Global or standby: the smallest free space of /cpaas/minio on its control-plane nodes, in GB'),
    infrastructure: schemas/* enum */.k5n(['traditional', 'immutable'])
        .optional()
        .describe('traditional (default) or immutable (node images are replaced on upgrade)'),
    platformAddress: Address.optional().describe('Standby: its own platform address, for pushes'),
    registry: Registry.optional(),
    nodes: schemas/* array */.YOg(Node)
        .optional()
        .describe("The cluster's production nodes with their kernel and cgroup version, for node-readiness gates (upgrades to ACP 4.4, Kubernetes 1.35)"),
})
    .describe('One cluster');
const ClustersFile = schemas/* strictObject */.rej({
    platformAddress: Address.optional(),
    clusters: schemas/* array */.YOg(Cluster).describe('Every cluster of the platform'),
    externalRegistry: schemas/* boolean */.zMY()
        .optional()
        .describe('ProductBase.spec.registry.external: true when the platform uses an external registry (4.4 and later publish the Core artifacts with res/upload.sh then); default false'),
})
    .describe('acp-upgrade-check clusters.yaml: every cluster and the versions it runs');
const Step = schemas/* strictObject */.rej({
    cluster: ClusterName.optional().describe('The cluster this step upgrades'),
    clusters: schemas/* array */.YOg(ClusterName)
        .min(1, { message: 'clusters must name at least one cluster' })
        .optional()
        .describe('Several clusters upgraded in the same window'),
    to: VersionValue.optional().describe('The Distribution Version the cluster(s) reach'),
    kubernetes: VersionValue.optional().describe('The Kubernetes version after the step; alone, a Kubernetes-only step'),
})
    .describe('One maintenance window: cluster or clusters, and to and/or kubernetes');
const Waiver = schemas/* strictObject */.rej({
    rule: schemas_text('a rule id').describe('The rule id to waive, e.g. order/kubernetes-with-core'),
    cluster: ClusterName.optional().describe('Only findings about this cluster'),
    package: schemas_text('a package name').optional().describe('Only findings about this package'),
    reason: schemas_text('a waiver reason').describe('Why the risk is accepted (shown in the comment)'),
    owner: schemas_text('a waiver owner').describe('Who accepted the risk (shown in the comment)'),
    expires: VersionValue.describe('YYYY-MM-DD, quoted or not; after this day the waiver no longer applies'),
})
    .describe('An accepted risk: rule, reason, owner and expiry are required');
const PlanFile = schemas/* strictObject */.rej({
    target: VersionValue.describe('The Distribution Version the global tier must reach'),
    steps: schemas/* array */.YOg(Step).describe('Maintenance windows, run top to bottom'),
    waivers: schemas/* array */.YOg(Waiver).optional(),
})
    .describe('acp-upgrade-check plan.yaml: the target and the ordered upgrade steps');
const CorePackage = schemas/* strictObject */.rej({
    core: VersionValue.describe('The Distribution Version of this Core package'),
    file: FilePath,
    sha256: schemas/* string */.YjP().optional(),
})
    .describe('The Core package of a Distribution Version');
const ApplicationPackage = schemas/* strictObject */.rej({
    name: ApplicationName.describe('The application name in apps.yaml'),
    displayName: schemas/* string */.YjP().optional(),
    type: ApplicationType,
    version: VersionValue.describe('The package version'),
    lifecycle: schemas/* enum */.k5n(['aligned', 'agnostic']).optional(),
    acpVersions: schemas/* array */.YOg(VersionValue)
        .optional()
        .describe('The portal\'s "ACP compatible versions", e.g. ["4.2", "4.3"]'),
    file: FilePath,
    sha256: schemas/* string */.YjP().optional(),
})
    .describe('A cluster plugin, operator or chart package');
const PackagesFile = schemas/* strictObject */.rej({
    packages: schemas/* array */.YOg(schemas/* union */.KCZ([CorePackage, ApplicationPackage])).describe('Downloaded packages'),
})
    .describe('acp-upgrade-check packages.yaml: the packages downloaded for the window');
/** apps.yaml is violet's format and may grow: keys we do not use are ignored (typos are caught). */
const Installation = schemas/* looseObject */._H3({
    clusterName: ClusterName,
    version: VersionValue,
});
const Application = schemas/* looseObject */._H3({
    displayName: schemas/* string */.YjP().optional(),
    type: ApplicationType,
    installed: schemas/* array */.YOg(Installation).nullable().optional(),
});
const AppsFile = schemas/* looseObject */._H3({
    applications: schemas/* record */.g1P(ApplicationName, Application).nullable(),
});

// EXTERNAL MODULE: ./src/engine/inventory/validate.ts
var validate = __webpack_require__(391);
;// CONCATENATED MODULE: ./src/engine/inventory/load.ts
// Turns parsed inventory files into the model: schema first (validate.ts), then what a schema
// cannot say: versions read from their source text, roles, duplicates, names another file uses.







const PackagesFileOutline = PackagesFile.extend({ packages: schemas/* array */.YOg(schemas/* unknown */.L5J()) });
/** Unknown names that get a "did you mean" hint, per file. */
const MAX_HINTED = 200;
/** Reads values out of one parsed file, collecting findings as it goes. */
class Reader {
    parsed;
    findings = [];
    constructor(parsed) {
        this.parsed = parsed;
    }
    node(path) {
        return (0,yaml/* nodeAt */.oB)(this.parsed.root, path).node;
    }
    loc(path) {
        return { file: this.parsed.file, offset: this.node(path).start };
    }
    keyLoc(path) {
        const { node, keyStart } = (0,yaml/* nodeAt */.oB)(this.parsed.root, path);
        return { file: this.parsed.file, offset: keyStart ?? node.start };
    }
    report(rule, message, at, details = {}) {
        this.findings.push((0,engine_findings/* finding */.gk)(rule, message, at.file, at.offset, details));
    }
    /** A version from the scalar's source text, so `1.30` stays 1.30. */
    version(path, what) {
        const node = this.node(path);
        const version = (0,catalog/* scalarVersion */.Jp)(node);
        if (!version) {
            this.report('input/schema', `${what} "${(0,catalog/* scalarText */.ws)(node)}" is not a version; write MAJOR.MINOR or MAJOR.MINOR.PATCH, e.g. 4.3.0 or "1.31"`, this.loc(path));
        }
        return version ?? undefined;
    }
    /** A Distribution Version the catalog must know. */
    release(path, what, catalog) {
        const version = this.version(path, what);
        if (version && !catalog.release(version)) {
            const known = [...catalog.releases.keys()].join(', ');
            this.report('input/unknown-version', `${what} ${version.text} is not a release the catalog knows (${known}); fix the version, or describe the release in catalog.yaml`, this.loc(path));
            return undefined;
        }
        return version;
    }
    hints = new Map();
    clusterNames;
    /**
     * "Did you mean" for an unknown cluster name. Each comparison costs an edit distance against
     * every cluster, so a file naming thousands of unknown clusters gets hints for the first
     * MAX_HINTED names only, and each name is compared once.
     */
    clusterHint(name, clusters) {
        if (this.hints.has(name))
            return this.hints.get(name);
        if (this.hints.size >= MAX_HINTED)
            return undefined;
        this.clusterNames ??= [...clusters.byName.keys()];
        const hint = (0,validate/* suggest */.ZA)(name, this.clusterNames);
        this.hints.set(name, hint);
        return hint;
    }
    empty(what) {
        this.report('input/schema', `${this.parsed.file.path} is empty; it must hold ${what}`, {
            file: this.parsed.file,
            offset: 0,
        });
        return { value: undefined, findings: this.findings };
    }
}
// --- clusters.yaml ----------------------------------------------------------------------------
function loadClusters(parsed, catalog) {
    const r = new Reader(parsed);
    if (!parsed.root)
        return r.empty('a "clusters:" list');
    const { value, findings } = (0,validate/* validate */.tf)(ClustersFile, parsed, parsed.root);
    if (!value)
        return { value: undefined, findings };
    const list = [];
    const byName = new Map();
    value.clusters.forEach((input, i) => {
        const path = ['clusters', i];
        const at = r.loc([...path, 'name']);
        const version = r.release([...path, 'version'], `${input.name}'s version`, catalog);
        const kubernetes = r.version([...path, 'kubernetes'], `${input.name}'s kubernetes`);
        if (byName.has(input.name)) {
            const first = byName.get(input.name);
            r.report('input/duplicate', `the cluster "${input.name}" is listed twice (first on line ${first.at.file.position(first.at.offset).line}); keep one entry`, at, { cluster: input.name });
            return;
        }
        if (input.platformAddress)
            checkAddress(r, input.platformAddress, [...path, 'platformAddress']);
        if (!version || !kubernetes)
            return;
        const cluster = {
            name: input.name,
            role: input.role ?? (input.name === 'global' ? 'global' : 'workload'),
            version,
            kubernetes,
            infrastructure: input.infrastructure ?? 'traditional',
            index: i,
            at,
            versionAt: r.loc([...path, 'version']),
            kubernetesAt: r.loc([...path, 'kubernetes']),
        };
        if (input.minioFreeGB !== undefined) {
            cluster.minioFreeGB = input.minioFreeGB;
            cluster.minioAt = r.loc([...path, 'minioFreeGB']);
        }
        if (input.platformAddress)
            cluster.platformAddress = input.platformAddress;
        if (input.registry)
            cluster.registry = input.registry;
        if (input.nodes)
            cluster.nodes = loadNodes(r, input.nodes, [...path, 'nodes']);
        list.push(cluster);
        byName.set(cluster.name, cluster);
    });
    if (value.platformAddress)
        checkAddress(r, value.platformAddress, ['platformAddress']);
    const globals = list.filter((c) => c.role === 'global');
    const standbys = list.filter((c) => c.role === 'standby');
    for (const [extra, what] of [
        [globals.slice(1), 'global'],
        [standbys.slice(1), 'standby'],
    ]) {
        for (const cluster of extra) {
            r.report('input/duplicate', `"${cluster.name}" is a second ${what} cluster; a platform has exactly one global${what === 'standby' ? ' and at most one DR standby' : ''}`, cluster.at, { cluster: cluster.name });
        }
    }
    const global = globals[0];
    if (!global) {
        r.report('input/schema', 'no cluster has role global; mark the global cluster with "role: global" (or name it "global")', r.keyLoc(['clusters']));
    }
    (0,validate/* append */.BC)(findings, r.findings);
    if (!global || findings.some((f) => f.severity === 'error'))
        return { value: undefined, findings };
    const clusters = { list, byName, global };
    if (standbys[0])
        clusters.standby = standbys[0];
    if (value.platformAddress)
        clusters.platformAddress = value.platformAddress;
    if (value.externalRegistry !== undefined)
        clusters.externalRegistry = value.externalRegistry;
    return { value: clusters, findings };
}
/** A cluster's nodes: the kernel read from its source text, its MAJOR.MINOR required. */
function loadNodes(r, nodes, path) {
    const out = [];
    nodes.forEach((node, i) => {
        const at = [...path, i];
        const kernelNode = r.node([...at, 'kernel']);
        const kernel = kernelNode.kind === 'scalar' ? kernelNode.source : String(node.kernel);
        const release = /^(\d+)\.(\d+)(?![\d])/.exec(kernel);
        const kernelVersion = release ? (0,versions.parseVersion)(`${release[1]}.${release[2]}`) : null;
        if (!kernelVersion) {
            r.report('input/schema', `node ${node.name}'s kernel "${kernel}" is not a kernel release; write what \`uname -r\` prints on the node, e.g. 5.14.0-427.13.1.el9_4.x86_64`, r.loc([...at, 'kernel']));
            return;
        }
        out.push({
            name: node.name,
            kernel,
            kernelVersion,
            cgroup: node.cgroup,
            at: r.loc([...at, 'name']),
            kernelAt: r.loc([...at, 'kernel']),
            cgroupAt: r.loc([...at, 'cgroup']),
        });
    });
    return out;
}
/** violet takes IPv4 literals only. */
function checkAddress(r, address, path) {
    if (/^(https?:\/\/)?\[/.test(address)) {
        r.report('input/schema', `"${address}" is an IPv6 literal; violet does not support IPv6 platform addresses, use a host name or IPv4 address`, r.loc(path));
    }
}
// --- plan.yaml --------------------------------------------------------------------------------
function loadPlan(parsed, catalog, clusters) {
    const r = new Reader(parsed);
    if (!parsed.root)
        return r.empty('"target:" and "steps:"');
    const { value, findings } = (0,validate/* validate */.tf)(PlanFile, parsed, parsed.root);
    if (!value)
        return { value: undefined, findings };
    const target = exact(r.release(['target'], 'the target', catalog));
    const steps = [];
    value.steps.forEach((input, i) => {
        const path = ['steps', i];
        const at = r.loc(path);
        const index = i + 1;
        if ((input.cluster === undefined) === (input.clusters === undefined)) {
            r.report('input/schema', `step ${index} must name its cluster with either "cluster: NAME" or "clusters: [A, B]"`, at, { step: index });
            return;
        }
        if (input.to === undefined && input.kubernetes === undefined) {
            r.report('input/schema', `step ${index} says neither "to" (a Distribution Version) nor "kubernetes" (a Kubernetes-only step)`, at, { step: index });
            return;
        }
        const names = input.cluster !== undefined
            ? [{ name: input.cluster, at: r.loc([...path, 'cluster']) }]
            : input.clusters.map((name, j) => ({ name, at: r.loc([...path, 'clusters', j]) }));
        const seen = new Set();
        const stepClusters = [];
        for (const entry of names) {
            if (seen.has(entry.name)) {
                r.report('input/duplicate', `step ${index} names "${entry.name}" twice`, entry.at, {
                    cluster: entry.name,
                    step: index,
                });
                continue;
            }
            seen.add(entry.name);
            if (clusters && !clusters.byName.has(entry.name)) {
                reportUnknownCluster(r, entry.name, entry.at, clusters, { step: index });
                continue;
            }
            stepClusters.push(entry);
        }
        const step = { index, clusters: stepClusters, at };
        if (input.to !== undefined) {
            const version = exact(r.release([...path, 'to'], `step ${index}'s "to"`, catalog));
            if (!version)
                return;
            step.to = { version, at: r.loc([...path, 'to']) };
        }
        if (input.kubernetes !== undefined) {
            const version = r.version([...path, 'kubernetes'], `step ${index}'s "kubernetes"`);
            if (!version)
                return;
            step.kubernetes = { version, at: r.loc([...path, 'kubernetes']) };
        }
        steps.push(step);
    });
    const waivers = [];
    value.waivers?.forEach((input, i) => {
        const path = ['waivers', i];
        if (!isRuleId(input.rule)) {
            const hint = (0,validate/* suggest */.ZA)(input.rule, Object.keys(engine_findings/* RULES */.y0));
            r.report('input/schema', `waiver ${i + 1} names the rule "${input.rule}", which does not exist${hint ? `; did you mean "${hint}"?` : ''}`, r.loc([...path, 'rule']));
            return;
        }
        // `expires: 2027-01-31` is text to YAML's core schema; a number or a version is not a date.
        const expiresNode = r.node([...path, 'expires']);
        const expires = expiresNode.kind === 'scalar' ? expiresNode.source : '';
        if (!isIsoDate(expires)) {
            r.report('input/schema', `waiver ${i + 1} expires "${expires}"; write the date as YYYY-MM-DD`, r.loc([...path, 'expires']));
            return;
        }
        const waiver = {
            rule: input.rule,
            reason: input.reason,
            owner: input.owner,
            expires,
            at: r.loc(path),
        };
        if (input.cluster !== undefined)
            waiver.cluster = input.cluster;
        if (input.package !== undefined)
            waiver.package = input.package;
        waivers.push(waiver);
    });
    (0,validate/* append */.BC)(findings, r.findings);
    if (!target || findings.some((f) => f.severity === 'error'))
        return { value: undefined, findings };
    return { value: { target, targetAt: r.loc(['target']), steps, waivers }, findings };
}
/** The Distribution Version a step or the plan goes to is an exact version. */
function exact(version) {
    return version && (0,versions.exactVersion)(version);
}
function isRuleId(rule) {
    return Object.hasOwn(engine_findings/* RULES */.y0, rule);
}
function isIsoDate(text) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
        return false;
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
function reportUnknownCluster(r, name, at, clusters, details = {}) {
    const hint = r.clusterHint(name, clusters);
    r.report('input/unknown-cluster', `"${name}" is not a cluster in clusters.yaml${hint ? `; did you mean "${hint}"?` : '; add it there or fix the name'}`, at, { cluster: name, ...details });
}
// --- apps.yaml --------------------------------------------------------------------------------
function loadApps(parsed, clusters) {
    const r = new Reader(parsed);
    if (!parsed.root)
        return r.empty('"applications:" as `violet list` writes it');
    const { value, findings } = (0,validate/* validate */.tf)(AppsFile, parsed, parsed.root);
    if (!value)
        return { value: undefined, findings };
    const list = [];
    const byName = new Map();
    const appsNode = r.node(['applications']);
    const entries = appsNode.kind === 'map' ? appsNode.entries : [];
    for (const entry of entries) {
        const input = value.applications?.[entry.key];
        if (!input)
            continue;
        const appNode = entry.value;
        const installedNode = (0,yaml/* nodeAt */.oB)(appNode, ['installed']).node;
        const installed = (input.installed ?? []).map((item, j) => {
            const itemNode = installedNode.kind === 'seq' ? installedNode.items[j] : appNode;
            const versionNode = load_valueOf(itemNode, 'version');
            const clusterNode = load_valueOf(itemNode, 'clusterName');
            return {
                cluster: item.clusterName,
                version: versionNode?.kind === 'scalar' ? versionNode.source : String(item.version),
                at: { file: parsed.file, offset: (clusterNode ?? itemNode).start },
            };
        });
        const app = {
            name: entry.key,
            type: input.type,
            installed,
            at: { file: parsed.file, offset: entry.keyStart },
        };
        if (input.displayName !== undefined)
            app.displayName = input.displayName;
        if (clusters) {
            for (const item of installed) {
                if (!clusters.byName.has(item.cluster))
                    reportUnknownCluster(r, item.cluster, item.at, clusters);
            }
        }
        list.push(app);
        byName.set(app.name, app);
    }
    (0,validate/* append */.BC)(findings, r.findings);
    return { value: { list, byName }, findings };
}
/** A mapping's value for `key` (no path array: this runs once per installation). */
function load_valueOf(node, key) {
    if (node.kind !== 'map')
        return undefined;
    for (const entry of node.entries)
        if (entry.key === key)
            return entry.value;
    return undefined;
}
// --- packages.yaml ----------------------------------------------------------------------------
function loadPackages(parsed) {
    const r = new Reader(parsed);
    const root = parsed.root;
    if (!root)
        return { value: [], findings: [] };
    // The file's outline first; each entry is then checked against the Core or the application
    // package schema, chosen by its "core" key, so that messages speak of the right one.
    const top = (0,validate/* validate */.tf)(PackagesFileOutline, parsed, root);
    if (!top.value)
        return { value: undefined, findings: top.findings };
    const listNode = (0,yaml/* nodeAt */.oB)(root, ['packages']).node;
    const items = listNode.kind === 'seq' ? listNode.items : [];
    const list = [];
    const findings = [...top.findings];
    const seen = new Map();
    items.forEach((item, i) => {
        const path = ['packages', i];
        const isCore = item.kind === 'map' && item.entries.some((e) => e.key === 'core');
        const schema = isCore ? CorePackage : ApplicationPackage;
        const checked = (0,validate/* validate */.tf)(schema, r.parsed, item, path);
        (0,validate/* append */.BC)(findings, checked.findings);
        if (!checked.value)
            return;
        const at = r.loc(path);
        if ('core' in checked.value) {
            const version = r.version([...path, 'core'], 'the Core package version');
            if (!version)
                return;
            const key = `core ${version.text}`;
            if (duplicate(r, seen, key, `the Core package ${version.text}`, at))
                return;
            const spec = { kind: 'core', version, file: checked.value.file, at };
            if (checked.value.sha256)
                spec.sha256 = checked.value.sha256;
            list.push(spec);
            return;
        }
        const input = checked.value;
        const acpVersions = input.acpVersions?.map((_, j) => r.version([...path, 'acpVersions', j], `${input.name}'s acpVersions entry`));
        if (acpVersions?.some((v) => v === undefined))
            return;
        const versionNode = r.node([...path, 'version']);
        const versionText = versionNode.kind === 'scalar' ? versionNode.source : String(input.version);
        // One application may have several packages (one per hop of a multi-hop journey); the same
        // name and version twice is a mistake.
        const key = `package ${input.name}@${versionText.replace(/^v/, '')}`;
        const what = `the package "${input.name}" ${versionText}`;
        if (duplicate(r, seen, key, what, at, input.name))
            return;
        const spec = {
            kind: 'package',
            name: input.name,
            type: input.type,
            version: versionText,
            file: input.file,
            at,
            versionAt: r.loc([...path, 'version']),
            typeAt: r.loc([...path, 'type']),
        };
        if (input.displayName !== undefined)
            spec.displayName = input.displayName;
        if (input.lifecycle)
            spec.lifecycle = input.lifecycle;
        if (acpVersions) {
            spec.acpVersions = acpVersions;
            spec.acpVersionsAt = r.loc([...path, 'acpVersions']);
        }
        if (input.sha256)
            spec.sha256 = input.sha256;
        list.push(spec);
    });
    (0,validate/* append */.BC)(findings, r.findings);
    return { value: findings.some((f) => f.severity === 'error') ? undefined : list, findings };
}
function duplicate(r, seen, key, what, at, pkg) {
    const first = seen.get(key);
    if (!first) {
        seen.set(key, at);
        return false;
    }
    r.report('input/duplicate', `${what} is listed twice (first on line ${first.file.position(first.offset).line}); keep one entry`, at, pkg ? { package: pkg } : {});
    return true;
}


/***/ }),

/***/ 391:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ append),
/* harmony export */   ZA: () => (/* binding */ suggest),
/* harmony export */   tf: () => (/* binding */ validate)
/* harmony export */ });
/* unused harmony exports describeNode, describePath, objectKeysAt, editDistance */
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(166);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(831);


/** Below this many YAML values, zod interprets the schema instead of compiling it. */
const JIT_THRESHOLD = 2000;
function validate(schema, parsed, node, basePath = []) {
    let result;
    let sampled = false;
    // zod compiles a fast parser per object schema on first use: worth it for a fleet's apps.yaml,
    // a waste of start-up time for a file of a few dozen values.
    const jitless = node.size < JIT_THRESHOLD;
    try {
        result = schema.safeParse((0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .toValue */ .BA)(node), { jitless });
    }
    catch (error) {
        // zod gathers a list's problems with push(...problems), which overflows the stack past about
        // 100,000 of them. Such a file is validated on a sample (the first entries of every list
        // and mapping) to name its first problems, and does not load.
        if (!(error instanceof RangeError))
            throw error;
        result = schema.safeParse((0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .toValue */ .BA)(node, SAMPLE_ENTRIES), { jitless });
        sampled = true;
    }
    const findings = result.success
        ? []
        : result.error.issues.flatMap((issue) => issueFindings(issue, schema, parsed, node, basePath));
    if (sampled) {
        findings.unshift((0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('input/schema', `${describePath(basePath, parsed.root) || parsed.file.path} has too many problems to list (over 100,000); those in the first ${SAMPLE_ENTRIES} entries of each list are reported: fix them and check again`, parsed.file, node.start));
    }
    append(findings, looseKeyTypos(schema, parsed, node, basePath));
    const valid = result.success && !sampled && findings.length === 0;
    return { value: valid ? result.data : undefined, findings };
}
/** Entries of each list and mapping validated when a file has too many problems to list. */
const SAMPLE_ENTRIES = 1000;
function issueFindings(issue, schema, parsed, root, basePath) {
    const path = issue.path;
    const where = describePath([...basePath, ...path], parsed.root);
    const { node } = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeAt */ .oB)(root, path);
    const reached = pathExists(root, path);
    const at = (offset, message) => (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('input/schema', message, parsed.file, offset);
    switch (issue.code) {
        case 'unrecognized_keys':
            return issue.keys.map((key) => {
                const entry = node.kind === 'map' ? node.entries.find((e) => e.key === key) : undefined;
                const keys = objectKeysAt(schema, path);
                const suggestion = suggest(key, keys) ?? synonym(key, keys);
                return at(entry?.keyStart ?? node.start, `unknown key "${key}"${where ? ` in ${where}` : ''}${suggestion ? `; did you mean "${suggestion}"?` : ''}`);
            });
        case 'invalid_type':
            if (!reached)
                return missingKey(issue, schema, parsed, root, basePath);
            return [
                at(node.start, `${where || 'the file'} must be ${article(issue.expected)}, not ${describeNode(node)}`),
            ];
        case 'invalid_union':
            if (!reached)
                return missingKey(issue, schema, parsed, root, basePath);
            return [
                at(node.start, `${where} must be ${unionExpectation(issue)}, not ${describeNode(node)}`),
            ];
        case 'invalid_value': {
            const written = node.kind === 'scalar' ? node.source : describeNode(node);
            const options = issue.values.map(String);
            const suggestion = suggest(written, options);
            return [
                at(node.start, `${where} is "${written}"; it must be one of ${options.join(', ')}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`),
            ];
        }
        case 'invalid_key': {
            // A mapping key that the schema refuses (an application name in apps.yaml): point at it.
            const key = String(path[path.length - 1]);
            const { node: parent } = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeAt */ .oB)(root, path.slice(0, -1));
            const entry = parent.kind === 'map' ? parent.entries.find((e) => e.key === key) : undefined;
            const owner = describePath([...basePath, ...path.slice(0, -1)], parsed.root) || 'the file';
            const reasons = issue.issues.map((sub) => sub.message).join('; ');
            return [
                at(entry?.keyStart ?? node.start, `${owner} has the key ${JSON.stringify(key)}: ${reasons}`),
            ];
        }
        default:
            return [at(node.start, `${where ? `${where}: ` : ''}${issue.message}`)];
    }
}
/** Words people write for a key we call otherwise: a step's `version:` means `to:`. */
function synonym(key, keys) {
    const meant = { version: 'to', target: 'to', k8s: 'kubernetes' };
    const hint = meant[key];
    return hint !== undefined && keys.includes(hint) && !keys.includes(key) ? hint : undefined;
}
/**
 * A required key is absent. When the mapping has a near-miss of it (`kubernets`), the unknown-key
 * finding already says "did you mean"; a second finding would only repeat it.
 */
function missingKey(issue, schema, parsed, root, basePath) {
    const missing = String(issue.path[issue.path.length - 1]);
    const parentPath = issue.path.slice(0, -1);
    const { node: parent } = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeAt */ .oB)(root, parentPath);
    const known = new Set(objectKeysAt(schema, parentPath));
    if (parent.kind === 'map') {
        const typo = parent.entries.some((e) => !known.has(e.key) && suggest(e.key, [missing]) === missing);
        if (typo)
            return [];
    }
    const owner = describePath([...basePath, ...parentPath], parsed.root) || 'the file';
    return [
        (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('input/schema', `${owner} lacks the required key "${missing}"`, parsed.file, parent.start),
    ];
}
function pathExists(root, path) {
    let node = root;
    for (const part of path) {
        if (node?.kind === 'map')
            node = node.entries.find((e) => e.key === String(part))?.value;
        else if (node?.kind === 'seq' && typeof part === 'number')
            node = node.items[part];
        else
            return false;
        if (!node)
            return false;
    }
    return true;
}
function unionExpectation(issue) {
    const expected = new Set();
    for (const branch of issue.errors) {
        for (const sub of branch) {
            if (sub.code === 'invalid_type' && sub.path.length === 0)
                expected.add(sub.expected);
            else
                expected.add('mapping');
        }
    }
    return [...expected].map(article).join(' or ');
}
function article(expected) {
    switch (expected) {
        case 'string':
            return 'text';
        case 'number':
            return 'a number';
        case 'boolean':
            return 'true or false';
        case 'array':
            return 'a list';
        case 'object':
        case 'record':
        case 'mapping':
            return 'a mapping';
        default:
            return expected;
    }
}
function describeNode(node) {
    if (node.kind === 'seq')
        return 'a list';
    if (node.kind === 'map')
        return 'a mapping';
    if (node.value === null)
        return 'empty';
    if (typeof node.value === 'number')
        return `the number ${node.source}`;
    if (typeof node.value === 'boolean')
        return `${node.source} (a boolean)`;
    return `"${node.source}"`;
}
/** What one entry of a list is called in messages, counted from 1 as users count. */
const ENTRY = {
    steps: 'step',
    clusters: 'cluster',
    packages: 'package',
    waivers: 'waiver',
    installed: 'installed entry',
    releases: 'release',
    edges: 'edge',
    packageRules: 'package rule',
};
/**
 * `cluster 3 (prod-b) › kubernetes` for ['clusters', 2, 'kubernetes']; `step 2` for ['steps', 1].
 * With the file's root, an entry that has a name (a cluster, a package, a waiver's rule) is
 * named too: "cluster 1" alone does not say which one to fix.
 */
function describePath(path, root) {
    const parts = [];
    let node = root ?? undefined;
    const step = (part) => {
        if (node?.kind === 'map')
            node = node.entries.find((e) => e.key === String(part))?.value;
        else if (node?.kind === 'seq' && typeof part === 'number')
            node = node.items[part];
        else
            node = undefined;
    };
    for (let i = 0; i < path.length; i++) {
        const part = path[i];
        const next = path[i + 1];
        step(part);
        if (typeof part !== 'number' && typeof next === 'number') {
            step(next);
            const entry = ENTRY[String(part)];
            const label = entry ? `${entry} ${next + 1}` : `${String(part)} entry ${next + 1}`;
            const name = entryName(node);
            parts.push(name === undefined ? label : `${label} (${name})`);
            i++;
        }
        else {
            parts.push(typeof part === 'number' ? `entry ${part + 1}` : String(part));
        }
    }
    return parts.join(' › ');
}
/** What an entry of a list is called by the user: its name, a Core package's version, a rule. */
function entryName(node) {
    if (node?.kind !== 'map')
        return undefined;
    for (const key of ['name', 'core', 'rule', 'cluster']) {
        const value = node.entries.find((e) => e.key === key)?.value;
        if (value?.kind === 'scalar' && value.source !== '') {
            return value.source.length > 60 ? `${value.source.slice(0, 57)}...` : value.source;
        }
    }
    return undefined;
}
const defOf = (schema) => schema.def;
function unwrap(schema) {
    let current = schema;
    for (;;) {
        const def = defOf(current);
        if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') {
            current = def.innerType;
        }
        else {
            return current;
        }
    }
}
function childSchemas(schema, part) {
    const inner = unwrap(schema);
    const def = defOf(inner);
    switch (def.type) {
        case 'object': {
            const child = ownValue(def.shape, String(part));
            return child ? [child] : [];
        }
        case 'array':
            return [def.element];
        case 'record':
            return [def.valueType];
        case 'union':
            return def.options.flatMap((option) => childSchemas(option, part));
        default:
            return [];
    }
}
function objectShapes(schema) {
    const def = defOf(unwrap(schema));
    if (def.type === 'object')
        return [def.shape];
    if (def.type === 'union')
        return def.options.flatMap(objectShapes);
    return [];
}
/** The keys an object at `path` may have. */
function objectKeysAt(schema, path) {
    let schemas = [schema];
    for (const part of path)
        schemas = schemas.flatMap((s) => childSchemas(s, part));
    return [...new Set(schemas.flatMap(objectShapes).flatMap((shape) => Object.keys(shape)))];
}
/**
 * apps.yaml keeps keys we do not know (violet's format may grow), but a near-miss of a key we do
 * use is almost surely a typo: `instaled` where `installed` is missing.
 */
function looseKeyTypos(schema, parsed, node, basePath) {
    const findings = [];
    // One path, extended and shortened as the walk goes: most nodes need none of it.
    const path = [];
    const walk = (current, at) => {
        const inner = unwrap(current);
        const def = defOf(inner);
        if (def.type === 'object' && at.kind === 'map') {
            const shape = def.shape;
            const loose = def.catchall !== undefined && defOf(def.catchall).type === 'unknown';
            for (const entry of at.entries) {
                const child = ownValue(shape, entry.key);
                if (child) {
                    if (entry.value.kind === 'scalar')
                        continue; // nothing below a scalar to check
                    path.push(entry.key);
                    walk(child, entry.value);
                    path.pop();
                }
                else if (loose) {
                    const present = new Set(at.entries.map((e) => e.key));
                    const missing = Object.keys(shape).filter((k) => !present.has(k));
                    const suggestion = suggest(entry.key, missing);
                    if (suggestion) {
                        findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('input/schema', `unknown key "${entry.key}" in ${describePath([...basePath, ...path], parsed.root) || 'the file'}; did you mean "${suggestion}"?`, parsed.file, entry.keyStart));
                    }
                }
            }
        }
        else if (def.type === 'record' && at.kind === 'map') {
            for (const entry of at.entries) {
                path.push(entry.key);
                walk(def.valueType, entry.value);
                path.pop();
            }
        }
        else if (def.type === 'array' && at.kind === 'seq') {
            for (let i = 0; i < at.items.length; i++) {
                path.push(i);
                walk(def.element, at.items[i]);
                path.pop();
            }
        }
    };
    walk(schema, node);
    return findings;
}
/**
 * `target.push(...items)` passes every item as an argument, which overflows the stack past about
 * 100,000: a hostile file can produce that many findings.
 */
function append(target, items) {
    for (const item of items)
        target.push(item);
}
/** A schema's own entry: keys such as "constructor" must not reach Object.prototype. */
function ownValue(record, key) {
    return Object.hasOwn(record, key) ? record[key] : undefined;
}
// --- "did you mean" ------------------------------------------------------------------------
/** The closest candidate within a small edit distance, if any. */
function suggest(word, candidates) {
    const lower = word.toLowerCase();
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        if (candidate === word)
            continue;
        const limit = Math.max(1, Math.min(3, Math.floor(candidate.length / 3)));
        const distance = editDistance(lower, candidate.toLowerCase(), limit);
        if (distance <= limit && distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
/**
 * Levenshtein distance with adjacent transpositions (optimal string alignment), or `max + 1`
 * when it is larger than `max`. Only the diagonal band of width 2 * max + 1 is computed, so a
 * comparison costs O(length * max) however long the strings are.
 */
function editDistance(a, b, max = 3) {
    const n = a.length;
    const m = b.length;
    const over = max + 1;
    if (Math.abs(n - m) > max)
        return over;
    let before = new Int32Array(m + 2); // row i - 2
    let previous = new Int32Array(m + 2); // row i - 1
    let current = new Int32Array(m + 2);
    for (let j = 0; j <= m; j++)
        previous[j] = Math.min(j, over);
    for (let i = 1; i <= n; i++) {
        const lo = Math.max(1, i - max);
        const hi = Math.min(m, i + max);
        current[lo - 1] = lo === 1 ? Math.min(i, over) : over;
        let rowMin = current[lo - 1];
        for (let j = lo; j <= hi; j++) {
            const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
            let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            if (i > 1 &&
                j > 1 &&
                a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
                a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
                value = Math.min(value, before[j - 2] + 1);
            }
            current[j] = Math.min(value, over);
            if (current[j] < rowMin)
                rowMin = current[j];
        }
        if (hi < m)
            current[hi + 1] = over;
        if (rowMin >= over)
            return over;
        [before, previous, current] = [previous, current, before];
    }
    return previous[m];
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

//# sourceMappingURL=586.cli.js.map