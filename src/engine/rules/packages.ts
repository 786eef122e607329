// packages/* rules: every download the window needs is in packages.yaml and fits the target.
import type { CoreDownload, Download, PackageDownload } from '../downloads.js';
import { type Finding, finding } from '../findings.js';
import type { Loc } from '../inventory/model.js';
import { minorOf } from '../versions.js';

function at(
  rule: Finding['rule'],
  message: string,
  loc: Loc,
  details: Parameters<typeof finding>[4],
): Finding {
  return finding(rule, message, loc.file, loc.offset, details);
}

export function checkPackages(downloads: Download[], target: string | undefined): Finding[] {
  return downloads.flatMap((d) => (d.kind === 'core' ? checkCore(d) : checkPackage(d, target)));
}

/** packages/core-missing */
function checkCore(download: CoreDownload): Finding[] {
  if (download.status !== 'missing') return [];
  const move = download.firstMove;
  return [
    at(
      'packages/core-missing',
      `no Core package for ${download.version} in packages.yaml, and step ${move.step.index} moves ${move.cluster.name} there; download it from the Customer Portal and add "- core: ${download.version}" with its file`,
      move.step.to!.at,
      { cluster: move.cluster.name, step: move.step.index, package: `core ${download.version}` },
    ),
  ];
}

function checkPackage(download: PackageDownload, target: string | undefined): Finding[] {
  const findings: Finding[] = [];
  const name = download.name ?? download.displayName ?? 'package';
  if (download.status === 'missing') {
    if (download.prestage) {
      const { move } = download.prestage;
      findings.push(
        at(
          'packages/topolvm-prestage',
          `${name} (TopoLVM) runs on ${download.clusters.join(', ')}, and ${minorOf(move.from)} -> ${minorOf(move.to)} needs its package pushed to those clusters (--clusters ${download.clusters.join(',')}) before step ${move.step.index} moves ${move.cluster.name}; download it and add it to packages.yaml`,
          move.at,
          { cluster: move.cluster.name, step: move.step.index, package: name },
        ),
      );
    } else if (download.companion) {
      const { move, triggers } = download.companion;
      findings.push(
        at(
          'packages/log-essentials',
          `${triggers.join(', ')} (log storage) is installed and step ${move.step.index} moves ${move.cluster.name} to ${move.to.text}: from 4.2 on, the Alauda Container Platform Log Essentials package must be uploaded before the upgrade; download it and add it to packages.yaml`,
          move.at,
          { cluster: move.cluster.name, step: move.step.index, package: 'Log Essentials' },
        ),
      );
    } else if (download.app) {
      findings.push(
        at(
          'packages/missing',
          `${name} (${download.type}) ${download.clusters.length > 0 ? `runs on ${download.clusters.join(', ')}` : 'is listed in apps.yaml'} but packages.yaml has no package for it; download it before the window (holding one back forces a second window)`,
          download.app.at,
          { package: name },
        ),
      );
    }
  }
  const spec = download.spec;
  if (spec && download.problem === 'incompatible') {
    findings.push(
      at(
        'packages/incompatible',
        `the ${name} package ${spec.version} lists ACP ${spec.acpVersions!.map((v) => v.text).join(', ')}, not the target ${target}; download a version compatible with ${target}`,
        spec.acpVersionsAt ?? spec.at,
        { package: name },
      ),
    );
  }
  if (spec && download.problem === 'older-than-installed') {
    const where =
      download.app?.installed
        .filter((i) => i.version === download.newestInstalled)
        .map((i) => i.cluster) ?? [];
    findings.push(
      at(
        'packages/older-than-installed',
        `the ${name} package ${spec.version} is older than ${download.newestInstalled} on ${where.join(', ')}; download ${download.newestInstalled} or later`,
        spec.versionAt,
        { package: name },
      ),
    );
  }
  return findings;
}
