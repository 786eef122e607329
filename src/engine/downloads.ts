// The required download list, hop by hop (SPEC §3 packages/missing): for each Distribution
// Version the plan moves to, its Core package and the Aligned packages of the applications on the
// clusters that move in it; Agnostic packages for the final target only; and the special packages
// of the catalog's package rules. Each entry carries its status against packages.yaml.
import {
  type CompanionRule,
  type PrestageRule,
  type ScenarioRule,
  matchesPatterns,
  normalizeForMatch,
} from './catalog/catalog.js';
import type { Catalog } from './catalog/catalog.js';
import { compareText } from './findings.js';
import { type Hop, standInHop } from './hops.js';
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
  matchesVersion,
  minorOf,
} from './versions.js';

export type DownloadStatus = 'present' | 'missing' | 'incompatible';
/** Why a package is on the list: installed somewhere, a package rule, or just downloaded. */
export const DOWNLOAD_REASONS = [
  'installed',
  'topolvm-prestage',
  'log-essentials',
  'scenario',
  'listed',
] as const;
export type DownloadReason = (typeof DOWNLOAD_REASONS)[number];

export interface CoreDownload {
  kind: 'core';
  hop: Hop;
  version: string;
  status: DownloadStatus;
  file?: string;
  /** The first move to this version (the finding points there). */
  firstMove?: Move;
  spec?: CorePackageSpec;
}

export interface PackageDownload {
  kind: 'package';
  hop: Hop;
  /** The application (package) name; absent for a rule's package nobody named yet. */
  name?: string;
  displayName?: string;
  /** apps.yaml's type when the application is installed (violet's export decides the push). */
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
  prestage?: { rule: PrestageRule; move: Move };
  companion?: { rule: CompanionRule; move: Move; triggers: string[] };
  /** A member of the hop's scenario set: staged into the Core package, never pushed. */
  scenario?: ScenarioRule;
}

export type Download = CoreDownload | PackageDownload;

/** What the check learnt about one packages.yaml entry, whatever hop it serves. */
export interface PackageInfo {
  spec: AppPackageSpec;
  app?: ApplicationSpec;
  /** The hops it is listed for (and pushed in). */
  hops: Hop[];
  /** Its acpVersions name no release the plan moves to. */
  incompatible: boolean;
  /** The newest version installed, when the package is older than it. */
  olderThan?: string;
}

export interface DownloadInput {
  catalog: Catalog;
  apps: Apps;
  packages: PackageSpec[];
  /** Undefined when clusters.yaml did not load: one stand-in hop for the target then. */
  clusters: Clusters | undefined;
  plan: PlanSpec | undefined;
  /** The journey's hops; undefined when there is no journey (the plan did not load). */
  hops: Hop[] | undefined;
}

export interface Downloads {
  hops: Hop[];
  /** Per hop in plan order: the Core package first, then packages by name. */
  list: Download[];
  packages: PackageInfo[];
}

export function computeDownloads(input: DownloadInput): Downloads {
  const hops = input.clusters
    ? (input.hops ?? [])
    : input.plan
      ? [
          standInHop(
            input.plan,
            input.apps.list.flatMap((a) => a.installed.map((i) => i.cluster)),
          ),
        ]
      : [];
  const specs = input.packages.filter((p): p is AppPackageSpec => p.kind === 'package');
  const infos = specs.map((spec) => packageInfo(spec, input, hops));
  const list: Download[] = [];
  for (const hop of hops) {
    list.push(coreDownload(hop, input.packages));
    list.push(...packageDownloads(hop, input, infos));
  }
  placeUnserved(infos, hops, list, input);
  return { hops, list, packages: infos };
}

function coreDownload(hop: Hop, packages: PackageSpec[]): CoreDownload {
  const spec = packages.find(
    (p): p is CorePackageSpec =>
      p.kind === 'core' &&
      (matchesVersion(p.version, hop.version) || matchesVersion(hop.version, p.version)),
  );
  const download: CoreDownload = {
    kind: 'core',
    hop,
    version: hop.version.text,
    status: spec ? 'present' : 'missing',
  };
  if (hop.firstMove) download.firstMove = hop.firstMove;
  if (spec) {
    download.file = spec.file;
    download.spec = spec;
  }
  return download;
}

