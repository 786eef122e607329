// The action's inputs (SPEC §5), read once at the edge into a typed options object. One zod schema
// is the single source of truth (as dependency-review-action does with its configuration): what
// each input accepts and its default (action.yml's), the checks across inputs, and the options
// object the rest of the action reads, whose type is the schema's output.
import { z } from 'zod';
import type { OverridePolicy } from '../engine/catalog/merge.js';
import type { FailOn } from '../engine/report.js';

/** The same defaults as action.yml (a test compares them); `github-token` is the exception below. */
export const INPUT_DEFAULTS = {
  inventory: 'acp',
  mode: 'check',
  'drift-issue': 'false',
  comment: 'always',
  'fail-on': 'error',
  'report-file': 'acp-upgrade-report.json',
  summary: 'true',
  'catalog-overrides': 'warn',
} as const;

export const MODES = ['check', 'drift', 'comment-from-report'] as const;
export const COMMENT_POLICIES = ['always', 'on-failure', 'never'] as const;
const FAIL_ON = ['error', 'warning', 'never'] as const satisfies readonly FailOn[];
export const CATALOG_OVERRIDES = [
  'warn',
  'error',
  'allow',
] as const satisfies readonly OverridePolicy[];

export type Mode = (typeof MODES)[number];
export type CommentPolicy = (typeof COMMENT_POLICIES)[number];

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .transform((value) => value.toLowerCase())
    .pipe(
      z.enum(values, {
        error: (issue) => `must be one of ${values.join(', ')}, not "${String(issue.input)}"`,
      }),
    );

// The YAML 1.2 core schema's booleans, as the runner's own boolean inputs accept them.
const yamlBoolean = z
  .enum(['true', 'True', 'TRUE', 'false', 'False', 'FALSE'], {
    error: (issue) => `must be true or false, not "${String(issue.input)}"`,
  })
  .transform((value) => value.toLowerCase() === 'true');

const path = z.string().min(1, { error: 'must not be empty' });
const optionalPath = z
  .string()
  .optional()
  .transform((value) => value || undefined);

/**
 * Each input as the runner passes it (undefined when unset), with action.yml's default: a default
 * goes through the same checks as a value the workflow sets.
 */
const Inputs = z.object({
  inventory: path.prefault(INPUT_DEFAULTS.inventory),
  apps: optionalPath,
  clusters: optionalPath,
  plan: optionalPath,
  packages: optionalPath,
  catalog: optionalPath,
  mode: oneOf(MODES).prefault(INPUT_DEFAULTS.mode),
  'live-apps': optionalPath,
  'drift-issue': yamlBoolean.prefault(INPUT_DEFAULTS['drift-issue']),
  'from-report': optionalPath,
  'from-inventory': optionalPath,
  comment: oneOf(COMMENT_POLICIES).prefault(INPUT_DEFAULTS.comment),
  'fail-on': oneOf(FAIL_ON).prefault(INPUT_DEFAULTS['fail-on']),
  // action.yml's default is `${{ github.token }}`, which only the runner evaluates (parseInputs).
  'github-token': z.string().default(''),
  'report-file': path.prefault(INPUT_DEFAULTS['report-file']),
  'sarif-file': optionalPath,
  summary: yamlBoolean.prefault(INPUT_DEFAULTS.summary),
  'catalog-overrides': oneOf(CATALOG_OVERRIDES).prefault(INPUT_DEFAULTS['catalog-overrides']),
});

export type InputName = keyof typeof Inputs.shape;
export const INPUT_NAMES = Object.keys(Inputs.shape) as InputName[];

const FILE_INPUTS = ['apps', 'clusters', 'plan', 'packages', 'catalog'] as const;

/**
 * The inputs, checked one by one and then across each other (each check only once every input
 * is valid on its own), turned into the options object.
 */
