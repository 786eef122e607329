export const id = 936;
export const ids = [936];
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

/***/ 936:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderSarif: () => (/* binding */ renderSarif)
});

// UNUSED EXPORTS: defaultRulesUrl

// EXTERNAL MODULE: ./src/engine/findings.ts
var findings = __webpack_require__(166);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/render/rule-help.ts
// Generated by scripts/bundle.mjs from docs/rules.md. Do not edit: edit the rule reference.
const RULE_HELP = {
    "input/yaml-syntax": {
        "anchor": "input-yaml-syntax",
        "fullDescription": "Every inventory file parses as YAML, is UTF-8 text, and is not larger than the size limit for an inventory file. The finding gives the line and column where parsing stopped.",
        "text": "What it checks: Every inventory file parses as YAML, is UTF-8 text, and is not larger than the size limit for an inventory file. The finding gives the line and column where parsing stopped.\n\nWhy: Nothing else can be checked in a file that does not parse.\n\nFix: Correct the YAML at the reported line (the problem is often on the line before it: an unclosed [ or \", or a tab used for indentation). Save the file as UTF-8.",
        "markdown": "_A file is not valid YAML._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** Every inventory file parses as YAML, is UTF-8 text, and is not larger than\nthe size limit for an inventory file. The finding gives the line and column where parsing\nstopped.\n\n**Why.** Nothing else can be checked in a file that does not parse.\n\n**Example.** The flow list of the last step is not closed:\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.3.0\nsteps:\n  - cluster: prod-a\n    kubernetes: \"1.31\"\n  - cluster: global-dr\n    to: 4.3.0\n  - cluster: global\n    to: 4.3.0\n  - clusters: [prod-a, prod-b\n    to: 4.3.0\n```\n\n**Fix.** Correct the YAML at the reported line (the problem is often on the line before it:\nan unclosed `[` or `\"`, or a tab used for indentation). Save the file as UTF-8."
    },
    "input/schema": {
        "anchor": "input-schema",
        "fullDescription": "Each file has the shape the project defines (the JSON Schemas in schemas/ are generated from the same definitions): the required keys are there, values have the right type, and our own files (clusters.yaml, plan.yaml, packages.yaml, catalog.yaml) have no unknown keys; for a key that looks like a typo the message suggests the right one. apps.yaml is violet's format, so keys the check does not use are allowed there. Other checks of the same rule: a version that is not MAJOR.MINOR or MAJOR.MINOR.PATCH, no cluster with role global, a plan step without a cluster or without to/kubernetes, a waiver naming a rule that does not exist or a date that is not YYYY-MM-DD, a value with control characters or line breaks (it could not be printed safely in a command), and an IPv6 literal as a platform address.",
        "text": "What it checks: Each file has the shape the project defines (the JSON Schemas in schemas/ are generated from the same definitions): the required keys are there, values have the right type, and our own files (clusters.yaml, plan.yaml, packages.yaml, catalog.yaml) have no unknown keys; for a key that looks like a typo the message suggests the right one. apps.yaml is violet's format, so keys the check does not use are allowed there. Other checks of the same rule: a version that is not MAJOR.MINOR or MAJOR.MINOR.PATCH, no cluster with role global, a plan step without a cluster or without to/kubernetes, a waiver naming a rule that does not exist or a date that is not YYYY-MM-DD, a value with control characters or line breaks (it could not be printed safely in a command), and an IPv6 literal as a platform address.\n\nWhy: A misspelt key would otherwise be ignored and its check silently skipped. The address check follows violet: \"IP-literal platform addresses must be IPv4; IPv6 literals are not supported by violet\" (violet's documentation, as summarised in the project's fact sheet).\n\nFix: Use the key or value the message names. With the # yaml-language-server: $schema=... line at the top of the file, your editor shows these mistakes while you type.",
        "markdown": "_A value has the wrong type or an unknown key._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** Each file has the shape the project defines (the JSON Schemas in `schemas/`\nare generated from the same definitions): the required keys are there, values have the right\ntype, and our own files (`clusters.yaml`, `plan.yaml`, `packages.yaml`, `catalog.yaml`) have no\nunknown keys; for a key that looks like a typo the message suggests the right one. `apps.yaml` is\nviolet's format, so keys the check does not use are allowed there. Other checks of the same rule:\na version that is not `MAJOR.MINOR` or `MAJOR.MINOR.PATCH`, no cluster with role `global`, a plan\nstep without a cluster or without `to`/`kubernetes`, a waiver naming a rule that does not exist or\na date that is not `YYYY-MM-DD`, a value with control characters or line breaks (it could not be\nprinted safely in a command), and an IPv6 literal as a platform address.\n\n**Why.** A misspelt key would otherwise be ignored and its check silently skipped. The address\ncheck follows violet: \"IP-literal platform addresses must be IPv4; IPv6 literals are not\nsupported by violet\" (violet's documentation, as summarised in the project's fact sheet).\n\n**Example.** `infrastructure` is misspelt, so `prod-a` would silently count as traditional\ninfrastructure:\n\n```yaml\n# examples/acp/clusters.yaml\nplatformAddress: https://acp.example.com\nclusters:\n  - name: global\n    role: global\n    version: 4.2.1\n    kubernetes: 1.33.4\n    minioFreeGB: 240\n  - name: global-dr\n    role: standby\n    platformAddress: https://acp-dr.example.com\n    registry: 192.168.20.10:11443\n    version: 4.2.1\n    kubernetes: 1.33.4\n    minioFreeGB: 260\n  - name: prod-a\n    version: 4.2.1\n    kubernetes: 1.30.9\n    infrastucture: immutable\n  - name: prod-b\n    version: 4.2.1\n    kubernetes: 1.33.4\n    infrastructure: immutable\n```\n\n**Fix.** Use the key or value the message names. With the `# yaml-language-server: $schema=...`\nline at the top of the file, your editor shows these mistakes while you type."
    },
    "input/missing-file": {
        "anchor": "input-missing-file",
        "fullDescription": "apps.yaml, clusters.yaml and plan.yaml exist in the inventory folder (or where the apps, clusters and plan inputs point). packages.yaml and catalog.yaml are optional: no packages.yaml means nothing is downloaded yet.",
        "text": "What it checks: apps.yaml, clusters.yaml and plan.yaml exist in the inventory folder (or where the apps, clusters and plan inputs point). packages.yaml and catalog.yaml are optional: no packages.yaml means nothing is downloaded yet.\n\nWhy: The check needs all three: what is installed, what each cluster runs, and the plan.\n\nFix: Create the file: apps.yaml with violet list --output-file apps.yaml against the platform, clusters.yaml by hand, plan.yaml by hand or from acp-upgrade-check suggest --target VERSION.",
        "markdown": "_A required inventory file is absent._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** `apps.yaml`, `clusters.yaml` and `plan.yaml` exist in the inventory folder\n(or where the `apps`, `clusters` and `plan` inputs point). `packages.yaml` and `catalog.yaml`\nare optional: no `packages.yaml` means nothing is downloaded yet.\n\n**Why.** The check needs all three: what is installed, what each cluster runs, and the plan.\n\n**Example.** An inventory folder without `plan.yaml`.\n\n**Fix.** Create the file: `apps.yaml` with `violet list --output-file apps.yaml` against the\nplatform, `clusters.yaml` by hand, `plan.yaml` by hand or from\n`acp-upgrade-check suggest --target VERSION`."
    },
    "input/unknown-cluster": {
        "anchor": "input-unknown-cluster",
        "fullDescription": "Every cluster a plan step names, and every clusterName in apps.yaml, is a cluster of clusters.yaml. A close name is suggested.",
        "text": "What it checks: Every cluster a plan step names, and every clusterName in apps.yaml, is a cluster of clusters.yaml. A close name is suggested.\n\nWhy: A step for a cluster the check does not know cannot be simulated, and an application on an unknown cluster would be left out of the push commands.\n\nFix: Correct the name, or add the cluster to clusters.yaml with its versions.",
        "markdown": "_A cluster name that clusters.yaml lacks._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** Every cluster a plan step names, and every `clusterName` in `apps.yaml`, is\na cluster of `clusters.yaml`. A close name is suggested.\n\n**Why.** A step for a cluster the check does not know cannot be simulated, and an application on\nan unknown cluster would be left out of the push commands.\n\n**Example.**\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.3.0\nsteps:\n  - cluster: prod-a\n    kubernetes: \"1.31\"\n  - cluster: global-dr\n    to: 4.3.0\n  - cluster: global\n    to: 4.3.0\n  - clusters: [prod-a, prod-c]\n    to: 4.3.0\n```\n\n**Fix.** Correct the name, or add the cluster to `clusters.yaml` with its versions."
    },
    "input/unknown-version": {
        "anchor": "input-unknown-version",
        "fullDescription": "Every Distribution Version in clusters.yaml and plan.yaml (the target, each step's to) belongs to a release of the catalog: the built-in one, which knows 3.16, 3.18, 4.0, 4.1, 4.2, 4.3 and 4.4, plus your catalog.yaml.",
        "text": "What it checks: Every Distribution Version in clusters.yaml and plan.yaml (the target, each step's to) belongs to a release of the catalog: the built-in one, which knows 3.16, 3.18, 4.0, 4.1, 4.2, 4.3 and 4.4, plus your catalog.yaml.\n\nWhy: The rules for a release (its Kubernetes versions, its upgrade paths) come from the ACP documentation; for a release the catalog does not hold, there is nothing to check against. The 4.5 pages name its upgrade paths, but no Kubernetes support matrix read has a 4.5 row, so the built-in catalog stops at 4.4 (the README shows how to add 4.5 in catalog.yaml).\n\nFix: Correct the version. To plan for a release the check does not ship yet, describe it (its Kubernetes versions and the upgrade path to it, with your source) in catalog.yaml in the inventory folder; it has the shape of catalog/acp.yaml.",
        "markdown": "_A version the release catalog does not know._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** Every Distribution Version in `clusters.yaml` and `plan.yaml` (the target,\neach step's `to`) belongs to a release of the catalog: the built-in one, which knows 3.16, 3.18,\n4.0, 4.1, 4.2, 4.3 and 4.4, plus your `catalog.yaml`.\n\n**Why.** The rules for a release (its Kubernetes versions, its upgrade paths) come from the ACP\ndocumentation; for a release the catalog does not hold, there is nothing to check against. The\n4.5 pages name its upgrade paths, but no Kubernetes support matrix read has a 4.5 row, so the\nbuilt-in catalog stops at 4.4 (the README shows how to add 4.5 in `catalog.yaml`).\n\n**Example.**\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.5.0\nsteps:\n  - cluster: prod-a\n    kubernetes: \"1.31\"\n  - cluster: global-dr\n    to: 4.5.0\n  - cluster: global\n    to: 4.5.0\n```\n\n**Fix.** Correct the version. To plan for a release the check does not ship yet, describe it\n(its Kubernetes versions and the upgrade path to it, with your source) in `catalog.yaml` in the\ninventory folder; it has the shape of `catalog/acp.yaml`."
    },
    "input/duplicate": {
        "anchor": "input-duplicate",
        "fullDescription": "Cluster names are unique in clusters.yaml, with exactly one global and at most one DR standby; each Core version and each application appears once in packages.yaml; a step does not name a cluster twice; and no mapping has the same key twice.",
        "text": "What it checks: Cluster names are unique in clusters.yaml, with exactly one global and at most one DR standby; each Core version and each application appears once in packages.yaml; a step does not name a cluster twice; and no mapping has the same key twice.\n\nWhy: With two entries the check would have to guess which one you meant.\n\nFix: Keep one entry. The message names the line of the first one.",
        "markdown": "_A cluster, package or key listed twice._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** Cluster names are unique in `clusters.yaml`, with exactly one global and at\nmost one DR standby; each Core version and each application appears once in `packages.yaml`; a\nstep does not name a cluster twice; and no mapping has the same key twice.\n\n**Why.** With two entries the check would have to guess which one you meant.\n\n**Example.** `metallb` is listed twice:\n\n```yaml\n# examples/acp/packages.yaml\npackages:\n  - core: 4.3.0\n    file: packages/acp-core-4.3.0.tgz\n  - name: topolvm-operator\n    type: OperatorBundle\n    version: 2.4.1\n    file: packages/topolvm-operator.v2.4.1.tgz\n  - name: metallb\n    type: ModulePlugin\n    version: 4.3.2\n    file: packages/metallb-v4.3.2.tgz\n  - name: redis-operator\n    type: OperatorBundle\n    version: 4.3.0\n    file: packages/redis-operator.v4.3.0.tgz\n  - name: web-terminal\n    type: Chart\n    version: 1.5.0\n    file: packages/web-terminal-1.5.0.tgz\n  - name: metallb\n    type: ModulePlugin\n    version: 4.3.2\n    file: packages/metallb-v4.3.2.tgz\n```\n\n**Fix.** Keep one entry. The message names the line of the first one."
    },
    "path/unsupported": {
        "anchor": "path-unsupported",
        "fullDescription": "Each step that changes a cluster's Distribution Version to another release follows a supported upgrade path of the catalog, from a source patch the path allows. The supported paths are 3.16.0/3.16.1/3.16.2 to 4.0, 3.18.0/3.18.1 to 4.0, 3.18 to 4.1, 4.0 to 4.1, 4.0 to 4.2, 4.1 to 4.2, 4.0, 4.1 or 4.2 to 4.3, and 4.1, 4.2 or 4.3 to 4.4. The message gives the shortest supported route; among equally short ones, it prefers the one whose first hop your clusters can take now, without a Kubernetes-only step (3.18.1 on Kubernetes 1.28 goes through 4.0, since 3.18 to 4.1 needs 1.30 first), then the newer intermediate release. Each hop names an exact version (to: 4.0.0); write the patch you downloaded.",
        "text": "What it checks: Each step that changes a cluster's Distribution Version to another release follows a supported upgrade path of the catalog, from a source patch the path allows. The supported paths are 3.16.0/3.16.1/3.16.2 to 4.0, 3.18.0/3.18.1 to 4.0, 3.18 to 4.1, 4.0 to 4.1, 4.0 to 4.2, 4.1 to 4.2, 4.0, 4.1 or 4.2 to 4.3, and 4.1, 4.2 or 4.3 to 4.4. The message gives the shortest supported route; among equally short ones, it prefers the one whose first hop your clusters can take now, without a Kubernetes-only step (3.18.1 on Kubernetes 1.28 goes through 4.0, since 3.18 to 4.1 needs 1.30 first), then the newer intermediate release. Each hop names an exact version (to: 4.0.0); write the patch you downloaded.\n\nWhy: \"Any other pair is unsupported; a longer journey (3.18 -> 4.0 -> 4.3) is a sequence of supported edges, each its own upgrade.\" [source: pre-upgrade.mdx and its 4.1 and 4.2 revisions; v3_16_0_v3_16_1_or_v3_16_2_upgrade_to_v4_0.mdx and v3_18_0_or_v3_18_1_upgrade_to_v4_0.mdx (older revisions)]\n\nFix: Write one step per hop of the route the message gives (here 3.18 -> 4.1 -> 4.3: steps to a 4.1 release first, later steps to 4.3.0), each hop its own upgrade with its own Core package. When the path starts only from certain patches, move the clusters to one of those patches first. acp-upgrade-check suggest --target VERSION writes such a plan.",
        "markdown": "_A step takes an unsupported upgrade path._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** Each step that changes a cluster's Distribution Version to another release\nfollows a supported upgrade path of the catalog, from a source patch the path allows. The\nsupported paths are 3.16.0/3.16.1/3.16.2 to 4.0, 3.18.0/3.18.1 to 4.0, 3.18 to 4.1, 4.0 to 4.1,\n4.0 to 4.2, 4.1 to 4.2, 4.0, 4.1 or 4.2 to 4.3, and 4.1, 4.2 or 4.3 to 4.4. The message gives\nthe shortest supported route; among equally short ones, it prefers the one whose first hop your\nclusters can take now, without a Kubernetes-only step (3.18.1 on Kubernetes 1.28 goes through\n4.0, since 3.18 to 4.1 needs 1.30 first), then the newer intermediate release. Each hop names an\nexact version (`to: 4.0.0`); write the patch you downloaded.\n\n**Why.** \"Any other pair is unsupported; a longer journey (3.18 -> 4.0 -> 4.3) is a sequence of\nsupported edges, each its own upgrade.\" [source: pre-upgrade.mdx and its 4.1 and 4.2 revisions;\nv3_16_0_v3_16_1_or_v3_16_2_upgrade_to_v4_0.mdx and v3_18_0_or_v3_18_1_upgrade_to_v4_0.mdx (older\nrevisions)]\n\n**Example.** A 3.18.1 platform going straight to 4.3:\n\n```yaml\n# examples/acp/clusters.yaml\nplatformAddress: https://acp.example.com\nclusters:\n  - name: global\n    version: 3.18.1\n    kubernetes: 1.30.9\n    minioFreeGB: 240\n  - name: prod-a\n    version: 3.18.1\n    kubernetes: 1.30.9\n  - name: prod-b\n    version: 3.18.1\n    kubernetes: 1.30.9\n```\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.3.0\nsteps:\n  - cluster: global\n    to: 4.3.0\n  - clusters: [prod-a, prod-b]\n    to: 4.3.0\n```\n\n**Fix.** Write one step per hop of the route the message gives (here 3.18 -> 4.1 -> 4.3: steps\nto a 4.1 release first, later steps to 4.3.0), each hop its own upgrade with its own Core\npackage. When the path starts only from certain patches, move the clusters to one of those\npatches first. `acp-upgrade-check suggest --target VERSION` writes such a plan."
    },
    "path/kubernetes-prerequisite": {
        "anchor": "path-kubernetes-prerequisite",
        "fullDescription": "When a path's prerequisite is a minimum Kubernetes version for all clusters: when the global tier (the DR standby or the primary) takes the path, every cluster of the global tier runs at least that version, the one that has not moved yet included; and each cluster that takes the path runs it as it moves.",
        "text": "What it checks: When a path's prerequisite is a minimum Kubernetes version for all clusters: when the global tier (the DR standby or the primary) takes the path, every cluster of the global tier runs at least that version, the one that has not moved yet included; and each cluster that takes the path runs it as it moves.\n\nWhy: From the upgrade paths: \"4.0 -> 4.2: all clusters on Kubernetes >= 1.31\", \"4.1 -> 4.2: all clusters on Kubernetes >= 1.32\" [source: pre-upgrade.mdx at its 4.2 revision]; \"4.0 -> 4.1: all clusters on Kubernetes 1.31\", \"3.18 -> 4.1: all clusters on Kubernetes >= 1.30\" [source: pre-upgrade.mdx at its 4.1 revisions]; 3.16 and 3.18 to 4.0: \"Kubernetes >= 1.28 on all clusters\" [source: v3_16_0_v3_16_1_or_v3_16_2_upgrade_to_v4_0.mdx and v3_18_0_or_v3_18_1_upgrade_to_v4_0.mdx, older revisions].\n\nFix: Add the Kubernetes step the message names before the move, inside the cluster's current release (here cluster: global, kubernetes: \"1.31\").",
        "markdown": "_A cluster's Kubernetes is below the upgrade path's minimum._\n\n**Severity:** error · **Can be waived:** yes\n\n**What it checks.** When a path's prerequisite is a minimum Kubernetes version for all\nclusters: when the global tier (the DR standby or the primary) takes the path, every cluster of\nthe global tier runs at least that version, the one that has not moved yet included; and each\ncluster that takes the path runs it as it moves.\n\n| path                                  | prerequisite                              |\n| ------------------------------------- | ----------------------------------------- |\n| 3.16.0-3.16.2 or 3.18.0-3.18.1 to 4.0 | every cluster on Kubernetes 1.28 or later |\n| 3.18 to 4.1                           | every cluster on Kubernetes 1.30 or later |\n| 4.0 to 4.1, 4.0 to 4.2                | every cluster on Kubernetes 1.31 or later |\n| 4.1 to 4.2                            | every cluster on Kubernetes 1.32 or later |\n\n(Workload clusters that stay behind while the global tier moves are checked by\n[order/workload-kubernetes](#order-workload-kubernetes).)\n\n**Why.** From the upgrade paths: \"4.0 -> 4.2: all clusters on Kubernetes >= 1.31\", \"4.1 -> 4.2:\nall clusters on Kubernetes >= 1.32\" [source: pre-upgrade.mdx at its 4.2 revision]; \"4.0 -> 4.1:\nall clusters on Kubernetes 1.31\", \"3.18 -> 4.1: all clusters on Kubernetes >= 1.30\" [source:\npre-upgrade.mdx at its 4.1 revisions]; 3.16 and 3.18 to 4.0: \"Kubernetes >= 1.28 on all\nclusters\" [source: v3_16_0_v3_16_1_or_v3_16_2_upgrade_to_v4_0.mdx and\nv3_18_0_or_v3_18_1_upgrade_to_v4_0.mdx, older revisions].\n\n**Example.** The global runs Kubernetes 1.30 and moves from 4.0 to 4.2 (this inventory has no\n4.2 Core package either, so `packages/core-missing` appears as well):\n\n```yaml\n# examples/acp-4.0-topolvm/clusters.yaml\nplatformAddress: https://acp.example.com\nclusters:\n  - name: global\n    version: 4.0.3\n    kubernetes: 1.30.8\n    minioFreeGB: 180\n  - name: region1\n    version: 4.0.3\n    kubernetes: 1.31.6\n  - name: region2\n    version: 4.0.3\n    kubernetes: 1.31.6\n```\n\n```yaml\n# examples/acp-4.0-topolvm/plan.yaml\ntarget: 4.3.0\nsteps:\n  - cluster: global\n    to: 4.2.1\n  - cluster: global\n    to: 4.3.0\n  - clusters: [region1, region2]\n    to: 4.3.0\n```\n\n**Fix.** Add the Kubernetes step the message names before the move, inside the cluster's current\nrelease (here `cluster: global`, `kubernetes: \"1.31\"`)."
    },
    "path/source-patch": {
        "anchor": "path-source-patch",
        "fullDescription": "When the global tier (standby or primary) takes an upgrade path that starts only from listed patches (3.16.0, 3.16.1 or 3.16.2 to 4.0; 3.18.0 or 3.18.1 to 4.0), every cluster of the platform that has not taken it yet is on one of those patches. (The moving cluster's own patch is path/unsupported's.)",
        "text": "What it checks: When the global tier (standby or primary) takes an upgrade path that starts only from listed patches (3.16.0, 3.16.1 or 3.16.2 to 4.0; 3.18.0 or 3.18.1 to 4.0), every cluster of the platform that has not taken it yet is on one of those patches. (The moving cluster's own patch is path/unsupported's.)\n\nWhy: The 3.x to 4.0 guides require \"all clusters on one of those 3.16 patches\" (and \"all clusters on 3.18.0/3.18.1\"). A workload left on another patch, or on an older release, cannot follow the global tier: its only target would be a version no path leads to from where it is. [source: v3_16_0_v3_16_1_or_v3_16_2_upgrade_to_v4_0.mdx and v3_18_0_or_v3_18_1_upgrade_to_v4_0.mdx (older revisions)]\n\nFix: Bring every cluster to one of the listed patches first, or check the versions in clusters.yaml. This describes what ACP cannot do, so it cannot be waived.",
        "markdown": "_A cluster is on a patch the upgrade path does not start from._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** When the global tier (standby or primary) takes an upgrade path that starts only from listed\npatches (3.16.0, 3.16.1 or 3.16.2 to 4.0; 3.18.0 or 3.18.1 to 4.0), every cluster of the platform\nthat has not taken it yet is on one of those patches. (The moving cluster's own patch is\n[path/unsupported](#path-unsupported)'s.)\n\n**Why.** The 3.x to 4.0 guides require \"all clusters on one of those 3.16 patches\" (and \"all clusters on\n3.18.0/3.18.1\"). A workload left on another patch, or on an older release, cannot follow the\nglobal tier: its only target would be a version no path leads to from where it is.\n[source: v3_16_0_v3_16_1_or_v3_16_2_upgrade_to_v4_0.mdx and v3_18_0_or_v3_18_1_upgrade_to_v4_0.mdx\n(older revisions)]\n\n**Example.** `prod-b` is still on 3.16.2 when the global cluster leaves 3.18.1 for 4.0:\n\n```yaml\n# examples/acp/clusters.yaml\nplatformAddress: https://acp.example.com\nclusters:\n  - name: global\n    version: 3.18.1\n    kubernetes: 1.30.9\n    minioFreeGB: 240\n  - name: prod-a\n    version: 3.18.1\n    kubernetes: 1.30.9\n  - name: prod-b\n    version: 3.16.2\n    kubernetes: 1.30.9\n```\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.0.3\nsteps:\n  - cluster: global\n    to: 4.0.3\n  - clusters: [prod-a, prod-b]\n    to: 4.0.3\n```\n\n**Fix.** Bring every cluster to one of the listed patches first, or check the versions in\n`clusters.yaml`. This describes what ACP cannot do, so it cannot be waived."
    },
    "path/edge-prerequisite": {
        "anchor": "path-edge-prerequisite",
        "fullDescription": "When the global tier first takes an upgrade path with prerequisites beyond Kubernetes (3.18 to 4.1: Istio on 1.22, CostManager/Kubecost uninstalled), an application in apps.yaml that breaks one (its name or display name contains kubecost, costmanager or cost manager) is an error. Otherwise a notice lists what to verify by hand, since only the platform can tell.",
        "text": "What it checks: When the global tier first takes an upgrade path with prerequisites beyond Kubernetes (3.18 to 4.1: Istio on 1.22, CostManager/Kubecost uninstalled), an application in apps.yaml that breaks one (its name or display name contains kubecost, costmanager or cost manager) is an error. Otherwise a notice lists what to verify by hand, since only the platform can tell.\n\nWhy: The 4.1 revision of the pre-upgrade page lists, for upgrades from 3.18, \"Istio 1.22; CostManager/Kubecost uninstalled\" beside the Kubernetes minimum. [source: pre-upgrade.mdx at its 4.1 revision]\n\nFix: Uninstall the application before the window and export apps.yaml again; verify the other prerequisites on the platform.",
        "markdown": "_An upgrade path's prerequisites beyond Kubernetes._\n\n**Severity:** error · **Can be waived:** yes\n\n**What it checks.** When the global tier first takes an upgrade path with prerequisites beyond Kubernetes (3.18 to\n4.1: Istio on 1.22, CostManager/Kubecost uninstalled), an application in `apps.yaml` that breaks\none (its name or display name contains `kubecost`, `costmanager` or `cost manager`) is an error.\nOtherwise a **notice** lists what to verify by hand, since only the platform can tell.\n\n**Why.** The 4.1 revision of the pre-upgrade page lists, for upgrades from 3.18, \"Istio 1.22;\nCostManager/Kubecost uninstalled\" beside the Kubernetes minimum. [source: pre-upgrade.mdx at its\n4.1 revision]\n\n**Example.** Kubecost is installed and the platform goes from 3.18.1 to 4.1:\n\n```yaml\n# examples/acp/clusters.yaml\nplatformAddress: https://acp.example.com\nclusters:\n  - name: global\n    version: 3.18.1\n    kubernetes: 1.30.9\n    minioFreeGB: 240\n```\n\n```yaml\n# examples/acp/apps.yaml\napplications:\n  kubecost:\n    displayName: Kubecost\n    type: ModulePlugin\n    installed:\n      - clusterName: global\n        version: 3.18.0\n```\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.1.0\nsteps:\n  - cluster: global\n    to: 4.1.0\n```\n\n**Fix.** Uninstall the application before the window and export `apps.yaml` again; verify the other\nprerequisites on the platform."
    },
    "path/no-op-step": {
        "anchor": "path-no-op-step",
        "fullDescription": "Every cluster a step names changes: its Distribution Version, or its Kubernetes. A step that repeats an earlier one, or names a version the cluster already runs, is reported.",
        "text": "What it checks: Every cluster a step names changes: its Distribution Version, or its Kubernetes. A step that repeats an earlier one, or names a version the cluster already runs, is reported.\n\nWhy: Each step is a maintenance window (ACP-FACTS ordering rule 7: \"Each cluster upgrade is one maintenance window\"); a step that does nothing would print a window of its own in the runbook. [source: overview.mdx]\n\nFix: Remove the cluster from the step (or the step).",
        "markdown": "_A step changes nothing for a cluster._\n\n**Severity:** warning · **Can be waived:** yes\n\n**What it checks.** Every cluster a step names changes: its Distribution Version, or its Kubernetes. A step that\nrepeats an earlier one, or names a version the cluster already runs, is reported.\n\n**Why.** Each step is a maintenance window (ACP-FACTS ordering rule 7: \"Each cluster upgrade is one\nmaintenance window\"); a step that does nothing would print a window of its own in the runbook.\n[source: overview.mdx]\n\n**Example.** The global cluster's step is written twice:\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.3.0\nsteps:\n  - cluster: prod-a\n    kubernetes: \"1.31\"\n  - cluster: global-dr\n    to: 4.3.0\n  - cluster: global\n    to: 4.3.0\n  - cluster: global\n    to: 4.3.0\n  - clusters: [prod-a, prod-b]\n    to: 4.3.0\n```\n\n**Fix.** Remove the cluster from the step (or the step)."
    },
    "path/downgrade": {
        "anchor": "path-downgrade",
        "fullDescription": "No step lowers a cluster's Distribution Version or Kubernetes version, and the target is not below the global cluster's current version.",
        "text": "What it checks: No step lowers a cluster's Distribution Version or Kubernetes version, and the target is not below the global cluster's current version.\n\nWhy: Every supported upgrade path leads from an older release to a newer one; \"any other pair is unsupported\" [source: pre-upgrade.mdx]. A lower version in the plan is a typo or a step that is already done.\n\nFix: Correct the version, or remove the step. If clusters.yaml is out of date (the cluster was upgraded since), update it instead.",
        "markdown": "_A step lowers a version._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** No step lowers a cluster's Distribution Version or Kubernetes version, and\nthe target is not below the global cluster's current version.\n\n**Why.** Every supported upgrade path leads from an older release to a newer one; \"any other\npair is unsupported\" [source: pre-upgrade.mdx]. A lower version in the plan is a typo or a step\nthat is already done.\n\n**Example.** `prod-b` already runs Kubernetes 1.33.4:\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.3.0\nsteps:\n  - cluster: prod-a\n    kubernetes: \"1.31\"\n  - cluster: prod-b\n    kubernetes: \"1.32\"\n  - cluster: global-dr\n    to: 4.3.0\n  - cluster: global\n    to: 4.3.0\n  - clusters: [prod-a, prod-b]\n    to: 4.3.0\n```\n\n**Fix.** Correct the version, or remove the step. If `clusters.yaml` is out of date (the cluster\nwas upgraded since), update it instead."
    },
    "path/target-not-reached": {
        "anchor": "path-target-not-reached",
        "fullDescription": "After the last step, the global cluster (and the DR standby, if there is one) is on the plan's target.",
        "text": "What it checks: After the last step, the global cluster (and the DR standby, if there is one) is on the plan's target.\n\nWhy: The target is the version the global tier must reach; with global DR \"the standby global is upgraded before the primary, and both must reach the target before any workload cluster is upgraded to it\" [source: overview.mdx, upgrade_global_cluster.mdx, upgrade_workload_cluster.mdx]. A plan that stops short of the target is incomplete.\n\nFix: Add the missing steps (the message gives the route), or lower the target.",
        "markdown": "_The global tier does not reach the target._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** After the last step, the global cluster (and the DR standby, if there is one)\nis on the plan's `target`.\n\n**Why.** The target is the version the global tier must reach; with global DR \"the standby global is\nupgraded before the primary, and both must reach the target before any workload cluster is upgraded\nto it\" [source: overview.mdx, upgrade_global_cluster.mdx, upgrade_workload_cluster.mdx]. A plan that\nstops short of the target is incomplete.\n\n**Example.** The standby moves, the primary does not:\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.3.0\nsteps:\n  - cluster: prod-a\n    kubernetes: \"1.31\"\n  - cluster: global-dr\n    to: 4.3.0\n```\n\n**Fix.** Add the missing steps (the message gives the route), or lower the target."
    },
    "order/global-first": {
        "anchor": "order-global-first",
        "fullDescription": "A workload cluster is upgraded only to a Distribution Version that the primary global, and the DR standby where there is one, have already reached at that step.",
        "text": "What it checks: A workload cluster is upgraded only to a Distribution Version that the primary global, and the DR standby where there is one, have already reached at that step.\n\nWhy: \"Global tier first, workload clusters second.\" \"A workload cluster can be upgraded only to a Distribution Version that the global tier has already reached.\" With global DR, \"both must reach the target before any workload cluster is upgraded to it.\" [source: overview.mdx, upgrade_global_cluster.mdx, upgrade_workload_cluster.mdx]\n\nFix: Move the workload steps after the steps that bring the global tier (standby, then primary) to that version. When the check fails an order/* or path/* rule, the comment shows a suggested plan that passes.",
        "markdown": "_A workload cluster moves before the global tier._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** A workload cluster is upgraded only to a Distribution Version that the\nprimary global, and the DR standby where there is one, have already reached at that step.\n\n**Why.** \"Global tier first, workload clusters second.\" \"A workload cluster can be upgraded only\nto a Distribution Version that the global tier has already reached.\" With global DR, \"both must\nreach the target before any workload cluster is upgraded to it.\" [source: overview.mdx,\nupgrade_global_cluster.mdx, upgrade_workload_cluster.mdx]\n\n**Example.** The workloads move before the standby and the primary:\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.3.0\nsteps:\n  - cluster: prod-a\n    kubernetes: \"1.31\"\n  - clusters: [prod-a, prod-b]\n    to: 4.3.0\n  - cluster: global-dr\n    to: 4.3.0\n  - cluster: global\n    to: 4.3.0\n```\n\n**Fix.** Move the workload steps after the steps that bring the global tier (standby, then\nprimary) to that version. When the check fails an `order/*` or `path/*` rule, the comment shows\na suggested plan that passes."
    },
    "order/workload-target": {
        "anchor": "order-workload-target",
        "fullDescription": "A workload step's to is the Distribution Version the global cluster is on at that point: not a release the global tier already left, and not another patch of its release. (A to the global tier has not reached yet is order/global-first's.)",
        "text": "What it checks: A workload step's to is the Distribution Version the global cluster is on at that point: not a release the global tier already left, and not another patch of its release. (A to the global tier has not reached yet is order/global-first's.)\n\nWhy: \"The target version is the current global cluster version and cannot be selected manually\" (Web Console); a workload cluster's version is lower than the current global's before its upgrade. [source: upgrade_workload_cluster.mdx]\n\nFix: Set the workload step's to to the global's version at that point; for a multi-hop journey, move the workloads at each stop before the global tier leaves it.",
        "markdown": "_A workload goes to another version than the global's current one._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** A workload step's `to` is the Distribution Version the global cluster is on at that point: not\na release the global tier already left, and not another patch of its release. (A `to` the global\ntier has not reached yet is [order/global-first](#order-global-first)'s.)\n\n**Why.** \"The target version is the current `global` cluster version and cannot be selected manually\"\n(Web Console); a workload cluster's version is lower than the current global's before its\nupgrade. [source: upgrade_workload_cluster.mdx]\n\n**Example.** The global cluster goes on to 4.3.1; the workloads are sent to 4.3.0:\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.3.1\nsteps:\n  - cluster: prod-a\n    kubernetes: \"1.31\"\n  - cluster: global-dr\n    to: 4.3.1\n  - cluster: global\n    to: 4.3.1\n  - clusters: [prod-a, prod-b]\n    to: 4.3.0\n```\n\n**Fix.** Set the workload step's `to` to the global's version at that point; for a multi-hop journey,\nmove the workloads at each stop before the global tier leaves it."
    },
    "order/dr-standby-first": {
        "anchor": "order-dr-standby-first",
        "fullDescription": "With global disaster recovery, the primary global moves to a version only after the standby has reached it. (A workload that moves too early is reported by order/global-first only.)",
        "text": "What it checks: With global disaster recovery, the primary global moves to a version only after the standby has reached it. (A workload that moves too early is reported by order/global-first only.)\n\nWhy: \"With global DR, the standby global is upgraded before the primary, and both must reach the target before any workload cluster is upgraded to it.\" [source: overview.mdx, upgrade_global_cluster.mdx, upgrade_workload_cluster.mdx]\n\nFix: Put the standby's step before the primary's.",
        "markdown": "_The primary global moves before the DR standby._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** With global disaster recovery, the primary global moves to a version only\nafter the standby has reached it. (A workload that moves too early is reported by\n[order/global-first](#order-global-first) only.)\n\n**Why.** \"With global DR, the standby global is upgraded before the primary, and both must reach the\ntarget before any workload cluster is upgraded to it.\" [source: overview.mdx,\nupgrade_global_cluster.mdx, upgrade_workload_cluster.mdx]\n\n**Example.**\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.3.0\nsteps:\n  - cluster: prod-a\n    kubernetes: \"1.31\"\n  - cluster: global\n    to: 4.3.0\n  - cluster: global-dr\n    to: 4.3.0\n  - clusters: [prod-a, prod-b]\n    to: 4.3.0\n```\n\n**Fix.** Put the standby's step before the primary's."
    },
    "order/workload-kubernetes": {
        "anchor": "order-workload-kubernetes",
        "fullDescription": "When the global tier moves to a release (the DR standby's step, where there is one, and the primary's), every workload cluster already meets that upgrade path's Kubernetes prerequisite: for 4.3, a Kubernetes version inside 4.3's Compatible Versions (1.31, 1.32, 1.33, 1.34); for 4.2 and earlier, the minimum of the path (for example 1.31 or later from 4.0 to 4.2). A workload out of range at both steps is reported once, at the primary's step; the message names the Kubernetes step to add and before which step (the first one that moves the global tier). A workload that runs a Kubernetes newer than the release accepts is reported too: no step can lower Kubernetes, so the inventory or the target is wrong.",
        "text": "What it checks: When the global tier moves to a release (the DR standby's step, where there is one, and the primary's), every workload cluster already meets that upgrade path's Kubernetes prerequisite: for 4.3, a Kubernetes version inside 4.3's Compatible Versions (1.31, 1.32, 1.33, 1.34); for 4.2 and earlier, the minimum of the path (for example 1.31 or later from 4.0 to 4.2). A workload out of range at both steps is reported once, at the primary's step; the message names the Kubernetes step to add and before which step (the first one that moves the global tier). A workload that runs a Kubernetes newer than the release accepts is reported too: no step can lower Kubernetes, so the inventory or the target is wrong.\n\nWhy: \"Compatible Versions = the Kubernetes versions workload clusters may run before the global cluster is upgraded to that release.\" \"Target 4.3 and later: every workload cluster must be within the target's Compatible Versions when the global tier is upgraded.\" \"Target 4.2 and earlier: every workload cluster must first be on the latest Kubernetes of its compatible list.\" [source: docs/en/overview/kubernetes-support-matrix.mdx; pre-upgrade.mdx] And: \"If a workload cluster is outside the target's Compatible Versions, upgrade that workload cluster's Kubernetes first (within its current release), then the global tier.\" [source: overview.mdx, upgrade_global_cluster.mdx, upgrade_workload_cluster.mdx]\n\nFix: Add a Kubernetes-only step for the workload before the global's step, inside its current release: here cluster: prod-a, kubernetes: \"1.31\" first.",
        "markdown": "_A workload's Kubernetes is outside the release the global moves to._\n\n**Severity:** error · **Can be waived:** yes\n\n**What it checks.** When the global tier moves to a release (the DR standby's step, where there\nis one, and the primary's), every workload cluster already meets that upgrade path's Kubernetes\nprerequisite: for 4.3, a Kubernetes version inside 4.3's Compatible Versions (1.31, 1.32, 1.33,\n1.34); for 4.2 and earlier, the minimum of the path (for example 1.31 or later from 4.0 to 4.2).\nA workload out of range at both steps is reported once, at the primary's step; the message names\nthe Kubernetes step to add and before which step (the first one that moves the global tier). A\nworkload that runs a Kubernetes newer than the release accepts is reported too: no step can lower\nKubernetes, so the inventory or the target is wrong.\n\n**Why.** \"Compatible Versions = the Kubernetes versions workload clusters may run before the global\ncluster is upgraded to that release.\" \"Target 4.3 and later: every workload cluster must be within\nthe target's Compatible Versions when the global tier is upgraded.\" \"Target 4.2 and earlier: every\nworkload cluster must first be on the latest Kubernetes of its compatible list.\" [source:\ndocs/en/overview/kubernetes-support-matrix.mdx; pre-upgrade.mdx] And: \"If a workload cluster is\noutside the target's Compatible Versions, upgrade that workload cluster's Kubernetes first (within\nits current release), then the global tier.\" [source: overview.mdx, upgrade_global_cluster.mdx,\nupgrade_workload_cluster.mdx]\n\n| ACP | Compatible Versions (workloads, before the global moves there) |\n| --- | -------------------------------------------------------------- |\n| 4.3 | 1.34, 1.33, 1.32, 1.31                                         |\n| 4.2 | 1.33, 1.32, 1.31, 1.30                                         |\n| 4.1 | 1.32, 1.31, 1.30, 1.29                                         |\n| 4.0 | 1.31, 1.30, 1.29, 1.28                                         |\n\n**Example.** `prod-a` runs Kubernetes 1.30.9, outside 4.3's Compatible Versions, and the plan\nforgets to move it first:\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.3.0\nsteps:\n  - cluster: global-dr\n    to: 4.3.0\n  - cluster: global\n    to: 4.3.0\n  - clusters: [prod-a, prod-b]\n    to: 4.3.0\n```\n\n**Fix.** Add a Kubernetes-only step for the workload before the global's step, inside its\ncurrent release: here `cluster: prod-a`, `kubernetes: \"1.31\"` first."
    },
    "order/workload-left-behind": {
        "anchor": "order-workload-left-behind",
        "fullDescription": "After the last step, a workload cluster is still on an older release than the global cluster, with a Kubernetes inside the target's Compatible Versions. That is allowed, and the notice says so; its operators are not pushed to it in this plan's runbook.",
        "text": "What it checks: After the last step, a workload cluster is still on an older release than the global cluster, with a Kubernetes inside the target's Compatible Versions. That is allowed, and the notice says so; its operators are not pushed to it in this plan's runbook.\n\nWhy: \"Workload clusters inside the target's support matrix may stay on their release after the global moves; upgrading them is then optional.\" [source: overview.mdx]\n\nFix: Nothing is required. To upgrade the workload too, add a step to the global's version.",
        "markdown": "_A workload stays on an older release (allowed inside the matrix)._\n\n**Severity:** notice · **Can be waived:** yes\n\n**What it checks.** After the last step, a workload cluster is still on an older release than the global\ncluster, with a Kubernetes inside the target's Compatible Versions. That is allowed, and the\nnotice says so; its operators are not pushed to it in this plan's runbook.\n\n**Why.** \"Workload clusters inside the target's support matrix may stay on their release after the\nglobal moves; upgrading them is then optional.\" [source: overview.mdx]\n\n**Example.** `prod-b` stays on 4.2.1:\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.3.0\nsteps:\n  - cluster: prod-a\n    kubernetes: \"1.31\"\n  - cluster: global-dr\n    to: 4.3.0\n  - cluster: global\n    to: 4.3.0\n  - cluster: prod-a\n    to: 4.3.0\n```\n\n**Fix.** Nothing is required. To upgrade the workload too, add a step to the global's version."
    },
    "order/kubernetes-step": {
        "anchor": "order-kubernetes-step",
        "fullDescription": "A step with kubernetes and no to keeps the cluster on its release, so the new Kubernetes version must be one that release supports (its Compatible Versions, table above). 3.16 and 3.18 have no matrix in the current documents, so their Kubernetes steps are not checked.",
        "text": "What it checks: A step with kubernetes and no to keeps the cluster on its release, so the new Kubernetes version must be one that release supports (its Compatible Versions, table above). 3.16 and 3.18 have no matrix in the current documents, so their Kubernetes steps are not checked.\n\nWhy: Kubernetes is upgraded \"first (within its current release), then the global tier\" [source: overview.mdx, upgrade_global_cluster.mdx, upgrade_workload_cluster.mdx]; which versions a release runs comes from the support matrix [source: docs/en/overview/kubernetes-support-matrix.mdx].\n\nFix: Pick a version inside the current release's range (the lowest one the next step accepts is enough: here 1.31), and let the Distribution Version step bring the rest.",
        "markdown": "_A Kubernetes-only step leaves the release's Compatible Versions._\n\n**Severity:** error · **Can be waived:** yes\n\n**What it checks.** A step with `kubernetes` and no `to` keeps the cluster on its release, so the\nnew Kubernetes version must be one that release supports (its Compatible Versions, table above).\n3.16 and 3.18 have no matrix in the current documents, so their Kubernetes steps are not checked.\n\n**Why.** Kubernetes is upgraded \"first (within its current release), then the global tier\" [source:\noverview.mdx, upgrade_global_cluster.mdx, upgrade_workload_cluster.mdx]; which versions a release\nruns comes from the support matrix [source: docs/en/overview/kubernetes-support-matrix.mdx].\n\n**Example.** 4.2 runs Kubernetes 1.30 to 1.33; 1.34 comes with 4.3:\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.3.0\nsteps:\n  - cluster: prod-a\n    kubernetes: \"1.34\"\n  - cluster: global-dr\n    to: 4.3.0\n  - cluster: global\n    to: 4.3.0\n  - clusters: [prod-a, prod-b]\n    to: 4.3.0\n```\n\n**Fix.** Pick a version inside the current release's range (the lowest one the next step\naccepts is enough: here 1.31), and let the Distribution Version step bring the rest."
    },
    "order/kubernetes-with-core": {
        "anchor": "order-kubernetes-with-core",
        "fullDescription": "When a step moves a cluster to a release, the cluster's Kubernetes after the step is a version that release supports for cluster creation (4.3: 1.34; 4.2: 1.33; 4.1: 1.32; 4.0: 1.31, 1.30, 1.29 or 1.28). Without kubernetes in the step, the cluster moves to that version by itself (4.1 and later; on 4.0 it keeps its Kubernetes), so this appears only when the step pins another version.",
        "text": "What it checks: When a step moves a cluster to a release, the cluster's Kubernetes after the step is a version that release supports for cluster creation (4.3: 1.34; 4.2: 1.33; 4.1: 1.32; 4.0: 1.31, 1.30, 1.29 or 1.28). Without kubernetes in the step, the cluster moves to that version by itself (4.1 and later; on 4.0 it keeps its Kubernetes), so this appears only when the step pins another version.\n\nWhy: \"A cluster's Kubernetes is upgraded together with its Core and Aligned plugins in the same window: a new Core on an old Kubernetes minor is not validated.\" The 3.x -> 4.0 guides say the Kubernetes component \"can be left unupgraded\" but \"strongly recommend\" upgrading it with ACP: hence a warning, not an error. [source: overview.mdx, upgrade_global_cluster.mdx, upgrade_workload_cluster.mdx; docs/en/overview/kubernetes-support-matrix.mdx]\n\nFix: Drop kubernetes from the step, or set it to the release's version. If you have a reason to stay (a vendor exception), waive it for that cluster, with the reason and an expiry.",
        "markdown": "_A cluster reaches a release without that release's Kubernetes._\n\n**Severity:** warning · **Can be waived:** yes\n\n**What it checks.** When a step moves a cluster to a release, the cluster's Kubernetes after the\nstep is a version that release supports for cluster creation (4.3: 1.34; 4.2: 1.33; 4.1: 1.32;\n4.0: 1.31, 1.30, 1.29 or 1.28). Without `kubernetes` in the step, the cluster moves to that\nversion by itself (4.1 and later; on 4.0 it keeps its Kubernetes), so this appears only when\nthe step pins another version.\n\n**Why.** \"A cluster's Kubernetes is upgraded together with its Core and Aligned plugins in the\nsame window: a new Core on an old Kubernetes minor is not validated.\" The 3.x -> 4.0 guides say\nthe Kubernetes component \"can be left unupgraded\" but \"strongly recommend\" upgrading it with ACP:\nhence a warning, not an error. [source: overview.mdx, upgrade_global_cluster.mdx,\nupgrade_workload_cluster.mdx; docs/en/overview/kubernetes-support-matrix.mdx]\n\n**Example.**\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.3.0\nsteps:\n  - cluster: prod-a\n    kubernetes: \"1.31\"\n  - cluster: global-dr\n    to: 4.3.0\n  - cluster: global\n    to: 4.3.0\n  - clusters: [prod-a, prod-b]\n    to: 4.3.0\n    kubernetes: \"1.33\"\n```\n\n**Fix.** Drop `kubernetes` from the step, or set it to the release's version. If you have a\nreason to stay (a vendor exception), waive it for that cluster, with the reason and an expiry."
    },
    "order/immutable-multi-minor": {
        "anchor": "order-immutable-multi-minor",
        "fullDescription": "For a cluster with infrastructure: immutable in clusters.yaml, no step raises Kubernetes by more than one minor version.",
        "text": "What it checks: For a cluster with infrastructure: immutable in clusters.yaml, no step raises Kubernetes by more than one minor version.\n\nWhy: \"On immutable infrastructure, a Kubernetes jump of more than one minor needs intermediate-version artifacts staged first.\" [source: overview.mdx, upgrade_global_cluster.mdx, upgrade_workload_cluster.mdx]\n\nFix: Stage the artifacts of the intermediate Kubernetes versions the message lists before the window, or move the cluster's Kubernetes closer first with Kubernetes-only steps inside its current release.",
        "markdown": "_An immutable-infrastructure cluster jumps more than one Kubernetes minor._\n\n**Severity:** warning · **Can be waived:** yes\n\n**What it checks.** For a cluster with `infrastructure: immutable` in `clusters.yaml`, no step\nraises Kubernetes by more than one minor version.\n\n**Why.** \"On immutable infrastructure, a Kubernetes jump of more than one minor needs\nintermediate-version artifacts staged first.\" [source: overview.mdx, upgrade_global_cluster.mdx,\nupgrade_workload_cluster.mdx]\n\n**Example.** `prod-a` is marked immutable; its upgrade to 4.3 takes it from Kubernetes 1.31 to\n1.34:\n\n```yaml\n# examples/acp/clusters.yaml\nplatformAddress: https://acp.example.com\nclusters:\n  - name: global\n    role: global\n    version: 4.2.1\n    kubernetes: 1.33.4\n    minioFreeGB: 240\n  - name: global-dr\n    role: standby\n    platformAddress: https://acp-dr.example.com\n    registry: 192.168.20.10:11443\n    version: 4.2.1\n    kubernetes: 1.33.4\n    minioFreeGB: 260\n  - name: prod-a\n    version: 4.2.1\n    kubernetes: 1.30.9\n    infrastructure: immutable\n  - name: prod-b\n    version: 4.2.1\n    kubernetes: 1.33.4\n    infrastructure: immutable\n```\n\n**Fix.** Stage the artifacts of the intermediate Kubernetes versions the message lists before\nthe window, or move the cluster's Kubernetes closer first with Kubernetes-only steps inside its\ncurrent release."
    },
    "state/workload-ahead": {
        "anchor": "state-workload-ahead",
        "fullDescription": "Before the first step, no workload cluster is on a higher Distribution Version than the primary global or the DR standby.",
        "text": "What it checks: Before the first step, no workload cluster is on a higher Distribution Version than the primary global or the DR standby.\n\nWhy: \"A workload cluster can be upgraded only to a Distribution Version that the global tier has already reached.\" [source: overview.mdx, upgrade_workload_cluster.mdx]\n\nFix: Check the versions in clusters.yaml against the platform.",
        "markdown": "_A workload starts on a newer version than the global tier._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** Before the first step, no workload cluster is on a higher Distribution Version than the primary\nglobal or the DR standby.\n\n**Why.** \"A workload cluster can be upgraded only to a Distribution Version that the global tier has\nalready reached.\" [source: overview.mdx, upgrade_workload_cluster.mdx]\n\n**Example.** `prod-b` is listed on 4.3.0 under a 4.2.1 global:\n\n```yaml\n# examples/acp/clusters.yaml\nplatformAddress: https://acp.example.com\nclusters:\n  - name: global\n    role: global\n    version: 4.2.1\n    kubernetes: 1.33.4\n    minioFreeGB: 240\n  - name: global-dr\n    role: standby\n    platformAddress: https://acp-dr.example.com\n    registry: 192.168.20.10:11443\n    version: 4.2.1\n    kubernetes: 1.33.4\n    minioFreeGB: 260\n  - name: prod-a\n    version: 4.2.1\n    kubernetes: 1.30.9\n  - name: prod-b\n    version: 4.3.0\n    kubernetes: 1.33.4\n    infrastructure: immutable\n```\n\n**Fix.** Check the versions in `clusters.yaml` against the platform."
    },
    "state/dr-standby-behind": {
        "anchor": "state-dr-standby-behind",
        "fullDescription": "Before the first step, the DR standby is not on a lower Distribution Version than the primary global. (A standby ahead of the primary is an upgrade being resumed, and fine.)",
        "text": "What it checks: Before the first step, the DR standby is not on a lower Distribution Version than the primary global. (A standby ahead of the primary is an upgrade being resumed, and fine.)\n\nWhy: \"With global DR, the standby global is upgraded before the primary.\" [source: overview.mdx, upgrade_global_cluster.mdx]\n\nFix: Check the standby's version; bring it to the primary's version before planning the next upgrade.",
        "markdown": "_The DR standby starts behind the primary._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** Before the first step, the DR standby is not on a lower Distribution Version than the primary\nglobal. (A standby ahead of the primary is an upgrade being resumed, and fine.)\n\n**Why.** \"With global DR, the standby global is upgraded before the primary.\" [source: overview.mdx,\nupgrade_global_cluster.mdx]\n\n**Example.** The standby is listed on 4.2.0 behind a 4.2.1 primary:\n\n```yaml\n# examples/acp/clusters.yaml\nplatformAddress: https://acp.example.com\nclusters:\n  - name: global\n    role: global\n    version: 4.2.1\n    kubernetes: 1.33.4\n    minioFreeGB: 240\n  - name: global-dr\n    role: standby\n    platformAddress: https://acp-dr.example.com\n    registry: 192.168.20.10:11443\n    version: 4.2.0\n    kubernetes: 1.33.4\n    minioFreeGB: 260\n  - name: prod-a\n    version: 4.2.1\n    kubernetes: 1.30.9\n  - name: prod-b\n    version: 4.2.1\n    kubernetes: 1.33.4\n    infrastructure: immutable\n```\n\n**Fix.** Check the standby's version; bring it to the primary's version before planning the next\nupgrade."
    },
    "state/kubernetes-unsupported": {
        "anchor": "state-kubernetes-unsupported",
        "fullDescription": "Before the first step, every cluster on a 4.x release runs a Kubernetes minor among its release's Compatible Versions, and every workload one among the Compatible Versions of the global cluster's release.",
        "text": "What it checks: Before the first step, every cluster on a 4.x release runs a Kubernetes minor among its release's Compatible Versions, and every workload one among the Compatible Versions of the global cluster's release.\n\nWhy: The Kubernetes support matrix: Compatible Versions are \"the Kubernetes versions workload clusters may run before the global cluster is upgraded to that release\". A platform outside it is already unsupported; a Kubernetes step comes first. [source: docs/en/overview/kubernetes-support-matrix.mdx]\n\nFix: Check the Kubernetes version in clusters.yaml; on the platform, bring the cluster into its release's range before planning an upgrade.",
        "markdown": "_A cluster starts on a Kubernetes its release's matrix does not support._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** Before the first step, every cluster on a 4.x release runs a Kubernetes minor among its\nrelease's Compatible Versions, and every workload one among the Compatible Versions of the global\ncluster's release.\n\n**Why.** The Kubernetes support matrix: Compatible Versions are \"the Kubernetes versions workload\nclusters may run before the global cluster is upgraded to that release\". A platform outside it\nis already unsupported; a Kubernetes step comes first. [source:\ndocs/en/overview/kubernetes-support-matrix.mdx]\n\n**Example.** `prod-a` runs Kubernetes 1.28, which no 4.2 cluster runs:\n\n```yaml\n# examples/acp/clusters.yaml\nplatformAddress: https://acp.example.com\nclusters:\n  - name: global\n    role: global\n    version: 4.2.1\n    kubernetes: 1.33.4\n    minioFreeGB: 240\n  - name: global-dr\n    role: standby\n    platformAddress: https://acp-dr.example.com\n    registry: 192.168.20.10:11443\n    version: 4.2.1\n    kubernetes: 1.33.4\n    minioFreeGB: 260\n  - name: prod-a\n    version: 4.2.1\n    kubernetes: 1.28.9\n  - name: prod-b\n    version: 4.2.1\n    kubernetes: 1.33.4\n    infrastructure: immutable\n```\n\n**Fix.** Check the Kubernetes version in `clusters.yaml`; on the platform, bring the cluster into its\nrelease's range before planning an upgrade."
    },
    "catalog/override": {
        "anchor": "catalog-override",
        "fullDescription": "An entry of the inventory's catalog.yaml that replaces a built-in one (the same release, upgrade path or package rule id) with other facts. The comment lists every override with both versions of the facts, and the report's catalog field names them. The action's input catalog-overrides decides what an override is: warn (the default), error, or allow (listed, no finding). An upgrade path between two releases the built-in catalog knows, which it does not list, is an override too: the documentation says that path is not supported. Entries that only add (a release the catalog lacks, and paths to it) are listed as added.",
        "text": "What it checks: An entry of the inventory's catalog.yaml that replaces a built-in one (the same release, upgrade path or package rule id) with other facts. The comment lists every override with both versions of the facts, and the report's catalog field names them. The action's input catalog-overrides decides what an override is: warn (the default), error, or allow (listed, no finding). An upgrade path between two releases the built-in catalog knows, which it does not list, is an override too: the documentation says that path is not supported. Entries that only add (a release the catalog lacks, and paths to it) are listed as added.\n\nWhy: A pull request can change catalog.yaml together with the plan: an override that widens a release's Compatible Versions would remove an error, and the rules a plan is judged by must not change silently. The built-in catalog restates the ACP documentation, each entry with its source.\n\nFix: Remove the entry unless the ACP documentation changed (then the built-in catalog will follow); protect catalog.yaml with CODEOWNERS so that a change to it is reviewed. It cannot be waived: the workflow decides with catalog-overrides.",
        "markdown": "_catalog.yaml replaces a built-in release, upgrade path or package rule._\n\n**Severity:** warning · **Can be waived:** no\n\n**What it checks.** An entry of the inventory's `catalog.yaml` that replaces a built-in one (the same release,\nupgrade path or package rule id) with other facts. The comment lists every override with both\nversions of the facts, and the report's `catalog` field names them. The action's input\n`catalog-overrides` decides what an override is: `warn` (the default), `error`, or `allow` (listed,\nno finding). An upgrade path between two releases the built-in catalog knows, which it does not\nlist, is an override too: the documentation says that path is not supported. Entries that only\nadd (a release the catalog lacks, and paths to it) are listed as added.\n\n**Why.** A pull request can change `catalog.yaml` together with the plan: an override that widens a\nrelease's Compatible Versions would remove an error, and the rules a plan is judged by must not\nchange silently. The built-in catalog restates the ACP documentation, each entry with its source.\n\n**Example.** A catalog.yaml widens 4.3's Compatible Versions to accept Kubernetes 1.30:\n\n```yaml\n# examples/acp/catalog.yaml\nreleases:\n  - version: \"4.3\"\n    kubernetes:\n      creation: [\"1.34\"]\n      compatible: [\"1.34\", \"1.33\", \"1.32\", \"1.31\", \"1.30\"]\n    source: our own notes\n```\n\n**Fix.** Remove the entry unless the ACP documentation changed (then the built-in catalog will follow);\nprotect `catalog.yaml` with CODEOWNERS so that a change to it is reviewed. It cannot be waived:\nthe workflow decides with `catalog-overrides`."
    },
    "packages/core-missing": {
        "anchor": "packages-core-missing",
        "fullDescription": "packages.yaml has a core: entry for every Distribution Version the plan moves a cluster to: every hop of a multi-hop journey needs its own.",
        "text": "What it checks: packages.yaml has a core: entry for every Distribution Version the plan moves a cluster to: every hop of a multi-hop journey needs its own.\n\nWhy: \"Core package: from the Customer Portal; carries only the Core artifacts; prepared by upgrade.sh.\" [source: pre-upgrade.mdx, upgrade_global_cluster.mdx, extend/upload_package.mdx]\n\nFix: Download the Core package from the Customer Portal and add - core: VERSION with its file.",
        "markdown": "_No Core package for a version._\n\n**Severity:** error · **Can be waived:** yes\n\n**What it checks.** `packages.yaml` has a `core:` entry for every Distribution Version the plan\nmoves a cluster to: every hop of a multi-hop journey needs its own.\n\n**Why.** \"Core package: from the Customer Portal; carries only the Core artifacts; prepared by\n`upgrade.sh`.\" [source: pre-upgrade.mdx, upgrade_global_cluster.mdx, extend/upload_package.mdx]\n\n**Example.** A `packages.yaml` without the Core package:\n\n```yaml\n# examples/acp/packages.yaml\npackages:\n  - name: topolvm-operator\n    type: OperatorBundle\n    version: 2.4.1\n    file: packages/topolvm-operator.v2.4.1.tgz\n  - name: metallb\n    type: ModulePlugin\n    version: 4.3.2\n    file: packages/metallb-v4.3.2.tgz\n  - name: redis-operator\n    type: OperatorBundle\n    version: 4.3.0\n    file: packages/redis-operator.v4.3.0.tgz\n  - name: web-terminal\n    type: Chart\n    version: 1.5.0\n    file: packages/web-terminal-1.5.0.tgz\n```\n\n**Fix.** Download the Core package from the Customer Portal and add `- core: VERSION` with its\n`file`."
    },
    "packages/missing": {
        "anchor": "packages-missing",
        "fullDescription": "Every application in apps.yaml (every extension violet list exported: cluster plugins, operators and charts, Aligned and Agnostic alike) has a package in packages.yaml, hop by hop. A hop is a Distribution Version the plan moves to (3.18 -> 4.0 -> 4.3 has two); each hop needs the Aligned packages (lifecycle: aligned, or not stated) of the applications on the clusters that move in it. A package serves the hops whose release its acpVersions lists; one without acpVersions serves the final target only. Agnostic packages (lifecycle: agnostic) are needed for the final target only. The finding names the hop, and the packages of that application that serve other hops. For a hop into 4.4, the eleven applications of the \"ACP Upgrade to v4.4\" set (recognised by their whole display name) are needed too, installed or not: one finding lists the members packages.yaml lacks. In 4.4 a missing Agnostic package (known as Agnostic because its other packages say so) is a warning: it does not block the upgrade.",
        "text": "What it checks: Every application in apps.yaml (every extension violet list exported: cluster plugins, operators and charts, Aligned and Agnostic alike) has a package in packages.yaml, hop by hop. A hop is a Distribution Version the plan moves to (3.18 -> 4.0 -> 4.3 has two); each hop needs the Aligned packages (lifecycle: aligned, or not stated) of the applications on the clusters that move in it. A package serves the hops whose release its acpVersions lists; one without acpVersions serves the final target only. Agnostic packages (lifecycle: agnostic) are needed for the final target only. The finding names the hop, and the packages of that application that serve other hops. For a hop into 4.4, the eleven applications of the \"ACP Upgrade to v4.4\" set (recognised by their whole display name) are needed too, installed or not: one finding lists the members packages.yaml lacks. In 4.4 a missing Agnostic package (known as Agnostic because its other packages say so) is a warning: it does not block the upgrade.\n\nWhy: \"Aligned plugins and Agnostic plugins are not in the Core package: each is downloaded separately and pushed with violet push.\" \"Prepare a package for every plugin the clusters currently use, Agnostic ones included, before the window: holding one back forces a second window later.\" [source: pre-upgrade.mdx, upgrade_global_cluster.mdx, extend/upload_package.mdx] For 4.4: besides the Core package, the scenario \"ACP Upgrade to v4.4\" is downloaded with violet 4.2.13 or later; \"each installed Aligned plugin needs its target package before the request, else CVO stalls\"; \"Missing Agnostic packages do not block CVO\". [source: pre-upgrade.mdx@4eaaa1e0, upgrade_global_cluster.mdx@4eaaa1e0 and @1bb15615]\n\nFix: Download the package and add it to packages.yaml (name is the application name in apps.yaml). The download list in the comment shows every missing one. If an application will be uninstalled before the window, waive it for that package with the reason.",
        "markdown": "_An installed application has no package._\n\n**Severity:** error (a warning for a missing Agnostic package in 4.4) · **Can be waived:** yes\n\n**What it checks.** Every application in `apps.yaml` (every extension `violet list` exported:\ncluster plugins, operators and charts, Aligned and Agnostic alike) has a package in\n`packages.yaml`, hop by hop. A hop is a Distribution Version the plan moves to (3.18 -> 4.0 ->\n4.3 has two); each hop needs the Aligned packages (`lifecycle: aligned`, or not stated) of the\napplications on the clusters that move in it. A package serves the hops whose release its\n`acpVersions` lists; one without `acpVersions` serves the final target only. Agnostic packages\n(`lifecycle: agnostic`) are needed for the final target only. The finding names the hop, and the\npackages of that application that serve other hops. For a hop into 4.4, the eleven applications\nof the \"ACP Upgrade to v4.4\" set (recognised by their whole display name) are needed too,\ninstalled or not: one finding lists the members `packages.yaml` lacks. In 4.4 a missing Agnostic\npackage (known as Agnostic because its other packages say so) is a warning: it does not block\nthe upgrade.\n\n**Why.** \"Aligned plugins and Agnostic plugins are not in the Core package: each is downloaded\nseparately and pushed with `violet push`.\" \"Prepare a package for every plugin the clusters\ncurrently use, Agnostic ones included, before the window: holding one back forces a second\nwindow later.\" [source: pre-upgrade.mdx, upgrade_global_cluster.mdx, extend/upload_package.mdx] For 4.4:\nbesides the Core package, the scenario \"ACP Upgrade to v4.4\" is downloaded with violet 4.2.13 or\nlater; \"each installed Aligned plugin needs its target package before the request, else CVO\nstalls\"; \"Missing Agnostic packages do not block CVO\". [source: pre-upgrade.mdx@4eaaa1e0,\nupgrade_global_cluster.mdx@4eaaa1e0 and @1bb15615]\n\n**Example.** `redis-operator` runs on `prod-b`, and nobody downloaded it:\n\n```yaml\n# examples/acp/packages.yaml\npackages:\n  - core: 4.3.0\n    file: packages/acp-core-4.3.0.tgz\n  - name: topolvm-operator\n    type: OperatorBundle\n    version: 2.4.1\n    file: packages/topolvm-operator.v2.4.1.tgz\n  - name: metallb\n    type: ModulePlugin\n    version: 4.3.2\n    file: packages/metallb-v4.3.2.tgz\n  - name: web-terminal\n    type: Chart\n    version: 1.5.0\n    file: packages/web-terminal-1.5.0.tgz\n```\n\n**Fix.** Download the package and add it to `packages.yaml` (`name` is the application name in\n`apps.yaml`). The download list in the comment shows every missing one. If an application will\nbe uninstalled before the window, waive it for that package with the reason."
    },
    "packages/incompatible": {
        "anchor": "packages-incompatible",
        "fullDescription": "When a package in packages.yaml lists acpVersions, they include a release the plan moves to: the target, or an intermediate hop of a multi-hop journey. Such a package is still on the download list and pushed (with the final hop), so that a waiver accepts the risk without losing the work.",
        "text": "What it checks: When a package in packages.yaml lists acpVersions, they include a release the plan moves to: the target, or an intermediate hop of a multi-hop journey. Such a package is still on the download list and pushed (with the final hop), so that a waiver accepts the risk without losing the work.\n\nWhy: acpVersions records the \"ACP compatible versions\" the Customer Portal shows for the package. Aligned plugins are \"released with the ACP version\" and Agnostic plugins \"released independently\" [source: pre-upgrade.mdx, upgrade_global_cluster.mdx, extend/upload_package.mdx]: a package that does not list the target release is not the one for this upgrade.\n\nFix: Download a version of the package whose ACP compatible versions include the target.",
        "markdown": "_A package excludes the target release._\n\n**Severity:** error · **Can be waived:** yes\n\n**What it checks.** When a package in `packages.yaml` lists `acpVersions`, they include a\nrelease the plan moves to: the target, or an intermediate hop of a multi-hop journey. Such a\npackage is still on the download list and pushed (with the final hop), so that a waiver accepts\nthe risk without losing the work.\n\n**Why.** `acpVersions` records the \"ACP compatible versions\" the Customer Portal shows for the\npackage. Aligned plugins are \"released with the ACP version\" and Agnostic plugins \"released\nindependently\" [source: pre-upgrade.mdx, upgrade_global_cluster.mdx, extend/upload_package.mdx]: a\npackage that does not list the target release is not the one for this upgrade.\n\n**Example.** The downloaded `redis-operator` package lists only 4.2:\n\n```yaml\n# examples/acp/packages.yaml\npackages:\n  - core: 4.3.0\n    file: packages/acp-core-4.3.0.tgz\n  - name: topolvm-operator\n    type: OperatorBundle\n    version: 2.4.1\n    file: packages/topolvm-operator.v2.4.1.tgz\n  - name: metallb\n    type: ModulePlugin\n    version: 4.3.2\n    file: packages/metallb-v4.3.2.tgz\n  - name: redis-operator\n    type: OperatorBundle\n    version: 4.3.0\n    acpVersions: [\"4.2\"]\n    file: packages/redis-operator.v4.3.0.tgz\n  - name: web-terminal\n    type: Chart\n    version: 1.5.0\n    file: packages/web-terminal-1.5.0.tgz\n```\n\n**Fix.** Download a version of the package whose ACP compatible versions include the target."
    },
    "packages/older-than-installed": {
        "anchor": "packages-older-than-installed",
        "fullDescription": "A package's version is not lower than the version of that application installed on any cluster (apps.yaml).",
        "text": "What it checks: A package's version is not lower than the version of that application installed on any cluster (apps.yaml).\n\nWhy: The packages are what the clusters' plugins are upgraded with: \"Prepare a package for every plugin the clusters currently use\" [source: pre-upgrade.mdx, upgrade_global_cluster.mdx, extend/upload_package.mdx]. A package older than what already runs cannot upgrade it, and is most likely the wrong file.\n\nFix: Download the version the message names, or a later one.",
        "markdown": "_A package is older than what a cluster runs._\n\n**Severity:** error · **Can be waived:** yes\n\n**What it checks.** A package's version is not lower than the version of that application\ninstalled on any cluster (`apps.yaml`).\n\n**Why.** The packages are what the clusters' plugins are upgraded with: \"Prepare a package for every\nplugin the clusters currently use\" [source: pre-upgrade.mdx, upgrade_global_cluster.mdx,\nextend/upload_package.mdx]. A package older than what already runs cannot upgrade it, and is most\nlikely the wrong file.\n\n**Example.** `metallb` runs as v4.2.5; the downloaded package is 4.2.0:\n\n```yaml\n# examples/acp/packages.yaml\npackages:\n  - core: 4.3.0\n    file: packages/acp-core-4.3.0.tgz\n  - name: topolvm-operator\n    type: OperatorBundle\n    version: 2.4.1\n    file: packages/topolvm-operator.v2.4.1.tgz\n  - name: metallb\n    type: ModulePlugin\n    version: 4.2.0\n    file: packages/metallb-v4.2.0.tgz\n  - name: redis-operator\n    type: OperatorBundle\n    version: 4.3.0\n    file: packages/redis-operator.v4.3.0.tgz\n  - name: web-terminal\n    type: Chart\n    version: 1.5.0\n    file: packages/web-terminal-1.5.0.tgz\n```\n\n**Fix.** Download the version the message names, or a later one."
    },
    "packages/topolvm-prestage": {
        "anchor": "packages-topolvm-prestage",
        "fullDescription": "When the plan moves the global tier from 4.0 to 4.2, 4.1 to 4.2 or 4.0 to 4.3 and TopoLVM is installed on any cluster, packages.yaml has its package; the commands then push it to the clusters that run it before the first global-tier step. TopoLVM is recognised by an application name containing topolvm or a display name containing TopoLVM (case-insensitive), since its exact package name is not public.",
        "text": "What it checks: When the plan moves the global tier from 4.0 to 4.2, 4.1 to 4.2 or 4.0 to 4.3 and TopoLVM is installed on any cluster, packages.yaml has its package; the commands then push it to the clusters that run it before the first global-tier step. TopoLVM is recognised by an application name containing topolvm or a display name containing TopoLVM (case-insensitive), since its exact package name is not public.\n\nWhy: \"From 4.0 to 4.3 with Alauda Build of TopoLVM installed on any target cluster: push the TopoLVM package to those clusters before the upgrade (--clusters \"a,b\"). Not needed from 4.1 or 4.2 to 4.3. The 4.2 revision asks the same for every upgrade to 4.2 (from 4.0 or 4.1): 'If any cluster installed the Alauda Build of TopoLVM, upload that plugin before you proceed'.\" [source: pre-upgrade.mdx, current and 4.2 revision]\n\nFix: Download the TopoLVM package and add it to packages.yaml. The commands push it to the clusters that run it (--clusters) before the first global-tier step.",
        "markdown": "_TopoLVM must be pushed before this upgrade._\n\n**Severity:** error · **Can be waived:** yes\n\n**What it checks.** When the plan moves the global tier from 4.0 to 4.2, 4.1 to 4.2 or 4.0 to\n4.3 and TopoLVM is installed on any cluster, `packages.yaml` has its package; the commands then\npush it to the clusters that run it before the first global-tier step. TopoLVM is recognised by\nan application name containing `topolvm` or a display name containing `TopoLVM`\n(case-insensitive), since its exact package name is not public.\n\n**Why.** \"From 4.0 to 4.3 with Alauda Build of TopoLVM installed on any target cluster: push the\nTopoLVM package to those clusters before the upgrade (`--clusters \"a,b\"`). Not needed from 4.1\nor 4.2 to 4.3. The 4.2 revision asks the same for every upgrade to 4.2 (from 4.0 or 4.1): 'If any\ncluster installed the Alauda Build of TopoLVM, upload that plugin before you proceed'.\" [source:\npre-upgrade.mdx, current and 4.2 revision]\n\n**Example.** In the 4.0 to 4.3 example, the TopoLVM package was not downloaded:\n\n```yaml\n# examples/acp-4.0-topolvm/packages.yaml\npackages:\n  - core: 4.3.0\n    file: packages/acp-core-4.3.0.tgz\n  - name: web-terminal\n    type: Chart\n    version: 1.5.0\n    file: packages/web-terminal-1.5.0.tgz\n```\n\n**Fix.** Download the TopoLVM package and add it to `packages.yaml`. The commands push it to the\nclusters that run it (`--clusters`) before the first global-tier step."
    },
    "packages/log-essentials": {
        "anchor": "packages-log-essentials",
        "fullDescription": "When a log storage plugin is installed (an application whose display name contains Log Storage) and the plan moves the global tier to 4.2 or later (4.2 to 4.3 included), packages.yaml has the Log Essentials package: an entry whose name or display name contains log essentials (case-insensitive; spaces, - and _ alike, or none).",
        "text": "What it checks: When a log storage plugin is installed (an application whose display name contains Log Storage) and the plan moves the global tier to 4.2 or later (4.2 to 4.3 included), packages.yaml has the Log Essentials package: an entry whose name or display name contains log essentials (case-insensitive; spaces, - and _ alike, or none).\n\nWhy: \"From v4.2 on, Alauda Container Platform Log Essentials exists: if the log storage plugin was installed, its package must be uploaded before the upgrade. The current (4.3) page says this for every supported path, 4.2 -> 4.3 included.\" The log storage plugins are \"Alauda Container Platform Log Storage for Elasticsearch\" and \"... for ClickHouse\". [source: pre-upgrade.mdx; install/global_dr.mdx; observability/log/intro.mdx]\n\nFix: Download the Log Essentials package for the target and add it to packages.yaml, with the name the portal gives it; if that name does not say \"Log Essentials\", add a displayName that does:",
        "markdown": "_Log Essentials must be uploaded before this upgrade._\n\n**Severity:** error · **Can be waived:** yes\n\n**What it checks.** When a log storage plugin is installed (an application whose display name\ncontains `Log Storage`) and the plan moves the global tier to 4.2 or later (4.2 to 4.3\nincluded), `packages.yaml` has the Log Essentials package: an entry whose name or display name\ncontains `log essentials` (case-insensitive; spaces, `-` and `_` alike, or none).\n\n**Why.** \"From v4.2 on, Alauda Container Platform Log Essentials exists: if the log storage\nplugin was installed, its package must be uploaded before the upgrade. The current (4.3) page\nsays this for every supported path, 4.2 -> 4.3 included.\" The log storage plugins are \"Alauda\nContainer Platform Log Storage for Elasticsearch\" and \"... for ClickHouse\". [source:\npre-upgrade.mdx; install/global_dr.mdx; observability/log/intro.mdx]\n\n**Example.** A log storage plugin runs on the global. The application name is whatever\n`violet list` prints (`example-log-storage` stands in for it here); the check goes by the\ndisplay name. Its own package is missing too, so `packages/missing` appears as well:\n\n```yaml\n# examples/acp/apps.yaml\napplications:\n  topolvm-operator:\n    displayName: NativeStor\n    type: OperatorBundle\n    installed:\n      - clusterName: global\n        version: 2.3.0\n      - clusterName: prod-a\n        version: 2.3.0\n  metallb:\n    displayName: Alauda Build of MetalLB\n    type: ModulePlugin\n    installed:\n      - clusterName: prod-a\n        version: v4.2.5\n      - clusterName: prod-b\n        version: v4.2.5\n  redis-operator:\n    displayName: Alauda Cache Service for Redis OSS\n    type: OperatorBundle\n    installed:\n      - clusterName: prod-b\n        version: 4.2.0\n  web-terminal:\n    displayName: Web Terminal\n    type: Chart\n    installed:\n      - clusterName: global\n        version: 1.4.1\n  example-log-storage:\n    displayName: Alauda Container Platform Log Storage for Elasticsearch\n    type: ModulePlugin\n    installed:\n      - clusterName: global\n        version: 4.2.0\n```\n\n**Fix.** Download the Log Essentials package for the target and add it to `packages.yaml`, with\nthe name the portal gives it; if that name does not say \"Log Essentials\", add a `displayName`\nthat does:\n\n```yaml\n- name: logessentials\n  displayName: Alauda Container Platform Log Essentials\n  type: ModulePlugin\n  version: 4.3.0\n  file: packages/logessentials.v4.3.0.tgz\n```"
    },
    "packages/type-mismatch": {
        "anchor": "packages-type-mismatch",
        "fullDescription": "A package's type in packages.yaml is the type that apps.yaml gives the application. apps.yaml is violet's own export, so it wins: the download list and the push commands use its type whatever packages.yaml says.",
        "text": "What it checks: A package's type in packages.yaml is the type that apps.yaml gives the application. apps.yaml is violet's own export, so it wins: the download list and the push commands use its type whatever packages.yaml says.\n\nWhy: The type decides the push: \"Cluster plugins (ModulePlugin) are global resources: push once to the global tier\"; \"Operators (OperatorBundle) are per cluster: push to the global tier and to each workload cluster that runs the operator, before that cluster's upgrade: --clusters \"global,<w1>,<w2>\". Without --clusters, violet pushes to the global cluster.\" [source: pre-upgrade.mdx, upgrade_global_cluster.mdx, extend/upload_package.mdx] An operator typed ModulePlugin would lose --clusters, and its workloads would never get it.\n\nFix: Write the type apps.yaml gives. If apps.yaml is wrong, export it again with violet list; do not edit it by hand.",
        "markdown": "_packages.yaml gives an application another type than apps.yaml._\n\n**Severity:** error · **Can be waived:** yes\n\n**What it checks.** A package's `type` in `packages.yaml` is the `type` that `apps.yaml` gives\nthe application. `apps.yaml` is violet's own export, so it wins: the download list and the push\ncommands use its type whatever `packages.yaml` says.\n\n**Why.** The type decides the push: \"Cluster plugins (`ModulePlugin`) are global resources: push\nonce to the global tier\"; \"Operators (`OperatorBundle`) are per cluster: push to the global tier\nand to each workload cluster that runs the operator, before that cluster's upgrade: `--clusters\n\"global,<w1>,<w2>\"`. Without `--clusters`, violet pushes to the global cluster.\" [source:\npre-upgrade.mdx, upgrade_global_cluster.mdx, extend/upload_package.mdx] An operator typed\n`ModulePlugin` would lose `--clusters`, and its workloads would never get it.\n\n**Example.** `redis-operator` is an operator in `apps.yaml`, typed a cluster plugin here:\n\n```yaml\n# examples/acp/packages.yaml\npackages:\n  - core: 4.3.0\n    file: packages/acp-core-4.3.0.tgz\n  - name: topolvm-operator\n    type: OperatorBundle\n    version: 2.4.1\n    lifecycle: agnostic\n    acpVersions: [\"4.2\", \"4.3\"]\n    file: packages/topolvm-operator.v2.4.1.tgz\n  - name: metallb\n    type: ModulePlugin\n    version: 4.3.2\n    lifecycle: aligned\n    acpVersions: [\"4.3\"]\n    file: packages/metallb-v4.3.2.tgz\n  - name: redis-operator\n    type: ModulePlugin\n    version: 4.3.0\n    lifecycle: agnostic\n    acpVersions: [\"4.2\", \"4.3\"]\n    file: packages/redis-operator.v4.3.0.tgz\n  - name: web-terminal\n    type: Chart\n    version: 1.5.0\n    lifecycle: agnostic\n    file: packages/web-terminal-1.5.0.tgz\n```\n\n**Fix.** Write the type `apps.yaml` gives. If `apps.yaml` is wrong, export it again with\n`violet list`; do not edit it by hand."
    },
    "packages/not-an-upgrade": {
        "anchor": "packages-not-an-upgrade",
        "fullDescription": "A package's version is not the version already installed on every cluster that runs the application while the plan moves one of those clusters to a new minor release. An error for lifecycle: aligned; a warning when the lifecycle is Agnostic or not stated (an Agnostic plugin may stay on its version). The package is still pushed.",
        "text": "What it checks: A package's version is not the version already installed on every cluster that runs the application while the plan moves one of those clusters to a new minor release. An error for lifecycle: aligned; a warning when the lifecycle is Agnostic or not stated (an Agnostic plugin may stay on its version). The package is still pushed.\n\nWhy: Aligned plugins are \"released with the ACP version\", and \"each installed Aligned plugin needs its target package before the request, else CVO stalls\". [source: pre-upgrade.mdx, upgrade_global_cluster.mdx; upgrade_global_cluster.mdx @4eaaa1e0] The installed package is not the target's.\n\nFix: Download the package for the release the plan moves to. For an Agnostic plugin that is meant to stay on its version, state lifecycle: agnostic and waive the warning for that package.",
        "markdown": "_A package is the version already installed._\n\n**Severity:** error (a warning unless `lifecycle: aligned`) · **Can be waived:** yes\n\n**What it checks.** A package's version is not the version already installed on every cluster\nthat runs the application while the plan moves one of those clusters to a new minor release.\nAn error for `lifecycle: aligned`; a warning when the lifecycle is Agnostic or not stated (an\nAgnostic plugin may stay on its version). The package is still pushed.\n\n**Why.** Aligned plugins are \"released with the ACP version\", and \"each installed Aligned plugin\nneeds its target package before the request, else CVO stalls\". [source: pre-upgrade.mdx,\nupgrade_global_cluster.mdx; upgrade_global_cluster.mdx @4eaaa1e0] The installed package is not\nthe target's.\n\n**Example.** `metallb` 4.2.5 runs on `prod-a` and `prod-b`, and the package downloaded is that\nsame 4.2.5:\n\n```yaml\n# examples/acp/packages.yaml\npackages:\n  - core: 4.3.0\n    file: packages/acp-core-4.3.0.tgz\n  - name: topolvm-operator\n    type: OperatorBundle\n    version: 2.4.1\n    lifecycle: agnostic\n    acpVersions: [\"4.2\", \"4.3\"]\n    file: packages/topolvm-operator.v2.4.1.tgz\n  - name: metallb\n    type: ModulePlugin\n    version: 4.2.5\n    lifecycle: aligned\n    file: packages/metallb-v4.2.5.tgz\n  - name: redis-operator\n    type: OperatorBundle\n    version: 4.3.0\n    lifecycle: agnostic\n    acpVersions: [\"4.2\", \"4.3\"]\n    file: packages/redis-operator.v4.3.0.tgz\n  - name: web-terminal\n    type: Chart\n    version: 1.5.0\n    lifecycle: agnostic\n    file: packages/web-terminal-1.5.0.tgz\n```\n\n**Fix.** Download the package for the release the plan moves to. For an Agnostic plugin that\nis meant to stay on its version, state `lifecycle: agnostic` and waive the warning for that\npackage."
    },
    "packages/not-installed": {
        "anchor": "packages-not-installed",
        "fullDescription": "Every package in packages.yaml is for an application that apps.yaml lists on some cluster, or one a package rule asks for (Log Essentials, the 4.4 scenario set). Otherwise the notice suggests the closest installed application name, since a typo is the usual cause (harbour for harbor).",
        "text": "What it checks: Every package in packages.yaml is for an application that apps.yaml lists on some cluster, or one a package rule asks for (Log Essentials, the 4.4 scenario set). Otherwise the notice suggests the closest installed application name, since a typo is the usual cause (harbour for harbor).\n\nWhy: The package name is how the check finds the application, the clusters that run it and so the push. A package for an application installed nowhere is pushed as listed, to the global tier only (an operator gets --clusters global): right for an application to install after the upgrade, wrong for a misspelt one, whose workloads would never get their operator.\n\nFix: Use the application name apps.yaml gives. For an application you will install after the upgrade, nothing is wrong: waive the notice for that package if you want the report clean.",
        "markdown": "_A package for an application installed nowhere._\n\n**Severity:** notice · **Can be waived:** yes\n\n**What it checks.** Every package in `packages.yaml` is for an application that `apps.yaml`\nlists on some cluster, or one a package rule asks for (Log Essentials, the 4.4 scenario set).\nOtherwise the notice suggests the closest installed application name, since a typo is the usual\ncause (`harbour` for `harbor`).\n\n**Why.** The package name is how the check finds the application, the clusters that run it and\nso the push. A package for an application installed nowhere is pushed as listed, to the global\ntier only (an operator gets `--clusters global`): right for an application to install after the\nupgrade, wrong for a misspelt one, whose workloads would never get their operator.\n\n**Example.** `web-terminal` is spelt `web-terminall`; `packages/missing` for `web-terminal`\nappears as well:\n\n```yaml\n# examples/acp/packages.yaml\npackages:\n  - core: 4.3.0\n    file: packages/acp-core-4.3.0.tgz\n  - name: topolvm-operator\n    type: OperatorBundle\n    version: 2.4.1\n    lifecycle: agnostic\n    acpVersions: [\"4.2\", \"4.3\"]\n    file: packages/topolvm-operator.v2.4.1.tgz\n  - name: metallb\n    type: ModulePlugin\n    version: 4.3.2\n    lifecycle: aligned\n    acpVersions: [\"4.3\"]\n    file: packages/metallb-v4.3.2.tgz\n  - name: redis-operator\n    type: OperatorBundle\n    version: 4.3.0\n    lifecycle: agnostic\n    acpVersions: [\"4.2\", \"4.3\"]\n    file: packages/redis-operator.v4.3.0.tgz\n  - name: web-terminall\n    type: Chart\n    version: 1.5.0\n    lifecycle: agnostic\n    file: packages/web-terminal-1.5.0.tgz\n```\n\n**Fix.** Use the application name `apps.yaml` gives. For an application you will install after\nthe upgrade, nothing is wrong: waive the notice for that package if you want the report clean."
    },
    "packages/mysql-pxc": {
        "anchor": "packages-mysql-pxc",
        "fullDescription": "The plan moves the global tier into 4.3 from an earlier release while an application whose name or display name contains mysql is installed. The finding points at the first global-tier step into 4.3.",
        "text": "What it checks: The plan moves the global tier into 4.3 from an earlier release while an application whose name or display name contains mysql is installed. The finding points at the first global-tier step into 4.3.\n\nWhy: \"Upgrading the global cluster will also upgrade the MySQL operator. If you have PXC instances, they will become unmanaged after the operator upgrade\" (Alauda Database Service for MySQL v4.3.0 removes PXC); migrate before upgrading. [source: upgrade_global_cluster.mdx, upgrade_workload_cluster.mdx, release-4.3 @6468e58f] The check cannot see whether PXC instances exist, so it warns whenever MySQL is installed. The 4.4 pages read do not repeat the note, so it is keyed to 4.3.\n\nFix: Migrate PXC instances before the global tier's step into 4.3. When there are none (or they are migrated), waive the warning for that package with the reason.",
        "markdown": "_PXC instances become unmanaged after the MySQL operator upgrade._\n\n**Severity:** warning · **Can be waived:** yes\n\n**What it checks.** The plan moves the global tier into 4.3 from an earlier release while an\napplication whose name or display name contains `mysql` is installed. The finding points at the\nfirst global-tier step into 4.3.\n\n**Why.** \"Upgrading the global cluster will also upgrade the MySQL operator. If you have PXC\ninstances, they will become unmanaged after the operator upgrade\" (Alauda Database Service for\nMySQL v4.3.0 removes PXC); migrate before upgrading. [source: upgrade_global_cluster.mdx,\nupgrade_workload_cluster.mdx, release-4.3 @6468e58f] The check cannot see whether PXC instances\nexist, so it warns whenever MySQL is installed. The 4.4 pages read do not repeat the note, so it\nis keyed to 4.3.\n\n**Example.** The MySQL operator runs on `prod-b`:\n\n```yaml\n# examples/acp/apps.yaml\napplications:\n  topolvm-operator:\n    displayName: NativeStor\n    type: OperatorBundle\n    installed:\n      - clusterName: global\n        version: 2.3.0\n      - clusterName: prod-a\n        version: 2.3.0\n  metallb:\n    displayName: Alauda Build of MetalLB\n    type: ModulePlugin\n    installed:\n      - clusterName: prod-a\n        version: v4.2.5\n      - clusterName: prod-b\n        version: v4.2.5\n  redis-operator:\n    displayName: Alauda Cache Service for Redis OSS\n    type: OperatorBundle\n    installed:\n      - clusterName: prod-b\n        version: 4.2.0\n  web-terminal:\n    displayName: Web Terminal\n    type: Chart\n    installed:\n      - clusterName: global\n        version: 1.4.1\n  mysql-operator:\n    displayName: Alauda Database Service for MySQL\n    type: OperatorBundle\n    installed:\n      - clusterName: prod-b\n        version: 4.2.0\n```\n\n**Fix.** Migrate PXC instances before the global tier's step into 4.3. When there are none (or\nthey are migrated), waive the warning for that package with the reason."
    },
    "platform/minio-space": {
        "anchor": "platform-minio-space",
        "fullDescription": "For the global cluster and the DR standby, when the plan upgrades them, minioFreeGB in clusters.yaml (the smallest free space of /cpaas/minio across the cluster's control-plane nodes) is at least 120. When minioFreeGB is not declared, a notice reminds you to check by hand.",
        "text": "What it checks: For the global cluster and the DR standby, when the plan upgrades them, minioFreeGB in clusters.yaml (the smallest free space of /cpaas/minio across the cluster's control-plane nodes) is at least 120. When minioFreeGB is not declared, a notice reminds you to check by hand.\n\nWhy: \"/cpaas/minio on the global cluster's control-plane nodes needs at least 120 GB free.\" The older 3.x -> 4.0 guides add that the unpacked installation package needs up to 120 GB on the first master, so 250 GB free when package and unpack directory share a disk (not checked). [source: the ACP upgrade guides, global cluster disk requirement]\n\nFix: Free space before the window, measure again on every control-plane node (df -BG /cpaas/minio) and record the smallest value as minioFreeGB.",
        "markdown": "_Too little free space in /cpaas/minio._\n\n**Severity:** error (a notice when `minioFreeGB` is not declared) · **Can be waived:** yes\n\n**What it checks.** For the global cluster and the DR standby, when the plan upgrades them,\n`minioFreeGB` in `clusters.yaml` (the smallest free space of `/cpaas/minio` across the cluster's\ncontrol-plane nodes) is at least 120. When `minioFreeGB` is not declared, a notice reminds you\nto check by hand.\n\n**Why.** \"`/cpaas/minio` on the global cluster's control-plane nodes needs at least 120 GB\nfree.\" The older 3.x -> 4.0 guides add that the unpacked installation package needs up to 120 GB\non the first master, so 250 GB free when package and unpack directory share a disk (not\nchecked). [source: the ACP upgrade guides, global cluster disk requirement]\n\n**Example.**\n\n```yaml\n# examples/acp/clusters.yaml\nplatformAddress: https://acp.example.com\nclusters:\n  - name: global\n    role: global\n    version: 4.2.1\n    kubernetes: 1.33.4\n    minioFreeGB: 90\n  - name: global-dr\n    role: standby\n    platformAddress: https://acp-dr.example.com\n    registry: 192.168.20.10:11443\n    version: 4.2.1\n    kubernetes: 1.33.4\n    minioFreeGB: 260\n  - name: prod-a\n    version: 4.2.1\n    kubernetes: 1.30.9\n  - name: prod-b\n    version: 4.2.1\n    kubernetes: 1.33.4\n    infrastructure: immutable\n```\n\n**Fix.** Free space before the window, measure again on every control-plane node\n(`df -BG /cpaas/minio`) and record the smallest value as `minioFreeGB`."
    },
    "platform/post-upgrade": {
        "anchor": "platform-post-upgrade",
        "fullDescription": "The tasks the release notes ask for after an upgrade, for this journey, in the order they fall due; the runbook closes with the same tasks as notes. Into 4.3 (from an earlier release): once the global reaches 4.3, upgrade the L5 plugins Alauda DevOps v3, Alauda AI Essentials, Alauda Hyperflux and Alauda Container Platform Data Services Essentials, when installed (recognised by display name); once every workload cluster reaches 4.3, PKCE hardening. When the plan leaves workloads on an older release, the notice names them.",
        "text": "What it checks: The tasks the release notes ask for after an upgrade, for this journey, in the order they fall due; the runbook closes with the same tasks as notes. Into 4.3 (from an earlier release): once the global reaches 4.3, upgrade the L5 plugins Alauda DevOps v3, Alauda AI Essentials, Alauda Hyperflux and Alauda Container Platform Data Services Essentials, when installed (recognised by display name); once every workload cluster reaches 4.3, PKCE hardening. When the plan leaves workloads on an older release, the notice names them.\n\nWhy: \"After the global cluster reaches 4.3, upgrade the L5 plugins ... to 4.3-compatible versions, 'Otherwise, their UI pages may fail to open'. After all workload clusters reach 4.3, complete PKCE hardening ('Disabling the PKCE Plain Method').\" [source: upgrade_global_cluster.mdx, release-4.3 @6468e58f]\n\nFix: Nothing to fix in the plan: do the task after the window it names. Waive it (with the reason) once it is done, for example when PKCE hardening was completed on an earlier upgrade.",
        "markdown": "_A task to do after the upgrade._\n\n**Severity:** notice · **Can be waived:** yes\n\n**What it checks.** The tasks the release notes ask for after an upgrade, for this journey, in\nthe order they fall due; the runbook closes with the same tasks as notes. Into 4.3 (from an\nearlier release): once the global reaches 4.3, upgrade the L5 plugins Alauda DevOps v3, Alauda\nAI Essentials, Alauda Hyperflux and Alauda Container Platform Data Services Essentials, when\ninstalled (recognised by display name); once every workload cluster reaches 4.3, PKCE\nhardening. When the plan leaves workloads on an older release, the notice names them.\n\n**Why.** \"After the global cluster reaches 4.3, upgrade the L5 plugins ... to 4.3-compatible\nversions, 'Otherwise, their UI pages may fail to open'. After all workload clusters reach 4.3,\ncomplete PKCE hardening ('Disabling the PKCE Plain Method').\" [source:\nupgrade_global_cluster.mdx, release-4.3 @6468e58f]\n\n**Example.** Every upgrade into 4.3 has PKCE hardening to do afterwards: the example's plan\ntriggers it as it is.\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.3.0\nsteps:\n  - cluster: prod-a\n    kubernetes: \"1.31\"\n  - cluster: global-dr\n    to: 4.3.0\n  - cluster: global\n    to: 4.3.0\n  - clusters: [prod-a, prod-b]\n    to: 4.3.0\n```\n\n**Fix.** Nothing to fix in the plan: do the task after the window it names. Waive it (with the\nreason) once it is done, for example when PKCE hardening was completed on an earlier upgrade."
    },
    "platform/node-readiness": {
        "anchor": "platform-node-readiness",
        "fullDescription": "For a hop into a release created with Kubernetes 1.35 or later (4.4), every cluster that moves to that Kubernetes: each production node listed under nodes in clusters.yaml runs Linux kernel 5.8 or later and cgroup v2. A node that does not is an error naming the node and its cluster, at its kernel or cgroup. A moving cluster without nodes gets a notice with the two checks to run on each node: the kernel in the KERNEL-VERSION column of kubectl get nodes -o wide, and stat -fc %T /sys/fs/cgroup/ on the node (cgroup2fs means v2). The runbook then says where the administrator writes the acknowledgement, after the check and before the global tier's upgrade request; the check writes nothing. Not checked: whether the kernel is inside the ACP supported operating system and kernel matrix for the release (the check does not hold that matrix), and whether one ack covers every cluster (not documented).",
        "text": "What it checks: For a hop into a release created with Kubernetes 1.35 or later (4.4), every cluster that moves to that Kubernetes: each production node listed under nodes in clusters.yaml runs Linux kernel 5.8 or later and cgroup v2. A node that does not is an error naming the node and its cluster, at its kernel or cgroup. A moving cluster without nodes gets a notice with the two checks to run on each node: the kernel in the KERNEL-VERSION column of kubectl get nodes -o wide, and stat -fc %T /sys/fs/cgroup/ on the node (cgroup2fs means v2). The runbook then says where the administrator writes the acknowledgement, after the check and before the global tier's upgrade request; the check writes nothing. Not checked: whether the kernel is inside the ACP supported operating system and kernel matrix for the release (the check does not hold that matrix), and whether one ack covers every cluster (not documented).\n\nWhy: The gate applies \"If the target release is ACP 4.4 or later, upgrades the cluster to Kubernetes 1.35 or later, and reports an administrator acknowledgement gate for node readiness\". Then, on \"every production node that will run the target cluster\", the kernel is \"5.8 or later and ... within the ACP supported operating system and kernel matrix for the target release\", and stat -fc %T /sys/fs/cgroup/ prints cgroup2fs. [source: pre-upgrade.mdx@4eaaa1e0] The preflight check AdminAckRequired blocks until the key (for 4.4: ack-4.4-kubernetes-1.35-kernel-update) has the value \"true\" in the ConfigMap cpaas-system/admin-acks; for a workload cluster, in \"the global-side admin-acks ConfigMap\"; \"a later target release can supply a different key\". [source: upgrade_global_cluster.mdx@1bb15615, troubleshooting.mdx@608ade47, ui/cli_tools/ac/upgrading-clusters.md@1bb15615]\n\nFix: Upgrade the node's kernel (or replace the node) and move it to cgroup v2 before the step, then record the new values. For a cluster without nodes, run the two checks on each node and record them. Then follow the runbook: preflight, check the nodes, write the ack, preflight again, and request the upgrade.",
        "markdown": "_A node is not ready for the Kubernetes of the release._\n\n**Severity:** error (a notice when a cluster lists no `nodes`) · **Can be waived:** yes\n\n**What it checks.** For a hop into a release created with Kubernetes 1.35 or later (4.4), every\ncluster that moves to that Kubernetes: each production node listed under `nodes` in\n`clusters.yaml` runs Linux kernel 5.8 or later and cgroup v2. A node that does not is an error\nnaming the node and its cluster, at its `kernel` or `cgroup`. A moving cluster without `nodes` gets\na notice with the two checks to run on each node: the kernel in the KERNEL-VERSION column of\n`kubectl get nodes -o wide`, and `stat -fc %T /sys/fs/cgroup/` on the node (`cgroup2fs` means\nv2). The runbook then says where the administrator writes the acknowledgement, after the check\nand before the global tier's upgrade request; the check writes nothing. Not checked: whether the\nkernel is inside the ACP supported operating system and kernel matrix for the release (the check\ndoes not hold that matrix), and whether one ack covers every cluster (not documented).\n\n**Why.** The gate applies \"If the target release is ACP 4.4 or later, upgrades the cluster to\nKubernetes 1.35 or later, and reports an administrator acknowledgement gate for node readiness\".\nThen, on \"every production node that will run the target cluster\", the kernel is \"5.8 or later\nand ... within the ACP supported operating system and kernel matrix for the target release\", and\n`stat -fc %T /sys/fs/cgroup/` prints `cgroup2fs`. [source: pre-upgrade.mdx@4eaaa1e0] The\npreflight check `AdminAckRequired` blocks until the key (for 4.4:\n`ack-4.4-kubernetes-1.35-kernel-update`) has the value `\"true\"` in the ConfigMap\n`cpaas-system/admin-acks`; for a workload cluster, in \"the global-side `admin-acks` ConfigMap\"; \"a\nlater target release can supply a different key\". [source: upgrade_global_cluster.mdx@1bb15615,\ntroubleshooting.mdx@608ade47, ui/cli_tools/ac/upgrading-clusters.md@1bb15615]\n\n**Example.** `prod-a-worker-2` still runs a 5.4 kernel:\n\n```yaml\n# examples/acp-4.3-to-4.4/clusters.yaml\nplatformAddress: https://acp.example.com\nexternalRegistry: false\nclusters:\n  - name: global\n    role: global\n    version: 4.3.1\n    kubernetes: 1.34.2\n    minioFreeGB: 240\n    nodes:\n      - name: global-cp-1\n        kernel: 5.14.0-427.13.1.el9_4.x86_64\n        cgroup: v2\n      - name: global-cp-2\n        kernel: 5.14.0-427.13.1.el9_4.x86_64\n        cgroup: v2\n  - name: global-dr\n    role: standby\n    platformAddress: https://acp-dr.example.com\n    registry: 192.168.20.10:11443\n    version: 4.3.1\n    kubernetes: 1.34.2\n    minioFreeGB: 260\n    nodes:\n      - name: dr-cp-1\n        kernel: 5.14.0-427.13.1.el9_4.x86_64\n        cgroup: v2\n  - name: prod-a\n    version: 4.3.1\n    kubernetes: 1.33.6\n    nodes:\n      - name: prod-a-worker-1\n        kernel: 6.8.0-45-generic\n        cgroup: v2\n      - name: prod-a-worker-2\n        kernel: 5.4.0-150-generic\n        cgroup: v2\n  - name: prod-b\n    version: 4.3.1\n    kubernetes: 1.31.9\n    nodes:\n      - name: prod-b-worker-1\n        kernel: 5.14.0-503.11.1.el9_5.x86_64\n        cgroup: v2\n```\n\n**Fix.** Upgrade the node's kernel (or replace the node) and move it to cgroup v2 before the\nstep, then record the new values. For a cluster without `nodes`, run the two checks on each node\nand record them. Then follow the runbook: preflight, check the nodes, write the ack, preflight\nagain, and request the upgrade."
    },
    "drift/app-added": {
        "anchor": "drift-app-added",
        "fullDescription": "Every application installed on a cluster in the live export is in the committed apps.yaml for that cluster.",
        "text": "What it checks: Every application installed on a cluster in the live export is in the committed apps.yaml for that cluster.\n\nWhy: An application the inventory does not know gets no package and no push command.\n\nFix: Export apps.yaml again and add a package for the new application.",
        "markdown": "_An application runs that apps.yaml lacks._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** Every application installed on a cluster in the live export is in the\ncommitted `apps.yaml` for that cluster.\n\n**Why.** An application the inventory does not know gets no package and no push command.\n\n**Example.**\n\n```yaml\n# examples/acp/apps.yaml\napplications:\n  web-terminal:\n    displayName: Web Terminal\n    type: Chart\n    installed:\n      - clusterName: global\n        version: 1.4.1\n```\n\n```yaml\n# live-apps.yaml\napplications:\n  web-terminal:\n    displayName: Web Terminal\n    type: Chart\n    installed:\n      - clusterName: global\n        version: 1.4.1\n  topolvm-operator:\n    displayName: NativeStor\n    type: OperatorBundle\n    installed:\n      - clusterName: global\n        version: 2.3.0\n```\n\n**Fix.** Export `apps.yaml` again and add a package for the new application."
    },
    "drift/app-removed": {
        "anchor": "drift-app-removed",
        "fullDescription": "Every application the committed apps.yaml lists on a cluster is still on that cluster in the live export (clusters that vanished altogether are drift/cluster-removed).",
        "text": "What it checks: Every application the committed apps.yaml lists on a cluster is still on that cluster in the live export (clusters that vanished altogether are drift/cluster-removed).\n\nWhy: The plan would download and push a package nobody needs any more.\n\nFix: Export apps.yaml again; remove the package from packages.yaml if it is no longer needed.",
        "markdown": "_An application in apps.yaml no longer runs._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** Every application the committed `apps.yaml` lists on a cluster is still on\nthat cluster in the live export (clusters that vanished altogether are\n[drift/cluster-removed](#drift-cluster-removed)).\n\n**Why.** The plan would download and push a package nobody needs any more.\n\n**Example.**\n\n```yaml\n# examples/acp/apps.yaml\napplications:\n  web-terminal:\n    displayName: Web Terminal\n    type: Chart\n    installed:\n      - clusterName: global\n        version: 1.4.1\n  topolvm-operator:\n    displayName: NativeStor\n    type: OperatorBundle\n    installed:\n      - clusterName: global\n        version: 2.3.0\n```\n\n```yaml\n# live-apps.yaml\napplications:\n  web-terminal:\n    displayName: Web Terminal\n    type: Chart\n    installed:\n      - clusterName: global\n        version: 1.4.1\n```\n\n**Fix.** Export `apps.yaml` again; remove the package from `packages.yaml` if it is no longer\nneeded."
    },
    "drift/version-changed": {
        "anchor": "drift-version-changed",
        "fullDescription": "Each application on each cluster has the same version in the live export as in the committed apps.yaml.",
        "text": "What it checks: Each application on each cluster has the same version in the live export as in the committed apps.yaml.\n\nWhy: packages/older-than-installed compares downloads with the installed versions; with a stale apps.yaml it compares with the wrong ones.\n\nFix: Export apps.yaml again, and check that the downloaded package is not older than what now runs.",
        "markdown": "_An application runs another version than apps.yaml says._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** Each application on each cluster has the same version in the live export\nas in the committed `apps.yaml`.\n\n**Why.** `packages/older-than-installed` compares downloads with the installed versions; with a\nstale `apps.yaml` it compares with the wrong ones.\n\n**Example.**\n\n```yaml\n# examples/acp/apps.yaml\napplications:\n  web-terminal:\n    displayName: Web Terminal\n    type: Chart\n    installed:\n      - clusterName: global\n        version: 1.4.1\n```\n\n```yaml\n# live-apps.yaml\napplications:\n  web-terminal:\n    displayName: Web Terminal\n    type: Chart\n    installed:\n      - clusterName: global\n        version: 1.5.0\n```\n\n**Fix.** Export `apps.yaml` again, and check that the downloaded package is not older than what\nnow runs."
    },
    "drift/type-changed": {
        "anchor": "drift-type-changed",
        "fullDescription": "The live export names an application with another type (ModulePlugin, OperatorBundle, Chart) than the committed apps.yaml.",
        "text": "What it checks: The live export names an application with another type (ModulePlugin, OperatorBundle, Chart) than the committed apps.yaml.\n\nWhy: The type decides the push: \"Operators (OperatorBundle) are per cluster: push to the global tier and to each workload cluster that runs the operator\"; cluster plugins are pushed once. [source: pre-upgrade.mdx, extend/upload_package.mdx]\n\nFix: Export apps.yaml again with violet list, and check the packages' types in packages.yaml.",
        "markdown": "_An application has another type than apps.yaml says._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** The live export names an application with another `type` (ModulePlugin, OperatorBundle,\nChart) than the committed `apps.yaml`.\n\n**Why.** The type decides the push: \"Operators (`OperatorBundle`) are per cluster: push to the global\ntier and to each workload cluster that runs the operator\"; cluster plugins are pushed once.\n[source: pre-upgrade.mdx, extend/upload_package.mdx]\n\n**Example.** The live export lists `metallb` as an operator:\n\n```yaml\n# live-apps.yaml\napplications:\n  topolvm-operator:\n    displayName: NativeStor\n    type: OperatorBundle\n    installed:\n      - clusterName: global\n        version: 2.3.0\n      - clusterName: prod-a\n        version: 2.3.0\n  metallb:\n    displayName: Alauda Build of MetalLB\n    type: OperatorBundle\n    installed:\n      - clusterName: prod-a\n        version: v4.2.5\n      - clusterName: prod-b\n        version: v4.2.5\n  redis-operator:\n    displayName: Alauda Cache Service for Redis OSS\n    type: OperatorBundle\n    installed:\n      - clusterName: prod-b\n        version: 4.2.0\n  web-terminal:\n    displayName: Web Terminal\n    type: Chart\n    installed:\n      - clusterName: global\n        version: 1.4.1\n```\n\n**Fix.** Export `apps.yaml` again with `violet list`, and check the packages' types in `packages.yaml`."
    },
    "drift/cluster-added": {
        "anchor": "drift-cluster-added",
        "fullDescription": "Every clusterName in the live export is a cluster of clusters.yaml.",
        "text": "What it checks: Every clusterName in the live export is a cluster of clusters.yaml.\n\nWhy: A cluster the plan does not know is never upgraded, and the ordering rules cannot account for its Kubernetes version.\n\nFix: Add the cluster to clusters.yaml with its versions, export apps.yaml again, and add the cluster's upgrade to the plan.",
        "markdown": "_A cluster runs that clusters.yaml lacks._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** Every `clusterName` in the live export is a cluster of `clusters.yaml`.\n\n**Why.** A cluster the plan does not know is never upgraded, and the ordering rules cannot\naccount for its Kubernetes version.\n\n**Example.** `prod-c` joined the platform:\n\n```yaml\n# examples/acp/apps.yaml\napplications:\n  web-terminal:\n    displayName: Web Terminal\n    type: Chart\n    installed:\n      - clusterName: global\n        version: 1.4.1\n```\n\n```yaml\n# live-apps.yaml\napplications:\n  web-terminal:\n    displayName: Web Terminal\n    type: Chart\n    installed:\n      - clusterName: global\n        version: 1.4.1\n      - clusterName: prod-c\n        version: 1.4.1\n```\n\n**Fix.** Add the cluster to `clusters.yaml` with its versions, export `apps.yaml` again, and add\nthe cluster's upgrade to the plan."
    },
    "drift/cluster-removed": {
        "anchor": "drift-cluster-removed",
        "fullDescription": "Every clusterName in the committed apps.yaml still appears in the live export.",
        "text": "What it checks: Every clusterName in the committed apps.yaml still appears in the live export.\n\nWhy: The plan upgrades, and the commands push to, a cluster that may no longer exist. (A cluster that still exists but no longer has any extension installed also disappears from the export.)\n\nFix: If the cluster is gone, remove it from clusters.yaml and the plan, and export apps.yaml again.",
        "markdown": "_A cluster in apps.yaml is gone from the platform._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** Every `clusterName` in the committed `apps.yaml` still appears in the live\nexport.\n\n**Why.** The plan upgrades, and the commands push to, a cluster that may no longer exist. (A\ncluster that still exists but no longer has any extension installed also disappears from the\nexport.)\n\n**Example.** `prod-b` is gone:\n\n```yaml\n# examples/acp/apps.yaml\napplications:\n  web-terminal:\n    displayName: Web Terminal\n    type: Chart\n    installed:\n      - clusterName: global\n        version: 1.4.1\n  metallb:\n    displayName: Alauda Build of MetalLB\n    type: ModulePlugin\n    installed:\n      - clusterName: prod-b\n        version: v4.2.5\n```\n\n```yaml\n# live-apps.yaml\napplications:\n  web-terminal:\n    displayName: Web Terminal\n    type: Chart\n    installed:\n      - clusterName: global\n        version: 1.4.1\n```\n\n**Fix.** If the cluster is gone, remove it from `clusters.yaml` and the plan, and export\n`apps.yaml` again."
    },
    "waiver/not-waivable": {
        "anchor": "waiver-not-waivable",
        "fullDescription": "A waiver names a rule no accepted risk can change: input/*, state/*, drift/*, waiver/*, catalog/override, path/unsupported, path/downgrade, path/target-not-reached, path/source-patch, order/global-first, order/workload-target and order/dr-standby-first. The waiver applies to nothing, and the finding it names stays an error.",
        "text": "What it checks: A waiver names a rule no accepted risk can change: input/*, state/*, drift/*, waiver/*, catalog/override, path/unsupported, path/downgrade, path/target-not-reached, path/source-patch, order/global-first, order/workload-target and order/dr-standby-first. The waiver applies to nothing, and the finding it names stays an error.\n\nWhy: These rules describe what ACP cannot do (an upgrade path it does not support, an order its procedures refuse), a broken input or starting state, or the facts the plan is judged by. Accepting such a \"risk\" would only turn a plan that cannot run into a PASS.\n\nFix: Fix the plan or the inventory, and remove the waiver.",
        "markdown": "_A waiver names a rule that cannot be waived._\n\n**Severity:** error · **Can be waived:** no\n\n**What it checks.** A waiver names a rule no accepted risk can change: `input/*`, `state/*`, `drift/*`,\n`waiver/*`, `catalog/override`, `path/unsupported`, `path/downgrade`, `path/target-not-reached`,\n`path/source-patch`, `order/global-first`, `order/workload-target` and `order/dr-standby-first`.\nThe waiver applies to nothing, and the finding it names stays an error.\n\n**Why.** These rules describe what ACP cannot do (an upgrade path it does not support, an order its\nprocedures refuse), a broken input or starting state, or the facts the plan is judged by. Accepting\nsuch a \"risk\" would only turn a plan that cannot run into a PASS.\n\n**Example.** A waiver of `order/global-first`:\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.3.0\nsteps:\n  - cluster: prod-a\n    kubernetes: \"1.31\"\n  - clusters: [prod-a, prod-b]\n    to: 4.3.0\n  - cluster: global-dr\n    to: 4.3.0\n  - cluster: global\n    to: 4.3.0\nwaivers:\n  - rule: order/global-first\n    reason: we are in a hurry\n    owner: platform-team\n    expires: 2099-12-31\n```\n\n**Fix.** Fix the plan or the inventory, and remove the waiver."
    },
    "waiver/expired": {
        "anchor": "waiver-expired",
        "fullDescription": "A waiver with expires applies up to and including that day. After it, the waiver no longer applies (its finding counts again) and this notice says so.",
        "text": "What it checks: A waiver with expires applies up to and including that day. After it, the waiver no longer applies (its finding counts again) and this notice says so.\n\nWhy: An accepted risk is accepted for a time; the expiry makes someone look at it again.\n\nFix: Renew the waiver with a new date if the risk is still accepted, or fix the finding and remove the waiver.",
        "markdown": "_A waiver passed its expiry date._\n\n**Severity:** notice · **Can be waived:** no\n\n**What it checks.** A waiver with `expires` applies up to and including that day. After it, the\nwaiver no longer applies (its finding counts again) and this notice says so.\n\n**Why.** An accepted risk is accepted for a time; the expiry makes someone look at it again.\n\n**Example.** The date is in the past:\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.3.0\nsteps:\n  - cluster: prod-a\n    kubernetes: \"1.31\"\n  - cluster: global-dr\n    to: 4.3.0\n  - cluster: global\n    to: 4.3.0\n  - clusters: [prod-a, prod-b]\n    to: 4.3.0\n    kubernetes: \"1.33\"\nwaivers:\n  - rule: order/kubernetes-with-core\n    cluster: prod-a\n    reason: vendor-approved exception, ticket OPS-1234\n    owner: platform-team\n    expires: 2025-01-31\n```\n\n**Fix.** Renew the waiver with a new date if the risk is still accepted, or fix the finding and\nremove the waiver."
    },
    "waiver/unmatched": {
        "anchor": "waiver-unmatched",
        "fullDescription": "Every waiver matches at least one finding (same rule, and the same cluster or package when the waiver names one). A waiver of a rule that cannot be waived is waiver/not-waivable instead.",
        "text": "What it checks: Every waiver matches at least one finding (same rule, and the same cluster or package when the waiver names one). A waiver of a rule that cannot be waived is waiver/not-waivable instead.\n\nWhy: A waiver whose risk is gone should not stay around to hide a future finding.\n\nFix: Remove the waiver, or correct its rule, cluster or package.",
        "markdown": "_A waiver matches no finding._\n\n**Severity:** notice · **Can be waived:** no\n\n**What it checks.** Every waiver matches at least one finding (same rule, and the same cluster or\npackage when the waiver names one). A waiver of a rule that cannot be waived is\n[waiver/not-waivable](#waiver-not-waivable) instead.\n\n**Why.** A waiver whose risk is gone should not stay around to hide a future finding.\n\n**Example.** There is no `packages/missing` finding for `log-center`:\n\n```yaml\n# examples/acp/plan.yaml\ntarget: 4.3.0\nsteps:\n  - cluster: prod-a\n    kubernetes: \"1.31\"\n  - cluster: global-dr\n    to: 4.3.0\n  - cluster: global\n    to: 4.3.0\n  - clusters: [prod-a, prod-b]\n    to: 4.3.0\nwaivers:\n  - rule: packages/missing\n    package: log-center\n    reason: removed before the window, ticket OPS-1240\n    owner: platform-team\n    expires: 2099-12-31\n```\n\n**Fix.** Remove the waiver, or correct its rule, cluster or package."
    }
};

