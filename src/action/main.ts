// The GitHub Action adapter (SPEC §5): reads the inputs once, runs the engine (or reads a report),
// then writes annotations, the report files, the job summary, the outputs, the sticky PR comment
// and the drift issue. Posting to GitHub never changes the verdict: an API failure is a warning.
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
import { type GitHubClient, describeApiFailure, githubClient, redact } from './client.js';
import {
  normalizeInventory,
  pullRequestNumber,
  stickyMarker,
  upsertStickyComment,
} from './comment.js';
import { type RunContext, readRunContext } from './context.js';
import { syncDriftIssue } from './drift-issue.js';
import { type ActionOptions, parseInputs } from './inputs.js';
import { readReportFile, writeTextFile } from './report-file.js';
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
  try {
    await act(options, readRunContext(process.env), new Date().toISOString().slice(0, 10));
  } catch (error) {
    // Only the unexpected lands here (a report file that cannot be written, say): say what, briefly.
    const message = error instanceof Error ? error.message : String(error);
    core.debug(redact(error instanceof Error ? (error.stack ?? message) : message, options.token));
    core.setFailed(`acp-upgrade-check: ${redact(message, options.token)}`);
  }
}

async function act(options: ActionOptions, context: RunContext, today: string): Promise<void> {
  warnAboutUnusedInputs(options);
  const produced = produceReport(options, context, today);
  if ('error' in produced) {
    core.setFailed(produced.error);
    return;
  }
  const { report, reportPath } = produced;
  const fromReport = options.mode === 'comment-from-report';
  core.info(headline(report));

  // A report posted from another run was annotated there; here it would land on the wrong commit.
  if (!fromReport) {
    annotate(report.findings, core, context.workspace);
    writeTextFile(options.reportFile, renderJson(report));
  }
  if (options.sarifFile) writeTextFile(options.sarifFile, renderSarif(report, context.rulesUrl));
  await writeSummary(report, options, context);

  core.setOutput('verdict', report.verdict);
  core.setOutput('errors', String(report.summary.errors));
  core.setOutput('warnings', String(report.summary.warnings));
  core.setOutput('report', reportPath);
  if (options.mode === 'drift') core.setOutput('drift', String(report.drift === true));

  await core.group('Posting to GitHub', async () => {
    await postComment(report, options, context);
    if (options.mode === 'drift' && options.driftIssue) await trackDrift(report, options, context);
  });

  // comment-from-report only posts: the pull request's own run carries the verdict.
  if (!fromReport && report.verdict === 'fail') core.setFailed(failure(report));
}

function produceReport(
  options: ActionOptions,
  context: RunContext,
  today: string,
): { report: Report; reportPath: string } | { error: string } {
  if (options.mode === 'comment-from-report') {
    const read = readReportFile(options.fromReport!);
    return 'error' in read ? read : { report: read.report, reportPath: options.fromReport! };
  }
  // Inventory files must be the repository's own: a pull request could link one elsewhere.
  const files = readInventory(
    inventoryPaths(options.inventory, options.files),
    context.workspace !== undefined ? { within: context.workspace } : {},
  );
  const engine = { inventory: options.inventory, today, failOn: options.failOn };
  if (options.mode === 'drift') {
    const live = readInventoryFile(options.liveApps!);
    if ('missing' in live) {
      return {
        error: `no live-apps file "${options.liveApps}": export it first with \`violet list --output-file ${options.liveApps}\``,
      };
    }
    return { report: runDrift(files, live, engine), reportPath: options.reportFile };
  }
  return { report: check(files, engine), reportPath: options.reportFile };
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
  const where = options.mode === 'comment-from-report' ? options.fromReport! : options.reportFile;
  const markdown = fitSummary((maxLength) =>
    renderMarkdown(report, {
      ...(context.rulesUrl && { rulesUrl: context.rulesUrl }),
      maxLength,
      fullReportHint: `The full report is the JSON file ${code(where)} (keep it with actions/upload-artifact).`,
    }),
  );
  try {
    await core.summary.addRaw(markdown).write();
  } catch (error) {
    // The summary is a view of the report; a runner that cannot take it does not change the verdict.
    core.warning(`Could not write the job summary: ${(error as Error).message}`);
  }
}

async function postComment(
  report: Report,
  options: ActionOptions,
  context: RunContext,
): Promise<void> {
  if (options.comment === 'never') return;
  const { pullRequest, repository } = context;
  if (!pullRequest) {
    core.info(`No pull request for this ${context.eventName || 'run'}: no PR comment.`);
    return;
  }
  if (!repository) {
    core.warning('GITHUB_REPOSITORY is not set (owner/name): no PR comment.');
    return;
  }
  // on-failure: a passing plan writes no new comment, but turns an existing one green.
  const create = options.comment === 'always' || report.verdict === 'fail';
  await withClient(options, 'the PR comment', async (client) => {
    const issueNumber = await pullRequestNumber(client, repository, pullRequest);
    if (issueNumber === undefined) {
      core.info(
        `No open pull request has head ${'head' in pullRequest ? pullRequest.head : ''}: no PR comment.`,
      );
      return;
    }
    const marker = stickyMarker(report.mode, report.inventory);
    const body = postedMarkdown(report, context, marker, pullRequest.headSha);
    const posted = await upsertStickyComment(
      client,
      { ...repository, issueNumber },
      marker,
      body,
      create,
    );
    if (!posted) return;
    core.setOutput('comment-url', posted.url);
    core.info(`PR comment ${posted.action}: ${posted.url}`);
  });
}