/** A package serves the hops its acpVersions list; without acpVersions, the final target. */
function serves(spec: AppPackageSpec, hop: Hop): boolean {
  if (!spec.acpVersions) return hop.final;
  return spec.acpVersions.some((v) => compareMinor(v, hop.version) === 0);
}

function packageInfo(spec: AppPackageSpec, input: DownloadInput, hops: Hop[]): PackageInfo {
  const app = input.apps.byName.get(spec.name);
  const info: PackageInfo = { spec, hops: [], incompatible: false };
  if (app) info.app = app;
  const releases =
    hops.length > 0 ? hops.map((h) => h.version) : input.plan ? [input.plan.target] : [];
  if (spec.acpVersions && releases.length > 0) {
    info.incompatible = !spec.acpVersions.some((v) =>
      releases.some((r) => compareMinor(v, r) === 0),
    );
  }
  const newest = app ? newestVersion([...new Set(app.installed.map((i) => i.version))]) : undefined;
  if (newest !== undefined && (compareAppVersions(spec.version, newest) ?? 0) < 0) {
    info.olderThan = newest;
  }
  return info;
}

/** What one hop needs beyond the packages listed for it, by application name. */
interface Need {
  app?: ApplicationSpec;
  reasons: DownloadReason[];
  prestage?: { rule: PrestageRule; move: Move };
  companion?: { rule: CompanionRule; move: Move; triggers: string[] };
  /** A package rule asks for it in this hop, whatever its lifecycle. */
  special: boolean;
}

function packageDownloads(hop: Hop, input: DownloadInput, infos: PackageInfo[]): PackageDownload[] {
  const needs = new Map<string, Need>();
  const moving = new Set(hop.clusters);
  for (const app of input.apps.list) {
    if (!app.installed.some((i) => moving.has(i.cluster))) continue;
    if (lifecycleOf(app.name, infos) === 'agnostic' && !hop.final) continue;
    needs.set(app.name, { app, reasons: ['installed'], special: false });
  }
  applyPrestageRules(hop, input, needs);
  const companion = applyCompanionRules(hop, input, infos, needs);
  const scenario = scenarioOf(hop, input.catalog);
  const member = (name: string | undefined, displayName: string | undefined) =>
    scenario !== undefined && isMember(scenario, name, displayName, input.apps);

  const out: PackageDownload[] = [];
  const listed = new Set<string>();
  for (const info of infos) {
    const need = needs.get(info.spec.name);
    if (!serves(info.spec, hop)) continue;
    if (info.spec.lifecycle === 'agnostic' && !hop.final && !need?.special) continue;
    info.hops.push(hop);
    out.push(withPackage(hop, info, need, input));
    listed.add(info.spec.name);
  }
  for (const [name, need] of needs) {
    if (listed.has(name)) continue;
    out.push(missing(hop, name, need, input, infos));
  }
  if (companion) out.push(companion);
  if (scenario) {
    for (const d of out) {
      if (!member(d.name, d.displayName)) continue;
      d.scenario = scenario;
      d.reasons = [...d.reasons.filter((r) => r !== 'listed'), 'scenario'];
    }
    for (const displayName of scenario.displayNames) {
      if (out.some((d) => d.scenario && sameName(d.displayName, displayName))) continue;
      out.push({
        kind: 'package',
        hop,
        displayName,
        type: 'ModulePlugin',
        lifecycle: 'aligned',
        clusters: [],
        installedVersions: [],
        status: 'missing',
        reasons: ['scenario'],
        scenario,
      });
    }
  }
  return out.sort(
    (a, b) =>
      compareText(a.name ?? '\uffff', b.name ?? '\uffff') ||
      compareText(a.displayName ?? '', b.displayName ?? '') ||
      compareText(a.version ?? '', b.version ?? ''),
  );
}

/**
 * A package listed for no hop (its acpVersions name no release of the journey, or it is Agnostic
 * and lists only an intermediate release) still has its file: it goes on the list, and is pushed,
 * with the first hop it names or else the final one (SPEC §1: a waived finding keeps the work).
 */
