// What the runner tells the action about this run: the repository, the event and its payload,
// and the links the comment points to. Read from the environment once, without Octokit.
import { readFileSync } from 'node:fs';
import { REPOSITORY_URL, VERSION } from '../version.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

/** Where the sticky comment goes: a known pull request, or one to look up by its head. */
export type PullRequestRef =
  | { number: number; headSha?: string }
  /** workflow_run from a fork: GitHub leaves `pull_requests` empty, so find it by head. */
  | { head: string; headSha: string };

/**
 * A workflow run, as the result a comment shows is ordered: GitHub's run ids grow with time, and a
 * re-run keeps its id with a higher attempt. A comment never goes back to an older result.
 */
export interface RunKey {
  id: number;
  attempt: number;
}

export interface RunContext {
  eventName: string;
  repository?: RepoRef;
  pullRequest?: PullRequestRef;
  /** This run's page, where the job summary is. */
  runUrl?: string;
  /** This run. */
  run?: RunKey;
  /** workflow_run: the page of the run that produced the report. */
  triggeringRunUrl?: string;
  /** workflow_run: the run that produced the artifact (its result is the one posted). */
  triggeringRun?: RunKey;
  /**
   * docs/rules.md of the action's own repository at the ref the workflow uses, on this GitHub
   * server; else the released rule reference of this major version.
   */
  rulesUrl: string;
  workspace?: string;
  /** The runner's temporary folder: the other place the action may write to. */
  runnerTemp?: string;
}

type Env = Record<string, string | undefined>;
type Payload = Record<string, unknown>;

export function readRunContext(env: Env): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const context: RunContext = { eventName, rulesUrl: '' };
  const repository = repoRef(env.GITHUB_REPOSITORY);
  if (repository) context.repository = repository;
  const pullRequest = pullRequestOf(eventName, payload);
  if (pullRequest) context.pullRequest = pullRequest;
  const server = serverUrl(env.GITHUB_SERVER_URL);
  if (repository && /^\d+$/.test(env.GITHUB_RUN_ID ?? '')) {
    context.runUrl = `${server}/${repository.owner}/${repository.repo}/actions/runs/${env.GITHUB_RUN_ID}`;
  }
  const run = runKey(env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT);
  if (run) context.run = run;
  const triggeringRun = runKey(
    field(payload, 'workflow_run', 'id'),
    field(payload, 'workflow_run', 'run_attempt'),
  );
  if (eventName === 'workflow_run' && triggeringRun) context.triggeringRun = triggeringRun;
  const triggering = field(payload, 'workflow_run', 'html_url');
  if (typeof triggering === 'string' && /^https:\/\/\S+$/.test(triggering)) {
    context.triggeringRunUrl = triggering;
  }
  context.rulesUrl = rulesUrl(server, env.GITHUB_ACTION_REPOSITORY, env.GITHUB_ACTION_REF);
  if (env.GITHUB_WORKSPACE) context.workspace = env.GITHUB_WORKSPACE;
  if (env.RUNNER_TEMP) context.runnerTemp = env.RUNNER_TEMP;
  return context;
}

/** The pull request an event belongs to; push, schedule, workflow_dispatch and merge_group have none. */
export function pullRequestOf(eventName: string, payload: Payload): PullRequestRef | undefined {
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const number = field(payload, 'pull_request', 'number') ?? payload.number;
    if (!isPositiveInteger(number)) return undefined;
    const headSha = field(payload, 'pull_request', 'head', 'sha');
    return isSha(headSha) ? { number, headSha } : { number };
  }
  if (eventName === 'workflow_run') {
    const headSha = field(payload, 'workflow_run', 'head_sha');
    if (!isSha(headSha)) return undefined;
    // Only the pull request whose head is the run's commit: another one that shares the branch
    // (or one that has moved on to a newer commit) is not what the run checked.
    const listed = field(payload, 'workflow_run', 'pull_requests');
    const candidates = Array.isArray(listed) ? (listed as Payload[]) : [];
    const number = candidates.find((pr) => field(pr, 'head', 'sha') === headSha)?.number;
    if (isPositiveInteger(number)) return { number, headSha };
    // A fork's pull request is not listed: look it up by its head, commit included.
    const owner = field(payload, 'workflow_run', 'head_repository', 'owner', 'login');
    const branch = field(payload, 'workflow_run', 'head_branch');
    if (typeof owner === 'string' && typeof branch === 'string' && owner && branch) {
      return { head: `${owner}:${branch}`, headSha };
    }
  }
  return undefined;
}

/** The GitHub server's address (GitHub Enterprise Server has its own), without a final slash. */
function serverUrl(value: string | undefined): string {
  const url = (value ?? '').replace(/\/+$/, '');
  return /^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(url) ? url : 'https://github.com';
}

/**
 * The rule reference: the action's own repository at the ref the workflow named (a tag, a
 * branch or a commit), as the runner reports them; a local action (`uses: ./`) has neither, and
 * gets the published reference of its major version.
 */
function rulesUrl(server: string, repository?: string, ref?: string): string {
  if (repository && /^[\w.-]+\/[\w.-]+$/.test(repository) && ref && !/[\s?#]/.test(ref)) {
    const path = ref.split('/').map(encodeURIComponent).join('/');
    return `${server}/${repository}/blob/${path}/docs/rules.md`;
  }
  return `${REPOSITORY_URL}/blob/v${VERSION.split('.')[0]}/docs/rules.md`;
}

function runKey(id: unknown, attempt: unknown): RunKey | undefined {
  const n = typeof id === 'string' && /^\d{1,15}$/.test(id) ? Number(id) : id;
  if (!isPositiveInteger(n)) return undefined;
  const a = typeof attempt === 'string' && /^\d{1,6}$/.test(attempt) ? Number(attempt) : attempt;
  return { id: n, attempt: isPositiveInteger(a) ? a : 1 };
}

function readPayload(path: string | undefined): Payload {
  if (!path) return {};
  try {
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return value !== null && typeof value === 'object' ? (value as Payload) : {};
  } catch {
    return {};
  }
}

function repoRef(value: string | undefined): RepoRef | undefined {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value ?? '');
  return match ? { owner: match[1]!, repo: match[2]! } : undefined;
}

function field(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Payload)[key];
  }
  return current;
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

function isSha(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{7,64}$/.test(value);
}
