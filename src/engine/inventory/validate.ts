// Runs a zod schema over a parsed YAML node and turns every issue into an `input/schema` finding
// at the line of the node at fault, with a "did you mean" for a mistyped key or value.
import type { z } from 'zod';
import { type Finding, finding } from '../findings.js';
import { type ParsedYaml, type YNode, nodeAt, toValue } from '../yaml.js';

export interface Validated<T> {
  value: T | undefined;
  findings: Finding[];
}

type Issue = z.core.$ZodIssue;

export function validate<S extends z.ZodType>(
  schema: S,
  parsed: ParsedYaml,
  node: YNode,
  basePath: readonly PropertyKey[] = [],
): Validated<z.infer<S>> {
  const result = schema.safeParse(toValue(node));
  const findings = result.success
    ? []
    : result.error.issues.flatMap((issue) => issueFindings(issue, schema, parsed, node, basePath));
  findings.push(...looseKeyTypos(schema, parsed, node, basePath));
  return { value: result.success && findings.length === 0 ? result.data : undefined, findings };
}

function issueFindings(
  issue: Issue,
  schema: z.ZodType,
  parsed: ParsedYaml,
  root: YNode,
  basePath: readonly PropertyKey[],
): Finding[] {
  const path = issue.path;
  const where = describePath([...basePath, ...path]);
  const { node } = nodeAt(root, path);
  const reached = pathExists(root, path);
  const at = (offset: number, message: string) =>
    finding('input/schema', message, parsed.file, offset);

  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const entry = node.kind === 'map' ? node.entries.find((e) => e.key === key) : undefined;
        const suggestion = suggest(key, objectKeysAt(schema, path));
        return at(
          entry?.keyStart ?? node.start,
          `unknown key "${key}"${where ? ` in ${where}` : ''}${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
        );
      });
    case 'invalid_type':
      if (!reached) {
        const missing = String(path[path.length - 1]);
        const parentPath = describePath([...basePath, ...path.slice(0, -1)]);
        return [at(node.start, `${parentPath || 'the file'} lacks the required key "${missing}"`)];
      }
      return [
        at(
          node.start,
          `${where || 'the file'} must be ${article(issue.expected)}, not ${describeNode(node)}`,
        ),
      ];
    case 'invalid_union':
      return [
        at(node.start, `${where} must be ${unionExpectation(issue)}, not ${describeNode(node)}`),
      ];
    case 'invalid_value': {
      const written = node.kind === 'scalar' ? node.source : describeNode(node);
      const options = issue.values.map(String);
      const suggestion = suggest(written, options);
      return [
        at(
          node.start,
          `${where} is "${written}"; it must be one of ${options.join(', ')}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
        ),
      ];
    }
    default:
      return [at(node.start, `${where ? `${where}: ` : ''}${issue.message}`)];
  }
}

function pathExists(root: YNode, path: readonly PropertyKey[]): boolean {
  let node: YNode | undefined = root;
  for (const part of path) {
    if (node?.kind === 'map') node = node.entries.find((e) => e.key === String(part))?.value;
    else if (node?.kind === 'seq' && typeof part === 'number') node = node.items[part];
    else return false;
    if (!node) return false;
  }
  return true;
}

function unionExpectation(issue: Extract<Issue, { code: 'invalid_union' }>): string {
  const expected = new Set<string>();
  for (const branch of issue.errors) {
    for (const sub of branch) {
      if (sub.code === 'invalid_type' && sub.path.length === 0) expected.add(sub.expected);
      else expected.add('mapping');
    }
  }
  return [...expected].map(article).join(' or ');
}

function article(expected: string): string {
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

export function describeNode(node: YNode): string {
  if (node.kind === 'seq') return 'a list';
  if (node.kind === 'map') return 'a mapping';
  if (node.value === null) return 'empty';
  if (typeof node.value === 'number') return `the number ${node.source}`;
  if (typeof node.value === 'boolean') return `${node.source} (a boolean)`;
  return `"${node.source}"`;
}

/** `clusters[2].kubernetes` */
export function describePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

// --- schema introspection, for suggestions -------------------------------------------------

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { def: Def }).def;

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') {
      current = def.innerType as z.ZodType;
    } else {
      return current;
    }
  }
}

function childSchemas(schema: z.ZodType, part: PropertyKey): z.ZodType[] {
  const inner = unwrap(schema);
  const def = defOf(inner);
  switch (def.type) {
    case 'object': {
      const child = (def.shape as Record<string, z.ZodType>)[String(part)];
      return child ? [child] : [];
    }
    case 'array':
      return [def.element as z.ZodType];
    case 'record':
      return [def.valueType as z.ZodType];
    case 'union':
      return (def.options as z.ZodType[]).flatMap((option) => childSchemas(option, part));
    default:
      return [];
  }
}

function objectShapes(schema: z.ZodType): Record<string, z.ZodType>[] {
  const def = defOf(unwrap(schema));
  if (def.type === 'object') return [def.shape as Record<string, z.ZodType>];
  if (def.type === 'union') return (def.options as z.ZodType[]).flatMap(objectShapes);
  return [];
}

/** The keys an object at `path` may have. */
export function objectKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let schemas = [schema];
  for (const part of path) schemas = schemas.flatMap((s) => childSchemas(s, part));
  return [...new Set(schemas.flatMap(objectShapes).flatMap((shape) => Object.keys(shape)))];
}

/**
 * apps.yaml keeps keys we do not know (violet's format may grow), but a near-miss of a key we do
 * use is almost surely a typo: `instaled` where `installed` is missing.
 */
function looseKeyTypos(
  schema: z.ZodType,
  parsed: ParsedYaml,
  node: YNode,
  basePath: readonly PropertyKey[],
): Finding[] {
  const findings: Finding[] = [];
  const walk = (current: z.ZodType, at: YNode, path: PropertyKey[]) => {
    const inner = unwrap(current);
    const def = defOf(inner);
    if (def.type === 'object' && at.kind === 'map') {
      const shape = def.shape as Record<string, z.ZodType>;
      const loose = def.catchall !== undefined && defOf(def.catchall).type === 'unknown';
      const present = new Set(at.entries.map((e) => e.key));
      for (const entry of at.entries) {
        const child = shape[entry.key];
        if (child) {
          walk(child, entry.value, [...path, entry.key]);
        } else if (loose) {
          const missing = Object.keys(shape).filter((k) => !present.has(k));
          const suggestion = suggest(entry.key, missing);
          if (suggestion) {
            findings.push(
              finding(
                'input/schema',
                `unknown key "${entry.key}" in ${describePath([...basePath, ...path]) || 'the file'}; did you mean "${suggestion}"?`,
                parsed.file,
                entry.keyStart,
              ),
            );
          }
        }
      }
    } else if (def.type === 'record' && at.kind === 'map') {
      for (const entry of at.entries)
        walk(def.valueType as z.ZodType, entry.value, [...path, entry.key]);
    } else if (def.type === 'array' && at.kind === 'seq') {
      at.items.forEach((item, i) => walk(def.element as z.ZodType, item, [...path, i]));
    }
  };
  walk(schema, node, []);
  return findings;
}

// --- "did you mean" ------------------------------------------------------------------------

/** The closest candidate within a small edit distance, if any. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const distance = editDistance(lower, candidate.toLowerCase());
    const limit = Math.max(1, Math.min(3, Math.floor(candidate.length / 3)));
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance with adjacent transpositions (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Math.abs(a.length - b.length);
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = value;
    }
  }
  return d[a.length]![b.length]!;
}