async function trackDrift(
  report: Report,
  options: ActionOptions,
  context: RunContext,
): Promise<void> {
  const { repository } = context;
  const inputBroken = report.findings.some(
    (f) => f.rule.startsWith('input/') && f.severity === 'error' && !f.waived,
  );
  if (!report.drift && inputBroken) {
    // Without a comparison there is no news about drift: leave the issue as it is.
    core.warning(
      'The drift check could not compare the inventories (input errors): the drift issue is left as it is.',
    );
    return;
  }
  if (!repository) {
    core.warning('GITHUB_REPOSITORY is not set: no drift issue.');
    return;
  }
  const inventory = normalizeInventory(report.inventory);
  const marker = stickyMarker('drift', report.inventory);
  const body = postedMarkdown(report, context, marker);
  const run = context.runUrl ? ` ([drift check](${context.runUrl}))` : '';
  await withClient(options, 'the drift issue', async (client) => {
    const result = await syncDriftIssue(
      client,
      repository,
      { marker, title: `ACP drift: the platform no longer matches ${inventory}`, body },
      report.drift === true,
      `The platform matches the inventory ${code(inventory)} again${run}; closing this issue.`,
    );
    if (result.action !== 'none') core.info(`Drift issue ${result.action}: ${result.url}`);
  });
}

/**
 * The comment's (or drift issue's) Markdown: the marker first, at most GitHub's 65,536
 * characters, pointing to the job summary when something had to be left out, and a footer naming
 * the commit and the run it describes.
 */
function postedMarkdown(
  report: Report,
  context: RunContext,
  marker: string,
  headSha?: string,
): string {
  const about = [
    ...(headSha ? [`commit ${headSha.slice(0, 7)}`] : []),
    ...(context.runUrl ? [`[workflow run](${context.runUrl})`] : []),
  ];
  const footer = `\n<sub>${['acp-upgrade-check', ...about].join(' · ')}</sub>\n`;
  const markdown = renderMarkdown(report, {
    marker,
    ...(context.rulesUrl && { rulesUrl: context.rulesUrl }),
    maxLength: COMMENT_LIMIT - footer.length,
    fullReportHint: context.runUrl
      ? `The full report is in the [job summary](${context.runUrl}).`
      : 'The full report is in the job summary of the workflow run.',
  });
  return markdown + footer;
}

/** Loads Octokit and runs `write`; an API failure becomes a warning, the verdict stays. */
async function withClient(
  options: ActionOptions,
  what: string,
  write: (client: GitHubClient) => Promise<void>,
): Promise<void> {
  if (!options.token) {
    core.warning(`No github-token: ${what} was not written.`);
    return;
  }
  try {
    const client = await githubClient(options.token, { info: core.info, debug: core.debug });
    await write(client);
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    const hint =
      status === 403
        ? ' The token may not write here: a pull request from a fork gets a read-only token (see the fork-safe set-up with mode comment-from-report), or the workflow lacks `permissions: pull-requests: write` / `issues: write`.'
        : '';
    core.warning(
      `Could not write ${what} (${describeApiFailure(error, options.token)}); the check's verdict stands.${hint}`,
    );
  }
}

function headline(report: Report): string {
  const { errors, warnings, notices } = report.summary;
  const what = report.mode === 'drift' ? 'ACP drift check' : 'ACP upgrade check';
  return `${what}: ${report.verdict} (${errors} errors, ${warnings} warnings, ${notices} notices) for inventory ${JSON.stringify(report.inventory)}`;
}

function failure(report: Report): string {
  const { errors, warnings } = report.summary;
  if (report.mode === 'drift' && report.drift) {
    return `ACP drift check failed: the platform no longer matches the inventory ${report.inventory} (${errors} errors). Export apps.yaml again with violet list.`;
  }
  return `ACP upgrade check failed: ${errors} errors, ${warnings} warnings (fail-on: ${report.failOn}). See the annotations and the job summary.`;
}

function warnAboutUnusedInputs(options: ActionOptions): void {
  if (options.mode !== 'drift' && options.liveApps) {
    core.warning(`live-apps is read only in mode drift; mode is ${options.mode}.`);
  }
  if (options.mode !== 'drift' && options.driftIssue) {
    core.warning(`drift-issue applies only in mode drift; mode is ${options.mode}.`);
  }
  if (options.mode !== 'comment-from-report' && options.fromReport) {
    core.warning(`from-report is read only in mode comment-from-report; mode is ${options.mode}.`);
  }
}
