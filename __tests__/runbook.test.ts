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

describe('the multi-hop runbook, hop by hop (3.18.1 -> 4.0.3 -> 4.3.0)', () => {
  const report = runbook();
  const commands = report.commands;

  it('passes, and lists the hops in plan order', () => {
    expect(report.verdict).toBe('pass');
    expect([...new Set(report.downloads.map((d) => d.hop))]).toEqual(['4.0.3', '4.3.0']);
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

  it("syncs and preflights each hop from that hop's own Core package, on the standby then the primary", () => {
    for (const hop of ['4.0.3', '4.3.0']) {
      const core = commands.filter((c) => c.stage === 'core' && c.hop === hop);
      expect(core.map((c) => [c.cluster, c.argv.join(' ')])).toEqual([
        ['global-dr', 'bash upgrade.sh --only-sync-image'],
        ['global-dr', 'bash upgrade.sh --preflight'],
        ['global', 'bash upgrade.sh --only-sync-image'],
        ['global', 'bash upgrade.sh --preflight'],
      ]);
      for (const c of core) expect(c.note).toContain(`packages/acp-core-${hop}.tgz`);
    }
  });

  it('pushes in each hop the packages that serve it, and operators to the workloads it upgrades', () => {
    const pushed = (hop: string) =>
      commands
        .filter((c) => c.stage === 'push' && c.hop === hop)
        .map((c) => [c.argv[2], c.argv.includes('--clusters') ? c.argv.at(-1) : null]);
    expect(pushed('4.0.3')).toEqual([
      ['packages/metallb-v4.0.4.tgz', null],
      ['packages/redis-operator.v4.0.2.tgz', 'global,region2'],
    ]);
    expect(pushed('4.3.0')).toEqual([
      ['packages/metallb-v4.3.2.tgz', null],
      ['packages/redis-operator.v4.3.0.tgz', 'global,region2'],
      ['packages/web-terminal-1.5.0.tgz', null],
    ]);
    // Every package of the hop goes to the DR standby's registry too.
    expect(
      commands.filter((c) => c.stage === 'standby' && c.hop === '4.0.3').map((c) => c.argv[2]),
    ).toEqual(['packages/metallb-v4.0.4.tgz', 'packages/redis-operator.v4.0.2.tgz']);
  });

  it('starts every global-tier window with --skip-sync-image, then requests the upgrade', () => {
    const tierWindows = commands.filter((c) => c.phase === 'window' && TIER.has(c.cluster ?? ''));
    expect(tierWindows.map((c) => [c.window, c.cluster, c.shell])).toEqual([
      [1, 'global-dr', 'bash upgrade.sh --skip-sync-image'],
      [1, 'global-dr', 'ac adm upgrade --cluster=global --to=4.0.3'],
      [2, 'global', 'bash upgrade.sh --skip-sync-image'],
      [2, 'global', 'ac adm upgrade --cluster=global --to=4.0.3'],
      [4, 'global-dr', 'bash upgrade.sh --skip-sync-image'],
      [4, 'global-dr', 'ac adm upgrade --cluster=global --to=4.3.0'],
      [5, 'global', 'bash upgrade.sh --skip-sync-image'],
      [5, 'global', 'ac adm upgrade --cluster=global --to=4.3.0'],
    ]);
    const standbyRequest = tierWindows.find(
      (c) => c.stage === 'request' && c.cluster === 'global-dr',
    )!;
    expect(standbyRequest.note).toContain('own control-plane node');
    expect(standbyRequest.note).toContain('https://acp-dr.example.com');
    for (const c of tierWindows.filter((w) => w.stage === 'window'))
      expect(c.note).toContain('images were synced with --only-sync-image above');
  });

  it("preflights each workload, then requests it to the global's version", () => {
    const workload = commands.filter((c) => c.phase === 'window' && !TIER.has(c.cluster ?? ''));
    expect(workload.map((c) => [c.window, c.shell])).toEqual([
      [3, 'bash upgrade.sh --cluster=region1 --preflight'],
      [3, 'ac adm upgrade --cluster=region1 --to=4.0.3'],
      [3, 'bash upgrade.sh --cluster=region2 --preflight'],
      [3, 'ac adm upgrade --cluster=region2 --to=4.0.3'],
      [6, 'bash upgrade.sh --cluster=region1 --preflight'],
      [6, 'ac adm upgrade --cluster=region1 --to=4.3.0'],
      [6, 'bash upgrade.sh --cluster=region2 --preflight'],
      [6, 'ac adm upgrade --cluster=region2 --to=4.3.0'],
    ]);
  });

  it('numbers windows by plan step: 0 before any window, and never goes back', () => {
    expect(commands[0]).toMatchObject({ stage: 'verify', window: 0, phase: 'prepare' });
    expect(
      commands
        .filter((c) => c.hop === '4.0.3' && c.phase === 'prepare')
        .every((c) => c.window === 0),
    ).toBe(true);
    expect(
      commands
        .filter((c) => c.hop === '4.3.0' && c.phase === 'prepare')
        .every((c) => c.window === 4),
    ).toBe(true);
    const windows = commands.map((c) => c.window);
    expect(windows).toEqual([...windows].sort((a, b) => a - b));
    expect(commands.at(-1)).toMatchObject({
      stage: 'post-upgrade',
      phase: 'after',
      window: 6,
      argv: [],
    });
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
      '$ACP_PLATFORM_TOKEN',
      '--dest-repo',
      '192.168.20.10:11443',
      '--username',
      '$ACP_STANDBY_REGISTRY_USERNAME',
      '--password',
      '$ACP_STANDBY_REGISTRY_PASSWORD',
    ]);
    expect(primary!.note).toContain('before step 4 moves global-dr');
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
      (c) => c.stage === 'push' && c.package === 'redis-operator',
    );
    expect(redis.map((c) => [c.hop, c.argv.at(-1)])).toEqual([
      ['4.0.3', 'global,region2'],
      ['4.3.0', 'global'],
    ]);
    expect(redis[1]!.note).toContain('not to region2, which this hop does not upgrade');
    expect(
      report.commands.some((c) => c.argv.includes('--cluster=region2') && c.hop === '4.3.0'),
    ).toBe(false);
  });
});

