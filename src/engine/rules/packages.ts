// packages/* rules: every download each hop needs is in packages.yaml and fits the journey, and
// what packages.yaml says agrees with violet's own export.
import { type MysqlPxcRule, matchesPatterns } from '../catalog/catalog.js';
import type { Catalog } from '../catalog/catalog.js';
import {
  type CoreDownload,
  type Downloads,
  type PackageDownload,
  type PackageInfo,
  scenarioOf,
} from '../downloads.js';
import { type Finding, finding } from '../findings.js';
import type { Hop } from '../hops.js';
import type { Apps, Loc } from '../inventory/model.js';
import { suggest } from '../inventory/validate.js';
import type { Move } from '../state.js';
import { compareAppVersions, compareMinor, minorOf } from '../versions.js';

function at(
  rule: Finding['rule'],
  message: string,
  loc: Loc,
  details: Parameters<typeof finding>[4],
): Finding {
  return finding(rule, message, loc.file, loc.offset, details);
}

export interface PackagesContext {
  downloads: Downloads;
  apps: Apps;
  catalog: Catalog;
  target: string | undefined;
}

export function checkPackages(ctx: PackagesContext): Finding[] {
  const { downloads } = ctx;
  const multiHop = downloads.hops.length > 1;
  const findings = downloads.list.flatMap((d) =>
    d.kind === 'core' ? checkCore(d) : checkDownload(d, downloads, multiHop, ctx.catalog),
  );
  for (const hop of downloads.hops) findings.push(...checkScenario(hop, downloads, ctx.catalog));
  for (const info of downloads.packages) findings.push(...checkPackage(info, ctx));
  findings.push(...checkMysqlPxc(ctx.catalog, ctx.apps, downloads.hops));
  return findings;
}

/** packages/core-missing, per hop */
function checkCore(download: CoreDownload): Finding[] {
  const move = download.firstMove;
  if (download.status !== 'missing' || !move) return [];
  return [
    at(
      'packages/core-missing',
      `no Core package for ${download.version} in packages.yaml, and step ${move.step.index} moves ${move.cluster.name} there; download it from the Customer Portal and add "- core: ${download.version}" with its file`,
      move.step.to!.at,
      { cluster: move.cluster.name, step: move.step.index, package: `core ${download.version}` },
    ),
  ];
}

/** packages/missing, packages/topolvm-prestage and packages/log-essentials, per hop */
function checkDownload(
  download: PackageDownload,
  all: Downloads,
  multiHop: boolean,
  catalog: Catalog,
): Finding[] {
  // Members of a scenario set are reported together, once per hop (checkScenario).
  if (download.status !== 'missing' || download.scenario) return [];
  const name = download.name ?? download.displayName ?? 'package';
  if (download.prestage) {
    const { move } = download.prestage;
    const clusters = download.clusters.filter(
      (c) => move.platform.clusters.byName.get(c)?.role !== 'standby',
    );
    return [
      at(
        'packages/topolvm-prestage',
        `${name} (TopoLVM) runs on ${download.clusters.join(', ')}, and ${minorOf(move.from)} -> ${minorOf(move.to)} needs its package pushed to those clusters (--clusters ${clusters.join(',')}) before step ${move.step.index} moves ${move.cluster.name}; download it${servingHint(download, all)} and add it to packages.yaml`,
        move.at,
        { cluster: move.cluster.name, step: move.step.index, package: name },
      ),
    ];
  }
  if (download.companion) {
    const { move, triggers } = download.companion;
    return [
      at(
        'packages/log-essentials',
        `${triggers.join(', ')} (log storage) is installed and step ${move.step.index} moves ${move.cluster.name} to ${move.to.text}: from 4.2 on, the Alauda Container Platform Log Essentials package must be uploaded before the upgrade; download it${servingHint(download, all)} and add it to packages.yaml`,
        move.at,
        { cluster: move.cluster.name, step: move.step.index, package: 'Log Essentials' },
      ),
    ];
  }
  if (!download.app) return [];
  const hop = download.hop;
  const moving = download.clusters.filter((c) => hop.moving.has(c));
  const where = `runs on ${download.clusters.join(', ')}`;
  const forHop = multiHop
    ? ` for the hop to ${hop.version.text} (${moving.join(', ')} ${moving.length === 1 ? 'moves' : 'move'} there; an Aligned plugin needs a package for every hop, one whose acpVersions lists ${minorOf(hop.version)})`
    : '';
  const scenario = scenarioOf(hop, catalog);
  if (scenario?.agnosticOptional && download.lifecycle === 'agnostic') {
    return [
      at(
        'packages/missing',
        `${name} (${download.type}, Agnostic) ${where} but packages.yaml has no package for it${forHop}${servingHint(download, all)}: missing Agnostic packages do not block the upgrade to ${minorOf(hop.version)}, but the plugin stays on its version until a later window pushes one; download it now to avoid that window`,
        download.app.at,
        { package: name, severity: 'warning' },
      ),
    ];
  }
  const cvo = scenario
    ? `; each installed Aligned plugin needs its ${minorOf(hop.version)} package before the upgrade request, or CVO stalls`
    : '';
  return [
    at(
      'packages/missing',
      `${name} (${download.type}) ${where} but packages.yaml has no package for it${forHop}${servingHint(download, all)}${cvo}; download it before the window (holding one back forces a second window)`,
      download.app.at,
      { package: name },
    ),
  ];
}

