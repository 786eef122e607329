// Parses one YAML file into a small tree that remembers where every node came from, so that
// each finding can name a file, line and column, and so that a version written `1.30` stays
// "1.30" (the scalar's source text) even though YAML would read the number 1.3.
import { EVENT_ID, SCALAR_STYLE, getScalarValue, parseEvents } from 'js-yaml';
import type { Event, ScalarEvent } from 'js-yaml';
import { type Finding, finding } from './findings.js';
import { SourceFile } from './source.js';
import { type Version, parseVersion } from './versions.js';

/** Source text larger than this is refused before parsing (a file of thousands of clusters is ~10 MB). */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;
/**
 * Most values a file may hold, each counted once however many aliases repeat it (stops "billion
 * laughs" documents). The apps.yaml of 4,000 clusters with 120,000 installations holds 0.6 million.
 */
export const MAX_EXPANDED_NODES = 2_000_000;
/**
 * Most places a file may start a value before it is parsed at all (`- `, `: `, `,`, brackets,
 * line breaks): the parser keeps an event per value, so a dense file (`[a,a,a,...]`) would take
 * gigabytes of memory well under the size limit.
 */
export const MAX_VALUE_MARKS = 2_000_000;
/** Deepest nesting accepted, aliases included; inventory files need five levels. */
export const MAX_DEPTH = 64;

export interface YScalar {
  kind: 'scalar';
  start: number;
  /** The value under YAML's core schema: string, number, boolean or null. */
  value: string | number | boolean | null;
  /** The scalar's text as written (without quotes); what versions are read from. */
  source: string;
  plain: boolean;
  size: number;
}
export interface YSeq {
  kind: 'seq';
  start: number;
  items: YNode[];
  size: number;
}
export interface YEntry {
  key: string;
  keyStart: number;
  value: YNode;
}
export interface YMap {
  kind: 'map';
  start: number;
  entries: YEntry[];
  size: number;
}
export type YNode = YScalar | YSeq | YMap;

export interface ParsedYaml {
  file: SourceFile;
  /** null when the file holds no document (empty, or only comments). */
  root: YNode | null;
}

/** Parses a file; problems come back as findings, never as exceptions. */
export function parseYaml(
  path: string,
  text: string,
): { parsed: ParsedYaml | null; findings: Finding[] } {
  const file = new SourceFile(path, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const syntax = (offset: number, message: string) => ({
    parsed: null,
    findings: [finding('input/yaml-syntax', message, file, offset)],
  });
  if (text.length > MAX_FILE_BYTES) {
    return syntax(
      0,
      tooLargeMessage(path, text.length, 'split it or remove what the check does not need'),
    );
  }
  // Every mark is a character: a text shorter than the limit cannot hold too many (no scan).
  const marks = file.text.length > MAX_VALUE_MARKS ? countValueMarks(file.text) : 0;
  if (marks > MAX_VALUE_MARKS) {
    return syntax(
      0,
      `${path} holds about ${marks.toLocaleString('en-US')} values, over the ${MAX_VALUE_MARKS.toLocaleString('en-US')} limit for an inventory file; split it or remove what the check does not need`,
    );
  }
  let events: Event[];
  try {
    events = parseEvents(file.text, { filename: path, maxDepth: MAX_DEPTH });
  } catch (error) {
    return syntax(errorOffset(error, file), `${path} is not valid YAML: ${errorReason(error)}`);
  }
  const builder = new TreeBuilder(file, events);
  try {
    return { parsed: { file, root: builder.build() }, findings: builder.findings };
  } catch (error) {
    if (error instanceof TreeError) return syntax(error.offset, error.message);
    throw error;
  }
}

/**
 * An upper bound, up to a small factor, of the values a YAML text can hold: every value but the
 * first needs one of these before it (a line break, `,`, `[`, `{`, `*`, or `-`, `:`, `?` followed
 * by a space). For inventory files the count is close to the number of values.
 */
export function countValueMarks(text: string): number {
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
        if (
          Number.isNaN(next) ||
          next === 0x20 ||
          next === 0x09 ||
          next === 0x0a ||
          next === 0x0d ||
          next === 0x2c ||
          next === 0x5d ||
          next === 0x7d
        )
          marks++;
        break;
      }
    }
  }
  return marks;
}

