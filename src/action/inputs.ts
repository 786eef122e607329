// The action's inputs (SPEC §5), read once at the edge into a typed options object. The schema is
// the single source of truth for what each input accepts; the defaults are action.yml's.
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
const optionalPath = z.string().transform((value) => value || undefined);

const Inputs = z.object({
  inventory: path,
  apps: optionalPath,
  clusters: optionalPath,
  plan: optionalPath,
  packages: optionalPath,
  catalog: optionalPath,
  mode: oneOf(MODES),
  'live-apps': optionalPath,
  'drift-issue': yamlBoolean,
  'from-report': optionalPath,
  'from-inventory': optionalPath,
  comment: oneOf(COMMENT_POLICIES),
  'fail-on': oneOf(FAIL_ON),
  'github-token': z.string(),
  'report-file': path,
  'sarif-file': optionalPath,
  summary: yamlBoolean,
  'catalog-overrides': oneOf(CATALOG_OVERRIDES),
});

export type InputName = keyof typeof Inputs.shape;
export const INPUT_NAMES = Object.keys(Inputs.shape) as InputName[];

export interface ActionOptions {
  inventory: string;
  /** Per-file overrides of `<inventory>/<name>.yaml`. */
  files: { apps?: string; clusters?: string; plan?: string; packages?: string; catalog?: string };
  mode: Mode;
  liveApps?: string;
  driftIssue: boolean;
  fromReport?: string;
  /** comment-from-report: the artifact's copy of the inventory folder. */
  fromInventory?: string;
  comment: CommentPolicy;
  failOn: FailOn;
  /** Never printed: see client.ts for how API messages are kept free of it. */
  token: string;
  reportFile: string;
  sarifFile?: string;
  /** Write the job summary. */
  summary: boolean;
  /** What a catalog.yaml entry that replaces a built-in one is (catalog/override). */
  catalogOverrides: OverridePolicy;
}

export type ParsedInputs = { ok: true; options: ActionOptions } | { ok: false; message: string };

/**
 * Reads and checks every input. `read` returns the raw value ('' when unset), as the runner
 * passes it; an unset input takes action.yml's default. `env` supplies the token's fallback.
 */
export function parseInputs(
  read: (name: InputName) => string,
  env: Record<string, string | undefined> = {},
): ParsedInputs {
  const raw: Record<string, string> = {};
  for (const name of INPUT_NAMES) {
    raw[name] = read(name).trim() || (INPUT_DEFAULTS as Record<string, string>)[name] || '';
  }
  // action.yml's default is `${{ github.token }}`, which only the runner can evaluate; outside
  // it, the conventional GITHUB_TOKEN variable stands in for it.
  raw['github-token'] ||= env.GITHUB_TOKEN ?? '';

  // One small object: interpreting the schema is faster than compiling it (start-up).
  const parsed = Inputs.safeParse(raw, { jitless: true });
  if (!parsed.success) {
    const messages = parsed.error.issues.map(
      (issue) => `input "${String(issue.path[0])}" ${issue.message}`,
    );
    return { ok: false, message: messages.join('; ') };
  }
  const v = parsed.data;
  if (v.mode === 'drift' && !v['live-apps']) {
    return {
      ok: false,
      message: 'mode "drift" needs the input "live-apps": a fresh `violet list` export',
    };
  }
  if (v.mode === 'comment-from-report' && !v['from-report']) {
    return {
      ok: false,
      message: 'mode "comment-from-report" needs the input "from-report": the JSON report to post',
    };
  }
  const files: ActionOptions['files'] = {};
  for (const name of ['apps', 'clusters', 'plan', 'packages', 'catalog'] as const) {
    if (v[name]) files[name] = v[name];
  }
  if (v.mode === 'comment-from-report' && Object.keys(files).length > 0) {
    return {
      ok: false,
      message: `mode "comment-from-report" reads the inventory folder of the artifact (from-inventory), not single files: leave out ${Object.keys(files).join(', ')}`,
    };
  }
  return {
    ok: true,
    options: {
      inventory: v.inventory,
      files,
      mode: v.mode,
      ...(v['live-apps'] && { liveApps: v['live-apps'] }),
      driftIssue: v['drift-issue'],
      ...(v['from-report'] && { fromReport: v['from-report'] }),
      ...(v['from-inventory'] && { fromInventory: v['from-inventory'] }),
      comment: v.comment,
      failOn: v['fail-on'],
      token: v['github-token'],
      reportFile: v['report-file'],
      ...(v['sarif-file'] && { sarifFile: v['sarif-file'] }),
      summary: v.summary,
      catalogOverrides: v['catalog-overrides'],
    },
  };
}
