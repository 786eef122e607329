// ACP 4.4 (ACP-FACTS "ACP 4.4 line"): the catalog's release and paths, the Kubernetes 1.35 node
// readiness gate (platform/node-readiness), the "ACP Upgrade to v4.4" scenario set staged into the
// Core package and never pushed, the external-registry branch, and the post-upgrade tasks that
// apply only from sources below 4.3. Run on examples/acp-4.3-to-4.4, from 4.3, 4.2 and 4.1.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import { BUILTIN_CATALOG } from '../src/engine/catalog/builtin.js';
import { buildCatalog } from '../src/engine/catalog/merge.js';
import { type InventoryInput, check } from '../src/engine/check.js';
import type { Finding, RuleId } from '../src/engine/findings.js';
import type { Report } from '../src/engine/report.js';
import { preferredRoute } from '../src/engine/routes.js';
import { parseVersion } from '../src/engine/versions.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { expectedArgv, runWithShims } from './runbook-shims.js';
import { type Edits, type FileName, inventoryAt } from './support/inventory.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXAMPLE = 'examples/acp-4.3-to-4.4';
const FIXTURES = fileURLToPath(new URL('../__fixtures__/rules', import.meta.url));
const TODAY = '2026-06-01';
const TIER = ['global-dr', 'global'];

/** An inventory folder, its files named acp/<name>.yaml in findings. */
function inventory(folder: string, edits: Edits = {}): InventoryInput {
  return inventoryAt(folder, 'acp', { edits, without: ['catalog'] });
}

function example(edits: Edits = {}): Report {
  return check(inventory(join(ROOT, EXAMPLE), edits), { inventory: 'acp', today: TODAY });
}

function fixture(name: string, edits: Edits = {}): Report {
  return check(inventory(join(FIXTURES, name), edits), { inventory: 'acp', today: TODAY });
}

function replaceAll(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`no "${from}"`);
  return text.split(from).join(to);
}

/** The example's platform as it would be on another source release (its Kubernetes in range). */
const SOURCES: Record<string, Edits> = {
  '4.3': {},
  '4.2': {
    clusters: (t) =>
      replaceAll(
        replaceAll(t, 'version: 4.3.1', 'version: 4.2.1'),
        'kubernetes: 1.34.2',
        'kubernetes: 1.33.5',
      ),
  },
  '4.1': {
    clusters: (t) =>
      replaceAll(
        replaceAll(
          replaceAll(t, 'version: 4.3.1', 'version: 4.1.2'),
          'kubernetes: 1.34.2',
          'kubernetes: 1.32.9',
        ),
        'kubernetes: 1.33.6',
        'kubernetes: 1.32.9',
      ),
  },
};

function from(source: string, more: Edits = {}): Report {
  const edits: Edits = { ...SOURCES[source] };
  for (const [name, edit] of Object.entries(more) as [FileName, (t: string) => string][]) {
    const first = edits[name];
    edits[name] = first ? (t) => edit(first(t)) : edit;
  }
  return example(edits);
}

const findingsOf = (report: Report, rule: RuleId): Finding[] =>
  report.findings.filter((f) => f.rule === rule);

/** What is left once the notices every 4.4 plan carries are set aside. */
const open = (report: Report) =>
  report.findings.filter(
    (f) =>
      !f.waived &&
      !(
        f.severity === 'notice' &&
        ['path/edge-prerequisite', 'platform/post-upgrade'].includes(f.rule)
      ),
  );

const SCENARIO_FILES = /(packages\/scenario-4\.4|pwned-c)\//;

