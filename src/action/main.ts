// The GitHub Action adapter (SPEC §5): reads the inputs once, runs the engine (on the repository's
// inventory, or on the inventory an artifact carries), settles the verdict (annotations, report
// files, job summary, outputs, the step's result), and only then posts to GitHub: the sticky PR
// comment and the drift issue. Posting never changes the verdict: an API failure is a warning,
// and the whole API phase is bounded in time (client.ts).
import { existsSync } from 'node:fs';
import * as core from '@actions/core';
import { check } from '../engine/check.js';
import { runDrift } from '../engine/drift.js';
import type { Report } from '../engine/report.js';
import { code } from '../render/escape.js';
import { renderJson } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderSarif } from '../render/sarif.js';
import { inventoryPaths, readInventory, readInventoryFile } from '../io/files.js';
import { annotate } from './annotations.js';
import { type ArtifactCheck, checkArtifact, mismatchWithCommit } from './artifact.js';
import {
  type ApiLimits,
  type GitHubClient,
  apiLimits,
  describeApiFailure,
  redact,
  withinApiPhase,
} from './client.js';
import {
  normalizeInventory,
  pullRequestNumber,
  resultLine,
  stickyMarker,
  upsertStickyComment,
} from './comment.js';
import { type RunContext, type RunKey, readRunContext } from './context.js';
import { syncDriftIssue } from './drift-issue.js';
import { type Identity, tokenIdentity } from './identity.js';
import { type ActionOptions, parseInputs } from './inputs.js';
import { writableRoots, writeFileInside } from './safe-write.js';
import { fitSummary } from './summary.js';

/** GitHub's limit for an issue or comment body. */
const COMMENT_LIMIT = 65536;

export async function run(): Promise<void> {
  const inputs = parseInputs((name) => core.getInput(name), process.env);
  if (!inputs.ok) {
    core.setFailed(inputs.message);
    return;
  }
  const options = inputs.options;
  // The runner masks the token in every later log line, whatever prints it.
  if (options.token) core.setSecret(options.token);
  for (const warning of inputs.warnings) core.warning(warning);
  let timedOut = false;
  try {
    const today = new Date().toISOString().slice(0, 10);
    timedOut = await act(options, readRunContext(process.env), today, apiLimits(process.env));
  } catch (error) {
    // Only the unexpected lands here: say what, briefly.
    const message = error instanceof Error ? error.message : String(error);
    core.debug(redact(error instanceof Error ? (error.stack ?? message) : message, options.token));
    core.setFailed(`acp-upgrade-check: ${redact(message, options.token)}`);
  }
  if (timedOut) {
    // A retry or a rate-limit wait may still hold a timer; the verdict is written: end the step.
    process.stdout.write('', () => process.exit());
  }
}

/** Returns true when the API phase ran out of time. */
async function act(
  options: ActionOptions,
  context: RunContext,
  today: string,
  limits: ApiLimits,
): Promise<boolean> {
  const produced = produceReport(options, context, today);
  if ('error' in produced) {
    core.setFailed(produced.error);
    return false;
  }
  const { report, artifact } = produced;
  let apiLimits = limits;
  if (artifact) {
    // Nothing about the artifact's inventory (not its verdict, not its findings) is written before
    // it is known to be the pull request's.
    const started = Date.now();
    const verified = await verifyArtifact(artifact, options, context, limits);
    if (verified !== 'matches') {
      core.setFailed(
        `${verified.reason}: nothing about the artifact's inventory was written (no outputs, job summary, report or comment).${verified.hint ? ` ${verified.hint}` : ''}`,
      );
      return verified.timedOut;
    }
    // One API phase in all: the comment gets what the match left of it.
    apiLimits = {
      ...limits,
      phaseTimeoutMs: Math.max(1, limits.phaseTimeoutMs - (Date.now() - started)),
    };
  }
  core.info(headline(report));
  if (artifact && artifact.differences.length > 0) {
    core.warning(
      `The report in the artifact does not match this check of the inventory the artifact carries (${artifact.differences.join('; ')}): it was changed after the pull request's run, or made with other settings or another version. Only this check's own result is shown and posted.`,
    );
  }

  // The verdict, before anything is posted: no API trouble can delay or change it.
  if (options.mode !== 'comment-from-report') {
    // A report checked from an artifact would annotate this run's commit, not the pull request's.
    const everyFinding = options.summary
      ? 'the job summary'
      : `the JSON report ${options.reportFile}`;
    annotate(report.findings, core, context.workspace, everyFinding);
  }
  const written = writeReportFiles(report, options, context);
  if (options.summary) await writeSummary(report, options, context);
  core.setOutput('verdict', report.verdict);
  core.setOutput('errors', String(report.summary.errors));
  core.setOutput('warnings', String(report.summary.warnings));
  if (written.report) core.setOutput('report', options.reportFile);
  if (options.mode === 'drift') core.setOutput('drift', String(report.drift === true));
  if (written.problems.length > 0) {
    core.setFailed(written.problems.join(' '));
  } else if (options.mode !== 'comment-from-report' && report.verdict === 'fail') {
    // comment-from-report only posts: the pull request's own run carries the verdict.
    core.setFailed(failure(report, options.inventory));
  }

  return postToGitHub(report, options, context, apiLimits, artifact);
}

