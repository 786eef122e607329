// Property-based: thousands of generated inventories, valid and not, never make the engine throw,
// always give a report, give the same bytes twice, and every suggested plan passes the check.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  type InventoryInput,
  analyze,
  check,
  verifiedSuggestionFor,
} from '../../src/engine/check.js';
import { editDistance } from '../../src/did-you-mean.js';
import type { Report } from '../../src/engine/report.js';
import { NoRouteError, planYaml, suggestPlan } from '../../src/engine/suggest.js';
import { compareVersions, exactVersion, parseVersion } from '../../src/engine/versions.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { TODAY, pathOf } from './helpers.js';

const q = (value: string) => JSON.stringify(value);
const text = (lines: string[]) => `${lines.join('\n')}\n`;

// --- generators ----------------------------------------------------------------------------

const RELEASES = ['3.16', '3.18', '4.0', '4.1', '4.2', '4.3'];
/** A Distribution Version as people write it: a minor, with or without a patch or "v". */
const distributionOf = (minors: string[]) =>
  fc
    .tuple(
      fc.constantFrom(...minors),
      fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
      fc.boolean(),
    )
    .map(([minor, patch, v]) => `${v ? 'v' : ''}${minor}${patch === undefined ? '' : `.${patch}`}`);
/** Known releases and some the catalog lacks. */
const distribution = distributionOf([...RELEASES, '4.4', '5.0']);
const knownDistribution = distributionOf(RELEASES);
const kubernetes = fc
  .tuple(
    fc.integer({ min: 26, max: 36 }),
    fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
  )
  .map(([minor, patch]) => `1.${minor}${patch === undefined ? '' : `.${patch}`}`);
/** Sometimes written unquoted (YAML would read 1.30 as a number), sometimes quoted. */
const written = (version: fc.Arbitrary<string>) =>
  fc.tuple(version, fc.boolean()).map(([v, quoted]) => (quoted ? q(v) : v));

const clusterName = fc.constantFrom('global', 'dr', 'w1', 'w2', 'w3', 'w4', 'w5', 'ghost');

interface ClusterDraft {
  name: string;
  role: 'global' | 'standby' | 'workload' | undefined;
  version: string;
  kubernetes: string;
  immutable: boolean;
  minio: number | undefined;
}

const clusterDraft = (
  name: string,
  role: fc.Arbitrary<ClusterDraft['role']>,
  version: fc.Arbitrary<string>,
) =>
  fc.record({
    name: fc.constant(name),
    role,
    version: written(version),
    kubernetes: written(kubernetes),
    immutable: fc.boolean(),
    minio: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
  });

/** A platform: a global, maybe a standby, up to five workloads. */
const platformOf = (version: fc.Arbitrary<string>) =>
  fc
    .tuple(
      clusterDraft('global', fc.constantFrom('global' as const, undefined), version),
      fc.option(clusterDraft('dr', fc.constant('standby' as const), version), { nil: undefined }),
      fc
        .subarray(['w1', 'w2', 'w3', 'w4', 'w5'])
        .chain((names) =>
          fc.tuple(
            ...names.map((n) =>
              clusterDraft(n, fc.constantFrom(undefined, 'workload' as const), version),
            ),
          ),
        ),
    )
    .map(([global, standby, workloads]) => [global, ...(standby ? [standby] : []), ...workloads]);
const platform = platformOf(distribution);
const knownPlatform = platformOf(knownDistribution);

/**
 * Kubernetes minors each release runs in these tests: the support matrix for 4.x; for 3.x, whose
 * matrix is not published, a range wide enough to reach every edge's minimum.
 */
const KUBERNETES: Record<string, [number, number]> = {
  '3.16': [26, 31],
  '3.18': [26, 31],
  '4.0': [28, 31],
  '4.1': [29, 32],
  '4.2': [30, 33],
  '4.3': [31, 34],
};

/**
 * A platform in a state an upgrade can start from (no state/* finding): workloads on the global's
 * release or an older one, never ahead; the standby on the global's version or a patch ahead;
 * every Kubernetes inside its release's matrix, and a workload's also inside the global's.
 */
