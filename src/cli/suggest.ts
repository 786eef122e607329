// `acp-upgrade-check suggest` (SPEC §6): writes a plan.yaml that passes the check, from the
// inventory's clusters to a target version. The engine is loaded when it runs.
import type { Analysis } from '../engine/check.js';
import { type CliIo, type OptionValues, type Subcommand, UsageError, text } from './command.js';
import { INVENTORY, INVENTORY_FILES, inventoryLocation } from './inventory-options.js';
import { emit, outOption } from './output.js';

const { apps, clusters, packages, catalog } = INVENTORY_FILES;

export const command: Subcommand = {
  name: 'suggest',
  summary: 'print a plan.yaml that passes the check, for a target version',
  description: [
    "Writes a plan.yaml that takes the inventory's clusters to the target version and passes the",
    'check: the Kubernetes steps each upgrade path needs, each hop of the shortest supported route,',
    'the DR standby before the primary, the global tier before the workloads.',
  ].join('\n'),
  options: {
    inventory: INVENTORY,
    target: {
      type: 'string',
      value: 'VERSION',
      required: true,
      description: 'the Distribution Version the global tier should reach, e.g. 4.3.0',
    },
    out: outOption('the plan', 'plan.yaml'),
    apps,
    clusters,
    packages,
    catalog,
  },
  exitCodes: {
    0: 'the plan was printed (or written to --out)',
    1: 'no supported route to the target from where the clusters are (the message says why)',
    2: 'usage error: an unknown option, no --target, a release the catalog does not know',
    3: 'internal error: a bug (--debug prints its stack)',
  },
  examples: ['acp-upgrade-check suggest --inventory acp --target 4.3.0 --out acp/plan.yaml'],
  run,
};

async function run(options: OptionValues, io: CliIo): Promise<number> {
  const target = text(options, 'target')!;
  const location = inventoryLocation(options, io.cwd, ['apps', 'clusters']);
  const [
    { inventoryPaths, readInventory },
    { analyze, remainingWith, verifiedSuggestionFor },
    versions,
    { suggestionWords },
  ] = await Promise.all([
    import('../io/files.js'),
    import('../engine/check.js'),
    import('../engine/versions.js'),
    import('../render/suggestion.js'),
  ]);
  const { plan, ...files } = readInventory(inventoryPaths(location.inventory, location.overrides));
  void plan; // the plan is what this command writes
  const analysis = analyze(files);
  checkKnownTarget(analysis, target, versions);
  const result = verifiedSuggestionFor(analysis, target);
  if ('error' in result) {
    io.stderr(`acp-upgrade-check: ${result.error}\n`);
    return 1;
  }
  emit(result.plan, text(options, 'out'), io);
  // Never "passes" unless the whole check passes: packages.yaml and the nodes count too.
  const remaining = remainingWith(
    analysis,
    { inventory: location.inventory, today: io.today },
    result.plan,
  );
  io.stderr(
    `acp-upgrade-check: the plan follows a supported route; ${suggestionWords({ suggestedPlanRemaining: remaining })}\n`,
  );
  return 0;
}

/** `suggest` to a release the catalog lacks is a usage error that lists the releases it knows. */
function checkKnownTarget(
  analysis: Analysis,
  target: string,
  { compareVersions, parseVersion }: typeof import('../engine/versions.js'),
): void {
  const version = parseVersion(target);
  if (!version) throw new UsageError(`--target "${target}" is not a version (e.g. 4.3.0)`);
  if (analysis.catalog.release(version)) return;
  const known = [...analysis.catalog.edges.values()]
    .map((edge) => edge.to)
    .sort(compareVersions)
    .map((v) => `${v.major}.${v.minor}`)
    .filter((minor, i, all) => all.indexOf(minor) === i);
  throw new UsageError(
    `--target ${version.text}: the release catalog does not know ${version.major}.${version.minor}; it knows upgrades to ${known.join(', ')} (describe a newer release in catalog.yaml)`,
  );
}
