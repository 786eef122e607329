// Reads an inventory from disk for the engine, for both adapters (the CLI and the action): bytes,
// not text (the engine reports non-UTF-8), and never a file over the size limit (its size is
// reported instead).
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { posix, relative, resolve, isAbsolute } from 'node:path';
import type { FileInput, InventoryInput } from '../engine/check.js';
import { MAX_FILE_BYTES } from '../engine/yaml.js';

export const INVENTORY_FILES = ['apps', 'clusters', 'plan', 'packages', 'catalog'] as const;
export type InventoryFileName = (typeof INVENTORY_FILES)[number];

/** Each file's path: `<inventory>/<name>.yaml` unless overridden. */
export function inventoryPaths(
  inventory: string,
  overrides: Partial<Record<InventoryFileName, string>> = {},
): Record<InventoryFileName, string> {
  const paths = {} as Record<InventoryFileName, string>;
  for (const name of INVENTORY_FILES) {
    paths[name] = overrides[name] || posix.join(inventory.replace(/\\/g, '/'), `${name}.yaml`);
  }
  return paths;
}

export interface ReadOptions {
  /**
   * Refuse a file whose real path (symbolic links followed) lies outside this folder. The action
   * passes the workspace: a pull request could otherwise link acp/apps.yaml to a file of the
   * runner, such as the checkout's .git/config, and have the check quote it in the comment.
   */
  within?: string;
}

export function readInventory(
  paths: Record<InventoryFileName, string>,
  options: ReadOptions = {},
): InventoryInput {
  return {
    apps: readInventoryFile(paths.apps, options),
    clusters: readInventoryFile(paths.clusters, options),
    plan: readInventoryFile(paths.plan, options),
    packages: readInventoryFile(paths.packages, options),
    catalog: readInventoryFile(paths.catalog, options),
  };
}

export function readInventoryFile(path: string, options: ReadOptions = {}): FileInput {
  let fd: number;
  try {
    // Non-blocking, so that a named pipe in the inventory cannot hold the run forever.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return { path, missing: true };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      return stat.isDirectory()
        ? { path, missing: true }
        : { path, refused: 'it is not a regular file (a pipe or a device?)' };
    }
    if (options.within !== undefined && !isInside(realpathSync(path), options.within)) {
      return { path, refused: 'it is a link to a file outside the repository' };
    }
    if (stat.size > MAX_FILE_BYTES) return { path, size: stat.size };
    const bytes = new Uint8Array(stat.size);
    let offset = 0;
    while (offset < bytes.length) {
      const read = readSync(fd, bytes, offset, bytes.length - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return { path, bytes: bytes.subarray(0, offset) };
  } finally {
    closeSync(fd);
  }
}

function isInside(file: string, folder: string): boolean {
  let root: string;
  try {
    root = realpathSync(resolve(folder));
  } catch {
    return false;
  }
  const rel = relative(root, file);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
