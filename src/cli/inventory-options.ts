// The options that say where the inventory is (SPEC §1: a folder, each file overridable), shared
// by the subcommands that read one, and the check that the folder is there.
import { join, resolve } from 'node:path';
import { isFolder } from './args.js';
import { type Option, type OptionValues, UsageError, text } from './command.js';

export const INVENTORY: Option = {
  type: 'string',
  value: 'DIR',
  description: 'the inventory folder (default: acp)',
};

/** An option naming one inventory file instead of DIR/<name>.yaml. */
function inventoryFile(name: InventoryFileName, what: string, optional = false): Option {
  return {
    type: 'string',
    value: 'FILE',
    description: `${what} (default: DIR/${name}.yaml${optional ? ', optional' : ''})`,
    file: {
      instead: (folder) =>
        `give the file itself (--${name} ${join(folder, `${name}.yaml`)}), or the folder as --inventory ${folder}`,
    },
  };
}

export type InventoryFileName = 'apps' | 'clusters' | 'plan' | 'packages' | 'catalog';

export const INVENTORY_FILES = {
  apps: inventoryFile('apps', 'the `violet list` export'),
  clusters: inventoryFile('clusters', 'the clusters and their versions'),
  plan: inventoryFile('plan', 'the target and the upgrade steps'),
  packages: inventoryFile('packages', 'the packages downloaded', true),
  catalog: inventoryFile('catalog', 'catalog additions', true),
} satisfies Record<InventoryFileName, Option>;

export interface InventoryLocation {
  /** The folder as the user named it (the report shows it). */
  inventory: string;
  /** The same, resolved. */
  folder: string;
  /** The files named by their own option. */
  overrides: Partial<Record<InventoryFileName, string>>;
}

/**
 * Where the inventory is. A usage error when the folder does not exist, unless the options name
 * every file that a check cannot do without.
 */
export function inventoryLocation(
  options: OptionValues,
  cwd: string,
  required: readonly InventoryFileName[],
): InventoryLocation {
  const inventory = text(options, 'inventory') ?? 'acp';
  const overrides: Partial<Record<InventoryFileName, string>> = {};
  for (const name of Object.keys(INVENTORY_FILES) as InventoryFileName[]) {
    const value = text(options, name);
    if (value) overrides[name] = value;
  }
  const folder = resolve(cwd, inventory);
  if (!required.every((name) => overrides[name]) && !isFolder(folder)) {
    throw new UsageError(`no inventory folder "${inventory}" (give --inventory DIR)`);
  }
  return { inventory, folder, overrides };
}
