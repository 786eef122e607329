// comment-from-report, the privileged half of the fork-safe pair (docs/security.md). The artifact
// comes from the pull request's own run, whose workflow file the pull request itself can change:
// everything in it is hostile data. So nothing the artifact *says* is posted. It carries the
// inventory files; this run checks them itself with the engine (YAML is data, no code of the
// pull request runs) and posts its own report. Before posting, the files are matched against the
// pull request's head commit (git blob ids from the API), so that an artifact cannot swap in
// another inventory than the one the pull request holds. The report in the artifact is only
// compared with the check's own, and a difference is a warning.
import { realpathSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { type CheckOptions, type FileInput, type InventoryInput, check } from '../engine/check.js';
import type { Report } from '../engine/report.js';
import { INVENTORY_FILES, inventoryPaths, readInventoryFile } from '../io/files.js';
import type { GitHubClient } from './client.js';
import type { RepoRef } from './context.js';
import { readReportFile } from './report-file.js';
import { isWithin } from './safe-write.js';

/** One inventory file: its path in the repository, and what the artifact holds for it. */
export interface ArtifactFile {
  path: string;
  /** Where the artifact holds it. */
  artifactPath: string;
  bytes?: Uint8Array;
  missing?: true;
  /** Present, but not read (too large, a link, not a regular file): it cannot be matched. */
  unread?: string;
}

export interface ArtifactCheck {
  report: Report;
  files: ArtifactFile[];
  /** How the artifact's own report differs from the check's (empty when it does not). */
  differences: string[];
}

export interface ArtifactInputs {
  fromReport: string;
  /** The artifact's copy of the inventory folder; default: `inventory` beside the report. */
  fromInventory?: string;
  /** The inventory folder in the repository (as the pull request's run named it). */
  inventory: string;
  /** Folders the artifact may be read from (the workspace, RUNNER_TEMP). */
  roots: string[];
}

export function checkArtifact(
  inputs: ArtifactInputs,
  engine: CheckOptions,
): ArtifactCheck | { error: string } {
  const reportRoot = rootOf(inputs.fromReport, inputs.roots);
  if (reportRoot === undefined) {
    return { error: `from-report "${inputs.fromReport}" is outside the workspace and RUNNER_TEMP` };
  }
  if (linksOut(inputs.fromReport, reportRoot)) {
    return {
      error: `from-report "${inputs.fromReport}" is a link to a file outside ${reportRoot}`,
    };
  }
  const read = readReportFile(inputs.fromReport);
  if ('error' in read) return read;

  const folder = inputs.fromInventory ?? join(dirname(inputs.fromReport), inputs.inventory);
  const root = rootOf(folder, inputs.roots);
  if (root === undefined) {
    return { error: `from-inventory "${folder}" is outside the workspace and RUNNER_TEMP` };
  }
  const repositoryPaths = inventoryPaths(inputs.inventory);
  const files: ArtifactFile[] = [];
  const input: Partial<Record<(typeof INVENTORY_FILES)[number], FileInput>> = {};
  for (const name of INVENTORY_FILES) {
    const artifactPath = join(folder, `${name}.yaml`);
    // A link in the artifact may point anywhere on this runner: read only what stays inside.
    const file = readInventoryFile(artifactPath, { within: root });
    const path = repositoryPaths[name];
    input[name] = { ...file, path };
    if ('missing' in file) files.push({ path, artifactPath, missing: true });
    else if ('bytes' in file) files.push({ path, artifactPath, bytes: file.bytes });
    else if ('refused' in file) files.push({ path, artifactPath, unread: file.refused });
    else files.push({ path, artifactPath, unread: 'it is over the size limit' });
  }
  const required = [repositoryPaths.apps, repositoryPaths.clusters, repositoryPaths.plan];
  if (files.every((f) => f.missing || !required.includes(f.path))) {
    return {
      error: `the artifact holds no inventory in "${folder}" (no apps.yaml, clusters.yaml or plan.yaml): the pull request's run must upload the inventory folder with the report (see docs/workflows.md), or set from-inventory to where the artifact has it`,
    };
  }
  const report = check(input as InventoryInput, engine);
  return { report, files, differences: differences(read.report, report) };
}

/** What the artifact's report claims that the check of its own inventory does not give. */
function differences(claimed: Report, own: Report): string[] {
  const found: string[] = [];
  if (claimed.verdict !== own.verdict) {
    found.push(`it says ${claimed.verdict}, the check says ${own.verdict}`);
  }
  const c = claimed.summary;
  const o = own.summary;
  if (c.errors !== o.errors || c.warnings !== o.warnings) {
    found.push(
      `it counts ${c.errors} errors and ${c.warnings} warnings, the check ${o.errors} and ${o.warnings}`,
    );
  }
  const shell = (r: Report) => r.commands.map((command) => command.shell).join('\n');
  if (shell(claimed) !== shell(own)) found.push('its commands are not the ones the check gives');
  return found;
}

/**
 * Matches the artifact's files with the pull request's head commit: each must be there with the
 * same git blob id, and each the artifact lacks must be absent there too. Returns what does not
 * match, or undefined when everything does.
 */
export async function mismatchWithCommit(
  client: GitHubClient,
  repository: RepoRef,
  headSha: string,
  files: readonly ArtifactFile[],
): Promise<string | undefined> {
  const folders = new Map<string, ArtifactFile[]>();
  for (const file of files) {
    const folder = posix.dirname(file.path);
    folders.set(folder, [...(folders.get(folder) ?? []), file]);
  }
  const short = headSha.slice(0, 7);
  for (const [folder, inFolder] of folders) {
    const entries = await listFolder(client, repository, folder === '.' ? '' : folder, headSha);
    for (const file of inFolder) {
      const entry = entries.get(posix.basename(file.path));
      if (file.missing) {
        if (entry) return `${file.path} is in commit ${short} but not in the artifact`;
        continue;
      }
      if (!entry) return `${file.path} is in the artifact but not in commit ${short}`;
      if (file.unread) return `${file.path} in the artifact was not read (${file.unread})`;
      if (entry.type !== 'file') return `${file.path} is not a regular file in commit ${short}`;
      if (entry.sha !== (await gitBlobId(file.bytes!))) {
        return `${file.path} in the artifact is not the one in commit ${short}`;
      }
    }
  }
  return undefined;
}

async function listFolder(
  client: GitHubClient,
  repository: RepoRef,
  path: string,
  ref: string,
): Promise<Map<string, { type: string; sha: string }>> {
  try {
    const { data } = await client.rest.repos.getContent({ ...repository, path, ref });
    const list = Array.isArray(data) ? data : [];
    return new Map(list.map((entry) => [entry.name, { type: entry.type, sha: entry.sha }]));
  } catch (error) {
    if ((error as { status?: unknown }).status === 404) return new Map();
    throw error;
  }
}

/** git's object id of a blob: SHA-1 over "blob <size>\0" and the bytes. */
export async function gitBlobId(bytes: Uint8Array): Promise<string> {
  const { createHash } = await import('node:crypto');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

function linksOut(path: string, root: string): boolean {
  try {
    return !isWithin(realpathSync(path), realpathSync(root));
  } catch {
    return false; // missing: readReportFile says so
  }
}

function rootOf(path: string, roots: readonly string[]): string | undefined {
  const target = resolve(path);
  return roots.find((root) => isWithin(target, resolve(root)));
}
