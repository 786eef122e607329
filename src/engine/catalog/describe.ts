// What a catalog entry says, twice: its facts in a canonical form, compared to tell whether
// catalog.yaml changed a built-in entry (by meaning: patterns and names as the matcher reads them,
// lists as sets where order means nothing, sources aside), and in words for the comment.
import { type Version, minorOf } from '../versions.js';
import {
  type Book,
  type BookEntry,
  type Edge,
  type PackageRule,
  type Patterns,
  type Release,
  normalizeForMatch,
} from './catalog.js';

/** The entry's facts as one canonical string: equal strings, equal facts. */
export function factsOf(
  entry: Release | Edge | PackageRule | Book | { minFreeGB: number },
): string {
  return JSON.stringify(canonical(entry, ''));
}

/** Keys whose lists are sets (their order means nothing to the check). */
const SET_KEYS = new Set([
  'nameContains',
  'displayNameContains',
  'displayNames',
  'creation',
  'compatible',
  'fromPatches',
  'prerequisites',
  'edges',
  'neverPushFrom',
  'ackKeys',
  'from',
  'crsWithPlatformCatalogFrom',
]);
/** Keys of text the matcher normalises (case, spaces, "-" and "_"). */
const PATTERN_KEYS = new Set(['nameContains', 'displayNameContains', 'displayNames']);

function canonical(value: unknown, key: string): unknown {
  if (isVersion(value)) return value.text;
  if (Array.isArray(value)) {
    const items = value.map((item) =>
      PATTERN_KEYS.has(key) && typeof item === 'string'
        ? normalizeForMatch(item)
        : canonical(item, ''),
    );
    if (!SET_KEYS.has(key)) return items;
    return [...new Set(items.map((i) => JSON.stringify(i)))].sort();
  }
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim();
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      if (k === 'source' || k === 'id') continue;
      const v = (value as Record<string, unknown>)[k];
      if (v === undefined) continue;
      out[k] = canonical(v, k);
    }
    return out;
  }
  return value;
}

function isVersion(value: unknown): value is Version {
  return (
    typeof value === 'object' &&
    value !== null &&
    'major' in value &&
    'minor' in value &&
    'text' in value
  );
}

// --- in words -------------------------------------------------------------------------------------

export function describeRelease(release: Release): string {
  const latest = release.latestPatch ? `; newest patch ${release.latestPatch.text}` : '';
  if (!release.creation || !release.compatible) return `no Kubernetes matrix${latest}`;
  const list = (versions: Version[]) => versions.map(minorOf).join(', ');
  return `Kubernetes for creation ${list(release.creation)}, Compatible Versions ${list(release.compatible)}${latest}`;
}

export function describeEdge(edge: Edge): string {
  const kubernetes =
    edge.kubernetes.kind === 'at-least'
      ? `every cluster on Kubernetes ${minorOf(edge.kubernetes.minimum)} or later`
      : "every cluster inside the target's Compatible Versions";
  const patches = edge.fromPatches ? ` from ${edge.fromPatches.map((v) => v.text).join(', ')}` : '';
  const others = edge.prerequisites?.length
    ? `; ${edge.prerequisites
        .map(
          (p) =>
            `${p.verify}${p.notInstalled ? ` (not installed: ${patterns(p.notInstalled)})` : ''}${p.fix ? ` (fix: ${p.fix})` : ''}`,
        )
        .join('; ')}`
    : '';
  return `${kubernetes}${patches}${others}`;
}

function patterns(p: Patterns): string {
  const list = (items: string[]) => items.map((i) => `"${i}"`).join(' / ') || '-';
  return `names ${list(p.nameContains)}, display names ${list(p.displayNameContains)}`;
}

