// The sticky PR comment: found by a hidden marker (one per inventory), created once and updated
// in place afterwards. Rendering happens elsewhere; this module only talks to the API.
import type { GitHubClient } from './client.js';
import type { PullRequestRef, RepoRef } from './context.js';

/**
 * The hidden first line of the comment (and of the drift issue). The inventory is part of it so
 * that two inventories in one repository keep two comments, and so is the mode, so that a drift
 * report never overwrites the upgrade check's comment; characters that could end the HTML
 * comment are encoded.
 */
export function stickyMarker(mode: 'check' | 'drift', inventory: string): string {
  const name = mode === 'check' ? 'acp-upgrade-check' : 'acp-upgrade-check:drift';
  return `<!-- ${name} inventory="${markerValue(normalizeInventory(inventory))}" -->`;
}

/** `acp`, `./acp` and `acp/` are one inventory. */
export function normalizeInventory(inventory: string): string {
  const parts = inventory.replace(/\\/g, '/').split('/');
  const kept = parts.filter((part, i) => part !== '.' && (part !== '' || i === 0));
  return kept.join('/') || '.';
}

function markerValue(text: string): string {
  return [...new TextEncoder().encode(text)]
    .map((byte) => {
      const c = String.fromCharCode(byte);
      return /[A-Za-z0-9._/]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
}

export interface Posted {
  url: string;
  action: 'created' | 'updated';
}

/**
 * Creates the comment, or rewrites the one that carries the marker. With `create: false` an
 * existing comment is still rewritten (a fixed plan turns it green) but none is created.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  where: RepoRef & { issueNumber: number },
  marker: string,
  body: string,
  create: boolean,
): Promise<Posted | undefined> {
  const { owner, repo, issueNumber } = where;
  const existing = await findMarked(client, where, marker);
  if (existing) {
    const { data } = await client.rest.issues.updateComment({
      owner,
      repo,
      comment_id: existing.id,
      body,
    });
    return { url: data.html_url, action: 'updated' };
  }
  if (!create) return undefined;
  const { data } = await client.rest.issues.createComment({
    owner,
    repo,
    issue_number: issueNumber,
    body,
  });
  return { url: data.html_url, action: 'created' };
}

async function findMarked(
  client: GitHubClient,
  where: RepoRef & { issueNumber: number },
  marker: string,
): Promise<{ id: number } | undefined> {
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    owner: where.owner,
    repo: where.repo,
    issue_number: where.issueNumber,
    per_page: 100,
  });
  for await (const { data } of pages) {
    const found = data.find((comment) => comment.body?.startsWith(marker));
    if (found) return found;
  }
  return undefined;
}

/** The pull request's number; a fork's workflow_run names only its head, so look that up. */
export async function pullRequestNumber(
  client: GitHubClient,
  repository: RepoRef,
  pullRequest: PullRequestRef,
): Promise<number | undefined> {
  if ('number' in pullRequest) return pullRequest.number;
  const { data } = await client.rest.pulls.list({
    ...repository,
    state: 'open',
    head: pullRequest.head,
    per_page: 100,
  });
  return data.find((pr) => pr.head.sha === pullRequest.headSha)?.number;
}
