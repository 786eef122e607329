// Builds the catalog from the built-in data (catalog/acp.yaml as the bundle embeds it) and the
// user's catalog.yaml, whose entries add to or replace built-in ones by key. Problems in the
// user's file are findings, and so is every built-in entry it replaces (catalog/override): the
// rules a pull request is judged by must not change silently. Entries are compared by meaning
// (describe.ts), so a rewording is no change and a changed pattern is one.
import { type Finding, finding } from '../findings.js';
import type { Loc } from '../inventory/model.js';
import { validate } from '../inventory/validate.js';
import { type Version, minorOf, parseVersion } from '../versions.js';
import { type ParsedYaml, nodeAt, scalarText, scalarVersion } from '../yaml.js';
import {
  type Book,
  Catalog,
  type Edge,
  type EdgePrerequisite,
  type KubernetesPrerequisite,
  type PackageRule,
  type Release,
  edgeKey,
} from './catalog.js';
import { describeBook, describeEdge, describeRelease, describeRule, factsOf } from './describe.js';
import { type EntryContext, buildBook, buildRule, patterns, toMinor } from './entries.js';
import { type CatalogFileInput, catalogFileSchema } from './schema.js';

/** What catalog.yaml did to the built-in catalog: entries it added, and entries it replaced. */
export interface CatalogChanges {
  added: string[];
  overrides: CatalogOverride[];
}

export interface CatalogOverride {
  /** `release 4.3`, `edge 4.2 -> 4.3`, `package rule topolvm-prestage`, `book 4.3`, `platform`. */
  entry: string;
  /** The built-in entry's facts and the user's, in words. */
  builtin: string;
  user: string;
  at: Loc;
}

/** What a catalog.yaml entry that replaces a built-in one is (the action's `catalog-overrides`). */
export type OverridePolicy = 'warn' | 'error' | 'allow';

interface Draft {
  releases: Map<string, Release>;
  edges: Map<string, Edge>;
  rules: Map<string, PackageRule>;
  books: Map<string, Book>;
  minio?: { minFreeGB: number; source: string };
}

const emptyDraft = (): Draft => ({
  releases: new Map(),
  edges: new Map(),
  rules: new Map(),
  books: new Map(),
});

/** How the entries of one file are read: its versions, its problems, where each entry is. */
interface Reading {
  minor: (path: PropertyKey[]) => Version | undefined;
  problem: (path: PropertyKey[], message: string) => void;
  seen: (entry: string, path: PropertyKey[]) => void;
  builtin: boolean;
}

export function buildCatalog(
  builtin: CatalogFileInput,
  user: ParsedYaml | undefined,
  policy: OverridePolicy = 'warn',
): { catalog: Catalog; findings: Finding[]; changes: CatalogChanges } {
  const draft = emptyDraft();
  mergeCatalog(draft, builtin, {
    minor: (path) => {
      const version = parseVersion(String(valueAt(builtin, path)));
      if (!version) throw new Error(`the built-in catalog has no version at ${path.join('.')}`);
      return version;
    },
    problem: (path, message) => {
      throw new Error(`the built-in catalog at ${path.join('.')}: ${message}`);
    },
    seen: () => {},
    builtin: true,
  });
  const builtinKeys = new Set(draftKeys(draft));
  const unknown = unknownReleases(draft, draft);
  if (unknown.length > 0) throw new Error(`the built-in catalog: ${unknown[0]!.message}`);
  const changes: CatalogChanges = { added: [], overrides: [] };
  const findings = user ? mergeUserCatalog(draft, user, changes) : [];
  const overridden = new Set(changes.overrides.map((o) => o.entry));
  for (const key of draftKeys(draft)) {
    if (!builtinKeys.has(key) && !overridden.has(key)) changes.added.push(key);
  }
  if (policy !== 'allow') {
    for (const override of changes.overrides) findings.push(overrideFinding(override, policy));
  }
  if (!draft.minio) throw new Error('the built-in catalog lacks platform.minioMinFreeGB');
  const catalog = new Catalog(
    builtin.version ?? 1,
    draft.releases,
    draft.edges,
    [...draft.rules.values()],
    draft.books,
    draft.minio,
  );
  return { catalog, findings, changes };
}

function draftKeys(draft: Draft): string[] {
  return [
    ...[...draft.releases.keys()].map((k) => `release ${k}`),
    ...[...draft.edges.values()].map((e) => edgeEntry(e)),
    ...[...draft.rules.keys()].map((k) => `package rule ${k}`),
    ...[...draft.books.keys()].map((k) => `book ${k}`),
  ];
}

function edgeEntry(edge: { from: Version; to: Version }): string {
  return `edge ${minorOf(edge.from)} -> ${minorOf(edge.to)}`;
}