describe('the built-in catalog for 4.4', () => {
  const { catalog } = buildCatalog(BUILTIN_CATALOG, undefined);

  it('holds the 4.4 row of the support matrix, with its source', () => {
    const release = catalog.release(parseVersion('4.4')!)!;
    expect(release.creation?.map((v) => v.text)).toEqual(['1.35']);
    expect(release.compatible?.map((v) => v.text)).toEqual(['1.35', '1.34', '1.33', '1.32']);
    expect(release.source).toContain('kubernetes-support-matrix.mdx@1bb15615');
  });

  it('has 4.1, 4.2 and 4.3 -> 4.4 within-compatible, and no edge from 4.0', () => {
    for (const source of ['4.1', '4.2', '4.3']) {
      const edge = catalog.edge(parseVersion(source)!, parseVersion('4.4')!)!;
      expect(edge.kubernetes).toEqual({ kind: 'within-compatible' });
      expect(edge.source).toContain('pre-upgrade.mdx@4eaaa1e0');
      expect(edge.prerequisites?.[0]?.verify).toContain('availableUpdates');
    }
    expect(catalog.edge(parseVersion('4.0')!, parseVersion('4.4')!)).toBeUndefined();
  });

  it('reaches 4.4 from 4.0 only through an intermediate release', () => {
    expect(catalog.hopsTo(parseVersion('4.4.0')!).get('4.0')).toBe(2);
    const route = preferredRoute(catalog, parseVersion('4.0.3')!, parseVersion('4.4.0')!, [])!;
    expect(route.map((e) => e.to.text)).toEqual(['4.3', '4.4']);
  });

  it('is version 3, and knows 4.5 without a Kubernetes row (none is published)', () => {
    expect(BUILTIN_CATALOG.version).toBe(3);
    const release = catalog.release(parseVersion('4.5')!)!;
    expect(release.creation).toBeUndefined();
    expect(release.compatible).toBeUndefined();
    expect(
      ['4.2', '4.3', '4.4'].map(
        (from) => catalog.edge(parseVersion(from)!, parseVersion('4.5')!)?.source,
      ),
    ).toEqual(Array(3).fill('docs/en/upgrade/pre-upgrade.mdx@25010e15'));
    expect(catalog.edge(parseVersion('4.1')!, parseVersion('4.5')!)).toBeUndefined();
  });
});

describe.each(['4.3', '4.2', '4.1'])('examples/acp-4.3-to-4.4 from %s', (source) => {
  it('passes with good nodes', () => {
    const report = from(source);
    expect(open(report)).toEqual([]);
    expect(report.verdict).toBe('pass');
    expect(
      report.timeline
        .filter((t) => t.to.version === '4.4.0')
        .every((t) => t.to.kubernetes === '1.35'),
    ).toBe(true);
  });

  it('fails with a 5.4 kernel, naming the node and the cluster, at its kernel', () => {
    const report = from(source, {
      clusters: (t) => t.replace('kernel: 5.15.0-105-generic', 'kernel: 5.4.0-150-generic'),
    });
    expect(open(report).map((f) => [f.rule, f.severity, f.cluster])).toEqual([
      ['platform/node-readiness', 'error', 'prod-a'],
    ]);
    const f = findingsOf(report, 'platform/node-readiness')[0]!;
    expect(f.message).toContain(
      'node prod-a-worker-2 of prod-a runs Linux kernel 5.4.0-150-generic',
    );
    expect(f.message).toContain('needs kernel 5.8 or later');
    expect(f).toMatchObject({ file: 'acp/clusters.yaml', step: 4 });
    expect(
      readFileSync(join(ROOT, EXAMPLE, 'clusters.yaml'), 'utf8').split('\n')[f.line - 1],
    ).toContain('kernel:');
    expect(report.verdict).toBe('fail');
  });

  it('fails with cgroup v1, naming the node and the cluster', () => {
    const report = from(source, {
      clusters: (t) => t.replace(/(global-cp-2\n\s+kernel: \S+\n\s+cgroup: )v2/, '$1v1'),
    });
    expect(open(report).map((f) => [f.rule, f.cluster])).toEqual([
      ['platform/node-readiness', 'global'],
    ]);
    expect(findingsOf(report, 'platform/node-readiness')[0]!.message).toContain(
      'node global-cp-2 of global runs cgroup v1',
    );
    expect(report.verdict).toBe('fail');
  });

  it('stages the eleven scenario packages on each global-tier cluster and never pushes them', () => {
    const report = from(source);
    const pushes = report.commands.filter((c) => c.argv[0] === 'violet' && c.argv[1] === 'push');
    expect(pushes.length).toBeGreaterThan(0);
    expect(pushes.filter((c) => c.argv.some((a) => SCENARIO_FILES.test(a)))).toEqual([]);
    expect(pushes.filter((c) => c.package === 'acp-web-console')).toEqual([]);
    for (const cluster of TIER) {
      const copies = report.commands.filter((c) => c.argv[0] === 'cp' && c.cluster === cluster);
      expect(copies).toHaveLength(11);
      for (const c of copies) {
        expect(c.argv).toEqual(['cp', expect.stringMatching(SCENARIO_FILES), 'plugins/']);
        expect(c.note).toContain('never with violet push');
      }
      const sync = report.commands.findIndex(
        (c) => c.cluster === cluster && c.argv.includes('--only-sync-image'),
      );
      expect(report.commands.indexOf(copies.at(-1)!)).toBeLessThan(sync);
    }
  });
});