function placeUnserved(infos: PackageInfo[], hops: Hop[], list: Download[], input: DownloadInput) {
  const final = hops.find((h) => h.final);
  if (!final) return;
  for (const info of infos) {
    if (info.hops.length > 0) continue;
    const hop = hops.find((h) => serves(info.spec, h)) ?? final;
    info.hops.push(hop);
    const download = withPackage(hop, info, undefined, input);
    const at = list.findIndex(
      (d) =>
        d.hop === hop &&
        d.kind === 'package' &&
        d.name === info.spec.name &&
        d.status === 'missing',
    );
    if (at >= 0) {
      const replaced = list[at] as PackageDownload;
      download.reasons = replaced.reasons;
      if (replaced.prestage) download.prestage = replaced.prestage;
      if (replaced.companion) download.companion = replaced.companion;
      list[at] = download;
      continue;
    }
    const end = list.findLastIndex((d) => d.hop === hop);
    list.splice(end + 1, 0, download);
  }
}

function withPackage(
  hop: Hop,
  info: PackageInfo,
  need: Need | undefined,
  input: DownloadInput,
): PackageDownload {
  const { spec, app } = info;
  const download = base(hop, spec.name, app, input);
  download.reasons = need
    ? [...need.reasons]
    : app && app.installed.length > 0
      ? ['installed']
      : ['listed'];
  if (need?.prestage) download.prestage = need.prestage;
  if (need?.companion) download.companion = need.companion;
  download.spec = spec;
  download.file = spec.file;
  download.version = spec.version;
  // apps.yaml is violet's own export: its type decides the push (packages/type-mismatch).
  download.type = app?.type ?? spec.type;
  if (spec.lifecycle) download.lifecycle = spec.lifecycle;
  if (download.displayName === undefined && spec.displayName !== undefined)
    download.displayName = spec.displayName;
  download.status =
    info.incompatible || info.olderThan !== undefined || !serves(spec, hop)
      ? 'incompatible'
      : 'present';
  return download;
}

function missing(
  hop: Hop,
  name: string,
  need: Need,
  input: DownloadInput,
  infos: PackageInfo[],
): PackageDownload {
  const download = base(hop, name, need.app, input);
  download.reasons = [...need.reasons];
  // What its other packages say (an Agnostic plugin is optional for CVO from 4.4 on).
  const lifecycle = lifecycleOf(name, infos);
  if (lifecycle) download.lifecycle = lifecycle;
  if (need.prestage) download.prestage = need.prestage;
  if (need.companion) download.companion = need.companion;
  return download;
}

function base(
  hop: Hop,
  name: string,
  app: ApplicationSpec | undefined,
  input: DownloadInput,
): PackageDownload {
  const download: PackageDownload = {
    kind: 'package',
    hop,
    name,
    clusters: app
      ? inClusterOrder(
          app.installed.map((i) => i.cluster),
          input.clusters,
        )
      : [],
    installedVersions: app
      ? [...new Set(app.installed.map((i) => i.version))].sort(compareVersionText)
      : [],
    status: 'missing',
    reasons: [],
  };
  if (app) {
    download.app = app;
    download.type = app.type;
    if (app.displayName !== undefined) download.displayName = app.displayName;
  }
  return download;
}

/**
 * The scenario set of a hop into its release from an earlier one ("ACP Upgrade to v4.4"), when
 * the global tier moves in the hop.
 */
export function scenarioOf(hop: Hop, catalog: Catalog): ScenarioRule | undefined {
  if (!hop.firstTierMove) return undefined;
  return catalog.packageRules.find(
    (r): r is ScenarioRule =>
      r.rule === 'packages/missing' &&
      compareMinor(r.release, hop.version) === 0 &&
      compareMinor(hop.from, r.release) < 0,
  );
}

/** Whole display names, compared as the catalog's patterns are (case, spaces, "-" and "_"). */
function sameName(a: string | undefined, b: string): boolean {
  return a !== undefined && normalizeForMatch(a) === normalizeForMatch(b);
}

