// The inventories in examples/ are what a new user runs first; each must say what the README
// says it does.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { inventoryPaths, readInventory } from '../src/io/files.js';
import { check } from '../src/engine/check.js';
import type { Report } from '../src/engine/report.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const TODAY = '2026-01-01';

function checkExample(name: string, replace: { plan?: string } = {}): Report {
  const paths = inventoryPaths(join(root, 'examples', name));
  const inventory = readInventory(paths);
  if (replace.plan !== undefined) inventory.plan = { path: paths.plan, text: replace.plan };
  return check(inventory, { inventory: `examples/${name}`, today: TODAY });
}

/** Index of the first command whose shell line matches. */
function indexOf(report: Report, pattern: RegExp): number {
  const i = report.commands.findIndex((c) => pattern.test(c.shell));
  if (i < 0) throw new Error(`no command matches ${pattern}`);
  return i;
}

describe('examples/acp (4.2.1 to 4.3.0 with a DR standby)', () => {
  const report = checkExample('acp');

  it('passes, with only the post-upgrade task as a notice', () => {
    expect(report.verdict).toBe('pass');
    expect(report.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['platform/post-upgrade', 'notice'],
    ]);
  });

  it("moves prod-a's Kubernetes into 4.3's Compatible Versions before the standby, then the primary", () => {
    expect(report.timeline.map((t) => [t.step, t.cluster, t.to.version, t.to.kubernetes])).toEqual([
      [1, 'prod-a', '4.2.1', '1.31'],
      [2, 'global-dr', '4.3.0', '1.34'],
      [3, 'global', '4.3.0', '1.34'],
      [4, 'prod-a', '4.3.0', '1.34'],
      [4, 'prod-b', '4.3.0', '1.34'],
    ]);
  });

  it('pushes each operator to global and its workloads, and every package to the standby registry', () => {
    expect(report.commands.map((c) => c.shell)).toContain(
      'violet push packages/topolvm-operator.v2.4.1.tgz --target-catalog-source platform --platform-address https://acp.example.com --platform-token "$ACP_PLATFORM_TOKEN" --clusters global,prod-a',
    );
    const standby = report.commands.filter((c) => c.stage === 'standby');
    expect(standby.map((c) => c.package).sort()).toEqual([
      'metallb',
      'redis-operator',
      'topolvm-operator',
      'web-terminal',
    ]);
    for (const c of standby) {
      expect(c.argv).toEqual(expect.arrayContaining(['--dest-repo', '192.168.20.10:11443']));
      expect(c.shell).toContain('--platform-address https://acp-dr.example.com');
    }
    expect(indexOf(report, /upgrade\.sh --skip-sync-image/)).toBeGreaterThan(
      indexOf(report, /--dest-repo/),
    );
  });
});

describe('examples/acp-4.0-topolvm (4.0.3 to 4.3.0 with TopoLVM installed)', () => {
  const report = checkExample('acp-4.0-topolvm');

  it('passes, with only the post-upgrade task as a notice', () => {
    expect(report.verdict).toBe('pass');
    expect(report.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['platform/post-upgrade', 'notice'],
    ]);
  });

  it("brings both workloads into 4.3's Compatible Versions (1.31-1.34) before the global tier moves", () => {
    const steps = report.timeline.map((t) => [
      t.step,
      t.cluster,
      t.from.kubernetes,
      t.to.kubernetes,
    ]);
    expect(steps.slice(0, 2)).toEqual([
      [1, 'region1', '1.30.8', '1.31'],
      [1, 'region2', '1.30.2', '1.31'],
    ]);
    expect(report.timeline.map((t) => [t.step, t.cluster, t.to.version])).toEqual([
      [1, 'region1', '4.0.3'],
      [1, 'region2', '4.0.3'],
      [2, 'global-standby', '4.3.0'],
      [3, 'global', '4.3.0'],
      [4, 'region1', '4.3.0'],
      [4, 'region2', '4.3.0'],
    ]);
  });

  it('marks the TopoLVM package as a pre-stage download for the clusters that run it', () => {
    expect(report.downloads).toContainEqual(
      expect.objectContaining({
        kind: 'package',
        name: 'topolvm-operator',
        status: 'present',
        clusters: ['global', 'region1'],
        reasons: expect.arrayContaining(['installed', 'topolvm-prestage']),
      }),
    );
  });

  it('pushes TopoLVM to global and region1 before the window, ahead of the Core sync', () => {
    const prestage = report.commands.filter((c) => c.stage === 'before-window');
    expect(prestage.map((c) => c.shell)).toEqual([
      'violet push packages/topolvm-operator.v2.4.0.tgz --target-catalog-source platform --platform-address https://acp.example.com --platform-token "$ACP_PLATFORM_TOKEN" --clusters global,region1',
    ]);
    const push = indexOf(report, /topolvm-operator.*--clusters global,region1/);
    expect(push).toBeLessThan(indexOf(report, /upgrade\.sh --only-sync-image/));
    expect(push).toBeLessThan(indexOf(report, /upgrade\.sh --skip-sync-image/));
  });
});