/** "acp/apps.yaml is 50.0 MiB, over the 32 MiB limit for an inventory file; ..." */
export function tooLargeMessage(path: string, bytes: number, advice: string): string {
  const mib = (n: number) => n / (1024 * 1024);
  return `${path} is ${mib(bytes).toFixed(1)} MiB, over the ${mib(MAX_FILE_BYTES)} MiB limit for an inventory file; ${advice}`;
}

function errorReason(error: unknown): string {
  if (error && typeof error === 'object' && 'reason' in error && typeof error.reason === 'string') {
    return error.reason;
  }
  return error instanceof Error ? error.message : String(error);
}

function errorOffset(error: unknown, file: SourceFile): number {
  if (error && typeof error === 'object' && 'mark' in error) {
    const mark = error.mark as { position?: number } | undefined;
    if (mark && typeof mark.position === 'number') return mark.position;
  }
  return file.text.length;
}

class TreeError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

interface Frame {
  node: YSeq | YMap;
  anchor: string | undefined;
  /** A mapping's key waiting for its value, and where it was written. */
  pendingKey: string | undefined;
  pendingKeyStart: number;
  /** A mapping's entries by key, built once it is large enough that scanning costs more. */
  keys: Map<string, YEntry> | undefined;
  /** Keys a merge (`<<`) brought in: a key written out in the mapping replaces them. */
  merged: Set<string> | undefined;
  /** Levels of collections inside this one so far (aliases included): 0 for scalars only. */
  height: number;
}

class TreeBuilder {
  private readonly anchors = new Map<string, YNode>();
  /** The height of each anchored collection, for nesting built out of aliases. */
  private readonly heights = new Map<YNode, number>();
  private readonly stack: Frame[] = [];
  private root: YNode | null = null;
  private documents = 0;
  private lastOffset = 0;
  private expanded = 0;
  /** Problems that do not stop the parse (a repeated key keeps its first value). */
  readonly findings: Finding[] = [];

  constructor(
    private readonly file: SourceFile,
    private readonly events: Event[],
  ) {}

