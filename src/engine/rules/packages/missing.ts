// packages/missing: every hop's download list (downloads.ts: the Aligned packages of the
// applications on the clusters that move in it, the Agnostic ones for the final target, and the
// members of a scenario set) is in packages.yaml.
import type { Downloads, PackageDownload } from '../../downloads.js';
import { scenarioOf } from '../../downloads.js';
import type { Hop } from '../../hops.js';
import { minorOf } from '../../versions.js';
import { type PackagesContext, type Reporter, defineRule } from '../rule.js';
import { servingHint } from './serving-hint.js';

export const missing = defineRule({
  id: 'packages/missing',
  severity: 'error',
  title: 'An installed application has no package',
  waivable: true,
  phase: 'packages',
  alsoReports: [{ severity: 'warning', when: 'for a missing Agnostic package in 4.4' }],
  docs: 'missing.md',
  check: {
    packages(ctx, out) {
      const multiHop = ctx.downloads.hops.length > 1;
      for (const download of ctx.downloads.list) {
        if (download.kind === 'package') checkDownload(download, ctx, multiHop, out);
      }
      for (const hop of ctx.downloads.hops) checkScenario(hop, ctx, out);
    },
  },
});

function checkDownload(
  download: PackageDownload,
  { downloads, catalog }: PackagesContext,
  multiHop: boolean,
  out: Reporter,
): void {
  // Members of a scenario set are reported together, once per hop; the special packages by their
  // own rules (packages/topolvm-prestage, packages/log-essentials).
  if (download.status !== 'missing' || download.scenario) return;
  if (download.prestage || download.companion || !download.app) return;
  const name = download.name ?? download.displayName ?? 'package';
  const hop = download.hop;
  const moving = download.clusters.filter((c) => hop.moving.has(c));
  const where = `runs on ${download.clusters.join(', ')}`;
  const forHop = multiHop
    ? ` for the hop to ${hop.version.text} (${moving.join(', ')} ${moving.length === 1 ? 'moves' : 'move'} there; an Aligned plugin needs a package for every hop, one whose acpVersions lists ${minorOf(hop.version)})`
    : '';
  const hint = servingHint(download, downloads);
  const scenario = scenarioOf(hop, catalog);
  if (scenario?.agnosticOptional && download.lifecycle === 'agnostic') {
    out.report(
      `${name} (${download.type}, Agnostic) ${where} but packages.yaml has no package for it${forHop}${hint}: missing Agnostic packages do not block the upgrade to ${minorOf(hop.version)}, but the plugin stays on its version until a later window pushes one; download it now to avoid that window`,
      download.app.at,
      { package: name, severity: 'warning' },
    );
    return;
  }
  const cvo = scenario
    ? `; each installed Aligned plugin needs its ${minorOf(hop.version)} package before the upgrade request, or CVO stalls`
    : '';
  out.report(
    `${name} (${download.type}) ${where} but packages.yaml has no package for it${forHop}${hint}${cvo}; download it before the window (holding one back forces a second window)`,
    download.app.at,
    { package: name },
  );
}

/**
 * A scenario set ("ACP Upgrade to v4.4"): one finding per hop listing the members packages.yaml
 * lacks, at the hop's first global-tier step.
 */
function checkScenario(hop: Hop, { downloads, catalog }: PackagesContext, out: Reporter): void {
  const scenario = scenarioOf(hop, catalog);
  const move = hop.firstTierMove;
  if (!scenario || !move) return;
  const absent = missingMembers(downloads, hop, scenario);
  if (absent.length === 0) return;
  const names = absent.map((d) => {
    const label = d.displayName ?? d.name ?? 'package';
    return d.clusters.length > 0 ? `${label} (installed on ${d.clusters.join(', ')})` : label;
  });
  const version = hop.version.text;
  out.report(
    `step ${move.step.index} moves ${move.cluster.name} to ${version}, and packages.yaml lacks ${absent.length} of the ${scenario.displayNames.length} packages of the "${scenario.scenario}" set: ${names.join('; ')}. Download the set with violet ${scenario.violetAtLeast} or later (violet ac download-app --arch=<arch> --platformVersion=v${version} --scenario="${scenario.scenario}") and list each package with its displayName; the runbook copies them into plugins/ of the extracted Core package, never violet push`,
    move.at,
    { cluster: move.cluster.name, step: move.step.index, package: scenario.scenario },
  );
}

function missingMembers(
  downloads: Downloads,
  hop: Hop,
  scenario: PackageDownload['scenario'],
): PackageDownload[] {
  return downloads.list.filter(
    (d): d is PackageDownload =>
      d.kind === 'package' && d.hop === hop && d.scenario === scenario && d.status === 'missing',
  );
}