/** Edges, rules and books of `entries` that name a release `known` lacks. */
function unknownReleases(
  entries: Draft,
  known: Draft,
): { entry: string; key: string; kind: 'edges' | 'rules' | 'books'; message: string }[] {
  const missing = (versions: Version[]) =>
    versions.map(minorOf).find((minor) => !known.releases.has(minor));
  const out: ReturnType<typeof unknownReleases> = [];
  for (const [key, edge] of entries.edges) {
    const minor = missing([edge.from, edge.to]);
    if (minor) {
      out.push({
        entry: edgeEntry(edge),
        key,
        kind: 'edges',
        message: `the ${edgeEntry(edge)} names the unknown release ${minor}; add the release under "releases:" (with its Kubernetes support matrix) or fix the version`,
      });
    }
  }
  for (const [id, rule] of entries.rules) {
    const minor = missing(ruleReleases(rule));
    if (minor) {
      out.push({
        entry: `package rule ${id}`,
        key: id,
        kind: 'rules',
        message: `package rule ${id} names the unknown release ${minor}; add the release under "releases:" or fix the version`,
      });
    }
  }
  for (const [key, book] of entries.books) {
    const minor = missing([book.release]);
    if (minor) {
      out.push({
        entry: `book ${key}`,
        key,
        kind: 'books',
        message: `the book of ${minor} names a release the catalog lacks; add the release under "releases:" or fix the version`,
      });
    }
  }
  return out;
}

/** The releases a rule names: each must be in the catalog. */
function ruleReleases(rule: PackageRule): Version[] {
  switch (rule.rule) {
    case 'packages/topolvm-prestage':
      return rule.edges.flatMap((e) => [e.from, e.to]);
    case 'packages/topolvm-backup':
      return [...rule.edges.flatMap((e) => [e.from, e.to]), ...rule.crsWithPlatformCatalogFrom];
    case 'packages/log-essentials':
      return [rule.globalAtLeast];
    case 'packages/mysql-pxc':
      return [rule.globalInto];
    case 'platform/release-note':
      return rule.moves ? [rule.moves.from, rule.moves.to] : [rule.globalInto!];
    case 'platform/post-upgrade':
      return [rule.release, ...(rule.sourceBelow ? [rule.sourceBelow] : [])];
    case 'packages/missing':
      return [rule.release, ...rule.neverPushFrom];
    case 'platform/node-readiness':
      return rule.ackKeys.map((a) => a.release);
  }
}

function overrideFinding(override: CatalogOverride, policy: 'warn' | 'error'): Finding {
  return finding(
    'catalog/override',
    `catalog.yaml changes what the built-in catalog says of the ${override.entry}: ${override.builtin} there, ${override.user} here; the plan is now judged by this entry instead of the ACP documentation: remove it from catalog.yaml unless the documentation changed, and have the change reviewed`,
    override.at.file,
    override.at.offset,
    { severity: policy === 'error' ? 'error' : 'warning' },
  );
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const part of path) current = (current as Record<PropertyKey, unknown>)?.[part];
  return current;
}

/** The user's catalog.yaml: validated, versions read from their source text, problems reported. */
function mergeUserCatalog(draft: Draft, parsed: ParsedYaml, changes: CatalogChanges): Finding[] {
  if (!parsed.root) return [];
  const { value, findings } = validate(catalogFileSchema(), parsed, parsed.root);
  if (!value) return findings;
  const root = parsed.root;
  const locate = (path: PropertyKey[]): Loc => ({
    file: parsed.file,
    offset: nodeAt(root, path).node.start,
  });
  // The user's entries go into a draft of their own first: an edge may name a release the same
  // file adds, and is judged against the merged releases.
  const mine = emptyDraft();
  const places = new Map<string, Loc>();
  const report = (path: PropertyKey[], message: string) => {
    const at = locate(path);
    findings.push(finding('input/schema', message, at.file, at.offset));
  };
  mergeCatalog(mine, value, {
    minor: (path) => {
      const { node } = nodeAt(root, path);
      const version = scalarVersion(node) ?? undefined;
      if (!version) report(path, `"${scalarText(node)}" is not a version (e.g. "4.3" or "4.2.1")`);
      return version;
    },
    problem: report,
    seen: (entry, path) => places.set(entry, locate(path)),
    builtin: false,
  });
  const known = { ...draft, releases: new Map([...draft.releases, ...mine.releases]) };
  for (const problem of unknownReleases(mine, known)) {
    const at = places.get(problem.entry)!;
    findings.push(finding('input/schema', problem.message, at.file, at.offset));
    mine[problem.kind].delete(problem.key);
  }

  const replace = <T extends Parameters<typeof factsOf>[0]>(
    map: Map<string, T>,
    key: string,
    entry: string,
    value: T,
    say: (v: T) => string,
  ) => {
    const before = map.get(key);
    if (before !== undefined && factsOf(before) !== factsOf(value)) {
      const [builtin, user] = [say(before), say(value)];
      changes.overrides.push({
        entry,
        // Different facts in the same words (a pattern the words do not show): show the facts.
        ...(builtin === user
          ? { builtin: factsOf(before), user: factsOf(value) }
          : { builtin, user }),
        at: places.get(entry)!,
      });
    }
    map.set(key, value);
  };
  // Between two releases the built-in catalog knows, a path it lacks is one the documentation
  // does not support ("any other pair is unsupported"): adding it changes a fact too.
  const documented = new Set(draft.releases.keys());
  for (const [key, edge] of mine.edges) {
    if (draft.edges.has(key) || !documented.has(minorOf(edge.from))) continue;
    if (!documented.has(minorOf(edge.to))) continue;
    const entry = edgeEntry(edge);
    changes.overrides.push({
      entry,
      builtin: 'not a supported upgrade path',
      user: describeEdge(edge),
      at: places.get(entry)!,
    });
  }
  for (const [key, release] of mine.releases)
    replace(draft.releases, key, `release ${key}`, release, describeRelease);
  for (const [key, edge] of mine.edges)
    replace(draft.edges, key, edgeEntry(edge), edge, describeEdge);
  for (const [key, rule] of mine.rules)
    replace(draft.rules, key, `package rule ${key}`, rule, describeRule);
  for (const [key, book] of mine.books)
    replace(draft.books, key, `book ${key}`, book, describeBook);
  if (mine.minio) {
    const say = (m: { minFreeGB: number }) => `${m.minFreeGB} GB free in /cpaas/minio`;
    if (draft.minio && say(draft.minio) !== say(mine.minio)) {
      changes.overrides.push({
        entry: 'platform',
        builtin: say(draft.minio),
        user: say(mine.minio),
        at: places.get('platform')!,
      });
    }
    draft.minio = mine.minio;
  }
  changes.overrides.sort((a, b) => a.at.offset - b.at.offset);
  return findings;
}

