// Reads an inventory from disk for the engine: bytes, not text (the engine reports non-UTF-8),
// and never a file over the size limit (its size is reported instead).
import { openSync, readSync, closeSync, fstatSync } from 'node:fs';
import { posix } from 'node:path';
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

export function readInventory(paths: Record<InventoryFileName, string>): InventoryInput {
  return {
    apps: readInventoryFile(paths.apps),
    clusters: readInventoryFile(paths.clusters),
    plan: readInventoryFile(paths.plan),
    packages: readInventoryFile(paths.packages),
    catalog: readInventoryFile(paths.catalog),
  };
}

export function readInventoryFile(path: string): FileInput {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return { path, missing: true };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { path, missing: true };
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
