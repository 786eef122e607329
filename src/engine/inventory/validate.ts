// Runs a zod schema over a parsed YAML node and turns every issue into an `input/schema` finding
// at the line of the node at fault, with a "did you mean" for a mistyped key or value.
import type { z } from 'zod';
import { type Finding, finding } from '../findings.js';
import { type ParsedYaml, type YNode, nodeAt, toValue } from '../yaml.js';
import { suggest } from '../../did-you-mean.js';

export interface Validated<T> {
  value: T | undefined;
  findings: Finding[];
}

type Issue = z.core.$ZodIssue;

/** Below this many YAML values, zod interprets the schema instead of compiling it. */
const JIT_THRESHOLD = 2000;

export function validate<S extends z.ZodType>(
  schema: S,
  parsed: ParsedYaml,
  node: YNode,
  basePath: readonly PropertyKey[] = [],
): Validated<z.infer<S>> {
  let result: z.ZodSafeParseResult<z.infer<S>>;
  let sampled = false;
  // zod compiles a fast parser per object schema on first use: worth it for a fleet's apps.yaml,
  // a waste of start-up time for a file of a few dozen values.
  const jitless = node.size < JIT_THRESHOLD;
  try {
    result = schema.safeParse(toValue(node), { jitless });
  } catch (error) {
    // zod gathers a list's problems with push(...problems), which overflows the stack past about
    // 100,000 of them. Such a file is validated on a sample (the first entries of every list
    // and mapping) to name its first problems, and does not load.
    if (!(error instanceof RangeError)) throw error;
    result = schema.safeParse(toValue(node, SAMPLE_ENTRIES), { jitless });
    sampled = true;
  }
  const findings = result.success
    ? []
    : result.error.issues.flatMap((issue) => issueFindings(issue, schema, parsed, node, basePath));
  if (sampled) {
    findings.unshift(
      finding(
        'input/schema',
        `${describePath(basePath, parsed.root) || parsed.file.path} has too many problems to list (over 100,000); those in the first ${SAMPLE_ENTRIES} entries of each list are reported: fix them and check again`,
        parsed.file,
        node.start,
      ),
    );
  }
  append(findings, looseKeyTypos(schema, parsed, node, basePath));
  const valid = result.success && !sampled && findings.length === 0;
  return { value: valid ? result.data : undefined, findings };
}

/** Entries of each list and mapping validated when a file has too many problems to list. */
const SAMPLE_ENTRIES = 1000;