export const ActionInputs = Inputs.superRefine((v, ctx) => {
  // Cross-input problems concern several inputs: their messages name them, with no `path`.
  const problem = (message: string) => ctx.addIssue({ code: 'custom', message, path: [] });
  if (v.mode === 'drift' && !v['live-apps']) {
    problem('mode "drift" needs the input "live-apps": a fresh `violet list` export');
  }
  if (v.mode === 'comment-from-report') {
    if (!v['from-report']) {
      problem('mode "comment-from-report" needs the input "from-report": the JSON report to post');
    }
    const files = FILE_INPUTS.filter((name) => v[name]);
    if (files.length > 0) {
      problem(
        `mode "comment-from-report" reads the inventory folder of the artifact (from-inventory), not single files: leave out ${files.join(', ')}`,
      );
    }
  }
}).transform((v) => ({
  inventory: v.inventory,
  /** Per-file overrides of `<inventory>/<name>.yaml`. */
  files: Object.fromEntries(
    FILE_INPUTS.flatMap((name) => (v[name] ? [[name, v[name]]] : [])),
  ) as Partial<Record<(typeof FILE_INPUTS)[number], string>>,
  mode: v.mode,
  ...(v['live-apps'] && { liveApps: v['live-apps'] }),
  driftIssue: v['drift-issue'],
  ...(v['from-report'] && { fromReport: v['from-report'] }),
  /** comment-from-report: the artifact's copy of the inventory folder. */
  ...(v['from-inventory'] && { fromInventory: v['from-inventory'] }),
  comment: v.comment,
  failOn: v['fail-on'],
  /** Never printed: see client.ts for how API messages are kept free of it. */
  token: v['github-token'],
  reportFile: v['report-file'],
  ...(v['sarif-file'] && { sarifFile: v['sarif-file'] }),
  /** Write the job summary. */
  summary: v.summary,
  /** What a catalog.yaml entry that replaces a built-in one is (catalog/override). */
  catalogOverrides: v['catalog-overrides'],
}));

export type ActionOptions = z.output<typeof ActionInputs>;

/**
 * What the inputs set that the mode does not read: a warning each, not an error (the run does
 * what the mode does). zod has no issue that lets the parse succeed, so these are read from the
 * parsed options.
 */
export function unusedInputWarnings(options: ActionOptions): string[] {
  const { mode } = options;
  return [
    mode !== 'drift' &&
      options.liveApps &&
      `live-apps is read only in mode drift; mode is ${mode}.`,
    mode !== 'drift' &&
      options.driftIssue &&
      `drift-issue applies only in mode drift; mode is ${mode}.`,
    mode !== 'comment-from-report' &&
      options.fromReport &&
      `from-report is read only in mode comment-from-report; mode is ${mode}.`,
    mode !== 'comment-from-report' &&
      options.fromInventory &&
      `from-inventory is read only in mode comment-from-report; mode is ${mode}.`,
  ].filter((warning): warning is string => typeof warning === 'string');
}

export type ParsedInputs =
  { ok: true; options: ActionOptions; warnings: string[] } | { ok: false; message: string };

/**
 * Reads and checks every input. `read` returns the raw value ('' when unset), as the runner
 * passes it; an unset input takes action.yml's default. `env` supplies the token's fallback.
 */
export function parseInputs(
  read: (name: InputName) => string,
  env: Record<string, string | undefined> = {},
): ParsedInputs {
  const raw: Partial<Record<InputName, string>> = {};
  for (const name of INPUT_NAMES) {
    const value = read(name).trim();
    if (value) raw[name] = value;
  }
  // Outside the runner, the conventional GITHUB_TOKEN variable stands in for `${{ github.token }}`.
  raw['github-token'] ??= env.GITHUB_TOKEN;

  // One small object: interpreting the schema is faster than compiling it (start-up).
  const parsed = ActionInputs.safeParse(raw, { jitless: true });
  if (!parsed.success) {
    const messages = parsed.error.issues.map((issue) =>
      issue.path.length > 0 ? `input "${String(issue.path[0])}" ${issue.message}` : issue.message,
    );
    return { ok: false, message: messages.join('; ') };
  }
  return { ok: true, options: parsed.data, warnings: unusedInputWarnings(parsed.data) };
}