/**
 * comment-from-report: matches the artifact's inventory with the pull request's head commit
 * through the API (artifact.ts), within the API phase's bounds. Anything but a match (another
 * file, a submodule or a link in the commit, no commit to compare with, no token, an API failure,
 * the time limit) is a reason to write nothing.
 */
async function verifyArtifact(
  artifact: ArtifactCheck,
  options: ActionOptions,
  context: RunContext,
  limits: ApiLimits,
): Promise<'matches' | { reason: string; hint?: string; timedOut: boolean }> {
  const headSha = context.pullRequest?.headSha;
  const { repository } = context;
  const fail = (reason: string, hint?: string) => ({
    reason,
    timedOut: false,
    ...(hint !== undefined && { hint }),
  });
  if (!headSha) {
    return fail(
      "The event names no pull request commit to match the artifact's inventory with (mode comment-from-report runs on workflow_run)",
    );
  }
  if (!repository) return fail('GITHUB_REPOSITORY is not set (owner/name)');
  if (!options.token) {
    return fail(
      "No github-token: the artifact's inventory cannot be matched with the pull request's commit",
      'Pass a token that can read the repository (contents: read).',
    );
  }
  let mismatch: string | undefined;
  let failure: { text: string; status?: unknown } | undefined;
  const outcome = await core.group('Matching the artifact with the pull request', () =>
    withinApiPhase(
      options.token,
      { info: core.info, debug: core.debug },
      limits,
      async (client) => {
        try {
          mismatch = await mismatchWithCommit(client, repository, headSha, artifact.files);
        } catch (error) {
          failure = {
            text: describeApiFailure(error, options.token),
            status: (error as { status?: unknown }).status,
          };
        }
      },
    ).catch((error: unknown) => {
      failure = { text: describeApiFailure(error, options.token) };
      return 'done' as const;
    }),
  );
  if (outcome === 'timed-out') {
    return {
      reason: `GitHub's API did not answer within ${limits.phaseTimeoutMs / 1000} s, so the artifact's inventory could not be matched with commit ${headSha.slice(0, 7)}`,
      timedOut: true,
    };
  }
  if (failure !== undefined) {
    const { text, status } = failure;
    return fail(
      `The artifact's inventory could not be matched with commit ${headSha.slice(0, 7)} (${text})`,
      status === 403 || status === 404
        ? 'The workflow needs `permissions: contents: read` to read the commit.'
        : undefined,
    );
  }
  if (mismatch !== undefined) {
    return fail(
      `The inventory in the artifact is not the pull request's (${mismatch})`,
      'The artifact may have been altered.',
    );
  }
  return 'matches';
}