describe('the from-4.1 warning', () => {
  const note = (report: Report) =>
    report.commands.filter((c) => c.stage === 'note' && c.note.startsWith('from 4.1:'));

  it('explains from 4.1 why the eleven are never pushed', () => {
    const [warning] = note(from('4.1'));
    expect(warning?.note).toContain(
      'do not use violet push to publish these 11 packages before upgrading an ACP 4.1 environment',
    );
    expect(warning?.note).toContain('Web Console down');
  });

  it('is not printed from 4.2 or 4.3', () => {
    expect(note(from('4.2'))).toEqual([]);
    expect(note(from('4.3'))).toEqual([]);
  });
});

describe('the node readiness gate in the runbook', () => {
  const report = from('4.3');

  it('says to write the ack after the node check, before each global-tier request, and writes nothing', () => {
    for (const cluster of TIER) {
      const i = (pick: (c: Report['commands'][number]) => boolean) =>
        report.commands.findIndex(pick);
      const preflight = i(
        (c) => c.cluster === cluster && c.stage === 'core' && c.argv.includes('--preflight'),
      );
      const ack = i(
        (c) => c.cluster === cluster && c.stage === 'note' && c.note.includes('admin-acks'),
      );
      const rerun = i((c) => c.cluster === cluster && c.note.startsWith('rerun the preflight'));
      const request = i((c) => c.cluster === cluster && c.stage === 'request');
      expect([preflight, ack, rerun, request].every((n) => n >= 0)).toBe(true);
      expect(preflight).toBeLessThan(ack);
      expect(ack).toBeLessThan(rerun);
      expect(rerun).toBeLessThan(request);
      expect(report.commands[ack]!.note).toContain('ack-4.4-kubernetes-1.35-kernel-update: "true"');
      expect(report.commands[ack]!.note).toContain(
        'Whether one ack covers every cluster is not documented',
      );
      expect(report.commands[ack]!.argv).toEqual([]);
    }
    // Nothing writes an ack: no command names the ConfigMaps, and kubectl only reads.
    expect(report.commands.some((c) => /admin-(acks|gates)/.test(c.shell))).toBe(false);
    const kubectl = report.commands.filter((c) => c.argv[0] === 'kubectl');
    expect(kubectl.every((c) => c.argv[1] === 'get')).toBe(true);
  });

  it("tells where a workload's ack goes, before its request", () => {
    const notes = report.commands.filter(
      (c) => c.stage === 'note' && c.note.includes('global-side ConfigMap'),
    );
    expect(notes.map((c) => c.cluster)).toEqual(['prod-a', 'prod-b']);
  });

  it('gives a notice with the two node checks for a moving cluster without nodes', () => {
    const bare = from('4.3', {
      clusters: (t) =>
        t.replace(/ {4}nodes:\n {6}- name: prod-b-worker-1\n {8}kernel: \S+\n {8}cgroup: v2\n/, ''),
    });
    const notices = findingsOf(bare, 'platform/node-readiness');
    expect(notices.map((f) => [f.severity, f.cluster])).toEqual([['notice', 'prod-b']]);
    expect(notices[0]!.message).toContain('kubectl get nodes -o wide');
    expect(notices[0]!.message).toContain('stat -fc %T /sys/fs/cgroup/');
    expect(bare.verdict).toBe('pass');
  });

  it('does not apply to an upgrade into 4.3 (Kubernetes 1.34)', () => {
    const to43 = check(inventory(join(ROOT, 'examples/acp')), { inventory: 'acp', today: TODAY });
    expect(findingsOf(to43, 'platform/node-readiness')).toEqual([]);
    expect(to43.commands.some((c) => c.note.includes('admin-acks'))).toBe(false);
  });
});