/**
 * packages/missing for a scenario set ("ACP Upgrade to v4.4"): one finding per hop listing the
 * members packages.yaml lacks, at the hop's first global-tier step.
 */
function checkScenario(hop: Hop, all: Downloads, catalog: Catalog): Finding[] {
  const scenario = scenarioOf(hop, catalog);
  const move = hop.firstTierMove;
  if (!scenario || !move) return [];
  const missing = all.list.filter(
    (d): d is PackageDownload =>
      d.kind === 'package' && d.hop === hop && d.scenario === scenario && d.status === 'missing',
  );
  if (missing.length === 0) return [];
  const names = missing.map((d) => {
    const label = d.displayName ?? d.name ?? 'package';
    return d.clusters.length > 0 ? `${label} (installed on ${d.clusters.join(', ')})` : label;
  });
  const version = hop.version.text;
  return [
    at(
      'packages/missing',
      `step ${move.step.index} moves ${move.cluster.name} to ${version}, and packages.yaml lacks ${missing.length} of the ${scenario.displayNames.length} packages of the "${scenario.scenario}" set: ${names.join('; ')}. Download the set with violet ${scenario.violetAtLeast} or later (violet ac download-app --arch=<arch> --platformVersion=v${version} --scenario="${scenario.scenario}") and list each package with its displayName; the runbook copies them into plugins/ of the extracted Core package, never violet push`,
      move.at,
      { cluster: move.cluster.name, step: move.step.index, package: scenario.scenario },
    ),
  ];
}

/** What packages.yaml holds for the application in other hops, so the message can say why. */
function servingHint(download: PackageDownload, all: Downloads): string {
  if (download.name === undefined) return '';
  const others = all.packages.filter((p) => p.spec.name === download.name);
  if (others.length === 0) return '';
  const described = others.map((p) => {
    const hops = p.hops.filter((h) => h !== download.hop).map((h) => h.version.text);
    const listed = p.spec.acpVersions
      ? `lists ACP ${p.spec.acpVersions.map((v) => v.text).join(', ')}`
      : 'lists no acpVersions, so it serves the final target only';
    return `${p.spec.version} ${listed}${hops.length > 0 ? ` (used for ${hops.join(', ')})` : ''}`;
  });
  return ` (packages.yaml has ${download.name} ${described.join('; ')})`;
}

/** Per packages.yaml entry, whatever hop it serves. */
function checkPackage(info: PackageInfo, ctx: PackagesContext): Finding[] {
  const { spec, app } = info;
  const name = spec.name;
  const findings: Finding[] = [];
  const hops = ctx.downloads.hops;
  if (info.incompatible) {
    const releases = hops.map((h) => h.version.text);
    const wanted =
      releases.length > 1
        ? `none of the releases the plan moves to (${releases.join(', ')}); download the version for the hop it should serve`
        : `not the target ${ctx.target ?? releases[0]}; download a version compatible with ${ctx.target ?? releases[0]}`;
    findings.push(
      at(
        'packages/incompatible',
        `the ${name} package ${spec.version} lists ACP ${spec.acpVersions!.map((v) => v.text).join(', ')}, ${wanted}`,
        spec.acpVersionsAt ?? spec.at,
        { package: name },
      ),
    );
  }
  if (info.olderThan !== undefined && app) {
    const where = app.installed.filter((i) => i.version === info.olderThan).map((i) => i.cluster);
    findings.push(
      at(
        'packages/older-than-installed',
        `the ${name} package ${spec.version} is older than ${info.olderThan} on ${where.join(', ')}; download ${info.olderThan} or later`,
        spec.versionAt,
        { package: name },
      ),
    );
  }
  if (app && spec.type !== app.type) {
    findings.push(
      at(
        'packages/type-mismatch',
        `packages.yaml gives ${name} the type ${spec.type}, but apps.yaml (violet's own export) says ${app.type}; the commands follow apps.yaml (${pushOf(app.type)}): write "type: ${app.type}" here`,
        spec.typeAt,
        { package: name },
      ),
    );
  }
  findings.push(...notAnUpgrade(info, hops));
  findings.push(...notInstalled(info, ctx));
  return findings;
}