function produceReport(
  options: ActionOptions,
  context: RunContext,
  today: string,
): { report: Report; artifact?: ArtifactCheck } | { error: string } {
  const engine = {
    inventory: options.inventory,
    today,
    failOn: options.failOn,
    catalogOverrides: options.catalogOverrides,
  };
  if (options.mode === 'comment-from-report') {
    const artifact = checkArtifact(
      {
        fromReport: options.fromReport!,
        ...(options.fromInventory && { fromInventory: options.fromInventory }),
        inventory: options.inventory,
        roots: writableRoots(context),
      },
      engine,
    );
    return 'error' in artifact ? artifact : { report: artifact.report, artifact };
  }
  // Inventory files must be the repository's own: a pull request could link one elsewhere.
  const files = readInventory(
    inventoryPaths(options.inventory, options.files),
    context.workspace !== undefined ? { within: context.workspace } : {},
  );
  if (options.mode === 'drift') {
    const live = readInventoryFile(options.liveApps!);
    if ('missing' in live) {
      return {
        error: `no live-apps file "${options.liveApps}": export it first with \`violet list --output-file ${options.liveApps}\``,
      };
    }
    return { report: runDrift(files, live, engine) };
  }
  return { report: check(files, engine) };
}

/**
 * The JSON report and the SARIF file, written only inside the workspace or RUNNER_TEMP and
 * through no link (safe-write.ts); a refusal fails the step with the reason.
 */
function writeReportFiles(
  report: Report,
  options: ActionOptions,
  context: RunContext,
): { report: boolean; problems: string[] } {
  const roots = writableRoots(context);
  const problems: string[] = [];
  const write = (input: string, path: string, render: () => string): boolean => {
    let reason: string;
    try {
      const result = writeFileInside(path, render(), roots);
      if (result.ok) return true;
      reason = result.reason;
    } catch (error) {
      reason = (error as Error).message;
    }
    problems.push(
      `${input} "${path}" was not written: ${reason}. The action writes only regular files inside the workspace or RUNNER_TEMP, and never through a symbolic link.`,
    );
    return false;
  };
  const json = write('report-file', options.reportFile, () => renderJson(report));
  if (options.sarifFile) {
    write('sarif-file', options.sarifFile, () =>
      renderSarif(report, {
        rulesUrl: context.rulesUrl,
        // Paths in the report are relative to where the action runs; SARIF's to the repository.
        ...(context.workspace !== undefined && { root: context.workspace }),
        cwd: process.cwd(),
      }),
    );
  }
  return { report: json, problems };
}

async function writeSummary(
  report: Report,
  options: ActionOptions,
  context: RunContext,
): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.debug('GITHUB_STEP_SUMMARY is not set: no job summary');
    return;
  }
  const markdown = fitSummary((maxLength) =>
    renderMarkdown(report, {
      rulesUrl: context.rulesUrl,
      maxLength,
      fullReportHint: `The full report is the JSON file ${code(options.reportFile)} (keep it with actions/upload-artifact).`,
    }),
  );
  try {
    await core.summary.addRaw(markdown).write();
  } catch (error) {
    // The summary is a view of the report; a runner that cannot take it does not change the verdict.
    core.warning(`Could not write the job summary: ${(error as Error).message}`);
  }
}

interface ApiTask {
  what: string;
  run: (client: GitHubClient, identity: () => Promise<Identity>) => Promise<void>;
}

