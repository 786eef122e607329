// The runbook (SPEC §4 "Commands: the runbook, one window at a time") on the multi-hop example
// examples/acp-3.18-to-4.3: each hop prepared after the previous hop's windows and before its own
// first global-tier step, each window ending in its upgrade request, and the whole runbook run by
// bash with `violet`, `ac` and `upgrade.sh` recorded: every value arrives intact, nothing else
// runs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import { check } from '../src/engine/check.js';
import type { Command } from '../src/engine/commands.js';
import type { Report } from '../src/engine/report.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { renderText } from '../src/render/text.js';
import { expectedArgv, runWithShims } from './runbook-shims.js';
import { type Edits, type FileName, inventoryAt } from './support/inventory.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXAMPLE = 'examples/acp-3.18-to-4.3';
const TODAY = '2026-06-01';
const TIER = new Set(['global', 'global-dr']);

function runbook(edits: Edits = {}, without: FileName[] = []): Report {
  return check(inventoryAt(join(ROOT, EXAMPLE), 'acp', { edits, without }), {
    inventory: 'acp',
    today: TODAY,
  });
}

function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`not exactly one "${from}"`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

const indexes = (list: Command[], keep: (c: Command) => boolean) =>
  list.flatMap((c, i) => (keep(c) ? [i] : []));

