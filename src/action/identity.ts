// Whose token this is: the sticky comment (and the drift issue) is ours only when the marker
// matches and its author is this identity; anyone can write a comment that starts with the marker.
//
// GraphQL's `viewer` answers for every kind of token: a personal access token (the user), a GitHub
// App installation token (`<app-slug>[bot]`) and the workflow's GITHUB_TOKEN, which is the
// installation token of the GitHub Actions app (`github-actions[bot]`). REST `GET /user` answers
// only for user tokens (installation tokens get 403 "Resource not accessible by integration"), so
// it is the fallback for a GraphQL endpoint that cannot be reached. Logins are compared, not ids:
// a bot's GraphQL databaseId and its REST user id need not be the same number, and a login is
// unique at any one time (`[bot]` logins cannot be taken by users).
import type { GitHubClient } from './client.js';

export interface Identity {
  login: string;
}

export async function tokenIdentity(client: GitHubClient): Promise<Identity> {
  let viewerError: unknown;
  try {
    const answer = await client.graphql<{ viewer?: { login?: unknown } }>(
      'query { viewer { login } }',
    );
    const login = answer.viewer?.login;
    if (typeof login === 'string' && login) return { login };
    viewerError = new Error('GraphQL viewer has no login');
  } catch (error) {
    viewerError = error;
  }
  try {
    const { data } = await client.rest.users.getAuthenticated();
    if (data.login) return { login: data.login };
  } catch {
    // The GraphQL failure is the more telling one: report that.
  }
  throw viewerError;
}

/** Whether a comment or an issue was written by `identity`. */
export function writtenBy(item: { user?: { login?: string } | null }, identity: Identity): boolean {
  const login = item.user?.login;
  return typeof login === 'string' && login.toLowerCase() === identity.login.toLowerCase();
}