const validPlatform = fc
  .record({
    global: fc.integer({ min: 0, max: RELEASES.length - 1 }),
    patch: fc.integer({ min: 1, max: 3 }),
    standby: fc.option(fc.integer({ min: 0, max: 1 }), { nil: undefined }),
    workloads: fc.array(
      fc.record({ back: fc.nat(2), patch: fc.integer({ min: 0, max: 3 }), k: fc.nat(3) }),
      { maxLength: 4 },
    ),
    k: fc.nat(3),
  })
  .map(({ global, patch, standby, workloads, k }): ClusterDraft[] => {
    const release = RELEASES[global]!;
    const pick = (range: [number, number], i: number) =>
      `1.${range[0] + (i % (range[1] - range[0] + 1))}`;
    const [lo, hi] = KUBERNETES[release]!;
    const drafts: ClusterDraft[] = [
      {
        name: 'global',
        role: 'global',
        version: `${release}.${patch}`,
        kubernetes: q(pick([lo, hi], k)),
        immutable: false,
        minio: undefined,
      },
    ];
    if (standby !== undefined) {
      drafts.push({
        ...drafts[0]!,
        name: 'dr',
        role: 'standby',
        version: `${release}.${patch + standby}`,
      });
    }
    workloads.forEach((w, i) => {
      const own = RELEASES[Math.max(0, global - w.back)]!;
      const [ownLo, ownHi] = KUBERNETES[own]!;
      const range: [number, number] = [Math.max(ownLo, lo), Math.min(ownHi, hi)];
      drafts.push({
        name: `w${i + 1}`,
        role: undefined,
        version: own === release ? `${own}.${Math.min(w.patch, patch)}` : `${own}.${w.patch}`,
        kubernetes: q(pick(range, w.k)),
        immutable: false,
        minio: undefined,
      });
    });
    return drafts;
  });

function clustersYaml(drafts: ClusterDraft[]): string {
  return text([
    'platformAddress: https://acp.example.com',
    'clusters:',
    ...drafts.flatMap((c) => [
      `  - name: ${c.name}`,
      ...(c.role ? [`    role: ${c.role}`] : []),
      `    version: ${c.version}`,
      `    kubernetes: ${c.kubernetes}`,
      ...(c.immutable ? ['    infrastructure: immutable'] : []),
      ...(c.minio !== undefined ? [`    minioFreeGB: ${c.minio}`] : []),
    ]),
  ]);
}

const stepOf = (names: fc.Arbitrary<string>, version: fc.Arbitrary<string>) =>
  fc.record({
    clusters: fc.uniqueArray(names, { minLength: 1, maxLength: 3 }),
    to: fc.option(written(version), { nil: undefined }),
    kubernetes: fc.option(written(kubernetes), { nil: undefined }),
  });

/** A plan in random order; `names` and `version` say how often it names what exists. */
const planOf = (names: fc.Arbitrary<string>, version: fc.Arbitrary<string>) =>
  fc
    .record({ target: written(version), steps: fc.array(stepOf(names, version), { maxLength: 8 }) })
    .map(({ target, steps }) =>
      text([
        `target: ${target}`,
        steps.length ? 'steps:' : 'steps: []',
        ...steps.flatMap((s) => [
          s.clusters.length === 1
            ? `  - cluster: ${s.clusters[0]}`
            : `  - clusters: [${s.clusters.join(', ')}]`,
          ...(s.to ? [`    to: ${s.to}`] : []),
          ...(s.kubernetes ? [`    kubernetes: ${s.kubernetes}`] : []),
          ...(s.to || s.kubernetes ? [] : ['    to: 4.3.0']),
        ]),
      ]),
    );
const planYamlText = planOf(clusterName, distribution);