describe('the multi-hop runbook, hop by hop (3.18.1 -> 4.0.3 -> 4.3.0), each hop by its own book', () => {
  const report = runbook();
  const commands = report.commands;
  const hop40 = commands.filter((c) => c.hop === '4.0.3');
  const hop43 = commands.filter((c) => c.hop === '4.3.0');

  it('passes, and lists the hops in plan order', () => {
    expect(report.verdict).toBe('pass');
    expect([...new Set(report.downloads.map((d) => d.hop))]).toEqual(['4.0.3', '4.3.0']);
  });

  it("follows 4.0's book for the hop into 4.0 and 4.3's for the hop into 4.3", () => {
    expect(new Set(hop40.filter((c) => c.book).map((c) => c.book))).toEqual(new Set(['4.0']));
    expect(new Set(hop43.filter((c) => c.book).map((c) => c.book))).toEqual(new Set(['4.3']));
    // 4.0 has no preflight mode, no cluster version operator, no ac: none of them in its hop.
    const in40 = hop40.map((c) => c.shell).join('\n');
    expect(in40).not.toMatch(/--preflight|^ac |cvsh/m);
    expect(hop40.some((c) => c.argv[0] === 'ac')).toBe(false);
    // 4.3 is the cluster version operator's procedure: preflight, then the request with ac.
    expect(hop43.filter((c) => c.argv.includes('--preflight')).length).toBeGreaterThan(0);
    expect(hop43.filter((c) => c.argv[0] === 'ac').map((c) => c.shell)).toEqual([
      'ac adm upgrade --cluster=global --to=4.3.0',
      'ac adm upgrade --cluster=global --to=4.3.0',
      'ac adm upgrade --cluster=region1 --to=4.3.0',
      'ac adm upgrade --cluster=region2 --to=4.3.0',
    ]);
  });

  it("prepares each hop after the previous hop's last window and before its first global-tier step", () => {
    let previousLast = -1;
    for (const hop of ['4.0.3', '4.3.0']) {
      const prepare = indexes(commands, (c) => c.phase === 'prepare' && c.hop === hop);
      const windows = indexes(commands, (c) => c.phase === 'window' && c.hop === hop);
      const firstTier = indexes(
        commands,
        (c) => c.phase === 'window' && c.hop === hop && TIER.has(c.cluster ?? ''),
      )[0]!;
      expect(prepare.length).toBeGreaterThan(0);
      expect(Math.min(...prepare)).toBeGreaterThan(previousLast);
      expect(Math.max(...prepare)).toBeLessThan(firstTier);
      // Preparation is contiguous: nothing of another hop or window runs in between.
      expect(Math.max(...prepare) - Math.min(...prepare) + 1).toBe(prepare.length);
      previousLast = Math.max(...windows);
    }
  });

  it("syncs each hop from that hop's own Core package, on the standby then the primary, as its book says", () => {
    const core = (hop: string) =>
      commands.filter((c) => c.stage === 'core' && c.hop === hop).map((c) => [c.cluster, c.shell]);
    expect(core('4.0.3')).toEqual([
      ['global-dr', 'bash upgrade.sh --only-sync-image=true'],
      ['global', 'bash upgrade.sh --only-sync-image=true'],
    ]);
    expect(core('4.3.0')).toEqual([
      ['global-dr', 'bash upgrade.sh --only-sync-image'],
      ['global-dr', 'bash upgrade.sh --preflight'],
      ['global', 'bash upgrade.sh --only-sync-image'],
      ['global', 'bash upgrade.sh --preflight'],
      ['region1', 'bash upgrade.sh --cluster=region1 --preflight'],
      ['region2', 'bash upgrade.sh --cluster=region2 --preflight'],
    ]);
    for (const hop of ['4.0.3', '4.3.0']) {
      for (const c of commands.filter(
        (x) => x.stage === 'core' && x.hop === hop && TIER.has(x.cluster!),
      ))
        expect(c.note).toContain(`packages/acp-core-${hop}.tgz`);
    }
  });

  it('pushes images ahead in 4.0 and creates CRs in each window; whole packages before the 4.3 request', () => {
    const pushed = (hop: string, phase: string) =>
      commands
        .filter(
          (c) =>
            (c.stage === 'push' || c.stage === 'standby') && c.hop === hop && c.phase === phase,
        )
        .map((c) => [
          c.cluster ?? 'global',
          c.argv[2],
          c.argv
            .slice(3)
            .filter(
              (a) =>
                a.startsWith('--skip') ||
                a === 'platform' ||
                a.startsWith('global,') ||
                a === 'region2',
            )
            .join(' '),
        ]);
    expect(pushed('4.0.3', 'prepare')).toEqual([
      ['global', 'packages/metallb-v4.0.4.tgz', '--skip-crs'],
      ['global', 'packages/redis-operator.v4.0.2.tgz', '--skip-crs'],
      ['global-dr', 'packages/metallb-v4.0.4.tgz', '--skip-crs'],
      ['global-dr', 'packages/redis-operator.v4.0.2.tgz', '--skip-crs'],
    ]);
    // In a global cluster's window, CRs without workloads in --clusters; a workload's in its own.
    expect(pushed('4.0.3', 'window')).toEqual([
      ['global-dr', 'packages/metallb-v4.0.4.tgz', '--skip-push'],
      ['global-dr', 'packages/redis-operator.v4.0.2.tgz', '--skip-push'],
      ['global', 'packages/metallb-v4.0.4.tgz', '--skip-push'],
      ['global', 'packages/redis-operator.v4.0.2.tgz', '--skip-push'],
      ['region2', 'packages/redis-operator.v4.0.2.tgz', '--skip-push region2'],
    ]);
    expect(
      commands.some(
        (c) =>
          c.hop === '4.0.3' && TIER.has(c.cluster ?? 'global') && c.argv.includes('--clusters'),
      ),
    ).toBe(false);
    expect(pushed('4.3.0', 'prepare')).toEqual([
      ['global', 'packages/metallb-v4.3.2.tgz', 'platform'],
      ['global', 'packages/redis-operator.v4.3.0.tgz', 'platform global,region2'],
      ['global', 'packages/web-terminal-1.5.0.tgz', ''],
      ['global-dr', 'packages/metallb-v4.3.2.tgz', 'platform'],
      ['global-dr', 'packages/redis-operator.v4.3.0.tgz', 'platform'],
      ['global-dr', 'packages/web-terminal-1.5.0.tgz', ''],
    ]);
    expect(pushed('4.3.0', 'window')).toEqual([]);
  });

  it("starts every global-tier window with --skip-sync-image, then requests the upgrade the book's way", () => {
    const tier = (hop: string) =>
      commands
        .filter((c) => c.phase === 'window' && c.hop === hop && TIER.has(c.cluster ?? ''))
        .filter(
          (c) =>
            c.stage === 'window' ||
            c.stage === 'request' ||
            /Functional Components > Upgrade/.test(c.note),
        )
        .filter(
          (c) =>
            !c.argv.includes('machines.platform.tkestack.io') && !c.argv.includes('app=etcd-sync'),
        )
        .map((c) => [
          c.window,
          c.cluster,
          c.shell || c.note.replace(/^step \d+: /, '').slice(0, 40),
        ]);
    expect(tier('4.0.3')).toEqual([
      [2, 'global-dr', 'bash upgrade.sh --skip-sync-image'],
      [2, 'global-dr', 'upgrade global-dr to 4.0.3 in its Web Co'],
      [3, 'global', 'bash upgrade.sh --skip-sync-image'],
      [3, 'global', 'upgrade global to 4.0.3 in its Web Conso'],
    ]);
    expect(tier('4.3.0')).toEqual([
      [5, 'global-dr', 'bash upgrade.sh --skip-sync-image'],
      [5, 'global-dr', 'ac adm upgrade --cluster=global --to=4.3.0'],
      [6, 'global', 'bash upgrade.sh --skip-sync-image'],
      [6, 'global', 'ac adm upgrade --cluster=global --to=4.3.0'],
    ]);
    const standbyRequest = commands.find(
      (c) => c.stage === 'request' && c.cluster === 'global-dr',
    )!;
    expect(standbyRequest.note).toContain(
      "own control-plane node, logged in to the standby's own platform",
    );
    for (const c of commands.filter(
      (w) => w.phase === 'window' && w.argv.includes('--skip-sync-image'),
    ))
      expect(c.note).toContain('artifacts were synced above');
  });

  it('upgrades 4.0 workloads from the Web Console after their CRs, and 4.3 workloads with ac', () => {
    const workload = (hop: string) =>
      commands
        .filter((c) => c.phase === 'window' && c.hop === hop && !TIER.has(c.cluster ?? ''))
        .map((c) => c.shell || c.note.replace(/^step \d+: /, '').slice(0, 30));
    expect(workload('4.0.3')).toEqual([
      'wait about 10-15 minutes until',
      'upgrade region1 to 4.0.3 in th',
      expect.stringContaining('--skip-push'),
      'wait about 10-15 minutes until',
      'upgrade region2 to 4.0.3 in th',
    ]);
    expect(workload('4.3.0')).toEqual([
      'ac adm upgrade --cluster=region1 --to=4.3.0',
      'ac adm upgrade --cluster=region2 --to=4.3.0',
    ]);
  });

  it('around the global tier, follows the DR steps of each book: the etcd sync off before the standby, back after the primary', () => {
    const dr = (window: number) =>
      commands
        .filter((c) => c.window === window && c.phase === 'window')
        .map((c) => c.note)
        .filter((n) => /etcd|EtcdSync|same data/.test(n));
    // 3.18 -> 4.0: EtcdSync, from the primary's console; 4.0 -> 4.3: the etcd Synchronizer.
    expect(dr(2).join('\n')).toContain('uninstall the EtcdSync plugin');
    expect(dr(3).join('\n')).toContain('reinstall Alauda Container Platform etcd Synchronizer');
    expect(dr(5).join('\n')).toContain('uninstall Alauda Container Platform etcd Synchronizer');
    expect(dr(6).join('\n')).toContain('reinstall Alauda Container Platform etcd Synchronizer');
  });

  it('numbers windows by plan step: 0 before any window, and never goes back', () => {
    expect(commands[0]).toMatchObject({ stage: 'verify', window: 0, phase: 'prepare' });
    expect(
      commands
        .filter((c) => c.hop === '4.0.3' && c.phase === 'prepare')
        .every((c) => c.window === 2),
    ).toBe(true);
    expect(
      commands
        .filter((c) => c.hop === '4.3.0' && c.phase === 'prepare')
        .every((c) => c.window === 5),
    ).toBe(true);
    const windows = commands.map((c) => c.window);
    expect(windows).toEqual([...windows].sort((a, b) => a - b));
  });

  it('puts each post-upgrade task after the window it falls due in', () => {
    const tasks = commands.filter((c) => c.stage === 'post-upgrade' && c.note.includes('PKCE'));
    expect(tasks).toMatchObject([{ phase: 'after', window: 7, argv: [] }]);
    const docs = commands.filter((c) => c.note.includes('Product Docs plugin'));
    expect(docs).toMatchObject([{ phase: 'after', window: 3, cluster: 'global', book: '4.0' }]);
  });
});

