// The sticky PR comment: found by a hidden marker (one per inventory) and by its author (the
// token's own identity), created once and updated in place afterwards, never back to an older
// result. Rendering happens elsewhere; this module only talks to the API.
import type { GitHubClient } from './client.js';
import type { PullRequestRef, RepoRef, RunKey } from './context.js';
import { type Identity, writtenBy } from './identity.js';

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

/**
 * The hidden last line of the comment: which run's result it shows (and for which commit), so
 * that a slower run of an older commit cannot overwrite a newer result.
 */
export function resultLine(run: RunKey | undefined, headSha: string | undefined): string {
  const fields = [
    ...(run ? [`run="${run.id}"`, `attempt="${run.attempt}"`] : []),
    ...(headSha && /^[0-9a-f]+$/.test(headSha) ? [`commit="${headSha}"`] : []),
  ];
  return `<!-- acp-upgrade-check:result ${fields.join(' ')} -->`;
}

const RESULT_LINE = /<!-- acp-upgrade-check:result (?:run="(\d+)" attempt="(\d+)")?[^\n]*-->\n?$/;

/** The run a comment of ours shows, when it says so (older versions did not). */
export function resultOf(body: string): RunKey | undefined {
  const match = RESULT_LINE.exec(body);
  if (!match?.[1]) return undefined;
  return { id: Number(match[1]), attempt: Number(match[2]) };
}

/** Whether `existing` is a result newer than `ours` (a re-run of the same run is not older). */
export function isNewer(existing: RunKey | undefined, ours: RunKey | undefined): boolean {
  if (!existing || !ours) return false;
  return existing.id > ours.id || (existing.id === ours.id && existing.attempt > ours.attempt);
}

export interface Sticky {
  marker: string;
  body: string;
  /** With `false` an existing comment is still rewritten (a fixed plan turns it green), none created. */
  create: boolean;
  identity: Identity;
  /** The run whose result `body` shows. */
  run: RunKey | undefined;
  maxPages: number;
}

export type Posted =
  | { action: 'created' | 'updated'; url: string }
  /** The comment shows a newer run's result and was left alone. */
  | { action: 'newer-kept'; url: string; newer: RunKey }
  /** The comment list was longer than maxPages: ours may be past it, so none was created. */
  | { action: 'too-many-comments' }
  | { action: 'none' };

interface OurComment {
  id: number;
  body: string;
  url: string;
}

export async function upsertStickyComment(
  client: GitHubClient,
  where: RepoRef & { issueNumber: number },
  sticky: Sticky,
): Promise<Posted> {
  const first = await listOurs(client, where, sticky);
  if (first.ours.length > 0) return settle(client, where, sticky, first.ours);
  if (!sticky.create) return { action: 'none' };
  if (first.truncated) return { action: 'too-many-comments' };

  const { data } = await client.rest.issues.createComment({
    owner: where.owner,
    repo: where.repo,
    issue_number: where.issueNumber,
    body: sticky.body,
  });
  // Another run may have created its comment at the same time: list again and keep one.
  const again = await listOurs(client, where, sticky);
  const oldest = again.ours[0];
  if (!oldest || oldest.id === data.id) {
    await deleteComments(client, where, again.ours.slice(1));
    return { action: 'created', url: data.html_url };
  }
  const created = { id: data.id, body: sticky.body, url: data.html_url };
  const all = again.ours.some((c) => c.id === data.id) ? again.ours : [...again.ours, created];
  return settle(client, where, sticky, sortById(all));
}

/** Keeps the oldest of our comments (rewritten unless it shows a newer result) and deletes the rest. */
async function settle(
  client: GitHubClient,
  where: RepoRef,
  sticky: Sticky,
  ours: OurComment[],
): Promise<Posted> {
  const [keep, ...duplicates] = ours as [OurComment, ...OurComment[]];
  const shown = resultOf(keep.body);
  let posted: Posted;
  if (isNewer(shown, sticky.run)) {
    posted = { action: 'newer-kept', url: keep.url, newer: shown! };
  } else {
    const { data } = await client.rest.issues.updateComment({
      owner: where.owner,
      repo: where.repo,
      comment_id: keep.id,
      body: sticky.body,
    });
    posted = { action: 'updated', url: data.html_url };
  }
  await deleteComments(client, where, duplicates);
  return posted;
}

async function deleteComments(
  client: GitHubClient,
  where: RepoRef,
  comments: OurComment[],
): Promise<void> {
  for (const comment of comments) {
    try {
      await client.rest.issues.deleteComment({
        owner: where.owner,
        repo: where.repo,
        comment_id: comment.id,
      });
    } catch (error) {
      // A concurrent run deleted it first: that is the same outcome.
      if ((error as { status?: unknown }).status !== 404) throw error;
    }
  }
}

/** Our comments with the marker, oldest first, from at most `maxPages` pages of 100. */
async function listOurs(
  client: GitHubClient,
  where: RepoRef & { issueNumber: number },
  sticky: Sticky,
): Promise<{ ours: OurComment[]; truncated: boolean }> {
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    owner: where.owner,
    repo: where.repo,
    issue_number: where.issueNumber,
    per_page: 100,
  });
  const ours: OurComment[] = [];
  let count = 0;
  for await (const { data, headers } of pages) {
    for (const comment of data) {
      if (comment.body?.startsWith(sticky.marker) && writtenBy(comment, sticky.identity)) {
        ours.push({ id: comment.id, body: comment.body, url: comment.html_url });
      }
    }
    if (++count >= sticky.maxPages) {
      return { ours: sortById(ours), truncated: /rel="next"/.test(headers.link ?? '') };
    }
  }
  return { ours: sortById(ours), truncated: false };
}

function sortById(comments: OurComment[]): OurComment[] {
  return comments.sort((a, b) => a.id - b.id);
}

/**
 * The pull request's number. A fork's workflow_run names only its head, so look it up there: the
 * open pull request from that branch whose head is exactly the run's commit, or none.
 */
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
