// What the runner tells the action about this run: the repository, the event and its payload,
// and the links the comment points to. Read from the environment once, without Octokit.
import { readFileSync } from 'node:fs';

export interface RepoRef {
  owner: string;
  repo: string;
}

/** Where the sticky comment goes: a known pull request, or one to look up by its head. */
export type PullRequestRef =
  | { number: number; headSha?: string }
  /** workflow_run from a fork: GitHub leaves `pull_requests` empty, so find it by head. */
  | { head: string; headSha: string };

export interface RunContext {
  eventName: string;
  repository?: RepoRef;
  pullRequest?: PullRequestRef;
  /** This run's page, where the job summary is. */
  runUrl?: string;
  /** workflow_run: the page of the run that produced the report. */
  triggeringRunUrl?: string;
  /** docs/rules.md of the action's own repository at the ref the workflow uses. */
  rulesUrl?: string;
  workspace?: string;
}

type Env = Record<string, string | undefined>;
type Payload = Record<string, unknown>;

export function readRunContext(env: Env): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const context: RunContext = { eventName };
  const repository = repoRef(env.GITHUB_REPOSITORY);
  if (repository) context.repository = repository;
  const pullRequest = pullRequestOf(eventName, payload);
  if (pullRequest) context.pullRequest = pullRequest;
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  if (repository && /^\d+$/.test(env.GITHUB_RUN_ID ?? '')) {
    context.runUrl = `${server}/${repository.owner}/${repository.repo}/actions/runs/${env.GITHUB_RUN_ID}`;
  }
  const triggering = field(payload, 'workflow_run', 'html_url');
  if (typeof triggering === 'string' && /^https:\/\/\S+$/.test(triggering)) {
    context.triggeringRunUrl = triggering;
  }
  const actionRepository = env.GITHUB_ACTION_REPOSITORY;
  const actionRef = env.GITHUB_ACTION_REF;
  if (actionRepository && actionRef) {
    context.rulesUrl = `https://github.com/${actionRepository}/blob/${encodeURI(actionRef)}/docs/rules.md`;
  }
  if (env.GITHUB_WORKSPACE) context.workspace = env.GITHUB_WORKSPACE;
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
    const listed = field(payload, 'workflow_run', 'pull_requests');
    const candidates = Array.isArray(listed) ? (listed as Payload[]) : [];
    const match = candidates.find((pr) => field(pr, 'head', 'sha') === headSha) ?? candidates[0];
    const number = match?.number;
    if (isPositiveInteger(number)) return { number, headSha };
    const owner = field(payload, 'workflow_run', 'head_repository', 'owner', 'login');
    const branch = field(payload, 'workflow_run', 'head_branch');
    if (typeof owner === 'string' && typeof branch === 'string' && owner && branch) {
      return { head: `${owner}:${branch}`, headSha };
    }
  }
  return undefined;
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