describe('the TopoLVM pre-stage in a multi-hop journey', () => {
  const topolvm = (report: Report) => report.commands.filter((c) => c.stage === 'before-window');

  it("pushes to the primary's clusters that run it, and to the standby through its own address", () => {
    const report = runbook();
    const [primary, standby] = topolvm(report);
    expect(topolvm(report)).toHaveLength(2);
    expect(primary!.argv).toEqual([
      'violet',
      'push',
      'packages/topolvm-operator.v2.4.0.tgz',
      '--target-catalog-source',
      'platform',
      '--platform-address',
      'https://acp.example.com',
      '--platform-token',
      '$ACP_PLATFORM_TOKEN',
      '--clusters',
      'global,region1',
    ]);
    expect(standby!.argv).toEqual([
      'violet',
      'push',
      'packages/topolvm-operator.v2.4.0.tgz',
      '--target-catalog-source',
      'platform',
      '--platform-address',
      'https://acp-dr.example.com',
      '--platform-token',
      '$ACP_STANDBY_PLATFORM_TOKEN',
      '--dest-repo',
      '192.168.20.10:11443',
      '--username',
      '$ACP_STANDBY_REGISTRY_USERNAME',
      '--password',
      '$ACP_STANDBY_REGISTRY_PASSWORD',
    ]);
    expect(primary!.note).toContain('before step 5 moves global-dr');
  });

  it('comes after the 4.0.3 windows and before the first 4.3.0 global-tier step, not first', () => {
    const report = runbook();
    const at = report.commands.indexOf(topolvm(report)[0]!);
    const lastOf40 = Math.max(
      ...indexes(report.commands, (c) => c.phase === 'window' && c.hop === '4.0.3'),
    );
    const firstOf43 = indexes(
      report.commands,
      (c) => c.phase === 'window' && c.hop === '4.3.0',
    )[0]!;
    expect(at).toBeGreaterThan(lastOf40);
    expect(at).toBeLessThan(firstOf43);
    expect(at).toBeLessThan(
      indexes(report.commands, (c) => c.stage === 'core' && c.hop === '4.3.0')[0]!,
    );
  });

  it('keeps --target-catalog-source "platform" when TopoLVM is typed ModulePlugin', () => {
    const asPlugin = (t: string) =>
      t.replace(
        /type: OperatorBundle(\n\s+installed:\n\s+- clusterName: global\n)/,
        'type: ModulePlugin$1',
      );
    const report = runbook({
      apps: asPlugin,
      packages: (t) =>
        replaceOnce(
          t,
          'type: OperatorBundle\n    version: 2.4.0',
          'type: ModulePlugin\n    version: 2.4.0',
        ),
    });
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const [primary] = topolvm(report);
    expect(primary!.argv).toEqual(
      expect.arrayContaining([
        '--target-catalog-source',
        'platform',
        '--clusters',
        'global,region1',
      ]),
    );
  });
});