const appName = fc.constantFrom(
  'topolvm-operator',
  'logcenter',
  'logessentials',
  'metallb',
  'redis',
);
const appsYamlText = fc
  .array(
    fc.record({
      name: appName,
      displayName: fc.constantFrom(
        undefined,
        'TopoLVM',
        'Log Storage for Elasticsearch',
        'Log Essentials',
        'Other',
      ),
      type: fc.constantFrom('ModulePlugin', 'OperatorBundle', 'Chart'),
      installed: fc.array(
        fc.record({
          cluster: clusterName,
          version: fc.constantFrom('1.0.0', 'v4.2.5', '2.10', '2.9'),
        }),
        {
          maxLength: 3,
        },
      ),
    }),
    { maxLength: 4 },
  )
  .map((apps) =>
    text([
      apps.length ? 'applications:' : 'applications: {}',
      ...apps.flatMap((a) => [
        `  ${a.name}:`,
        ...(a.displayName ? [`    displayName: ${a.displayName}`] : []),
        `    type: ${a.type}`,
        a.installed.length ? '    installed:' : '    installed: []',
        ...a.installed.flatMap((i) => [
          `      - clusterName: ${i.cluster}`,
          `        version: ${i.version}`,
        ]),
      ]),
    ]),
  );

const packagesYamlText = fc
  .record({
    cores: fc.subarray(['4.0', '4.1', '4.2', '4.3', '4.3.0', '4.0.1']),
    apps: fc.array(
      fc.record({
        name: appName,
        type: fc.constantFrom('ModulePlugin', 'OperatorBundle', 'Chart'),
        version: fc.constantFrom('1.0.0', '2.10', '2.9', '4.3.0'),
        acp: fc.option(fc.subarray(['4.2', '4.3', '4.4']), { nil: undefined }),
      }),
      { maxLength: 4 },
    ),
  })
  .map(({ cores, apps }) =>
    text([
      cores.length || apps.length ? 'packages:' : 'packages: []',
      ...cores.flatMap((c) => [`  - core: ${q(c)}`, `    file: pkgs/core-${c}.tgz`]),
      ...apps.flatMap((a) => [
        `  - name: ${a.name}`,
        `    type: ${a.type}`,
        `    version: ${a.version}`,
        ...(a.acp ? [`    acpVersions: [${a.acp.map(q).join(', ')}]`] : []),
        `    file: pkgs/${a.name}.tgz`,
      ]),
    ]),
  );

/** Anything at all where a file should be: JSON values (YAML reads JSON) and raw text. */
const anyFile = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('', '- a\n- b\n', 'clusters: 1\n', 'a: &x [*x]\n', '\t- x\n', 'a: 1\na: 2\n'),
);

const wellFormed = fc.record({
  clusters: platform.map(clustersYaml),
  apps: appsYamlText,
  plan: planYamlText,
  packages: fc.option(packagesYamlText, { nil: undefined }),
});

/** Mostly well-formed files, each replaced by junk now and then. */
const files = fc
  .tuple(
    wellFormed,
    fc.record({ clusters: anyFile, apps: anyFile, plan: anyFile, packages: anyFile }),
    fc.nat(15),
  )
  .map(([good, junk, mask]): InventoryInput => {
    const pick = (name: 'clusters' | 'apps' | 'plan' | 'packages', bit: number) =>
      mask & (1 << bit) && mask > 11 ? junk[name] : good[name];
    const input = (name: 'clusters' | 'apps' | 'plan' | 'packages', bit: number) => {
      const t = pick(name, bit);
      return t === undefined
        ? { path: pathOf(name), missing: true as const }
        : { path: pathOf(name), text: t };
    };
    return {
      clusters: input('clusters', 0),
      apps: input('apps', 1),
      plan: input('plan', 2),
      packages: input('packages', 3),
    };
  });

// --- properties ----------------------------------------------------------------------------

/** Core packages for every release, no applications: only the plan itself can fail the check. */
const ALL_CORES = text([
  'packages:',
  ...RELEASES.flatMap((r) => [`  - core: ${q(r)}`, `    file: pkgs/core-${r}.tgz`]),
]);

