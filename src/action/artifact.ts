// comment-from-report, the privileged half of the fork-safe pair (docs/security.md). The artifact
// comes from the pull request's own run, whose workflow file the pull request itself can change:
// everything in it is hostile data. So nothing the artifact *says* is posted. It carries the
// inventory files; this run checks them itself with the engine (YAML is data, no code of the
// pull request runs) and posts its own report. Before anything about that inventory is written
// (outputs, job summary, report files, annotations, the comment), its files are matched with the
// pull request's head commit: the git trees API gives each entry's mode, and only a regular file
// with the same blob id matches (a submodule or a symbolic link there never does), so that an
// artifact cannot swap in another inventory than the one the pull request holds. A file of the
// artifact that is a symbolic link is refused outright, wherever it points: download-artifact
// writes none, and one would make this run read (and quote) a file of the runner. The report in
// the artifact is only compared with the check's own, and a difference is a warning.
import { lstatSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
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
  const reportLink = linkOnTheWay(inputs.fromReport, reportRoot);
  if (reportLink !== undefined) return { error: linkRefused('from-report', reportLink) };
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
    const link = linkOnTheWay(artifactPath, root);
    if (link !== undefined) return { error: linkRefused('the artifact', link) };
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

/** The modes of a regular file in a git tree; a link is 120000, a submodule 160000. */
const REGULAR_FILE = new Set(['100644', '100755']);

/** One entry of a git tree, as the trees API gives it. */
interface TreeEntry {
  mode: string;
  type: string;
  sha: string;
}

/**
 * Matches the artifact's files with the pull request's head commit: each must be there as a
 * regular file (mode 100644 or 100755) with the same git blob id, and each the artifact lacks must
 * be absent there too. The commit's folders are read with the git trees API, which gives each
 * entry's mode: the contents API lists a submodule as a file, with its commit id as the sha, which
 * a pull request can set to the blob id of any file it likes. Returns what does not match, or
 * undefined when everything does.
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
  const trees = new CommitTrees(client, repository, headSha);
  for (const [folder, inFolder] of folders) {
    const listed = await trees.folder(folder === '.' ? '' : folder);
    for (const file of inFolder) {
      if (typeof listed === 'string') {
        if (file.missing) continue;
        return `${file.path} is in the artifact, but ${listed} in commit ${short}`;
      }
      const entry = listed.get(posix.basename(file.path));
      if (file.missing) {
        if (entry) return `${file.path} is in commit ${short} but not in the artifact`;
        continue;
      }
      if (!entry) return `${file.path} is in the artifact but not in commit ${short}`;
      if (file.unread) return `${file.path} in the artifact was not read (${file.unread})`;
      if (entry.type !== 'blob' || !REGULAR_FILE.has(entry.mode)) {
        return `${file.path} is ${describeEntry(entry)} in commit ${short}, not a regular file`;
      }
      if (entry.sha !== (await gitBlobId(file.bytes!))) {
        return `${file.path} in the artifact is not the one in commit ${short}`;
      }
    }
  }
  return undefined;
}

function describeEntry(entry: TreeEntry): string {
  if (entry.mode === '160000' || entry.type === 'commit') return 'a submodule';
  if (entry.mode === '120000') return 'a symbolic link';
  if (entry.type === 'tree') return 'a folder';
  return `an entry of mode ${entry.mode}`;
}

/** The commit's folders, read one level at a time from its root (no recursive listing to cut). */
class CommitTrees {
  private readonly cache = new Map<string, Promise<Map<string, TreeEntry> | string>>();

  constructor(
    private readonly client: GitHubClient,
    private readonly repository: RepoRef,
    private readonly commit: string,
  ) {}

  /** The entries of `path` (a folder, '' for the root), or why there is no such folder. */
  folder(path: string): Promise<Map<string, TreeEntry> | string> {
    let known = this.cache.get(path);
    if (!known) {
      known = this.read(path);
      this.cache.set(path, known);
    }
    return known;
  }

  private async read(path: string): Promise<Map<string, TreeEntry> | string> {
    if (path === '') return this.tree(this.commit);
    const parent = await this.folder(posix.dirname(path) === '.' ? '' : posix.dirname(path));
    if (typeof parent === 'string') return parent;
    const entry = parent.get(posix.basename(path));
    if (!entry) return `${path}/ is not there`;
    if (entry.type !== 'tree') return `${path} is ${describeEntry(entry)}`;
    return this.tree(entry.sha);
  }

  private async tree(sha: string): Promise<Map<string, TreeEntry>> {
    const { data } = await this.client.rest.git.getTree({ ...this.repository, tree_sha: sha });
    return new Map(
      data.tree.flatMap((entry) =>
        entry.path !== undefined && entry.mode !== undefined && entry.type !== undefined
          ? [[entry.path, { mode: entry.mode, type: entry.type, sha: entry.sha ?? '' }]]
          : [],
      ),
    );
  }
}

/** git's object id of a blob: SHA-1 over "blob <size>\0" and the bytes. */
export async function gitBlobId(bytes: Uint8Array): Promise<string> {
  const { createHash } = await import('node:crypto');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/**
 * The first symbolic link on the way from `root` down to `path` (the file itself included), as a
 * path relative to `root`; undefined when there is none (or when the path is missing: the reader
 * says so).
 */
function linkOnTheWay(path: string, root: string): string | undefined {
  const base = resolve(root);
  let at = base;
  for (const part of relative(base, resolve(path)).split(sep)) {
    if (part === '') continue;
    at = join(at, part);
    try {
      if (lstatSync(at).isSymbolicLink()) return relative(base, at).split(sep).join('/');
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function linkRefused(what: string, link: string): string {
  return `${what}: "${link}" is a symbolic link; the artifact's files are read only as regular files (download-artifact writes no links), so nothing of it was read`;
}

function rootOf(path: string, roots: readonly string[]): string | undefined {
  const target = resolve(path);
  return roots.find((root) => isWithin(target, resolve(root)));
}