describe('platform/node-readiness fixtures', () => {
  it('refuses a kernel that is not a kernel release, as input', () => {
    const report = fixture('platform-node-readiness/pass', {
      clusters: (t) => t.replace('kernel: 5.15.0-105-generic', 'kernel: latest'),
    });
    expect(findingsOf(report, 'input/schema').map((f) => f.message)).toEqual([
      expect.stringContaining('node a-worker-1\'s kernel "latest" is not a kernel release'),
    ]);
  });
});

describe('the scenario set in packages.yaml', () => {
  it('reports the members packages.yaml lacks in one packages/missing, at the first global-tier step', () => {
    const report = from('4.3', {
      packages: (t) =>
        t
          .replace(/ {2}- name: language-pack-chinese\n(?: {4}.*\n)+?(?= {2}- )/, '')
          .replace(/ {2}- name: acp-web-console\n(?: {4}.*\n)+?(?= {2}- )/, ''),
    });
    const missing = findingsOf(report, 'packages/missing');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({
      package: 'ACP Upgrade to v4.4',
      cluster: 'global-dr',
      step: 2,
      file: 'acp/plan.yaml',
    });
    expect(missing[0]!.message).toContain('lacks 2 of the 11 packages');
    expect(missing[0]!.message).toContain(
      'Alauda Container Platform Web Console (installed on global, global-dr)',
    );
    expect(missing[0]!.message).toContain('Alauda Language Pack for Chinese');
    expect(missing[0]!.message).toContain('--scenario="ACP Upgrade to v4.4"');
    expect(
      report.downloads.filter((d) => d.kind === 'package' && d.reasons.includes('scenario')),
    ).toHaveLength(11);
  });

  it('does not give packages/not-installed for members that are installed nowhere', () => {
    expect(findingsOf(from('4.3'), 'packages/not-installed')).toEqual([]);
  });
});

describe('what blocks CVO in 4.4', () => {
  it('is an error for an installed Aligned plugin without its 4.4 package', () => {
    const report = from('4.3', {
      packages: (t) => t.replace(/ {2}- name: metallb\n(?: {4}.*\n)+/, ''),
    });
    const f = findingsOf(report, 'packages/missing');
    expect(f.map((x) => [x.severity, x.package])).toEqual([['error', 'metallb']]);
    expect(f[0]!.message).toContain('or CVO stalls');
  });

  it('is only a warning for a missing Agnostic package', () => {
    // 4.2 -> 4.3 -> 4.4: the Agnostic web-terminal package lists 4.3 only, so the final hop has
    // none; an Agnostic plugin does not block CVO.
    const scenario = readFileSync(
      join(FIXTURES, 'platform-node-readiness/pass/packages.yaml'),
      'utf8',
    );
    const report = check(
      {
        apps: {
          path: 'acp/apps.yaml',
          text: 'applications:\n  web-terminal:\n    type: Chart\n    installed:\n      - clusterName: global\n        version: 1.5.0\n',
        },
        clusters: {
          path: 'acp/clusters.yaml',
          text: 'clusters:\n  - name: global\n    version: 4.2.1\n    kubernetes: 1.33.5\n    minioFreeGB: 200\n    nodes:\n      - name: cp-1\n        kernel: 5.14.0-427.13.1.el9_4.x86_64\n        cgroup: v2\n',
        },
        plan: {
          path: 'acp/plan.yaml',
          text: 'target: 4.4.0\nsteps:\n  - cluster: global\n    to: 4.3.0\n  - cluster: global\n    to: 4.4.0\n',
        },
        packages: {
          path: 'acp/packages.yaml',
          text: `${scenario}  - core: 4.3.0\n    file: packages/acp-core-4.3.0.tgz\n  - name: web-terminal\n    type: Chart\n    version: 1.6.0\n    lifecycle: agnostic\n    acpVersions: ["4.3"]\n    file: packages/web-terminal-1.6.0.tgz\n`,
        },
      },
      { inventory: 'acp', today: TODAY },
    );
    const f = findingsOf(report, 'packages/missing');
    expect(f.map((x) => [x.severity, x.package])).toEqual([['warning', 'web-terminal']]);
    expect(f[0]!.message).toContain('missing Agnostic packages do not block the upgrade to 4.4');
    expect(report.verdict).toBe('pass');
  });
});

