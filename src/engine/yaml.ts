// Parses one YAML file into a small tree that remembers where every node came from, so that
// each finding can name a file, line and column, and so that a version written `1.30` stays
// "1.30" (the scalar's source text) even though YAML would read the number 1.3.
import { EVENT_ID, SCALAR_STYLE, getScalarValue, parseEvents } from 'js-yaml';
import type { Event, ScalarEvent } from 'js-yaml';
import { type Finding, finding } from './findings.js';

/** Source text larger than this is refused before parsing (a file of thousands of clusters is ~10 MB). */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;
/** Aliases may not expand the document beyond this many nodes (stops "billion laughs" documents). */
export const MAX_EXPANDED_NODES = 2_000_000;
/** Deepest nesting accepted; inventory files need five levels. */
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

/** A parsed file: its display path, its text, and offset -> line/column conversion. */
export class SourceFile {
  private lineStarts: number[] | undefined;

  constructor(
    readonly path: string,
    readonly text: string,
  ) {}

  /** 1-based line and column of a 0-based offset. */
  position(offset: number): { line: number; column: number } {
    const starts = (this.lineStarts ??= computeLineStarts(this.text));
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - starts[lo]! + 1 };
  }

  /** The text of a 1-based line, for messages that quote it. */
  lineText(line: number): string {
    const starts = (this.lineStarts ??= computeLineStarts(this.text));
    const start = starts[line - 1] ?? this.text.length;
    const end = starts[line] ?? this.text.length;
    return this.text.slice(start, end).replace(/\r?\n$/, '');
  }
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

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
      `${path} is ${formatSize(text.length)}, over the ${formatSize(MAX_FILE_BYTES)} limit for an inventory file; split it or remove what the check does not need`,
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

function formatSize(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
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
  pendingKey: { key: string; keyStart: number } | undefined;
  keys: Map<string, number> | undefined;
}

class TreeBuilder {
  private readonly anchors = new Map<string, YNode>();
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
              this.lastOffset,
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
            keys: node.kind === 'map' ? new Map() : undefined,
          });
          break;
        }
        case EVENT_ID.SCALAR: {
          const node = this.scalar(event);
          const anchor = this.anchorName(event.anchorStart, event.anchorEnd);
          if (anchor !== undefined) this.anchors.set(anchor, node);
          this.add(node);
          break;
        }
        case EVENT_ID.ALIAS: {
          const name = this.file.text.slice(event.anchorStart, event.anchorEnd);
          const target = this.anchors.get(name);
          if (!target) {
            throw new TreeError(event.anchorStart, `alias *${name} refers to no earlier anchor`);
          }
          this.lastOffset = event.anchorStart;
          this.add(target);
          break;
        }
        case EVENT_ID.POP: {
          const frame = this.stack.pop();
          if (!frame) break; // end of document
          if (frame.anchor !== undefined) this.anchors.set(frame.anchor, frame.node);
          this.add(frame.node);
          break;
        }
      }
    }
    return this.root;
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

  private scalar(event: ScalarEvent): YScalar {
    const text = this.file.text;
    const quoted =
      event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
    const start =
      event.valueStart < 0 ? this.lastOffset : quoted ? event.valueStart - 1 : event.valueStart;
    this.lastOffset = start;
    const source =
      event.valueStart < 0
        ? ''
        : event.fast
          ? text.slice(event.valueStart, event.valueEnd)
          : getScalarValue(text, event);
    const plain = event.style === SCALAR_STYLE.PLAIN;
    let value: YScalar['value'] = plain ? resolvePlain(source) : source;
    if (event.tagStart >= 0) {
      const tag = text.slice(event.tagStart, event.tagEnd);
      if (tag === '!!str' || tag === '!') value = source;
      else this.rejectTag(event.tagStart, event.tagEnd);
    }
    return { kind: 'scalar', start, value, source, plain, size: 1 };
  }

  private add(node: YNode): void {
    this.expanded += node.size;
    if (this.expanded > MAX_EXPANDED_NODES) {
      throw new TreeError(
        this.lastOffset,
        `aliases expand ${this.file.path} to more than ${MAX_EXPANDED_NODES.toLocaleString('en-US')} values (an alias bomb?); write the values out or use fewer aliases`,
      );
    }
    const frame = this.stack[this.stack.length - 1];
    if (!frame) {
      this.root = node;
      return;
    }
    const parent = frame.node;
    parent.size += node.size;
    if (parent.kind === 'seq') {
      parent.items.push(node);
      return;
    }
    if (!frame.pendingKey) {
      if (node.kind !== 'scalar') {
        throw new TreeError(
          node.start,
          'a mapping key must be a plain value, not a list or mapping',
        );
      }
      frame.pendingKey = { key: node.source, keyStart: node.start };
      return;
    }
    const { key, keyStart } = frame.pendingKey;
    frame.pendingKey = undefined;
    if (key === '<<' && this.merge(frame, node)) return;
    const seen = frame.keys!.get(key);
    if (seen !== undefined) {
      const first = this.file.position(seen).line;
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
    frame.keys!.set(key, keyStart);
    parent.entries.push({ key, keyStart, value: node });
  }

  /** YAML merge keys (`<<: *defaults`): copy entries the mapping does not set itself. */
  private merge(frame: Frame, value: YNode): boolean {
    const sources = value.kind === 'map' ? [value] : value.kind === 'seq' ? value.items : [];
    if (sources.length === 0 || sources.some((s) => s.kind !== 'map')) return false;
    const map = frame.node as YMap;
    for (const source of sources as YMap[]) {
      for (const entry of source.entries) {
        if (frame.keys!.has(entry.key)) continue;
        frame.keys!.set(entry.key, entry.keyStart);
        map.entries.push(entry);
      }
    }
    return true;
  }
}

const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const TRUES = new Set(['true', 'True', 'TRUE']);
const FALSES = new Set(['false', 'False', 'FALSE']);
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

/** YAML 1.2 core-schema resolution of a plain scalar. */
export function resolvePlain(source: string): YScalar['value'] {
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

/** The plain JavaScript value of a node (aliases already shared, so this is bounded). */
export function toValue(node: YNode): unknown {
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'seq':
      return node.items.map(toValue);
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const entry of node.entries) {
        Object.defineProperty(out, entry.key, {
          value: toValue(entry.value),
          enumerable: true,
          writable: true,
          configurable: true,
        });
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