describe('what the runbook claims', () => {
  it('says images are synced only where a sync line was printed: none without packages.yaml', () => {
    const report = runbook({}, ['packages']);
    expect(report.commands.filter((c) => c.argv.includes('--only-sync-image'))).toEqual([]);
    const starts = report.commands.filter((c) => c.argv.includes('--skip-sync-image'));
    expect(starts).toHaveLength(4);
    for (const c of starts) {
      expect(c.note).not.toMatch(/synced with|already synced/);
      expect(c.note).toContain('no sync line was printed');
    }
    const notes = report.commands.filter((c) => c.stage === 'note' && c.phase === 'prepare');
    expect(notes.map((c) => c.cluster)).toEqual(['global-dr', 'global', 'global-dr', 'global']);
  });

  it('does not push an operator to a workload the plan leaves behind', () => {
    const report = runbook({
      plan: (t) =>
        replaceOnce(
          t,
          '  - clusters: [region1, region2]\n    to: 4.3.0\n',
          '  - cluster: region1\n    to: 4.3.0\n',
        ),
    });
    const redis = report.commands.filter(
      (c) => c.stage === 'push' && c.package === 'redis-operator' && c.hop === '4.3.0',
    );
    expect(redis.map((c) => c.argv.at(-1))).toEqual(['global']);
    expect(
      report.commands.some((c) => c.argv.includes('--cluster=region2') && c.hop === '4.3.0'),
    ).toBe(false);
  });
});

