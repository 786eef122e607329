// The required download list: a Core package for every Distribution Version the plan moves to,
// a package for every application in apps.yaml, and the special packages of the catalog's
// package rules, each with its status against packages.yaml.
import { type CompanionRule, type PrestageRule, matchesPatterns } from './catalog/catalog.js';
import type { Catalog } from './catalog/catalog.js';
import { compareText } from './findings.js';
import type {
  AppPackageSpec,
  ApplicationSpec,
  ApplicationType,
  Apps,
  Clusters,
  CorePackageSpec,
  PackageSpec,
  PlanSpec,
} from './inventory/model.js';
import type { Move } from './state.js';
import {
  type Version,
  compareAppVersions,
  compareMinor,
  compareVersions,
  matchesVersion,
  minorOf,
} from './versions.js';

export type DownloadStatus = 'present' | 'missing' | 'incompatible';
/** Why a package is on the list: installed somewhere, a package rule, or just downloaded. */
export const DOWNLOAD_REASONS = [
  'installed',
  'topolvm-prestage',
  'log-essentials',
  'listed',
] as const;
export type DownloadReason = (typeof DOWNLOAD_REASONS)[number];

export interface CoreDownload {
  kind: 'core';
  version: string;
  status: DownloadStatus;
  file?: string;
  /** The first move to this version (the finding points there). */
  firstMove: Move;
  spec?: CorePackageSpec;
}

export interface PackageDownload {
  kind: 'package';
  /** The application (package) name; absent for a rule's package nobody named yet. */
  name?: string;
  displayName?: string;
  type?: ApplicationType;
  lifecycle?: 'aligned' | 'agnostic';
  /** Clusters that run the application, in clusters.yaml order. */
  clusters: string[];
  installedVersions: string[];
  status: DownloadStatus;
  reasons: DownloadReason[];
  version?: string;
  file?: string;
  app?: ApplicationSpec;
  spec?: AppPackageSpec;
  /** Why the status is not "present", for the finding. */
  problem?: 'incompatible' | 'older-than-installed';
  newestInstalled?: string;
  prestage?: { rule: PrestageRule; move: Move };
  companion?: { rule: CompanionRule; move: Move; triggers: string[] };
}

export type Download = CoreDownload | PackageDownload;

export interface DownloadInput {
  catalog: Catalog;
  apps: Apps;
  packages: PackageSpec[];
  clusters: Clusters | undefined;
  plan: PlanSpec | undefined;
  moves: Move[];
}

export function computeDownloads(input: DownloadInput): Download[] {
  return [...coreDownloads(input), ...packageDownloads(input)];
}

function coreDownloads({ packages, moves }: DownloadInput): CoreDownload[] {
  const cores = packages.filter((p): p is CorePackageSpec => p.kind === 'core');
  const firstByVersion = new Map<string, Move>();
  for (const move of moves) {
    if (!firstByVersion.has(move.to.text)) firstByVersion.set(move.to.text, move);
  }
  return [...firstByVersion.values()]
    .sort((a, b) => compareVersions(a.to, b.to) || compareText(a.to.text, b.to.text))
    .map((move) => {
      const spec = cores.find(
        (c) => matchesVersion(c.version, move.to) || matchesVersion(move.to, c.version),
      );
      const download: CoreDownload = {
        kind: 'core',
        version: move.to.text,
        status: spec ? 'present' : 'missing',
        firstMove: move,
      };
      if (spec) {
        download.file = spec.file;
        download.spec = spec;
      }
      return download;
    });
}

function packageDownloads(input: DownloadInput): PackageDownload[] {
  const { apps, packages, clusters, plan } = input;
  const named = new Map<string, AppPackageSpec>();
  for (const p of packages) if (p.kind === 'package') named.set(p.name, p);
  const byName = new Map<string, PackageDownload>();

  for (const app of apps.list) {
    const runningOn = inClusterOrder(
      app.installed.map((i) => i.cluster),
      clusters,
    );
    const download: PackageDownload = {
      kind: 'package',
      name: app.name,
      type: app.type,
      clusters: runningOn,
      installedVersions: [...new Set(app.installed.map((i) => i.version))].sort(compareVersionText),
      status: 'missing',
      reasons: ['installed'],
      app,
    };
    if (app.displayName !== undefined) download.displayName = app.displayName;
    byName.set(app.name, download);
  }

  // Packages nobody asked for are still pushed: the user downloaded them for this window.
  for (const spec of named.values()) {
    if (!byName.has(spec.name)) {
      byName.set(spec.name, {
        kind: 'package',
        name: spec.name,
        type: spec.type,
        clusters: [],
        installedVersions: [],
        status: 'missing',
        reasons: ['listed'],
      });
    }
  }

  const downloads = [...byName.values()];
  applyPrestageRules(input, downloads);
  const extra = applyCompanionRules(input, downloads, named);

  for (const download of [...downloads, ...extra]) {
    const spec = download.name !== undefined ? named.get(download.name) : undefined;
    if (spec) attachPackage(download, spec, plan);
  }
  return [...downloads, ...extra].sort(
    (a, b) =>
      compareText(a.name ?? '\uffff', b.name ?? '\uffff') ||
      compareText(a.displayName ?? '', b.displayName ?? ''),
  );
}

