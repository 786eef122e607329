// Drift mode: does the committed apps.yaml still describe the platform? Compares it with a fresh
// `violet list` export and reports drift/* findings (SPEC §3).
import { type CheckOptions, analyze } from './check.js';
import { type Finding, capFindings, compareText, finding } from './findings.js';
import { loadApps } from './inventory/load.js';
import type { Apps, Clusters, Installation } from './inventory/model.js';
import { type FileInput, type InventoryInput, readText } from './inventory/text.js';
import { type Report, buildReport } from './report.js';
import { parseYaml } from './yaml.js';

export type DriftOptions = CheckOptions;

export function runDrift(files: InventoryInput, live: FileInput, options: DriftOptions): Report {
  // The plan does not matter for drift: only apps.yaml and clusters.yaml are compared.
  const analysis = analyze(
    {
      apps: files.apps,
      clusters: files.clusters,
      ...(files.catalog && { catalog: files.catalog }),
    },
    options.catalogOverrides,
  );
  const findings = [...analysis.findings];
  const liveApps = loadLive(live, findings);
  if (analysis.apps && analysis.clusters && liveApps) {
    findings.push(...compareApps(analysis.apps, liveApps, analysis.clusters));
  }
  const capped = capFindings(findings);
  return buildReport(analysis, options, {
    mode: 'drift',
    target: null,
    findings: capped,
    waivers: [],
    timeline: [],
    downloads: [],
    commands: [],
    drift: capped.some((f) => f.rule.startsWith('drift/')),
  });
}

function loadLive(live: FileInput, findings: Finding[]): Apps | undefined {
  const text = readText(live, true, findings);
  if (text === undefined) return undefined;
  const { parsed, findings: problems } = parseYaml(live.path, text);
  findings.push(...problems);
  if (!parsed) return undefined;
  const loaded = loadApps(parsed, undefined);
  findings.push(...loaded.findings);
  return loaded.value;
}

/** Installations keyed by application and cluster. */
function index(apps: Apps): Map<string, { app: string; item: Installation }> {
  const map = new Map<string, { app: string; item: Installation }>();
  for (const app of apps.list) {
    for (const item of app.installed)
      map.set(`${app.name}\u0000${item.cluster}`, { app: app.name, item });
  }
  return map;
}

export function compareApps(committed: Apps, live: Apps, clusters: Clusters): Finding[] {
  const findings: Finding[] = [];
  const before = index(committed);
  const after = index(live);
  const liveClusters = new Set([...after.values()].map((v) => v.item.cluster));
  const committedClusters = new Set([...before.values()].map((v) => v.item.cluster));
  const addedClusters = new Set<string>();
  const removedClusters = new Set<string>();

  for (const { item } of after.values()) {
    if (clusters.byName.has(item.cluster) || addedClusters.has(item.cluster)) continue;
    addedClusters.add(item.cluster);
    findings.push(
      finding(
        'drift/cluster-added',
        `the platform has a cluster "${item.cluster}" that clusters.yaml lacks; add it with its versions`,
        item.at.file,
        item.at.offset,
        { cluster: item.cluster },
      ),
    );
  }
  for (const { item } of before.values()) {
    if (liveClusters.has(item.cluster) || removedClusters.has(item.cluster)) continue;
    removedClusters.add(item.cluster);
    findings.push(
      finding(
        'drift/cluster-removed',
        `"${item.cluster}" no longer appears in the live export; remove it from apps.yaml and clusters.yaml if it is gone`,
        item.at.file,
        item.at.offset,
        { cluster: item.cluster },
      ),
    );
  }
  for (const [key, { app, item }] of after) {
    if (addedClusters.has(item.cluster)) continue;
    const was = before.get(key);
    if (!was) {
      findings.push(
        finding(
          'drift/app-added',
          `${app} ${item.version} now runs on ${item.cluster}, but apps.yaml does not say so; export apps.yaml again with violet list`,
          item.at.file,
          item.at.offset,
          { cluster: item.cluster, package: app },
        ),
      );
    } else if (versionText(was.item.version) !== versionText(item.version)) {
      findings.push(
        finding(
          'drift/version-changed',
          `${app} on ${item.cluster} is ${item.version} on the platform, but apps.yaml says ${was.item.version}; export apps.yaml again with violet list`,
          was.item.at.file,
          was.item.at.offset,
          { cluster: item.cluster, package: app },
        ),
      );
    }
  }
  for (const [key, { app, item }] of before) {
    if (removedClusters.has(item.cluster) || after.has(key) || !committedClusters.has(item.cluster))
      continue;
    findings.push(
      finding(
        'drift/app-removed',
        `${app} no longer runs on ${item.cluster}; export apps.yaml again with violet list`,
        item.at.file,
        item.at.offset,
        { cluster: item.cluster, package: app },
      ),
    );
  }
  for (const app of live.list) {
    const before = committed.byName.get(app.name);
    if (!before || before.type === app.type) continue;
    findings.push(
      finding(
        'drift/type-changed',
        `${app.name} is a ${app.type} on the platform, but apps.yaml says ${before.type}; its push command changes with its type (operators go to each cluster that runs them): export apps.yaml again with violet list`,
        before.at.file,
        before.at.offset,
        { package: app.name },
      ),
    );
  }
  return findings.sort((a, b) => compareText(a.rule, b.rule));
}

/** `v2.3.0` and `2.3.0` are one version: violet writes both. */
function versionText(version: string): string {
  return version.replace(/^[vV](?=\d)/, '');
}
