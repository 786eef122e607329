// The GitHub API client, loaded only when a comment or an issue is written: Octokit is a
// separate chunk of the bundle, so a run with nothing to post never reads it.
//
// Retries: @octokit/plugin-retry repeats 5xx answers and network failures with backoff (1 s,
// 4 s, 9 s). GitHub answers rate limits with 403 or 429 and says how long to wait in
// `retry-after` or `x-ratelimit-reset`; plugin-retry never retries a 403 and ignores those
// headers, so @octokit/plugin-throttling handles rate limits: it recognises GitHub's primary and
// secondary limits, waits as long as GitHub asks (up to a bound below), and spaces writes as
// GitHub's best practices ask. Every other 4xx (a read-only token's 403, a 404, a 422) is final.
import type * as Github from '@actions/github';

export type GitHubClient = ReturnType<typeof Github.getOctokit>;

export interface ClientLog {
  info: (message: string) => void;
  debug: (message: string) => void;
}

/** Longest wait for a rate limit before giving up (the job should not idle for an hour). */
const MAX_RATE_LIMIT_WAIT_SECONDS = 60;
const MAX_RATE_LIMIT_RETRIES = 2;

/** plugin-retry leaves every 4xx alone: rate limits (403, 429) are the throttling plugin's. */
const NOT_RETRIED = Array.from({ length: 100 }, (_, i) => 400 + i);

export async function githubClient(token: string, log: ClientLog): Promise<GitHubClient> {
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
    import('@actions/github'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling'),
  ]);
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
      retry: { doNotRetry: NOT_RETRIED },
      throttle: { onRateLimit: onLimit, onSecondaryRateLimit: onLimit },
      log: { debug: log.debug, info: log.debug, warn: log.debug, error: log.debug },
    },
    retry,
    throttling,
  );
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
