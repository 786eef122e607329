// An inventory folder read from disk the way the CLI reads it, for tests that run the engine on
// fixtures and examples: an absent file is `{ path, missing: true }`, and any file can be
// replaced by an edit of its text (or left out) to make one change visible.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileInput, InventoryInput } from '../../src/engine/check.js';

export const FILE_NAMES = ['apps', 'clusters', 'plan', 'packages', 'catalog'] as const;
export type FileName = (typeof FILE_NAMES)[number];
export type Edits = Partial<Record<FileName, (text: string) => string>>;

export interface InventoryOptions {
  /** Changes to a file's text before the engine reads it. */
  edits?: Edits;
  /** Files read as absent. */
  without?: FileName[];
}

/**
 * The inventory in `folder`, its files named `${as}/<name>.yaml` in findings (a stable path for
 * assertions on file, line and column).
 */
export function inventoryAt(
  folder: string,
  as: string,
  { edits = {}, without = [] }: InventoryOptions = {},
): InventoryInput {
  const file = (name: FileName): FileInput => {
    const path = `${as}/${name}.yaml`;
    const abs = join(folder, `${name}.yaml`);
    if (without.includes(name) || !existsSync(abs)) return { path, missing: true };
    const text = readFileSync(abs, 'utf8');
    const edit = edits[name];
    return { path, text: edit ? edit(text) : text };
  };
  const [apps, clusters, plan, packages, catalog] = FILE_NAMES.map(file) as [
    FileInput,
    FileInput,
    FileInput,
    FileInput,
    FileInput,
  ];
  return { apps, clusters, plan, packages, catalog };
}