  build(): YNode | null {
    for (const event of this.events) {
      switch (event.type) {
        case EVENT_ID.DOCUMENT:
          this.documents += 1;
          if (this.documents > 1) {
            throw new TreeError(
              this.documentMarker(),
              `${this.file.path} holds more than one YAML document (a second "---"); keep one document per file`,
            );
          }
          break;
        case EVENT_ID.MAPPING:
        case EVENT_ID.SEQUENCE: {
          this.lastOffset = event.start;
          const node: YSeq | YMap =
            event.type === EVENT_ID.MAPPING
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
        case EVENT_ID.SCALAR: {
          const frame = this.stack[this.stack.length - 1];
          if (
            frame?.node.kind === 'map' &&
            frame.pendingKey === undefined &&
            event.anchorStart < 0 &&
            event.tagStart < 0
          ) {
            this.key(frame, event);
            break;
          }
          const node = this.scalar(event);
          const anchor = this.anchorName(event.anchorStart, event.anchorEnd);
          if (anchor !== undefined) this.anchors.set(anchor, node);
          this.add(node, 1, 0);
          break;
        }
        case EVENT_ID.ALIAS: {
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
        case EVENT_ID.POP: {
          const frame = this.stack.pop();
          if (!frame) break; // end of document
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
  private documentMarker(): number {
    const marker = /^---(?=\s|$)/gm;
    marker.lastIndex = this.lastOffset;
    return marker.exec(this.file.text)?.index ?? this.lastOffset;
  }

  private anchorName(start: number, end: number): string | undefined {
    return start >= 0 ? this.file.text.slice(start, end) : undefined;
  }

  private rejectTag(start: number, end: number): void {
    if (start >= 0) {
      throw new TreeError(
        start,
        `the tag ${this.file.text.slice(start, end)} is not supported here; write plain values (quote a version to keep it text)`,
      );
    }
  }

  /** A plain mapping key (no anchor, no tag): only its text and place are kept. */
  private key(frame: Frame, event: ScalarEvent): void {
    this.count(1);
    frame.node.size += 1;
    frame.pendingKeyStart = this.scalarStart(event);
    frame.pendingKey = this.scalarSource(event);
  }

  private scalarStart(event: ScalarEvent): number {
    const quoted =
      event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
    const start =
      event.valueStart < 0 ? this.lastOffset : quoted ? event.valueStart - 1 : event.valueStart;
    this.lastOffset = start;
    return start;
  }

  private scalarSource(event: ScalarEvent): string {
    if (event.valueStart < 0) return '';
    return event.fast
      ? this.file.text.slice(event.valueStart, event.valueEnd)
      : getScalarValue(this.file.text, event);
  }

  private scalar(event: ScalarEvent): YScalar {
    const text = this.file.text;
    const start = this.scalarStart(event);
    const source = this.scalarSource(event);
    const plain = event.style === SCALAR_STYLE.PLAIN;
    let value: YScalar['value'] = plain ? resolvePlain(source) : source;
    if (event.tagStart >= 0) {
      const tag = text.slice(event.tagStart, event.tagEnd);
      if (tag === '!!str' || tag === '!') value = source;
      else this.rejectTag(event.tagStart, event.tagEnd);
    }
    return { kind: 'scalar', start, value, source, plain, size: 1 };
  }

  /**
   * Adds a finished node to the collection being read. `count` is how many values it adds to the
   * expanded document and `height` how many levels of collections it is, so that aliases cannot
   * grow the document or its nesting past the limits.
   */
  private count(values: number): void {
    this.expanded += values;
    if (this.expanded > MAX_EXPANDED_NODES) {
      throw new TreeError(
        this.lastOffset,
        `aliases expand ${this.file.path} to more than ${MAX_EXPANDED_NODES.toLocaleString('en-US')} values (an alias bomb?); write the values out or use fewer aliases`,
      );
    }
  }

  private add(node: YNode, count: number, height: number): void {
    this.count(count);
    const frame = this.stack[this.stack.length - 1];
    if (!frame) {
      this.root = node;
      return;
    }
    if (this.stack.length + height > MAX_DEPTH) {
      throw new TreeError(
        this.lastOffset,
        `aliases nest ${this.file.path} deeper than ${MAX_DEPTH} levels; write the values out or use fewer aliases`,
      );
    }
    if (height > frame.height) frame.height = height;
    const parent = frame.node;
    parent.size += node.size;
    if (parent.kind === 'seq') {
      parent.items.push(node);
      return;
    }
    if (frame.pendingKey === undefined) {
      if (node.kind !== 'scalar') {
        throw new TreeError(
          node.start,
          'a mapping key must be a plain value, not a list or mapping',
        );
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
      this.findings.push(
        finding(
          'input/schema',
          'the key "__proto__" is not allowed in an inventory file; remove it',
          this.file,
          keyStart,
        ),
      );
      return;
    }
    if (key === '<<' && this.merge(frame, node)) return;
    const entry: YEntry = { key, keyStart, value: node };
    const seen = this.entryOf(frame, key);
    if (seen && frame.merged?.delete(key)) {
      // A key written out overrides the one a merge brought in, wherever the merge stands.
      parent.entries[parent.entries.indexOf(seen)] = entry;
      frame.keys?.set(key, entry);
      return;
    }
    if (seen) {
      const first = this.file.position(seen.keyStart).line;
      this.findings.push(
        finding(
          'input/duplicate',
          `the key "${key}" appears twice in one mapping (first on line ${first}); the second is ignored, remove one`,
          this.file,
          keyStart,
        ),
      );
      return;
    }
    this.addEntry(frame, entry);
  }

  /** The entry for `key` in the mapping being read: a scan while it is small, then an index. */
  private entryOf(frame: Frame, key: string): YEntry | undefined {
    const entries = (frame.node as YMap).entries;
    if (!frame.keys) {
      if (entries.length < 16) {
        for (const entry of entries) if (entry.key === key) return entry;
        return undefined;
      }
      frame.keys = new Map(entries.map((e) => [e.key, e]));
    }
    return frame.keys.get(key);
  }

  private addEntry(frame: Frame, entry: YEntry): void {
    (frame.node as YMap).entries.push(entry);
    frame.keys?.set(entry.key, entry);
  }

  /** YAML merge keys (`<<: *defaults`): copy entries the mapping does not set itself. */
  private merge(frame: Frame, value: YNode): boolean {
    const sources = value.kind === 'map' ? [value] : value.kind === 'seq' ? value.items : [];
    if (sources.length === 0 || sources.some((s) => s.kind !== 'map')) return false;
    for (const source of sources as YMap[]) {
      for (const entry of source.entries) {
        if (this.entryOf(frame, entry.key)) continue;
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
export function resolvePlain(source: string): YScalar['value'] {
  // Most scalars (keys, names, "v4.2.5") start with a character no null, boolean or number does.
  if (!MAYBE_NOT_TEXT.has(source.charCodeAt(0)) && source !== '') return source;
  if (NULLS.has(source)) return null;
  if (TRUES.has(source)) return true;
  if (FALSES.has(source)) return false;
  if (INT.test(source)) return Number.parseInt(source, 10);
  if (/^0x[0-9a-fA-F]+$/.test(source)) return Number.parseInt(source.slice(2), 16);
  if (/^0o[0-7]+$/.test(source)) return Number.parseInt(source.slice(2), 8);
  if (FLOAT.test(source)) return Number.parseFloat(source);
  if (/^[-+]?\.(inf|Inf|INF)$/.test(source)) return source.startsWith('-') ? -Infinity : Infinity;
  if (/^\.(nan|NaN|NAN)$/.test(source)) return Number.NaN;
  return source;
}

/**
 * The plain JavaScript value of a node (aliases already shared, so this is bounded). With
 * `limit`, lists and mappings keep only their first `limit` entries: a sample to validate.
 */
export function toValue(node: YNode, limit = Infinity): unknown {
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'seq': {
      const count = Math.min(node.items.length, limit);
      const out = new Array<unknown>(count);
      for (let i = 0; i < count; i++) out[i] = toValue(node.items[i]!, limit);
      return out;
    }
    case 'map': {
      const out: Record<string, unknown> = {};
      const count = Math.min(node.entries.length, limit);
      for (let i = 0; i < count; i++) {
        const entry = node.entries[i]!;
        const value = toValue(entry.value, limit);
        // The parser refuses "__proto__" keys; should one get here, it stays an own property.
        if (entry.key === '__proto__') {
          Object.defineProperty(out, entry.key, {
            value,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        } else {
          out[entry.key] = value;
        }
      }
      return out;
    }
  }
}

/** The node at a path of keys and indexes, or the deepest node on the way. */
export function nodeAt(
  root: YNode,
  path: readonly PropertyKey[],
): { node: YNode; keyStart?: number } {
  let node = root;
  let keyStart: number | undefined;
  for (const part of path) {
    if (node.kind === 'map') {
      const entry = node.entries.find((e) => e.key === String(part));
      if (!entry) break;
      node = entry.value;
      keyStart = entry.keyStart;
    } else if (node.kind === 'seq' && typeof part === 'number' && node.items[part]) {
      node = node.items[part]!;
      keyStart = undefined;
    } else {
      break;
    }
  }
  return { node, keyStart };
}

/** The version a scalar's source text spells (`1.30`, not the number 1.3). */
export function scalarVersion(node: YNode): Version | null {
  return node.kind === 'scalar' ? parseVersion(node.source) : null;
}

export function scalarText(node: YNode): string {
  return node.kind === 'scalar' ? node.source : node.kind === 'seq' ? '(a list)' : '(a mapping)';
}