function pushOf(type: string): string {
  if (type === 'OperatorBundle')
    return 'an operator is pushed to global and to every workload that runs it, with --clusters';
  if (type === 'Chart') return 'a chart goes to public-charts, without --clusters';
  return 'a cluster plugin is pushed once, without --clusters';
}

/**
 * packages/not-an-upgrade: the package is the version every cluster that runs the application
 * already has, while the plan moves one of them to a new minor release.
 */
function notAnUpgrade(info: PackageInfo, hops: Hop[]): Finding[] {
  const { spec, app } = info;
  if (!app || app.installed.length === 0) return [];
  const versions = new Set(app.installed.map((i) => i.version));
  if (![...versions].every((v) => compareAppVersions(v, spec.version) === 0)) return [];
  const running = new Set(app.installed.map((i) => i.cluster));
  const moves = hops
    .flatMap((h) => h.moves)
    .filter((m) => running.has(m.cluster.name) && compareMinor(m.from, m.to) < 0);
  if (moves.length === 0) return [];
  const last = moves[moves.length - 1]!;
  const release = minorOf(last.to);
  const clusters = [...new Set(moves.map((m) => m.cluster.name))];
  const aligned = spec.lifecycle === 'aligned';
  const head = `the ${spec.name} package ${spec.version} is the version ${[...running].join(', ')} already ${running.size === 1 ? 'runs' : 'run'}, and the plan moves ${clusters.join(', ')} to ${release}`;
  const message = aligned
    ? `${head}: Aligned plugins are released with each ACP version, and without the ${release} package CVO stalls; download the ${spec.name} package for ACP ${release}`
    : `${head}: if it is an Aligned plugin, CVO stalls without the ${release} package; download the ${release} version, or state "lifecycle: agnostic" if this one is meant to stay`;
  return [
    at('packages/not-an-upgrade', message, spec.versionAt, {
      package: spec.name,
      ...(aligned ? {} : { severity: 'warning' as const }),
    }),
  ];
}

/**
 * packages/not-installed: a package for an application that apps.yaml lists on no cluster and
 * that no package rule asks for. It is still pushed (to the global tier only): SPEC §1 lists
 * packages for applications to install later; a typo of an installed name is the usual cause.
 */
function notInstalled(info: PackageInfo, ctx: PackagesContext): Finding[] {
  const { spec, app } = info;
  if (app && app.installed.length > 0) return [];
  const asked = ctx.downloads.list.some(
    (d) =>
      d.kind === 'package' &&
      d.spec === spec &&
      d.reasons.some((r) => r !== 'installed' && r !== 'listed'),
  );
  if (asked) return [];
  const installed = ctx.apps.list.filter((a) => a.installed.length > 0).map((a) => a.name);
  const hint = suggest(spec.name, installed);
  const where = app ? 'apps.yaml lists it on no cluster' : 'apps.yaml does not list it';
  const meant = hint
    ? `; did you mean "${hint}" (installed on ${ctx.apps.byName
        .get(hint)!
        .installed.map((i) => i.cluster)
        .join(', ')})? Rename it so the package serves that application`
    : '; if it is for an application to install after the upgrade, nothing is wrong; otherwise remove it';
  return [
    at(
      'packages/not-installed',
      `the ${spec.name} package is in packages.yaml, but ${where}${meant}. It is pushed as listed, to the global tier only`,
      spec.at,
      { package: spec.name },
    ),
  ];
}

/** packages/mysql-pxc: the global tier moves into the rule's release with MySQL installed. */
function checkMysqlPxc(catalog: Catalog, apps: Apps, hops: Hop[]): Finding[] {
  const findings: Finding[] = [];
  for (const rule of catalog.packageRules) {
    if (rule.rule !== 'packages/mysql-pxc') continue;
    for (const hop of hops) {
      const move = hop.firstTierMove;
      if (!move || !movesInto(hop, move, rule)) continue;
      for (const app of apps.list) {
        if (app.installed.length === 0) continue;
        if (!matchesPatterns(rule.application, app.name, app.displayName)) continue;
        const label = app.displayName ? `${app.name} (${app.displayName})` : app.name;
        findings.push(
          at(
            'packages/mysql-pxc',
            `step ${move.step.index} moves ${move.cluster.name} into ${minorOf(rule.globalInto)} and ${label} runs on ${app.installed.map((i) => i.cluster).join(', ')}: upgrading the global cluster also upgrades the MySQL operator, and PXC instances become unmanaged after that operator upgrade; migrate any PXC instances before this step (waive this finding once there are none)`,
            move.at,
            { cluster: move.cluster.name, step: move.step.index, package: app.name },
          ),
        );
      }
    }
  }
  return findings;
}

function movesInto(hop: Hop, move: Move, rule: MysqlPxcRule): boolean {
  return (
    compareMinor(move.to, rule.globalInto) === 0 && compareMinor(hop.from, rule.globalInto) < 0
  );
}