function wellFormedReport(report: Report): void {
  expect(report.schemaVersion).toBe(1);
  expect(['pass', 'fail']).toContain(report.verdict);
  const errors = report.findings.filter((f) => f.severity === 'error' && !f.waived).length;
  expect(report.summary.errors).toBe(errors);
  expect(report.verdict).toBe(errors > 0 ? 'fail' : 'pass');
  for (const f of report.findings) {
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.column).toBeGreaterThanOrEqual(1);
  }
}

describe('generated inventories', () => {
  it('never throw, always give a well-formed report, and give the same bytes twice', () => {
    fc.assert(
      fc.property(files, (input) => {
        const first = check(input, { inventory: 'acp', today: TODAY });
        wellFormedReport(first);
        const second = check(input, { inventory: 'acp', today: TODAY });
        expect(JSON.stringify(second)).toBe(JSON.stringify(first));
        // The renderers take any report too.
        expect(renderMarkdown(first).length).toBeGreaterThan(0);
        expect(renderText(first).length).toBeGreaterThan(0);
      }),
      { numRuns: 1500 },
    );
  });

  it('survive arbitrary text and bytes in every file', () => {
    const junk = fc.oneof(anyFile, fc.uint8Array({ maxLength: 200 }));
    fc.assert(
      fc.property(fc.tuple(junk, junk, junk, junk, junk), (contents) => {
        const names = ['clusters', 'apps', 'plan', 'packages', 'catalog'] as const;
        const input = Object.fromEntries(
          names.map((name, i) => {
            const c = contents[i]!;
            return [
              name,
              typeof c === 'string'
                ? { path: pathOf(name), text: c }
                : { path: pathOf(name), bytes: c },
            ];
          }),
        ) as unknown as InventoryInput;
        wellFormedReport(check(input, { inventory: 'acp', today: TODAY }));
      }),
      { numRuns: 1500 },
    );
  });
});

/** The files of a platform with no applications and every Core package: only the plan can fail. */
function platformFiles(drafts: ClusterDraft[], plan = 'target: 4.3.0\nsteps: []\n') {
  return {
    clusters: {
      path: pathOf('clusters'),
      text: clustersYaml(drafts.map((d) => ({ ...d, minio: 200 }))),
    },
    apps: { path: pathOf('apps'), text: 'applications: {}\n' },
    plan: { path: pathOf('plan'), text: plan },
    packages: { path: pathOf('packages'), text: ALL_CORES },
  };
}

const errorsWith = (files: InventoryInput, plan: string) =>
  check(
    { ...files, plan: { path: pathOf('plan'), text: plan } },
    { inventory: 'acp', today: TODAY },
  ).findings.filter((f) => f.severity === 'error');