function issueFindings(
  issue: Issue,
  schema: z.ZodType,
  parsed: ParsedYaml,
  root: YNode,
  basePath: readonly PropertyKey[],
): Finding[] {
  const path = issue.path;
  const where = describePath([...basePath, ...path], parsed.root);
  const { node } = nodeAt(root, path);
  const reached = pathExists(root, path);
  const at = (offset: number, message: string) =>
    finding('input/schema', message, parsed.file, offset);

  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const entry = node.kind === 'map' ? node.entries.find((e) => e.key === key) : undefined;
        const keys = objectKeysAt(schema, path);
        const suggestion = suggest(key, keys) ?? synonym(key, keys);
        return at(
          entry?.keyStart ?? node.start,
          `unknown key "${key}"${where ? ` in ${where}` : ''}${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
        );
      });
    case 'invalid_type':
      if (!reached) return missingKey(issue, schema, parsed, root, basePath);
      return [
        at(
          node.start,
          `${where || 'the file'} must be ${article(issue.expected)}, not ${describeNode(node)}`,
        ),
      ];
    case 'invalid_union':
      if (!reached) return missingKey(issue, schema, parsed, root, basePath);
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
    case 'invalid_key': {
      // A mapping key that the schema refuses (an application name in apps.yaml): point at it.
      const key = String(path[path.length - 1]);
      const { node: parent } = nodeAt(root, path.slice(0, -1));
      const entry = parent.kind === 'map' ? parent.entries.find((e) => e.key === key) : undefined;
      const owner = describePath([...basePath, ...path.slice(0, -1)], parsed.root) || 'the file';
      const reasons = issue.issues.map((sub) => sub.message).join('; ');
      return [
        at(
          entry?.keyStart ?? node.start,
          `${owner} has the key ${JSON.stringify(key)}: ${reasons}`,
        ),
      ];
    }
    default:
      return [at(node.start, `${where ? `${where}: ` : ''}${issue.message}`)];
  }
}

/** Words people write for a key we call otherwise: a step's `version:` means `to:`. */
function synonym(key: string, keys: readonly string[]): string | undefined {
  const meant: Record<string, string> = { version: 'to', target: 'to', k8s: 'kubernetes' };
  const hint = meant[key];
  return hint !== undefined && keys.includes(hint) && !keys.includes(key) ? hint : undefined;
}

/**
 * A required key is absent. When the mapping has a near-miss of it (`kubernets`), the unknown-key
 * finding already says "did you mean"; a second finding would only repeat it.
 */
function missingKey(
  issue: Issue,
  schema: z.ZodType,
  parsed: ParsedYaml,
  root: YNode,
  basePath: readonly PropertyKey[],
): Finding[] {
  const missing = String(issue.path[issue.path.length - 1]);
  const parentPath = issue.path.slice(0, -1);
  const { node: parent } = nodeAt(root, parentPath);
  const known = new Set(objectKeysAt(schema, parentPath));
  if (parent.kind === 'map') {
    const typo = parent.entries.some(
      (e) => !known.has(e.key) && suggest(e.key, [missing]) === missing,
    );
    if (typo) return [];
  }
  const owner = describePath([...basePath, ...parentPath], parsed.root) || 'the file';
  return [
    finding(
      'input/schema',
      `${owner} lacks the required key "${missing}"`,
      parsed.file,
      parent.start,
    ),
  ];
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

/** What one entry of a list is called in messages, counted from 1 as users count. */
const ENTRY: Record<string, string> = {
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
export function describePath(path: readonly PropertyKey[], root?: YNode | null): string {
  const parts: string[] = [];
  let node: YNode | undefined = root ?? undefined;
  const step = (part: PropertyKey) => {
    if (node?.kind === 'map') node = node.entries.find((e) => e.key === String(part))?.value;
    else if (node?.kind === 'seq' && typeof part === 'number') node = node.items[part];
    else node = undefined;
  };
  for (let i = 0; i < path.length; i++) {
    const part = path[i]!;
    const next = path[i + 1];
    step(part);
    if (typeof part !== 'number' && typeof next === 'number') {
      step(next);
      const entry = ENTRY[String(part)];
      const label = entry ? `${entry} ${next + 1}` : `${String(part)} entry ${next + 1}`;
      const name = entryName(node);
      parts.push(name === undefined ? label : `${label} (${name})`);
      i++;
    } else {
      parts.push(typeof part === 'number' ? `entry ${part + 1}` : String(part));
    }
  }
  return parts.join(' › ');
}

/** What an entry of a list is called by the user: its name, a Core package's version, a rule. */
function entryName(node: YNode | undefined): string | undefined {
  if (node?.kind !== 'map') return undefined;
  for (const key of ['name', 'core', 'rule', 'cluster']) {
    const value = node.entries.find((e) => e.key === key)?.value;
    if (value?.kind === 'scalar' && value.source !== '') {
      return value.source.length > 60 ? `${value.source.slice(0, 57)}...` : value.source;
    }
  }
  return undefined;
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
      const child = ownValue(def.shape as Record<string, z.ZodType>, String(part));
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
  // One path, extended and shortened as the walk goes: most nodes need none of it.
  const path: PropertyKey[] = [];
  const walk = (current: z.ZodType, at: YNode) => {
    const inner = unwrap(current);
    const def = defOf(inner);
    if (def.type === 'object' && at.kind === 'map') {
      const shape = def.shape as Record<string, z.ZodType>;
      const loose = def.catchall !== undefined && defOf(def.catchall).type === 'unknown';
      for (const entry of at.entries) {
        const child = ownValue(shape, entry.key);
        if (child) {
          if (entry.value.kind === 'scalar') continue; // nothing below a scalar to check
          path.push(entry.key);
          walk(child, entry.value);
          path.pop();
        } else if (loose) {
          const present = new Set(at.entries.map((e) => e.key));
          const missing = Object.keys(shape).filter((k) => !present.has(k));
          const suggestion = suggest(entry.key, missing);
          if (suggestion) {
            findings.push(
              finding(
                'input/schema',
                `unknown key "${entry.key}" in ${describePath([...basePath, ...path], parsed.root) || 'the file'}; did you mean "${suggestion}"?`,
                parsed.file,
                entry.keyStart,
              ),
            );
          }
        }
      }
    } else if (def.type === 'record' && at.kind === 'map') {
      for (const entry of at.entries) {
        path.push(entry.key);
        walk(def.valueType as z.ZodType, entry.value);
        path.pop();
      }
    } else if (def.type === 'array' && at.kind === 'seq') {
      for (let i = 0; i < at.items.length; i++) {
        path.push(i);
        walk(def.element as z.ZodType, at.items[i]!);
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
export function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** A schema's own entry: keys such as "constructor" must not reach Object.prototype. */
function ownValue<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
