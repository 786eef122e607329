// The pipeline's first stage: every inventory file read, parsed and loaded against the catalog it
// builds first (the built-in one and catalog.yaml). A file that does not load leaves its part
// undefined, with findings that say why; nothing here throws for input.
import { BUILTIN_CATALOG } from './catalog/builtin.js';
import type { Catalog } from './catalog/catalog.js';
import { type CatalogChanges, type OverridePolicy, buildCatalog } from './catalog/merge.js';
import type { Finding } from './findings.js';
import { loadApps, loadClusters, loadPackages, loadPlan } from './inventory/load.js';
import type { Apps, Clusters, PackageSpec, PlanSpec } from './inventory/model.js';
import { type FileInput, type InventoryInput, readText } from './inventory/text.js';
import { append } from './inventory/validate.js';
import { type ParsedYaml, parseYaml } from './yaml.js';

export interface Inventory {
  findings: Finding[];
  catalog: Catalog;
  /** What catalog.yaml added to or replaced in the built-in catalog. */
  catalogChanges: CatalogChanges;
  clusters?: Clusters;
  apps?: Apps;
  plan?: PlanSpec;
  /** Empty when there is no packages.yaml (nothing downloaded yet); absent when it did not load. */
  packages?: PackageSpec[];
}

export function loadInventory(files: InventoryInput, catalogOverrides?: OverridePolicy): Inventory {
  const findings: Finding[] = [];
  const read = (input: FileInput | undefined, required: boolean): ParsedYaml | undefined => {
    if (!input) return undefined;
    const text = readText(input, required, findings);
    if (text === undefined) return undefined;
    const { parsed, findings: problems } = parseYaml(input.path, text);
    append(findings, problems);
    return parsed ?? undefined;
  };

  const built = buildCatalog(BUILTIN_CATALOG, read(files.catalog, false), catalogOverrides);
  append(findings, built.findings);
  const { catalog } = built;
  const inventory: Inventory = { findings, catalog, catalogChanges: built.changes };
  const clustersFile = read(files.clusters, true);
  const appsFile = read(files.apps, true);
  const planFile = read(files.plan, true);
  const packagesFile = read(files.packages, false);

  const take = <T>(loaded: { value: T | undefined; findings: Finding[] }): T | undefined => {
    append(findings, loaded.findings);
    return loaded.value;
  };
  if (clustersFile) inventory.clusters = take(loadClusters(clustersFile, catalog));
  if (appsFile) inventory.apps = take(loadApps(appsFile, inventory.clusters));
  if (planFile) inventory.plan = take(loadPlan(planFile, catalog, inventory.clusters));
  // No packages.yaml means nothing is downloaded yet; one that does not load leaves it unknown.
  if (packagesFile) inventory.packages = take(loadPackages(packagesFile));
  else if (!files.packages || 'missing' in files.packages) inventory.packages = [];
  return inventory;
}