function attachPackage(
  download: PackageDownload,
  spec: AppPackageSpec,
  plan: PlanSpec | undefined,
): void {
  download.spec = spec;
  download.file = spec.file;
  download.version = spec.version;
  download.type = spec.type;
  if (spec.lifecycle) download.lifecycle = spec.lifecycle;
  if (spec.displayName !== undefined && download.displayName === undefined)
    download.displayName = spec.displayName;
  download.status = 'present';
  const target = plan?.target;
  if (target && spec.acpVersions && !spec.acpVersions.some((v) => compareMinor(v, target) === 0)) {
    download.status = 'incompatible';
    download.problem = 'incompatible';
    return;
  }
  const newest = newestVersion(download.installedVersions);
  if (newest !== undefined && (compareAppVersions(spec.version, newest) ?? 0) < 0) {
    download.status = 'incompatible';
    download.problem = 'older-than-installed';
    download.newestInstalled = newest;
  }
}

/** TopoLVM pre-stage: an application matching the rule, installed, and a move along one of its edges. */
function applyPrestageRules(input: DownloadInput, downloads: PackageDownload[]): void {
  for (const rule of input.catalog.packageRules) {
    if (rule.rule !== 'packages/topolvm-prestage') continue;
    const move = firstMoveAlong(input.moves, rule.edges);
    if (!move) continue;
    for (const download of downloads) {
      const app = download.app;
      if (!app || app.installed.length === 0) continue;
      if (!matchesPatterns(rule.application, app.name, app.displayName)) continue;
      download.reasons.push('topolvm-prestage');
      download.prestage = { rule, move };
    }
  }
}

/** Prefer the global tier's move (the step the push must precede), else the first. */
function firstMoveAlong(moves: Move[], edges: { from: Version; to: Version }[]): Move | undefined {
  const along = moves.filter(
    (m) =>
      m.edge &&
      edges.some((e) => minorOf(e.from) === minorOf(m.from) && minorOf(e.to) === minorOf(m.to)),
  );
  return along.find((m) => m.cluster.role !== 'workload') ?? along[0];
}

/**
 * Log Essentials: a log storage plugin is installed and the global tier moves to the rule's
 * release or later. The package is recognised by pattern and must not be a trigger itself.
 */
function applyCompanionRules(
  input: DownloadInput,
  downloads: PackageDownload[],
  named: Map<string, AppPackageSpec>,
): PackageDownload[] {
  const extra: PackageDownload[] = [];
  for (const rule of input.catalog.packageRules) {
    if (rule.rule !== 'packages/log-essentials') continue;
    const move = input.moves.find(
      (m) =>
        m.cluster.role !== 'workload' &&
        compareMinor(m.to, rule.globalAtLeast) >= 0 &&
        compareMinor(m.from, m.to) < 0,
    );
    if (!move) continue;
    const triggers = input.apps.list
      .filter(
        (app) =>
          app.installed.length > 0 &&
          matchesPatterns(rule.whenInstalled, app.name, app.displayName),
      )
      .map((app) => app.name);
    if (triggers.length === 0) continue;
    const isCompanion = (name: string, displayName: string | undefined) =>
      matchesPatterns(rule.package, name, displayName) &&
      !matchesPatterns(rule.whenInstalled, name, displayName);
    const spec = [...named.values()].find((p) => isCompanion(p.name, p.displayName));
    const existing =
      (spec && downloads.find((d) => d.name === spec.name)) ??
      downloads.find((d) => d.name !== undefined && isCompanion(d.name, d.displayName));
    const companion = { rule, move, triggers };
    if (existing) {
      existing.reasons = existing.reasons.filter((r) => r !== 'listed');
      existing.reasons.push('log-essentials');
      existing.companion = companion;
      continue;
    }
    extra.push({
      kind: 'package',
      displayName: 'Alauda Container Platform Log Essentials',
      type: 'ModulePlugin',
      clusters: [],
      installedVersions: [],
      status: 'missing',
      reasons: ['log-essentials'],
      companion,
    });
  }
  return extra;
}

/** Distinct names in clusters.yaml order (unknown names last, by name); each looked up once. */
function inClusterOrder(names: string[], clusters: Clusters | undefined): string[] {
  const keyed = [...new Set(names)].map((name) => ({
    name,
    index: clusters?.byName.get(name)?.index ?? Number.MAX_SAFE_INTEGER,
  }));
  keyed.sort((a, b) => a.index - b.index || compareText(a.name, b.name));
  return keyed.map((k) => k.name);
}

function compareVersionText(a: string, b: string): number {
  return compareAppVersions(a, b) ?? compareText(a, b);
}

function newestVersion(versions: string[]): string | undefined {
  return [...versions].sort(compareVersionText).pop();
}
