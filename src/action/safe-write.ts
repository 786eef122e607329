// Writing the files the workflow asks for (report-file, sarif-file) into a workspace that a pull
// request filled: its commit can hold symbolic links (`acp-upgrade-report.json -> ~/.bashrc`, or a
// folder `out -> /etc`), and a write through one lands outside the repository. So a file is
// written only inside the workspace or RUNNER_TEMP, through no link at any level: every folder
// on the way is checked with lstat, the file is written to a new temporary file beside it
// (O_EXCL, O_NOFOLLOW) and renamed over the target, which replaces a link instead of following it.
import {
  closeSync,
  constants,
  lstatSync,
  mkdirSync,
  realpathSync,
  openSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

export type WriteResult = { ok: true } | { ok: false; reason: string };

/**
 * Writes `text` to `path` (relative to the working directory) when it lies inside one of
 * `roots`, reached through no symbolic link; otherwise says why not, and writes nothing.
 */
export function writeFileInside(path: string, text: string, roots: readonly string[]): WriteResult {
  const target = resolve(path);
  // A root may itself be reached through a link the runner made (macOS: /var -> /private/var).
  const root = roots
    .flatMap((r) => [resolve(r), realPath(r)])
    .find((r) => r !== undefined && isWithin(target, r) && target !== r);
  if (root === undefined) {
    return { ok: false, reason: `it is outside ${describeRoots(roots)}` };
  }
  const parts = relative(root, target).split(sep);
  const name = parts.pop()!;
  let folder = root;
  for (const part of parts) {
    folder = join(folder, part);
    const kind = kindOf(folder);
    if (kind === 'missing') {
      mkdirSync(folder);
    } else if (kind === 'link') {
      return { ok: false, reason: `${quote(relative(root, folder))} is a symbolic link` };
    } else if (kind !== 'directory') {
      return { ok: false, reason: `${quote(relative(root, folder))} is not a folder` };
    }
  }
  const file = join(folder, name);
  const kind = kindOf(file);
  if (kind === 'link') return { ok: false, reason: 'it is a symbolic link' };
  if (kind !== 'missing' && kind !== 'file')
    return { ok: false, reason: 'it is not a regular file' };

  const temporary = join(folder, `.${name}.${process.pid}.${Date.now().toString(36)}.tmp`);
  // O_NOFOLLOW does not exist on Windows; O_EXCL already refuses any existing entry there.
  const flags =
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);
  const fd = openSync(temporary, flags, 0o644);
  try {
    writeSync(fd, text);
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temporary, file);
  return { ok: true };
}

/** The folders a file may be written to: the workspace and RUNNER_TEMP, or else the working folder. */
export function writableRoots(context: { workspace?: string; runnerTemp?: string }): string[] {
  const roots = [context.workspace, context.runnerTemp].filter((r): r is string => !!r);
  return roots.length > 0 ? roots : [process.cwd()];
}

export function isWithin(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function realPath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

function kindOf(path: string): 'missing' | 'link' | 'directory' | 'file' | 'other' {
  try {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) return 'link';
    if (stat.isDirectory()) return 'directory';
    return stat.isFile() ? 'file' : 'other';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
}

function describeRoots(roots: readonly string[]): string {
  return roots.length === 1
    ? `the workspace (${roots[0]})`
    : `the workspace (${roots[0]}) and RUNNER_TEMP (${roots[1]})`;
}

function quote(path: string): string {
  return JSON.stringify(path.split(sep).join('/'));
}