export function describeRule(rule: PackageRule): string {
  const edges = (list: { from: Version; to: Version }[]) =>
    list.map((e) => `${minorOf(e.from)} -> ${minorOf(e.to)}`).join(', ');
  switch (rule.rule) {
    case 'packages/topolvm-prestage':
      return `${rule.rule} on ${edges(rule.edges)} for ${patterns(rule.application)}`;
    case 'packages/topolvm-backup':
      return `${rule.rule} on ${edges(rule.edges)} for ${patterns(rule.application)}: before, ${commands(rule.before)}; after, ${commands(rule.after)}; CRs with the platform catalog from ${rule.crsWithPlatformCatalogFrom.map(minorOf).join(', ') || '-'}`;
    case 'packages/log-essentials':
      return `${rule.rule} from ${minorOf(rule.globalAtLeast)} when ${patterns(rule.whenInstalled)} is installed, package ${patterns(rule.package)}`;
    case 'packages/mysql-pxc':
      return `${rule.rule} into ${minorOf(rule.globalInto)} or later for ${patterns(rule.application)}`;
    case 'platform/release-note':
      return `${rule.rule} ${rule.moves ? `on ${rule.moves.from.text} -> ${rule.moves.to.text}` : `into ${minorOf(rule.globalInto!)} or later`}${rule.whenInstalled ? ` when ${patterns(rule.whenInstalled)} is installed` : ''}: ${rule.warning}`;
    case 'platform/post-upgrade':
      return `${rule.rule} into ${minorOf(rule.release)}${rule.sourceBelow ? ` from below ${minorOf(rule.sourceBelow)}` : ''}, after ${rule.after}${rule.whenInstalled ? ` when ${patterns(rule.whenInstalled)} is installed` : ''}: ${rule.task}`;
    case 'packages/missing':
      return `scenario "${rule.scenario}" into ${minorOf(rule.release)} (violet ${rule.violetAtLeast} or later): ${rule.displayNames.map((n) => `"${n}"`).join(', ')}; no violet push from ${rule.neverPushFrom.map(minorOf).join(', ') || '-'}; missing Agnostic packages ${rule.agnosticOptional ? 'do not block' : 'block'} the upgrade`;
    case 'platform/node-readiness':
      return `${rule.rule} for Kubernetes ${minorOf(rule.kubernetesAtLeast)} or later: kernel ${minorOf(rule.kernelAtLeast)} or later, cgroup ${rule.cgroup}, ack keys ${rule.ackKeys.map((a) => `${minorOf(a.release)}: ${a.key}`).join(', ')}`;
  }
}

function commands(list: { run?: string[]; shell?: string; on: string }[]): string {
  return (
    list.map((c) => `on the ${c.on}: ${c.run ? c.run.join(' ') : c.shell}`).join('; ') || 'nothing'
  );
}

/** A book in words: every command and step of each slot. */
export function describeBook(book: Book): string {
  const slot = (name: string, entries: BookEntry[]) =>
    entries.length === 0
      ? []
      : [
          `${name}: ${entries
            .map((e) =>
              e.run
                ? e.run.join(' ')
                : e.shell !== undefined
                  ? e.shell
                  : e.push
                    ? `violet push ${e.push.flags.join(' ')}${e.push.clusters ? ' --clusters <this cluster>' : ''}`.trim()
                    : `(${e.note})`,
            )
            .join(' | ')}`,
        ];
  const pushes = book.prepare.pushes;
  return [
    ...slot('prepare (global tier)', book.prepare.tier),
    `pushes: violet push ${[...pushes.flags, ...(pushes.catalogSource ? ['--target-catalog-source platform'] : [])].join(' ')} (operators to ${pushes.operators === 'all-moving' ? 'the global and every moving workload that runs them' : 'the global'})`,
    ...slot('prepare (workloads)', book.prepare.workload),
    ...slot('window (global tier)', book.window.tier),
    ...slot('window (workloads)', book.window.workload),
    ...slot('after (global tier)', book.after.tier),
    ...slot('after (workloads)', book.after.workload),
    ...slot('DR before', book.dr.before),
    ...slot('DR after', book.dr.after),
  ].join('; ');
}
