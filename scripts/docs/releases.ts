// What the documentation says about the built-in releases, rendered from catalog/acp.yaml so that
// adding a release there updates every list: the README's table of releases, and the lists and
// tables of the rule reference that the rules' own docs ask for with a {{catalog:...}} slot.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { Book, BookEntry, Catalog, Edge, Release } from '../../src/engine/catalog/catalog.js';
import { buildCatalog } from '../../src/engine/catalog/merge.js';
import type { CatalogFileInput } from '../../src/engine/catalog/schema.js';
import { type Version, compareMinor, minorOf } from '../../src/engine/versions.js';

/** The built-in catalog as catalog/acp.yaml under `root` says it (not the bundle's copy). */
export function builtinCatalog(root: string): Catalog {
  const text = readFileSync(join(root, 'catalog/acp.yaml'), 'utf8');
  return buildCatalog(load(text) as CatalogFileInput, undefined).catalog;
}

/** The slots a rule's documentation may use, each filled from the catalog. */
export const CATALOG_SLOTS: Record<string, (catalog: Catalog) => string> = {
  /** `3.16, 3.18, 4.0, ... and 4.5` */
  'catalog:releases': (catalog) => words(releases(catalog).map((r) => minorOf(r.version))),
  /** `3.16.0/3.16.1/3.16.2 or 3.18 to 4.0, ..., and 4.2, 4.3 or 4.4 to 4.5` */
  'catalog:paths': supportedPaths,
  /** The Kubernetes prerequisite of each upgrade path, as a table. */
  'catalog:kubernetes-prerequisites': kubernetesPrerequisites,
  /** Each release's Compatible Versions, as a table, newest release first. */
  'catalog:compatible-versions': compatibleVersions,
};

/**
 * The README's table of the built-in releases, newest first: the Kubernetes matrix row, the newest
 * documented patch, the upgrade paths into the release with their Kubernetes prerequisite, and
 * its book (what the runbook runs for a hop into it) with the book's source.
 */
export function releasesTable(catalog: Catalog): string {
  const rows = releases(catalog)
    .reverse()
    .map((release) => {
      const book = catalog.book(release.version);
      return [
        `**${minorOf(release.version)}**`,
        matrixCell(release),
        release.latestPatch ? release.latestPatch.text : 'none documented',
        pathsCell(catalog, release),
        book
          ? `${bookWords(book)}. Source: ${book.source}`
          : 'none: only a source of upgrade paths',
      ].map(cell);
    });
  return table(
    ['Release', 'Kubernetes', 'Newest documented patch', 'Upgrade paths into it', 'Book'],
    rows,
  );
}

function releases(catalog: Catalog): Release[] {
  return [...catalog.releases.values()].sort((a, b) => compareMinor(a.version, b.version));
}

function edgesInto(catalog: Catalog, release: Release): Edge[] {
  return [...catalog.edges.values()]
    .filter((edge) => compareMinor(edge.to, release.version) === 0)
    .sort((a, b) => compareMinor(a.from, b.from));
}

function matrixCell(release: Release): string {
  if (!release.creation || !release.compatible) return 'not published';
  return `creation ${span(release.creation)}; Compatible Versions ${span(release.compatible)}`;
}

function pathsCell(catalog: Catalog, release: Release): string {
  const edges = edgesInto(catalog, release);
  if (edges.length === 0) return 'none';
  const groups = new Map<string, string[]>();
  for (const edge of edges) {
    const key = prerequisiteWords(edge);
    groups.set(key, [...(groups.get(key) ?? []), sourceWords(edge, '/')]);
  }
  return [...groups].map(([words, from]) => `from ${list(from)}: ${words}`).join('; ');
}

/** An edge's Kubernetes prerequisite, as the kubernetes-prerequisite rule checks it. */
function prerequisiteWords(edge: Edge): string {
  return edge.kubernetes.kind === 'at-least'
    ? `every cluster on Kubernetes ${minorOf(edge.kubernetes.minimum)} or later`
    : "every cluster inside the target's Compatible Versions";
}

/** `3.16.0/3.16.1/3.16.2` for an edge that starts from listed patches, else `3.18`. */
function sourceWords(edge: Edge, separator: string): string {
  return edge.fromPatches
    ? edge.fromPatches.map((v) => v.text).join(separator)
    : minorOf(edge.from);
}

function supportedPaths(catalog: Catalog): string {
  const byTarget = releases(catalog)
    .map((release) => edgesInto(catalog, release))
    .filter((edges) => edges.length > 0)
    .map((edges) => `${or(edges.map((e) => sourceWords(e, '/')))} to ${minorOf(edges[0]!.to)}`);
  return words(byTarget, ', and ');
}

