// JSON Schemas for editors (schemas/*.schema.json), generated from the zod schemas the engine
// validates with, so the two never disagree. An inventory file opts in with a first line
//   # yaml-language-server: $schema=<path>/schemas/<name>.schema.json
// Not imported by the engine or the CLI: `npm run docs` writes the files, a test checks them.
import { z } from 'zod';
import { catalogFileSchema } from '../../src/engine/catalog/schema.js';
import { RULES } from '../../src/engine/rules/registry.js';
import {
  AppsFile,
  ClustersFile,
  PackagesFile,
  PlanFile,
} from '../../src/engine/inventory/schemas.js';

type JsonObject = { [key: string]: unknown };

interface SchemaSource {
  /** The inventory file the schema describes. */
  file: string;
  schema: z.ZodType;
  /** For files whose zod schema carries no description of its own. */
  description?: string;
}

const SOURCES: SchemaSource[] = [
  { file: 'clusters.yaml', schema: ClustersFile },
  { file: 'plan.yaml', schema: PlanFile },
  { file: 'packages.yaml', schema: PackagesFile },
  {
    file: 'apps.yaml',
    schema: AppsFile,
    description:
      'acp-upgrade-check apps.yaml: the verbatim `violet list` export (do not edit by hand). Keys the check does not use are allowed, since violet may add some.',
  },
  { file: 'catalog.yaml', schema: catalogFileSchema() },
];

const VERSION_NOTE =
  'Quoting is not required: the check reads the version as written, so an unquoted 1.30 means 1.30 (not 1.3).';

/** Rules a waiver can accept: input/* never can, drift/* and waiver/* never reach a waiver. */
export function waivableRules(): string[] {
  return RULES.map((r) => r.id).filter((id) => /^(path|order|packages|platform)\//.test(id));
}

/** `schemas/<name>.schema.json` for each inventory file, with its JSON text. */
export function jsonSchemas(): { path: string; text: string }[] {
  return SOURCES.map(({ file, schema, description }) => {
    const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-7' }) as JsonObject;
    const { $schema, ...rest } = json;
    const out: JsonObject = { $schema, title: file, ...rest };
    if (description && out.description === undefined) out.description = description;
    annotateVersions(out);
    if (file === 'plan.yaml') restrictWaiverRules(out);
    return {
      path: `schemas/${file.replace(/\.yaml$/, '')}.schema.json`,
      text: `${JSON.stringify(out, null, 2)}\n`,
    };
  });
}

/**
 * Versions accept a string or a number by design (YAML reads `1.30` as a number, and the loader
 * reads its source text instead); say so where an editor shows the description.
 */
function annotateVersions(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) annotateVersions(item);
    return;
  }
  if (!isObject(node)) return;
  const type = node.type;
  // `string | number`, or (a string with a pattern: one line) `anyOf: [string, number]`.
  const branches = Array.isArray(node.anyOf)
    ? node.anyOf.map((branch) => (isObject(branch) ? branch.type : undefined))
    : [];
  const either = (types: unknown[]) => types.includes('string') && types.includes('number');
  if ((Array.isArray(type) && either(type)) || either(branches)) {
    const text = typeof node.description === 'string' ? node.description : 'A version';
    node.description = `${text.replace(/\.?$/, '.')} ${VERSION_NOTE}`;
  }
  for (const value of Object.values(node)) annotateVersions(value);
}

/** Completion for `waivers[].rule`: the rule ids a waiver can match. */
function restrictWaiverRules(plan: JsonObject): void {
  const rule = path(plan, ['properties', 'waivers', 'items', 'properties', 'rule']);
  if (!rule) throw new Error('plan.yaml schema: waivers[].rule not found');
  rule.enum = waivableRules();
  rule.description = `${String(rule.description ?? 'The rule id to waive')}. input/* findings cannot be waived.`;
}

function path(node: JsonObject, keys: string[]): JsonObject | undefined {
  let current: unknown = node;
  for (const key of keys) current = isObject(current) ? current[key] : undefined;
  return isObject(current) ? current : undefined;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