/** Posts what there is to post, within the API phase's bounds. True when it ran out of time. */
async function postToGitHub(
  report: Report,
  options: ActionOptions,
  context: RunContext,
  limits: ApiLimits,
  artifact: ArtifactCheck | undefined,
): Promise<boolean> {
  const tasks = [
    commentTask(report, options, context, limits, artifact),
    driftIssueTask(report, options, context, limits),
  ].filter((task): task is ApiTask => task !== undefined);
  if (tasks.length === 0) return false;
  if (!options.token) {
    for (const task of tasks) core.warning(`No github-token: ${task.what} was not written.`);
    return false;
  }
  return core.group('Posting to GitHub', async () => {
    let outcome: 'done' | 'timed-out';
    try {
      outcome = await withinApiPhase(
        options.token,
        { info: core.info, debug: core.debug },
        limits,
        async (client) => {
          let identity: Promise<Identity> | undefined;
          const who = () => (identity ??= tokenIdentity(client));
          for (const task of tasks) {
            try {
              await task.run(client, who);
            } catch (error) {
              warnApiFailure(task.what, error, options.token);
            }
          }
        },
      );
    } catch (error) {
      // The client itself could not be loaded.
      for (const task of tasks) warnApiFailure(task.what, error, options.token);
      return false;
    }
    if (outcome === 'done') return false;
    core.warning(
      `GitHub's API did not finish within ${limits.phaseTimeoutMs / 1000} s (each request may take ${limits.requestTimeoutMs / 1000} s, retries included): ${tasks.map((t) => t.what).join(' and ')} may not have been written; the check's verdict stands.`,
    );
    return true;
  });
}

function commentTask(
  report: Report,
  options: ActionOptions,
  context: RunContext,
  limits: ApiLimits,
  artifact: ArtifactCheck | undefined,
): ApiTask | undefined {
  if (options.comment === 'never') return undefined;
  const { pullRequest, repository } = context;
  if (!pullRequest) {
    core.info(`No pull request for this ${context.eventName || 'run'}: no PR comment.`);
    return undefined;
  }
  if (!repository) {
    core.warning('GITHUB_REPOSITORY is not set (owner/name): no PR comment.');
    return undefined;
  }
  // on-failure: a passing plan writes no new comment, but turns an existing one green.
  const create = options.comment === 'always' || report.verdict === 'fail';
  // The result posted from an artifact is that of the run that made the artifact.
  const run = artifact ? (context.triggeringRun ?? context.run) : context.run;
  const headSha = pullRequest.headSha;
  return {
    what: 'the PR comment',
    run: async (client, identity) => {
      const issueNumber = await pullRequestNumber(client, repository, pullRequest);
      if (issueNumber === undefined) {
        const head = 'head' in pullRequest ? pullRequest.head : '';
        core.info(
          `No open pull request has head ${head} at commit ${headSha?.slice(0, 7)}: no PR comment.`,
        );
        return;
      }
      const marker = stickyMarker(report.mode, report.inventory);
      const body = postedMarkdown(report, options, context, marker, headSha, run);
      const posted = await upsertStickyComment(
        client,
        { ...repository, issueNumber },
        { marker, body, create, identity: await identity(), run, maxPages: limits.maxPages },
      );
      switch (posted.action) {
        case 'created':
        case 'updated':
          core.setOutput('comment-url', posted.url);
          core.info(`PR comment ${posted.action}: ${posted.url}`);
          return;
        case 'newer-kept':
          core.info(
            `PR comment left as it is: it shows the result of a newer run (${posted.newer.id}, attempt ${posted.newer.attempt}): ${posted.url}`,
          );
          return;
        case 'too-many-comments':
          core.warning(
            `The pull request has more than ${limits.maxPages * 100} comments: the action looked at the first ${limits.maxPages * 100}, did not find its own, and wrote no new one (it could be a duplicate). ${fullReportHint(options, context)}`,
          );
          return;
        case 'none':
          return;
      }
    },
  };
}

function driftIssueTask(
  report: Report,
  options: ActionOptions,
  context: RunContext,
  limits: ApiLimits,
): ApiTask | undefined {
  if (options.mode !== 'drift' || !options.driftIssue) return undefined;
  const { repository } = context;
  const inputBroken = report.findings.some(
    (f) => f.rule.startsWith('input/') && f.severity === 'error' && !f.waived,
  );
  if (!report.drift && inputBroken) {
    // Without a comparison there is no news about drift: leave the issue as it is.
    core.warning(
      'The drift check could not compare the inventories (input errors): the drift issue is left as it is.',
    );
    return undefined;
  }
  if (!repository) {
    core.warning('GITHUB_REPOSITORY is not set: no drift issue.');
    return undefined;
  }
  const inventory = normalizeInventory(report.inventory);
  const marker = stickyMarker('drift', report.inventory);
  const body = postedMarkdown(report, options, context, marker, undefined, context.run);
  const link = context.runUrl ? ` ([drift check](${context.runUrl}))` : '';
  return {
    what: 'the drift issue',
    run: async (client, identity) => {
      const result = await syncDriftIssue(
        client,
        repository,
        {
          marker,
          title: `ACP drift: the platform no longer matches ${inventory}`,
          body,
          identity: await identity(),
          maxPages: limits.maxPages,
        },
        report.drift === true,
        `The platform matches the inventory ${code(inventory)} again${link}; closing this issue.`,
      );
      if (result.action !== 'none') core.info(`Drift issue ${result.action}: ${result.url}`);
    },
  };
}