describe('suggested plans', () => {
  const targets = fc.constantFrom('4.0.0', '4.1.0', '4.2.0', '4.3.0', '4.3', '4.3.2', '4.1');

  it('from `suggest --target` pass the check with zero errors (or there is a reason instead)', () => {
    let plans = 0;
    fc.assert(
      fc.property(fc.oneof(validPlatform, knownPlatform), targets, (drafts, target) => {
        const files = platformFiles(drafts);
        const analysis = analyze(files);
        if (!analysis.clusters) return; // clusters.yaml itself does not load
        const suggestion = verifiedSuggestionFor(analysis, target);
        if ('error' in suggestion) {
          expect(suggestion.error.length).toBeGreaterThan(0);
          return;
        }
        plans++;
        expect(errorsWith(files, suggestion.plan)).toEqual([]);
      }),
      { numRuns: 1500 },
    );
    expect(plans).toBeGreaterThan(250);
  });

  it('from suggestPlan pass unchecked whenever a route exists from a state an upgrade can start from', () => {
    let plans = 0;
    fc.assert(
      fc.property(validPlatform, targets, (drafts, targetText) => {
        const files = platformFiles(drafts);
        const { catalog, clusters } = analyze(files);
        const target = exactVersion(parseVersion(targetText)!);
        if (!clusters || compareVersions(target, clusters.global.version) < 0) return;
        let plan: string;
        try {
          plan = planYaml(suggestPlan(catalog, clusters, target));
        } catch (error) {
          if (error instanceof NoRouteError) return; // no supported route
          throw error;
        }
        plans++;
        expect(errorsWith(files, plan)).toEqual([]);
      }),
      { numRuns: 1500 },
    );
    expect(plans).toBeGreaterThan(300);
  });

  it('offered in a failing report pass when used', () => {
    let offered = 0;
    const platformAndPlan = validPlatform.chain((drafts) =>
      fc.tuple(
        fc.constant(drafts),
        planOf(fc.constantFrom(...drafts.map((d) => d.name)), knownDistribution),
      ),
    );
    fc.assert(
      fc.property(platformAndPlan, ([drafts, plan]) => {
        const files = platformFiles(drafts, plan);
        const report = check(files, { inventory: 'acp', today: TODAY });
        if (!report.suggestedPlan) return;
        offered++;
        expect(errorsWith(files, report.suggestedPlan)).toEqual([]);
      }),
      { numRuns: 1500 },
    );
    expect(offered).toBeGreaterThan(100);
  });

  // The DR standby on another version than the global: ahead of it (an upgrade being resumed) it
  // reaches each stop first; behind it, the state is one no procedure leads to, and no plan is
  // offered.
  const dr = (version: string, kubernetes: string): ClusterDraft[] => [
    {
      name: 'global',
      role: 'global',
      version: '4.2.1',
      kubernetes: '1.33.4',
      immutable: false,
      minio: 200,
    },
    { name: 'dr', role: 'standby', version, kubernetes, immutable: false, minio: 200 },
  ];

  it('from suggestPlan pass with the DR standby ahead of the global by a patch', () => {
    const files = platformFiles(dr('4.3.1', '1.34.2'));
    const { catalog, clusters } = analyze(files);
    const plan = planYaml(suggestPlan(catalog, clusters!, parseVersion('4.3.2')!));
    expect(errorsWith(files, plan)).toEqual([]);
  });

  it.each([
    ['on 3.18 with the global at the target', '3.18.1', '1.30.2', '4.2.1'],
    ["on a Kubernetes below the next edge's minimum", '4.1.3', '1.31.2', '4.2.1'],
  ])(
    'are refused, with the reason, when the DR standby is behind %s',
    (_, version, kube, target) => {
      const suggestion = verifiedSuggestionFor(analyze(platformFiles(dr(version, kube))), target);
      expect(suggestion).toEqual({ error: expect.stringContaining('state/dr-standby-behind') });
    },
  );

  it('from `suggest --target` pass with the standby ahead, and a target below the global is refused', () => {
    const files = platformFiles([
      {
        name: 'global',
        role: 'global',
        version: '4.2.1',
        kubernetes: '1.33.4',
        immutable: false,
        minio: 200,
      },
      {
        name: 'dr',
        role: 'standby',
        version: '4.3.1',
        kubernetes: '1.34.2',
        immutable: false,
        minio: 200,
      },
    ]);
    const suggestion = verifiedSuggestionFor(analyze(files), '4.3.2');
    if (!('plan' in suggestion)) throw new Error(suggestion.error);
    expect(errorsWith(files, suggestion.plan)).toEqual([]);
    const below = verifiedSuggestionFor(analyze(files), '4.1.0');
    expect(below).toEqual({ error: expect.stringContaining('below the global cluster global') });
  });
});

describe('the "did you mean" edit distance', () => {
  /** The textbook full-matrix optimal string alignment distance. */
  function reference(a: string, b: string): number {
    const d = Array.from({ length: a.length + 1 }, (_, i) =>
      Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
    );
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++) {
        let v = Math.min(
          d[i - 1]![j]! + 1,
          d[i]![j - 1]! + 1,
          d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
        );
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
          v = Math.min(v, d[i - 2]![j - 2]! + 1);
        d[i]![j] = v;
      }
    return d[a.length]![b.length]!;
  }

  it('equals the full computation up to its cap', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 12 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 1, max: 4 }), (a, b, max) => {
        expect(editDistance(a, b, max)).toBe(Math.min(reference(a, b), max + 1));
      }),
      { numRuns: 3000 },
    );
  });
});