describe('post-upgrade tasks into 4.4', () => {
  const withL5 = (t: string) =>
    `${t}  devops:\n    displayName: Alauda DevOps v3\n    type: ModulePlugin\n    installed:\n      - clusterName: global\n        version: 4.1.0\n`;
  const tasks = (report: Report) =>
    findingsOf(report, 'platform/post-upgrade').map((f) => f.message);

  it('apply from a source below 4.3 (4.1, 4.2)', () => {
    for (const source of ['4.1', '4.2']) {
      const found = tasks(from(source, { apps: withL5 }));
      expect(found).toHaveLength(2);
      expect(found[0]).toContain('upgrade the L5 plugins Alauda DevOps v3 (devops)');
      expect(found[1]).toContain('PKCE hardening');
      expect(found.every((m) => m.includes(`starts on ${source}, below 4.3`))).toBe(true);
    }
  });

  it('do not apply from 4.3', () => {
    expect(tasks(from('4.3', { apps: withL5 }))).toEqual([]);
  });
});

// --- the external registry branch, run by bash -------------------------------------------------

const scratch = mkdtempSync(join(tmpdir(), 'acp-44-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Scenario packages in a folder whose name would run commands if anything evaluated it. */
const HOSTILE_FOLDER = `pkgs/'s' "d" $(touch pwned-a) \`touch pwned-b\` *?[x] ;touch pwned-c/`;

describe('the external registry branch (externalRegistry: true)', () => {
  const report = from('4.3', {
    clusters: (t) => t.replace('externalRegistry: false', 'externalRegistry: true'),
    packages: (t) =>
      t.replace(
        /file: packages\/scenario-4\.4\/(\S+)/g,
        (_, name: string) => `file: ${JSON.stringify(`${HOSTILE_FOLDER}${name}`)}`,
      ),
  });

  it('publishes the Core artifacts with bash res/upload.sh all and necessary, for each global, instead of --only-sync-image', () => {
    expect(report.verdict).toBe('pass');
    expect(report.commands.some((c) => c.argv.includes('--only-sync-image'))).toBe(false);
    const registry = {
      'global-dr':
        '192.168.20.10:11443 $ACP_STANDBY_REGISTRY_USERNAME $ACP_STANDBY_REGISTRY_PASSWORD',
      global: '$ACP_REGISTRY_ADDRESS $ACP_REGISTRY_USERNAME $ACP_REGISTRY_PASSWORD',
    };
    for (const cluster of TIER) {
      const mine = report.commands.filter((c) => c.cluster === cluster && c.stage === 'core');
      const shape = mine.map((c) => (c.argv[0] === 'cp' ? 'cp' : c.argv.join(' ')));
      const endpoint = registry[cluster as keyof typeof registry];
      expect([...new Set(shape)]).toEqual([
        'cp',
        `bash res/upload.sh all ${endpoint}`,
        `bash res/upload.sh necessary ${endpoint}`,
        'bash upgrade.sh --preflight',
      ]);
      const upload = mine.find((c) => c.argv[1] === 'res/upload.sh')!;
      expect(upload.note).toContain('installer/ of the extracted Core 4.4.0 package');
      const start = report.commands.find(
        (c) => c.cluster === cluster && c.argv.includes('--skip-sync-image'),
      )!;
      expect(start.note).toContain('synced above: bash res/upload.sh all');
      expect(start.note).not.toContain('--only-sync-image');
    }
  });

  it('is taken for a hop into 4.3 too, whose upgrade.sh skips the image sync on an external registry', () => {
    const to43 = check(
      inventory(join(ROOT, 'examples/acp'), {
        clusters: (t) =>
          t.replace(
            'platformAddress: https://acp.example.com\n',
            'platformAddress: https://acp.example.com\nexternalRegistry: true\n',
          ),
      }),
      { inventory: 'acp', today: TODAY },
    );
    expect(to43.commands.filter((c) => c.argv[1] === 'res/upload.sh')).toHaveLength(4);
    expect(to43.commands.some((c) => c.argv.includes('--only-sync-image'))).toBe(false);
  });

  it('runs under bash as exactly the runbook: cp, res/upload.sh, upgrade.sh, violet, ac and kubectl recorded', () => {
    const env = {
      ACP_PLATFORM_TOKEN: `t $(touch pwned-token)`,
      ACP_STANDBY_PLATFORM_TOKEN: `s $(touch pwned-standby)`,
      ACP_REGISTRY_ADDRESS: 'registry.example.com:443',
      ACP_REGISTRY_USERNAME: 'ru',
      ACP_REGISTRY_PASSWORD: `rp'"`,
      ACP_STANDBY_REGISTRY_USERNAME: 'u',
      ACP_STANDBY_REGISTRY_PASSWORD: `p'"`,
    };
    const runnable = report.commands.filter((c) => c.argv.length > 0);
    const markdown = renderMarkdown(report);
    const script = [...markdown.matchAll(/(`{3,})bash\n([\s\S]*?)\n\1\n/g)]
      .map((m) => m[2])
      .join('\n');
    const { calls, leftovers } = runWithShims(scratch, script, env);
    expect(calls).toEqual(runnable.map((c) => expectedArgv(c.argv, env)));
    expect(new Set(calls.map((c) => c[0]))).toEqual(
      new Set(['violet', 'cp', 'bash', 'ac', 'kubectl']),
    );
    const copied = calls.filter((c) => c[0] === 'cp').map((c) => c[1]);
    expect(copied).toHaveLength(22);
    expect(copied.every((file) => file!.startsWith(HOSTILE_FOLDER))).toBe(true);
    expect(leftovers).toEqual([]);
  });
});

describe('adding 4.5 in catalog.yaml, as the README shows', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Adding a release'));
  const snippet = /```yaml\n([\s\S]*?)```/.exec(section)![1]!;

  it('adds the 4.5 row to the built-in 4.5, listed as a change, and routes 4.3 -> 4.5 directly', () => {
    const report = check(
      {
        ...inventory(join(ROOT, EXAMPLE), {
          plan: (t) => t.replace(/4\.4\.0/g, '4.5.0'),
        }),
        catalog: { path: 'acp/catalog.yaml', text: snippet },
      },
      { inventory: 'acp', today: TODAY },
    );
    const about = report.findings.filter((f) => /^(input|catalog|path)\//.test(f.rule));
    expect(about.filter((f) => f.severity !== 'notice').map((f) => [f.rule, f.severity])).toEqual([
      ['catalog/override', 'warning'],
    ]);
    expect(report.catalog.overrides.map((o) => o.entry)).toEqual(['release 4.5']);
    // Without the row, the plan to 4.5 is not judged.
    const unjudged = check(
      inventory(join(ROOT, EXAMPLE), { plan: (t) => t.replace(/4\.4\.0/g, '4.5.0') }),
      { inventory: 'acp', today: TODAY },
    );
    expect(findingsOf(unjudged, 'path/no-kubernetes-matrix')).toHaveLength(1);
    expect(report.timeline.filter((t) => t.to.version === '4.5.0')).toHaveLength(4);
    // The node gate applies (created with Kubernetes 1.35 or later), without a known key.
    expect(report.commands.some((c) => c.note.includes('the key the preflight names'))).toBe(true);
  });
});