function kubernetesPrerequisites(catalog: Catalog): string {
  const edges = [...catalog.edges.values()].sort(
    (a, b) => compareMinor(a.from, b.from) || compareMinor(a.to, b.to),
  );
  const atLeast = new Map<string, Edge[]>();
  const within: Edge[] = [];
  for (const edge of edges) {
    if (edge.kubernetes.kind === 'within-compatible') {
      within.push(edge);
      continue;
    }
    const key = `${minorOf(edge.from)} ${minorOf(edge.kubernetes.minimum)}`;
    atLeast.set(key, [...(atLeast.get(key) ?? []), edge]);
  }
  const rows = [...atLeast.values()].map((group) => [
    `${minorOf(group[0]!.from)} to ${group.map((e) => minorOf(e.to)).join(', ')}`,
    prerequisiteWords(group[0]!),
  ]);
  const targets = [
    ...new Set(within.sort((a, b) => compareMinor(a.to, b.to)).map((e) => minorOf(e.to))),
  ];
  if (targets.length > 0) {
    rows.push([
      `into ${targets.join(', ')}`,
      "the moving cluster inside the target's Compatible Versions",
    ]);
  }
  return alignedTable(['path', 'prerequisite'], rows);
}

function compatibleVersions(catalog: Catalog): string {
  const rows = releases(catalog)
    .reverse()
    .filter((release) => release.compatible)
    .map((release) => [
      minorOf(release.version),
      [...release.compatible!]
        .sort((a, b) => compareMinor(b, a))
        .map(minorOf)
        .join(', '),
    ]);
  return alignedTable(
    ['ACP', 'Compatible Versions (workloads, before the global moves there)'],
    rows,
  );
}

/**
 * A book in a few words: the commands (or the steps by hand) it marks as the sync of the Core
 * artifacts, the preflight, the start and the upgrade request, for the built-in registry.
 */
function bookWords(book: Book): string {
  const entries = [...book.prepare.tier, ...book.window.tier].filter(
    (e) => e.registry !== 'external' && e.role !== 'standby',
  );
  const steps = (['sync', 'preflight', 'start', 'request'] as const).flatMap((as) => {
    const entry = entries.find((e) => e.as === as);
    return entry ? [`${as} ${entryWords(entry)}`] : [];
  });
  return steps.length > 0 ? steps.join(' → ') : 'steps by hand only';
}

function entryWords(entry: BookEntry): string {
  // In a command, `<version>`; in words, "the cluster" (a bare <cluster> would read as HTML).
  const inCode = (text: string) => `\`${text.replace(/\{(\w+)\}/g, '<$1>')}\``;
  if (entry.run) return inCode(entry.run.join(' '));
  if (entry.shell !== undefined) return inCode(entry.shell);
  // A step by hand: its note up to the first colon ("upgrade {cluster} to {version} in its Web
  // Console: Administrator > ...").
  const words = entry.note.split(':')[0]!.trim();
  return `by hand (${words.replace(/\{(\w+)\}/g, (_, name: string) => PLACEHOLDER_WORDS[name] ?? name)})`;
}

const PLACEHOLDER_WORDS: Record<string, string> = {
  cluster: 'the cluster',
  version: 'the target version',
  where: 'where it runs',
  standby: 'the DR standby',
  primary: 'the primary global',
};

// --- words and tables ------------------------------------------------------------------------------

/** `1.32-1.35` for consecutive minors, else the list. */
function span(versions: readonly Version[]): string {
  const sorted = [...versions].sort(compareMinor);
  const consecutive = sorted.every(
    (v, i) => i === 0 || (v.major === sorted[i - 1]!.major && v.minor === sorted[i - 1]!.minor + 1),
  );
  if (sorted.length === 1) return minorOf(sorted[0]!);
  return consecutive
    ? `${minorOf(sorted[0]!)}-${minorOf(sorted[sorted.length - 1]!)}`
    : sorted.map(minorOf).join(', ');
}

/** `a, b and c` */
function words(items: string[], last = ' and '): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')}${last}${items[items.length - 1]}`;
}

/** `a, b or c` */
function or(items: string[]): string {
  return words(items, ' or ');
}

/** `a, b, c` */
function list(items: string[]): string {
  return items.join(', ');
}

/** A table cell: one line, and a `|` would end the cell. */
function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A table with its columns padded, as prettier writes them in a hand-edited Markdown file. */
function alignedTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, 3, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