function warnApiFailure(what: string, error: unknown, token: string): void {
  const status = (error as { status?: unknown }).status;
  const hint =
    status === 403
      ? ' The token may not write here: a pull request from a fork gets a read-only token (see the fork-safe set-up with mode comment-from-report), or the workflow lacks `permissions: pull-requests: write` / `issues: write`.'
      : '';
  core.warning(
    `Could not write ${what} (${describeApiFailure(error, token)}); the check's verdict stands.${hint}`,
  );
}

/**
 * The comment's (or drift issue's) Markdown: the marker first, at most GitHub's 65,536
 * characters, pointing to the job summary when something had to be left out, a footer naming
 * the commit and the run it describes, and last a hidden line with the run whose result it is.
 */
function postedMarkdown(
  report: Report,
  options: ActionOptions,
  context: RunContext,
  marker: string,
  headSha: string | undefined,
  run: RunKey | undefined,
): string {
  const about = [
    ...(headSha ? [`commit ${headSha.slice(0, 7)}`] : []),
    ...(context.runUrl ? [`[workflow run](${context.runUrl})`] : []),
  ];
  const footer = `\n<sub>${['acp-upgrade-check', ...about].join(' · ')}</sub>\n${resultLine(run, headSha)}\n`;
  const markdown = renderMarkdown(report, {
    marker,
    rulesUrl: context.rulesUrl,
    maxLength: COMMENT_LIMIT - footer.length,
    fullReportHint: fullReportHint(options, context),
  });
  return markdown + footer;
}

/** Where the whole report is, for a comment that had to leave something out. */
function fullReportHint(options: ActionOptions, context: RunContext): string {
  const run = context.runUrl ? `[workflow run](${context.runUrl})` : 'workflow run';
  if (!options.summary) {
    return `The full report is the JSON file ${code(options.reportFile)} of the ${run}.`;
  }
  return context.runUrl
    ? `The full report is in the [job summary](${context.runUrl}).`
    : 'The full report is in the job summary of the workflow run.';
}

function headline(report: Report): string {
  const { errors, warnings, notices } = report.summary;
  const what = report.mode === 'drift' ? 'ACP drift check' : 'ACP upgrade check';
  return `${what}: ${report.verdict} (${errors} errors, ${warnings} warnings, ${notices} notices) for inventory ${JSON.stringify(report.inventory)}`;
}

function failure(report: Report, inventory: string): string {
  const { errors, warnings } = report.summary;
  if (report.mode === 'drift' && report.drift) {
    return `ACP drift check failed: the platform no longer matches the inventory ${report.inventory} (${errors} errors). Export apps.yaml again with violet list.`;
  }
  return `ACP upgrade check failed: ${errors} errors, ${warnings} warnings (fail-on: ${report.failOn}).${checkoutHint(report, inventory)} See the annotations and the job summary.`;
}

/**
 * Files missing because the whole inventory folder is: most often a job that did not check out
 * the repository before this step.
 */
function checkoutHint(report: Report, inventory: string): string {
  const missing = report.findings.some((f) => f.rule === 'input/missing-file');
  if (!missing || existsSync(inventory)) return '';
  return ` The inventory folder "${inventory}" does not exist in ${process.cwd()}: did the job run actions/checkout before this step?`;
}