;// CONCATENATED MODULE: ./src/render/sarif.ts
// SARIF 2.1.0 for GitHub code scanning: one result per finding, on its file and line. Written to
// pass Microsoft's SARIF Multitool with GitHub's ingestion rules (`validate --rule-kind Sarif;Gh`):
// every rule carries its entry of the rule reference (docs/rules.md) as fullDescription and help;
// results point at repository-relative, percent-encoded URIs against %SRCROOT%, carry
// partialFingerprints, and each inventory gets its own automationDetails.id, so that a matrix of
// inventories uploaded to one repository does not overwrite itself.



const LEVEL = {
    error: 'error',
    warning: 'warning',
    notice: 'note',
};
const TOOL = 'acp-upgrade-check';
const SRCROOT = '%SRCROOT%';
/** The released rule reference of this major version (`v1` for 1.x.y). */
function defaultRulesUrl() {
    return `${version/* REPOSITORY_URL */.ld}/blob/v${version/* VERSION */.xv.split('.')[0]}/docs/rules.md`;
}
function renderSarif(report, options = {}) {
    const { rulesUrl = defaultRulesUrl(), root, cwd } = options;
    const ruleIds = Object.keys(findings/* RULES */.y0);
    const index = new Map(ruleIds.map((id, i) => [id, i]));
    const locate = locator(root, cwd ?? root);
    const fingerprints = new Fingerprints();
    const inventory = locate(report.inventory);
    const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: TOOL,
                        version: version/* VERSION */.xv,
                        semanticVersion: version/* VERSION */.xv,
                        informationUri: version/* REPOSITORY_URL */.ld,
                        rules: ruleIds.map((id) => rule(id, rulesUrl)),
                    },
                },
                automationDetails: { id: automationId(report, inventory) },
                ...(root !== undefined && {
                    originalUriBaseIds: {
                        [SRCROOT]: {
                            uri: fileUri(root, true),
                            description: { text: 'The root of the repository that holds the inventory.' },
                        },
                    },
                }),
                results: report.findings.map((f) => {
                    const where = locate(f.file);
                    return {
                        ruleId: f.rule,
                        ruleIndex: index.get(f.rule),
                        level: LEVEL[f.severity],
                        message: { text: f.message },
                        locations: [
                            {
                                physicalLocation: {
                                    artifactLocation: where.relative
                                        ? { uri: where.uri, uriBaseId: SRCROOT }
                                        : { uri: where.uri },
                                    region: { startLine: f.line, startColumn: f.column },
                                },
                            },
                        ],
                        partialFingerprints: { 'acpFindingHash/v1': fingerprints.of(f, where.uri) },
                        ...(f.waived && {
                            suppressions: [
                                { kind: 'inSource', justification: f.waiver?.reason ?? 'waived in plan.yaml' },
                            ],
                        }),
                    };
                }),
                columnKind: 'unicodeCodePoints',
            },
        ],
    };
    return `${JSON.stringify(sarif, null, 2)}\n`;
}
function rule(id, rulesUrl) {
    const help = RULE_HELP[id];
    const anchor = help?.anchor ?? id.replace(/[^a-z0-9]+/g, '-');
    const title = findings/* RULES */.y0[id].title;
    return {
        id,
        name: id.replace(/[^a-z0-9]+/g, '-'),
        shortDescription: { text: `${title}.` },
        fullDescription: { text: help?.fullDescription ?? `${title}.` },
        help: {
            text: help?.text ?? `${title}. See ${rulesUrl}#${anchor}`,
            // Links between entries of the reference are relative; in an alert they must be absolute.
            markdown: (help?.markdown ?? `_${title}._`).replace(/\]\(#/g, `](${rulesUrl}#`),
        },
        helpUri: `${rulesUrl}#${anchor}`,
        defaultConfiguration: { level: LEVEL[findings/* RULES */.y0[id].severity] },
        properties: { tags: [id.split('/')[0]] },
    };
}
/** One automation per inventory (and per mode), so that uploads of several do not replace each other. */
function automationId(report, inventory) {
    const name = inventory.relative
        ? decodeURIComponent(inventory.uri)
        : normalize(segments(report.inventory))
            .filter((part) => part !== '' && !isDrive(part))
            .join('/');
    return `${TOOL}${report.mode === 'drift' ? '-drift' : ''}/${name || '.'}/`;
}
/** Turns a path as the report gives it (relative to `cwd`, or absolute) into a result URI. */
function locator(root, cwd) {
    const base = root === undefined ? undefined : segments(root);
    return (path) => {
        let parts = segments(path);
        if (!isAbsolutePath(path)) {
            if (cwd === undefined || base === undefined) {
                return { uri: encode(normalize(parts)), relative: true };
            }
            parts = [...segments(cwd), ...parts];
        }
        const absolute = normalize(parts);
        if (base !== undefined) {
            const within = relativeTo(normalize(base), absolute);
            if (within)
                return { uri: encode(within), relative: true };
        }
        return { uri: fileUri(path, false), relative: false };
    };
}
/** Windows (`C:\`, `\\server\share`) and POSIX paths alike, split on either separator. */
function segments(path) {
    return path.replace(/\\/g, '/').split('/');
}
function isAbsolutePath(path) {
    return /^([A-Za-z]:)?[\\/]/.test(path);
}
const isDrive = (part) => part !== undefined && /^[A-Za-z]:$/.test(part);
/** Resolves `.` and `..`; keeps a leading empty segment (a POSIX root) or a drive letter. */
function normalize(parts) {
    const out = [];
    parts.forEach((part, i) => {
        if (part === '.' || (part === '' && i > 0))
            return;
        if (part !== '..') {
            out.push(part);
            return;
        }
        const last = out[out.length - 1];
        if (last === undefined || last === '..')
            out.push(part);
        else if (last !== '' && !isDrive(last))
            out.pop();
        // `..` above a root stays at the root.
    });
    return out;
}
/** `path` inside `base`, as segments; undefined when it lies outside (or on another drive). */
function relativeTo(base, path) {
    const same = (a, b) => isDrive(a) ? a.toLowerCase() === b.toLowerCase() : a === b;
    if (path.length <= base.length)
        return undefined;
    for (let i = 0; i < base.length; i++)
        if (!same(base[i], path[i]))
            return undefined;
    return path.slice(base.length);
}
function encode(parts) {
    return parts.map((part) => encodeURIComponent(part)).join('/');
}
function fileUri(path, folder) {
    const parts = normalize(segments(path));
    const drive = isDrive(parts[0]);
    const body = parts
        .map((part, i) => (i === 0 && drive ? part : encodeURIComponent(part)))
        .join('/');
    const uri = `file://${drive ? '/' : ''}${body}`;
    return folder && !uri.endsWith('/') ? `${uri}/` : uri;
}
/**
 * A fingerprint that survives edits elsewhere in the file (no line numbers): the rule, the file,
 * what the finding is about and its message; the n-th identical finding gets its own.
 */
class Fingerprints {
    seen = new Map();
    of(f, uri) {
        const key = [f.rule, uri, f.cluster ?? '', f.package ?? '', f.message].join('\u0000');
        const n = (this.seen.get(key) ?? 0) + 1;
        this.seen.set(key, n);
        return `${fnv1a(key, 0x811c9dc5)}${fnv1a(key, 0x050c5d1f)}:${n}`;
    }
}
/**
 * FNV-1a over the UTF-16 code units, as 8 hex digits; two seeds give 64 bits. A fingerprint needs
 * no cryptographic hash, and node:crypto would cost every start of the CLI a few milliseconds.
 */
function fnv1a(text, seed) {
    let hash = seed;
    for (let i = 0; i < text.length; i++) {
        hash ^= text.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193);
    }
    return (hash >>> 0).toString(16).padStart(8, '0');
}


/***/ })

};

//# sourceMappingURL=936.cli.js.map