// The report in an artifact, read back in comment-from-report mode. It comes from an
// unprivileged (possibly fork) run, so it is checked to be a report; and it is only ever compared
// with the check's own report (artifact.ts), never rendered.
import { readFileSync, statSync } from 'node:fs';
import { z } from 'zod';
import { DOWNLOAD_REASONS } from '../engine/downloads.js';
import type { RuleId } from '../engine/findings.js';
import { RULES } from '../engine/rules/registry.js';
import type { Report } from '../engine/report.js';

/** A report is a few hundred kB at most; anything far larger is not one. */
const MAX_REPORT_BYTES = 16 * 1024 * 1024;

// The fields of a report (SPEC §4) with their types; other fields are dropped.
// Built on first use: only comment-from-report reads a report, and zod schemas cost start-up.
let reportFile: ReturnType<typeof reportFileSchema> | undefined;
function reportFileSchema() {
  const count = z.number().int().nonnegative();
  const line = z.number().int().positive();
  const severity = z.enum(['error', 'warning', 'notice']);
  const stringList = z.array(z.string());
  const position = z.object({ version: z.string(), kubernetes: z.string() });
  return z.object({
    schemaVersion: z.literal(1),
    mode: z.enum(['check', 'drift']),
    inventory: z.string().min(1),
    verdict: z.enum(['pass', 'fail']),
    failOn: z.enum(['error', 'warning', 'never']),
    target: z.string().nullable(),
    catalog: z.object({
      version: count,
      changed: z.boolean(),
      added: stringList,
      overrides: z.array(
        z.object({
          entry: z.string(),
          builtin: z.string(),
          user: z.string(),
          file: z.string(),
          line,
          column: line,
        }),
      ),
    }),
    summary: z.object({ errors: count, warnings: count, notices: count, waived: count }),
    findings: z.array(
      z.object({
        rule: z.string(),
        severity,
        message: z.string(),
        file: z.string(),
        line,
        column: line,
        cluster: z.string().optional(),
        package: z.string().optional(),
        step: line.optional(),
        waived: z.boolean().optional(),
        waiver: z.object({ reason: z.string(), owner: z.string(), expires: z.string() }).optional(),
      }),
    ),
    waivers: z.array(
      z.object({
        rule: z.enum(RULES.map((r) => r.id) as [RuleId, ...RuleId[]]),
        cluster: z.string().optional(),
        package: z.string().optional(),
        reason: z.string(),
        owner: z.string(),
        expires: z.string(),
        status: z.enum(['applied', 'expired', 'unmatched', 'not-waivable']),
        matched: count,
        file: z.string(),
        line,
        column: line,
      }),
    ),
    timeline: z.array(
      z.object({
        step: line,
        cluster: z.string(),
        role: z.enum(['global', 'standby', 'workload']),
        from: position,
        to: position,
      }),
    ),
    downloads: z.array(
      z.discriminatedUnion('kind', [
        z.object({
          kind: z.literal('core'),
          version: z.string(),
          status: z.enum(['present', 'missing', 'incompatible']),
          file: z.string().optional(),
        }),
        z.object({
          kind: z.literal('package'),
          name: z.string().optional(),
          displayName: z.string().optional(),
          type: z.string().optional(),
          lifecycle: z.string().optional(),
          version: z.string().optional(),
          clusters: stringList,
          installedVersions: stringList,
          status: z.enum(['present', 'missing', 'incompatible']),
          reasons: z.array(z.enum(DOWNLOAD_REASONS)),
          file: z.string().optional(),
        }),
      ]),
    ),
    commands: z.array(
      z.object({
        stage: z.string(),
        note: z.string(),
        package: z.string().optional(),
        cluster: z.string().optional(),
        step: line.optional(),
        argv: stringList,
        shell: z.string(),
      }),
    ),
    suggestedPlan: z.string().optional(),
    drift: z.boolean().optional(),
  });
}

/** The report in `path`, or why it is not one (in words for the step's failure). */
export function readReportFile(path: string): { report: Report } | { error: string } {
  let text: string;
  try {
    if (statSync(path).size > MAX_REPORT_BYTES) {
      return { error: `"${path}" is over ${MAX_REPORT_BYTES / 1048576} MiB: not a report` };
    }
    text = readFileSync(path, 'utf8');
  } catch {
    return {
      error: `no report file "${path}" (download the report artifact of the pull request run first)`,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { error: `"${path}" is not JSON; from-report must name the JSON report (report-file)` };
  }
  const schemaVersion = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (schemaVersion !== 1) {
    return {
      error: `"${path}" is not an acp-upgrade-check report with schemaVersion 1 (found ${schemaVersion === undefined ? 'no schemaVersion' : `schemaVersion ${JSON.stringify(schemaVersion)}`})`,
    };
  }
  const parsed = (reportFile ??= reportFileSchema()).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return {
      error: `"${path}" is not a valid report: ${issue.path.join('.') || 'the top level'} ${issue.message}`,
    };
  }
  return { report: parsed.data as Report };
}
