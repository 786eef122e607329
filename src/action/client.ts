// The GitHub API client, loaded only when a comment or an issue is written: Octokit is a
// separate chunk of the bundle, so a run with nothing to post never reads it.
//
// Retries: @octokit/plugin-retry repeats 5xx answers, network failures and timed-out requests
// with backoff (1 s, 4 s, 9 s). GitHub answers rate limits with 403 or 429 and says how long to
// wait in `retry-after` or `x-ratelimit-reset`; plugin-retry never retries a 403 and ignores those
// headers, so @octokit/plugin-throttling handles rate limits: it recognises GitHub's primary and
// secondary limits, waits as long as GitHub asks (up to a bound below), and spaces writes as
// GitHub's best practices ask. Every other 4xx (a read-only token's 403, a 404, a 422) is final.
//
// Bounds (SPEC §5): each request is aborted after 30 s, and the whole API phase, retries and
// waits included, ends after 2 minutes. A job must not idle on a hanging API, whatever answers.
import type * as Github from '@actions/github';

export type GitHubClient = ReturnType<typeof Github.getOctokit>;

export interface ClientLog {
  info: (message: string) => void;
  debug: (message: string) => void;
}

export interface ApiLimits {
  /** One request, from sending to the end of the answer. */
  requestTimeoutMs: number;
  /** Everything the action asks GitHub in one run, retries and rate-limit waits included. */
  phaseTimeoutMs: number;
  /** plugin-retry waits retryBaseMs times 1, 4 and 9 before its three retries. */
  retryBaseMs: number;
  /** Pages of 100 comments (or issues) read at most when looking for ours. */
  maxPages: number;
}

export const API_LIMITS: ApiLimits = {
  requestTimeoutMs: 30_000,
  phaseTimeoutMs: 120_000,
  retryBaseMs: 1000,
  maxPages: 10,
};

/**
 * Test-only variables that shorten the bounds, so that the end-to-end tests of a hanging API take
 * seconds, not minutes. They can only lower a bound, never raise it (docs/security.md).
 */
export const TEST_LIMIT_VARIABLES = {
  requestTimeoutMs: 'ACP_UPGRADE_CHECK_TEST_REQUEST_TIMEOUT_MS',
  phaseTimeoutMs: 'ACP_UPGRADE_CHECK_TEST_API_PHASE_TIMEOUT_MS',
  retryBaseMs: 'ACP_UPGRADE_CHECK_TEST_RETRY_BASE_MS',
} as const;

export function apiLimits(env: Record<string, string | undefined>): ApiLimits {
  const limits = { ...API_LIMITS };
  for (const [key, variable] of Object.entries(TEST_LIMIT_VARIABLES)) {
    const value = Number(env[variable]);
    const name = key as keyof typeof TEST_LIMIT_VARIABLES;
    if (Number.isInteger(value) && value > 0 && value < limits[name]) limits[name] = value;
  }
  return limits;
}

/** Longest wait for a rate limit before giving up (the job should not idle for an hour). */
const MAX_RATE_LIMIT_WAIT_SECONDS = 60;
const MAX_RATE_LIMIT_RETRIES = 2;

/** plugin-retry leaves every 4xx alone: rate limits (403, 429) are the throttling plugin's. */
const NOT_RETRIED = Array.from({ length: 100 }, (_, i) => 400 + i);

type Fetch = typeof globalThis.fetch;

export async function githubClient(
  token: string,
  log: ClientLog,
  limits: ApiLimits,
  phase: AbortSignal,
): Promise<GitHubClient> {
  const [{ getOctokit }, { defaults }, { retry }, { throttling }] = await Promise.all([
    import('@actions/github'),
    import('@actions/github/lib/utils'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling'),
  ]);
  // @actions/github's own fetch honours the runner's proxy settings; wrap it, do not replace it.
  const base = ((defaults.request as { fetch?: Fetch } | undefined)?.fetch ??
    globalThis.fetch) as Fetch;
  const fetch: Fetch = (url, init) => {
    // A timed-out request fails like a network error (retried); the end of the phase aborts all.
    const signals = [phase, AbortSignal.timeout(limits.requestTimeoutMs)];
    if (init?.signal) signals.push(init.signal);
    return base(url, { ...init, signal: AbortSignal.any(signals) });
  };
  const onLimit = (
    after: number,
    request: { method: string; url: string },
    _octokit: unknown,
    retryCount: number,
  ): boolean => {
    if (retryCount >= MAX_RATE_LIMIT_RETRIES || after > MAX_RATE_LIMIT_WAIT_SECONDS) return false;
    log.info(`GitHub API rate limit on ${request.method} ${request.url}: retrying in ${after} s`);
    return true;
  };
  return getOctokit(
    token,
    {
      request: { ...defaults.request, fetch },
      retry: { doNotRetry: NOT_RETRIED, retryAfterBaseValue: limits.retryBaseMs },
      throttle: { onRateLimit: onLimit, onSecondaryRateLimit: onLimit },
      log: { debug: log.debug, info: log.debug, warn: log.debug, error: log.debug },
    },
    retry,
    throttling,
  );
}

/**
 * Runs `work` with a client, within the phase's time limit. Resolves 'timed-out' when the limit
 * ended it (requests in flight are aborted; a retry or a rate-limit wait may still hold a timer,
 * so the caller ends the process once it has said so).
 */
export async function withinApiPhase(
  token: string,
  log: ClientLog,
  limits: ApiLimits,
  work: (client: GitHubClient) => Promise<void>,
): Promise<'done' | 'timed-out'> {
  const phase = new AbortController();
  const timer = setTimeout(() => phase.abort(), limits.phaseTimeoutMs);
  const ended = new Promise<'timed-out'>((resolve) =>
    phase.signal.addEventListener('abort', () => resolve('timed-out')),
  );
  try {
    const working = githubClient(token, log, limits, phase.signal).then(work);
    // After the limit nobody waits for it any more; its late failure is not news.
    working.catch(() => undefined);
    return await Promise.race([working.then(() => 'done' as const), ended]);
  } finally {
    clearTimeout(timer);
  }
}

/** A one-line account of an API failure for a warning: status and GitHub's message, no token. */
export function describeApiFailure(error: unknown, token: string): string {
  const status = (error as { status?: unknown }).status;
  const message = error instanceof Error ? error.message : String(error);
  const text = `${typeof status === 'number' ? `HTTP ${status}: ` : ''}${message}`;
  return redact(text.replace(/\s+/g, ' ').trim(), token);
}

export function redact(text: string, token: string): string {
  return token ? text.split(token).join('***') : text;
}