describe('examples/acp-failing (a plan with mistakes)', () => {
  const report = checkExample('acp-failing');

  it('fails on the workload moved first, the workload left outside 4.3, and the missing operator', () => {
    expect(report.verdict).toBe('fail');
    expect(report.summary).toMatchObject({ errors: 3, warnings: 0 });
    expect(
      report.findings.map((f) => [f.rule, f.cluster ?? f.package, f.step ?? null]).sort(),
    ).toEqual([
      ['order/global-first', 'prod-b', 1],
      ['order/workload-kubernetes', 'prod-a', 2],
      ['packages/missing', 'redis-operator', null],
      ['platform/post-upgrade', undefined, 3],
    ]);
  });

  it('names the fix in each message', () => {
    const message = (rule: string) => report.findings.find((f) => f.rule === rule)!.message;
    expect(message('order/workload-kubernetes')).toContain('kubernetes: "1.31"');
    expect(message('order/global-first')).toContain('global is on 4.2.1');
    expect(message('packages/missing')).toContain('redis-operator');
    expect(report.downloads).toContainEqual(
      expect.objectContaining({ name: 'redis-operator', status: 'missing' }),
    );
  });

  it('suggests a plan that fixes the order mistakes, leaving only the missing package', () => {
    expect(report.suggestedPlan).toBeDefined();
    const fixed = checkExample('acp-failing', { plan: report.suggestedPlan });
    expect(fixed.findings.map((f) => f.rule)).toEqual([
      'packages/missing',
      'platform/post-upgrade',
    ]);
  });
});

describe('examples/acp-3.18-to-4.3 (3.18.1 to 4.3.0 through 4.0.3, DR and TopoLVM)', () => {
  const report = checkExample('acp-3.18-to-4.3');

  it('passes, with the post-upgrade task and what 3.18 -> 4.0 asks to verify by hand as notices', () => {
    expect(report.verdict).toBe('pass');
    expect(report.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['path/edge-prerequisite', 'notice'],
      ['platform/post-upgrade', 'notice'],
    ]);
    expect(report.findings[0]!.message).toContain('Istio, where installed, is on 1.22');
  });

  it('takes region2 to Kubernetes 1.30 first, then the global tier through 4.0.3 to 4.3.0 (the runbook test walks it hop by hop)', () => {
    expect(report.timeline[0]).toMatchObject({
      step: 1,
      cluster: 'region2',
      from: { version: '3.18.1', kubernetes: '1.28.15' },
      to: { version: '3.18.1', kubernetes: '1.30' },
    });
    expect([...new Set(report.timeline.slice(1).map((t) => t.to.version))]).toEqual([
      '4.0.3',
      '4.3.0',
    ]);
  });
});

describe('examples/acp-4.0-to-4.3-via-4.2 (4.0.5 to 4.3.2 through 4.2.5, DR, TopoLVM, an external registry)', () => {
  const report = checkExample('acp-4.0-to-4.3-via-4.2');

  it('passes, with the notices of what to verify by hand and PKCE hardening', () => {
    expect(report.verdict).toBe('pass');
    expect(report.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['path/edge-prerequisite', 'notice'],
      ['platform/post-upgrade', 'notice'],
    ]);
  });

  it('follows the book of 4.2 into 4.2 and the book of 4.3 into 4.3, each with the external registry', () => {
    const books = (hop: string) =>
      new Set(report.commands.filter((c) => c.hop === hop && c.book).map((c) => c.book));
    expect(books('4.2.5')).toEqual(new Set(['4.2']));
    expect(books('4.3.2')).toEqual(new Set(['4.3']));
    const core = (hop: string) =>
      report.commands
        .filter((c) => c.hop === hop && c.stage === 'core' && c.cluster === 'global')
        .map((c) => c.argv.slice(0, 3).join(' '));
    expect(core('4.2.5')).toEqual(['bash upgrade.sh --only-sync-image=true']);
    expect(core('4.3.2')).toEqual([
      'bash res/upload.sh all',
      'bash res/upload.sh necessary',
      'bash upgrade.sh --preflight',
    ]);
  });
});

describe('examples/acp-4.3-to-4.4 (4.3.1 to 4.4.0, DR, nodes and the scenario set)', () => {
  const report = checkExample('acp-4.3-to-4.4');

  it('passes, with only the notice to verify that 4.4.0 is offered for 4.3.1', () => {
    expect(report.verdict).toBe('pass');
    expect(report.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['path/edge-prerequisite', 'notice'],
    ]);
    expect(report.findings[0]!.message).toContain('availableUpdates');
  });
});