/** A package or application of the set: by its display name, or its application's. */
function isMember(
  rule: ScenarioRule,
  name: string | undefined,
  displayName: string | undefined,
  apps: Apps,
): boolean {
  const shown =
    displayName ?? (name !== undefined ? apps.byName.get(name)?.displayName : undefined);
  return rule.displayNames.some((d) => sameName(shown, d));
}

/** An application's lifecycle as its packages state it: Aligned unless they all say Agnostic. */
function lifecycleOf(name: string, infos: PackageInfo[]): 'aligned' | 'agnostic' | undefined {
  const stated = infos.filter((i) => i.spec.name === name).map((i) => i.spec.lifecycle);
  if (stated.length === 0 || stated.some((l) => l !== 'agnostic')) return undefined;
  return 'agnostic';
}

/** TopoLVM pre-stage: an installed application matching the rule and a hop along one of its edges. */
function applyPrestageRules(hop: Hop, input: DownloadInput, needs: Map<string, Need>): void {
  for (const rule of input.catalog.packageRules) {
    if (rule.rule !== 'packages/topolvm-prestage') continue;
    const move = moveAlong(hop, rule.edges);
    if (!move) continue;
    for (const app of input.apps.list) {
      if (app.installed.length === 0) continue;
      if (!matchesPatterns(rule.application, app.name, app.displayName)) continue;
      const need = needs.get(app.name) ?? { app, reasons: [], special: true };
      if (!need.reasons.includes('installed')) need.reasons.push('installed');
      need.reasons.push('topolvm-prestage');
      need.prestage = { rule, move };
      need.special = true;
      needs.set(app.name, need);
    }
  }
}

/** The hop's global-tier move along one of the edges (the step the push must precede). */
function moveAlong(hop: Hop, edges: { from: Version; to: Version }[]): Move | undefined {
  const along = hop.moves.filter(
    (m) =>
      m.edge &&
      edges.some((e) => minorOf(e.from) === minorOf(m.from) && minorOf(e.to) === minorOf(m.to)),
  );
  return along.find((m) => m.cluster.role !== 'workload') ?? along[0];
}

/**
 * Log Essentials: a log storage plugin is installed and the hop moves the global tier up into the
 * rule's release or later. The package is recognised by pattern and must not be a trigger
 * itself. Returns the entry to add when packages.yaml has no such package for this hop.
 */
function applyCompanionRules(
  hop: Hop,
  input: DownloadInput,
  infos: PackageInfo[],
  needs: Map<string, Need>,
): PackageDownload | undefined {
  let extra: PackageDownload | undefined;
  for (const rule of input.catalog.packageRules) {
    if (rule.rule !== 'packages/log-essentials') continue;
    const move = hop.firstTierMove;
    if (!move || compareMinor(hop.version, rule.globalAtLeast) < 0) continue;
    if (compareMinor(hop.from, hop.version) >= 0) continue;
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
    const candidates = [
      ...infos.filter((i) => isCompanion(i.spec.name, i.spec.displayName)).map((i) => i.spec.name),
      ...input.apps.list.filter((a) => isCompanion(a.name, a.displayName)).map((a) => a.name),
    ];
    const companion = { rule, move, triggers };
    const name =
      candidates.find((n) => infos.some((i) => i.spec.name === n && serves(i.spec, hop))) ??
      candidates[0];
    if (name !== undefined) {
      const need = needs.get(name) ?? {
        reasons: [],
        special: true,
        ...(input.apps.byName.get(name) && { app: input.apps.byName.get(name)! }),
      };
      need.reasons = [...need.reasons.filter((r) => r !== 'listed'), 'log-essentials'];
      need.companion = companion;
      need.special = true;
      needs.set(name, need);
      continue;
    }
    extra = {
      kind: 'package',
      hop,
      displayName: 'Alauda Container Platform Log Essentials',
      type: 'ModulePlugin',
      clusters: [],
      installedVersions: [],
      status: 'missing',
      reasons: ['log-essentials'],
      companion,
    };
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

export function newestVersion(versions: string[]): string | undefined {
  return [...versions].sort(compareVersionText).pop();
}