/**
 * Adds or replaces entries by key: releases by version, edges by from+to, rules by id, books by
 * release. `reading.seen` learns where each entry of the file is.
 */
function mergeCatalog(draft: Draft, value: CatalogFileInput, reading: Reading): void {
  const { minor, seen } = reading;
  const minors = (path: PropertyKey[], count: number) =>
    Array.from({ length: count }, (_, i) => minor([...path, i])).filter((v) => v !== undefined);

  value.releases?.forEach((release, i) => {
    const version = minor(['releases', i, 'version']);
    if (!version) return;
    const entry: Release = { version: toMinor(version), source: release.source };
    if (release.kubernetes) {
      entry.creation = minors(
        ['releases', i, 'kubernetes', 'creation'],
        release.kubernetes.creation.length,
      );
      entry.compatible = minors(
        ['releases', i, 'kubernetes', 'compatible'],
        release.kubernetes.compatible.length,
      );
    }
    if (release.latestPatch !== undefined) {
      const latest = minor(['releases', i, 'latestPatch']);
      if (latest && latest.patch === undefined) {
        reading.problem(['releases', i, 'latestPatch'], 'latestPatch is MAJOR.MINOR.PATCH');
      } else if (latest) entry.latestPatch = latest;
    }
    draft.releases.set(minorOf(version), entry);
    seen(`release ${minorOf(version)}`, ['releases', i]);
  });

  value.edges?.forEach((edge, i) => {
    const from = minor(['edges', i, 'from']);
    const to = minor(['edges', i, 'to']);
    if (!from || !to) return;
    const kubernetes: KubernetesPrerequisite =
      edge.kubernetes === 'within-compatible'
        ? { kind: 'within-compatible' }
        : { kind: 'at-least', minimum: minor(['edges', i, 'kubernetes', 'atLeast']) ?? from };
    const entry: Edge = { from: toMinor(from), to: toMinor(to), kubernetes, source: edge.source };
    if (edge.fromPatches)
      entry.fromPatches = minors(['edges', i, 'fromPatches'], edge.fromPatches.length);
    if (edge.prerequisites) {
      entry.prerequisites = edge.prerequisites.map((p) => {
        const out: EdgePrerequisite = { verify: p.verify };
        if (p.notInstalled) out.notInstalled = patterns(p.notInstalled);
        if (p.fix) out.fix = p.fix;
        return out;
      });
    }
    draft.edges.set(edgeKey(from, to), entry);
    seen(edgeEntry(entry), ['edges', i]);
  });

  const within = (base: PropertyKey[]): EntryContext => ({
    minor: (path) => minor([...base, ...path]),
    problem: (path, message) => reading.problem([...base, ...path], message),
    builtin: reading.builtin,
  });
  value.packageRules?.forEach((rule, i) => {
    const built = buildRule(rule, within(['packageRules', i]));
    if (!built) return;
    draft.rules.set(rule.id, built);
    seen(`package rule ${rule.id}`, ['packageRules', i]);
  });

  value.books?.forEach((book, i) => {
    const built = buildBook(book, within(['books', i]));
    if (!built) return;
    const key = minorOf(built.release);
    draft.books.set(key, built);
    seen(`book ${key}`, ['books', i]);
  });

  if (value.platform) {
    draft.minio = { minFreeGB: value.platform.minioMinFreeGB, source: value.platform.source };
    seen('platform', ['platform']);
  }
}
