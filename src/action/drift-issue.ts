// The drift tracking issue: exactly one open issue per inventory while the platform differs from
// the committed inventory, found by its label and hidden marker; closed with a comment once the
// platform matches again.
import type { GitHubClient } from './client.js';
import type { RepoRef } from './context.js';
import { type Identity, writtenBy } from './identity.js';

export const DRIFT_LABEL = 'acp-drift';

export interface DriftIssue {
  marker: string;
  title: string;
  body: string;
  /** Only an issue this identity opened is ours, whatever its body says. */
  identity: Identity;
  maxPages: number;
}

export type DriftIssueResult =
  { action: 'opened' | 'updated' | 'closed'; url: string } | { action: 'none' };

/** Opens or updates the issue while `drift` is true; closes it with `closing` once it is false. */
export async function syncDriftIssue(
  client: GitHubClient,
  repository: RepoRef,
  issue: DriftIssue,
  drift: boolean,
  closing: string,
): Promise<DriftIssueResult> {
  const open = await findOpenIssue(client, repository, issue);
  if (drift && open) {
    const { data } = await client.rest.issues.update({
      ...repository,
      issue_number: open.number,
      title: issue.title,
      body: issue.body,
    });
    return { action: 'updated', url: data.html_url };
  }
  if (drift) {
    const { data } = await client.rest.issues.create({
      ...repository,
      title: issue.title,
      body: issue.body,
      labels: [DRIFT_LABEL],
    });
    // GitHub drops labels silently when the token may not set them; the label finds the issue.
    if (!data.labels.some((l) => (typeof l === 'string' ? l : l.name) === DRIFT_LABEL)) {
      await client.rest.issues.addLabels({
        ...repository,
        issue_number: data.number,
        labels: [DRIFT_LABEL],
      });
    }
    return { action: 'opened', url: data.html_url };
  }
  if (!open) return { action: 'none' };
  await client.rest.issues.createComment({
    ...repository,
    issue_number: open.number,
    body: closing,
  });
  const { data } = await client.rest.issues.update({
    ...repository,
    issue_number: open.number,
    state: 'closed',
    state_reason: 'completed',
  });
  return { action: 'closed', url: data.html_url };
}

async function findOpenIssue(
  client: GitHubClient,
  repository: RepoRef,
  issue: DriftIssue,
): Promise<{ number: number } | undefined> {
  const pages = client.paginate.iterator(client.rest.issues.listForRepo, {
    ...repository,
    state: 'open',
    labels: DRIFT_LABEL,
    per_page: 100,
  });
  let count = 0;
  for await (const { data } of pages) {
    // The issues list includes pull requests; only an issue we opened with the marker is ours.
    const found = data.find(
      (i) => !i.pull_request && i.body?.startsWith(issue.marker) && writtenBy(i, issue.identity),
    );
    if (found) return found;
    if (++count >= issue.maxPages) break;
  }
  return undefined;
}