describe('the version an upgrade request names', () => {
  it('is the exact version of the step: `to: "4.3"` is 4.3.0, which the 4.3.2 Core package does not serve', () => {
    const report = runbook({
      plan: (t) => t.replace(/to: 4\.3\.0/g, 'to: "4.3"'),
      packages: (t) =>
        t.replace(/core: 4\.3\.0/, 'core: 4.3.2').replace('acp-core-4.3.0', 'acp-core-4.3.2'),
    });
    const requests = report.commands.filter((c) => c.stage === 'request' && c.hop === '4.3.0');
    expect(requests.map((c) => c.argv.at(-1))).toEqual([
      '--to=4.3.0',
      '--to=4.3.0',
      '--to=4.3.0',
      '--to=4.3.0',
    ]);
    expect(report.findings).toContainEqual(
      expect.objectContaining({ rule: 'packages/core-missing', package: 'core 4.3.0' }),
    );
  });
});

describe('the runbook as rendered', () => {
  const report = runbook();

  it('shows one heading and one bash block per window in the comment', () => {
    const markdown = renderMarkdown(report);
    const headings = [...markdown.matchAll(/^##### (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual([
      'Before any window',
      'Window 1: `region2`, Kubernetes -> `1.30`',
      'Before window 2: prepare `4.0.3`',
      'Window 2: `global-dr` -> `4.0.3`',
      'Window 3: `global` -> `4.0.3`',
      'After window 3',
      'Window 4: `region1`, `region2` -> `4.0.3`',
      'Before window 5: prepare `4.3.0`',
      'Window 5: `global-dr` -> `4.3.0`',
      'After window 5',
      'Window 6: `global` -> `4.3.0`',
      'After window 6',
      'Window 7: `region1`, `region2` -> `4.3.0`',
      'After window 7',
    ]);
    const blocks = [...markdown.matchAll(/^```bash\n([\s\S]*?)\n```$/gm)].map((m) => m[1]!);
    expect(blocks).toHaveLength(headings.length);
    expect(blocks.join('\n')).toBe(
      report.commands
        .flatMap((c) => (c.shell ? [`# ${c.note}`, c.shell] : [`# ${c.note}`]))
        .join('\n'),
    );
  });

  it('shows the same headings, as comment lines, in the terminal', () => {
    const text = renderText(report);
    const headings = [...text.matchAll(/^ {2}# ==== (.+) ====$/gm)].map((m) => m[1]);
    expect(headings).toEqual([
      'Before any window',
      'Window 1: region2, Kubernetes -> 1.30',
      'Before window 2: prepare 4.0.3',
      'Window 2: global-dr -> 4.0.3',
      'Window 3: global -> 4.0.3',
      'After window 3',
      'Window 4: region1, region2 -> 4.0.3',
      'Before window 5: prepare 4.3.0',
      'Window 5: global-dr -> 4.3.0',
      'After window 5',
      'Window 6: global -> 4.3.0',
      'After window 6',
      'Window 7: region1, region2 -> 4.3.0',
      'After window 7',
    ]);
    expect(text).toContain('  for the upgrade to 4.0.3:\n  [x] Core 4.0.3');
  });
});

// --- the whole runbook, run by bash -----------------------------------------------------------

const scratch = mkdtempSync(join(tmpdir(), 'acp-runbook-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Would leave a file named pwned-<tag>-* behind if any of it ran. */
const payload = (tag: string) =>
  [
    `$(touch\${IFS}pwned-${tag}-a)`,
    `\`touch\${IFS}pwned-${tag}-b\``,
    `;touch\${IFS}pwned-${tag}-c;`,
    `|touch\${IFS}pwned-${tag}-d`,
  ].join('');

const HOSTILE: Record<string, string> = {
  'global-dr': `dr'"${payload('standby')}*?[x]`,
  region1: `r1${payload('w1')}{a..b}~`,
  region2: `r2$HOME\${PATH}!!${payload('w2')}`,
  'packages/': `pkg dir/'q' "d" *?[a] ${payload('dir')}/`,
  'https://acp.example.com': `https://acp.example.com/${payload('address')}'"`,
  'https://acp-dr.example.com': `https://dr.example.com/${payload('dr-address')}`,
};

/** The example with every cluster name, address and file path made hostile. */
function hostile(text: string): string {
  const swap = (value: string) => {
    let out = value;
    for (const [from, to] of Object.entries(HOSTILE)) out = out.split(from).join(to);
    return out;
  };
  return text
    .split('\n')
    .map((line) => {
      const flow = /^(\s*- clusters: )\[(.+)\]$/.exec(line);
      if (flow) return `${flow[1]}${JSON.stringify(flow[2]!.split(', ').map(swap))}`;
      const scalar = /^(\s*(?:- )?(?:name|clusterName|cluster|file|platformAddress): )(\S+)$/.exec(
        line,
      );
      return scalar ? `${scalar[1]}${JSON.stringify(swap(scalar[2]!))}` : line;
    })
    .join('\n');
}

const ENV = {
  ACP_PLATFORM_TOKEN: `tok $(touch pwned-token) '"*`,
  ACP_STANDBY_PLATFORM_TOKEN: `stok $(touch pwned-standby-token) '"*`,
  ACP_STANDBY_REGISTRY_USERNAME: `u $(touch pwned-user)`,
  ACP_STANDBY_REGISTRY_PASSWORD: `p'"\`touch pwned-password\``,
};

describe('the whole runbook under bash, with hostile values', () => {
  const report = runbook({
    apps: hostile,
    clusters: hostile,
    plan: hostile,
    packages: hostile,
  });
  const runnable = report.commands.filter((c) => c.argv.length > 0);

  it('loads the hostile inventory and generates every kind of command', () => {
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(new Set(report.commands.map((c) => c.stage))).toEqual(
      new Set([
        'verify',
        'note',
        'before-window',
        'core',
        'push',
        'standby',
        'window',
        'request',
        'post-upgrade',
      ]),
    );
    const args = new Set(runnable.flatMap((c) => c.argv));
    expect(args).toContain(`--cluster=${HOSTILE.region1}`);
    expect(args).toContain(`global,${HOSTILE.region1}`);
    expect(args).toContain(`${HOSTILE['packages/']}metallb-v4.0.4.tgz`);
    expect(args).toContain(HOSTILE['https://acp-dr.example.com']);
  });

  it.each([
    ['the shell lines', () => runnable.map((c) => c.shell).join('\n')],
    [
      "the comment's bash blocks",
      () =>
        [...renderMarkdown(report).matchAll(/(`{3,})bash\n([\s\S]*?)\n\1\n/g)]
          .map((m) => m[2])
          .join('\n'),
    ],
    [
      "the terminal's command section",
      () =>
        renderText(report)
          .split('Commands (in order)\n')[1]!
          .split('\n')
          .filter((l) => l.startsWith('  '))
          .join('\n'),
    ],
  ])(
    "runs %s as exactly the runbook's commands, each value intact, and nothing else",
    (_, script) => {
      const { calls, leftovers } = runWithShims(scratch, script(), ENV);
      expect(calls).toEqual(runnable.map((c) => expectedArgv(c.argv, ENV)));
      expect(leftovers).toEqual([]);
    },
  );
});

// --- the 4.0 -> 4.2 -> 4.3 books with an external registry, and 3.18 -> 4.1 with TopoLVM ------

/** The example's names made hostile; the pages' own lines get them only shell-quoted. */
function hostileNames(text: string): string {
  return hostile(text);
}

describe('each book under bash, with hostile values: every tool recorded, every value intact', () => {
  const via42 = check(
    inventoryAt(join(ROOT, 'examples/acp-4.0-to-4.3-via-4.2'), 'acp', {
      edits: {
        apps: hostileNames,
        clusters: hostileNames,
        plan: hostileNames,
        packages: hostileNames,
      },
    }),
    { inventory: 'acp', today: TODAY },
  );
  const env = {
    ...ENV,
    ACP_REGISTRY_ADDRESS: `reg.example.com:443 $(touch pwned-registry)`,
    ACP_REGISTRY_USERNAME: `ru'"$(touch pwned-registry-user)`,
    ACP_REGISTRY_PASSWORD: `rp \`touch pwned-registry-password\``,
  };

  it('renders the 4.2 hop with upgrade.sh --registry and the 4.3 hop with bash res/upload.sh', () => {
    expect(via42.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const shells = via42.commands.map((c) => c.shell);
    expect(shells).toContain(
      'bash upgrade.sh --only-sync-image=true --registry "$ACP_REGISTRY_ADDRESS" --username "$ACP_REGISTRY_USERNAME" --password "$ACP_REGISTRY_PASSWORD"',
    );
    expect(shells).toContain(
      'bash res/upload.sh all "$ACP_REGISTRY_ADDRESS" "$ACP_REGISTRY_USERNAME" "$ACP_REGISTRY_PASSWORD"',
    );
    expect(shells).toContain(
      'bash res/upload.sh necessary "$ACP_REGISTRY_ADDRESS" "$ACP_REGISTRY_USERNAME" "$ACP_REGISTRY_PASSWORD"',
    );
  });

  it("runs the comment's bash blocks as exactly the runbook's commands, and nothing else", () => {
    const runnable = via42.commands.filter((c) => c.argv.length > 0);
    const script = [...renderMarkdown(via42).matchAll(/(`{3,})bash\n([\s\S]*?)\n\1\n/g)]
      .map((m) => m[2])
      .join('\n');
    const { calls, leftovers } = runWithShims(scratch, script, env);
    expect(calls).toEqual(runnable.map((c) => expectedArgv(c.argv, env)));
    expect(new Set(calls.map((c) => c[0]))).toEqual(new Set(['violet', 'bash', 'kubectl', 'ac']));
    expect(leftovers).toEqual([]);
  });

  it("quotes a hostile cluster name into the release-4.1 page's TopoLVM lines, so that it reaches grep intact", () => {
    const name = HOSTILE.region1!;
    const report = check(
      {
        apps: {
          path: 'acp/apps.yaml',
          text: `applications:\n  topolvm-operator:\n    displayName: Alauda Build of TopoLVM\n    type: OperatorBundle\n    installed:\n      - clusterName: global\n        version: 2.2.3\n      - clusterName: ${JSON.stringify(name)}\n        version: 2.2.3\n`,
        },
        clusters: {
          path: 'acp/clusters.yaml',
          text: `clusters:\n  - name: global\n    version: 3.18.1\n    kubernetes: "1.30"\n    minioFreeGB: 200\n  - name: ${JSON.stringify(name)}\n    version: 3.18.1\n    kubernetes: "1.30"\n`,
        },
        plan: {
          path: 'acp/plan.yaml',
          text: `target: 4.1.6\nsteps:\n  - cluster: global\n    to: 4.1.6\n  - cluster: ${JSON.stringify(name)}\n    to: 4.1.6\n`,
        },
        packages: {
          path: 'acp/packages.yaml',
          text: 'packages:\n  - core: 4.1.6\n    file: packages/acp-core-4.1.6.tgz\n  - name: topolvm-operator\n    type: OperatorBundle\n    version: 2.4.0\n    lifecycle: agnostic\n    acpVersions: ["4.1"]\n    file: packages/topolvm-operator.v2.4.0.tgz\n',
        },
      },
      { inventory: 'acp', today: TODAY },
    );
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const script = [...renderMarkdown(report).matchAll(/(`{3,})bash\n([\s\S]*?)\n\1\n/g)]
      .map((m) => m[2])
      .join('\n');
    const { calls, leftovers } = runWithShims(scratch, script, ENV);
    // The page's `grep $cluster_name`, with the name as one argument, for each cluster.
    const greps = calls.filter(
      (c) => c[0] === 'grep' && c[1] !== 'topolvm-migrate-catalog-updater',
    );
    expect(greps.map((c) => c.slice(1))).toEqual(expect.arrayContaining([['global'], [name]]));
    expect(calls.filter((c) => c[0] === 'kubectl').map((c) => c.slice(1, 3))).toEqual(
      expect.arrayContaining([
        ['delete', '-f'],
        ['create', '-f'],
        ['delete', 'minfo'],
      ]),
    );
    expect(new Set(calls.map((c) => c[0]))).toEqual(
      new Set(['violet', 'bash', 'kubectl', 'grep', 'head', 'awk']),
    );
    expect(leftovers.filter((f) => f !== 'topolvm-artifact.yaml')).toEqual([]);
  });
});