describe('the version an upgrade request names', () => {
  it('is the exact version of the step: `to: "4.0"` is 4.0.0, which the 4.0.3 Core package does not serve', () => {
    const report = runbook({ plan: (t) => t.replace(/to: 4\.0\.3/g, 'to: "4.0"') });
    const requests = report.commands.filter((c) => c.stage === 'request' && c.hop === '4.0.0');
    expect(requests.map((c) => c.argv.at(-1))).toEqual([
      '--to=4.0.0',
      '--to=4.0.0',
      '--to=4.0.0',
      '--to=4.0.0',
    ]);
    expect(report.findings).toContainEqual(
      expect.objectContaining({ rule: 'packages/core-missing', package: 'core 4.0.0' }),
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
      'Window 1: `global-dr` -> `4.0.3`',
      'Window 2: `global` -> `4.0.3`',
      'Window 3: `region1`, `region2` -> `4.0.3`',
      'Before window 4: prepare `4.3.0`',
      'Window 4: `global-dr` -> `4.3.0`',
      'Window 5: `global` -> `4.3.0`',
      'Window 6: `region1`, `region2` -> `4.3.0`',
      'After the last window',
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
      'Window 1: global-dr -> 4.0.3',
      'Window 2: global -> 4.0.3',
      'Window 3: region1, region2 -> 4.0.3',
      'Before window 4: prepare 4.3.0',
      'Window 4: global-dr -> 4.3.0',
      'Window 5: global -> 4.3.0',
      'Window 6: region1, region2 -> 4.3.0',
      'After the last window',
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
