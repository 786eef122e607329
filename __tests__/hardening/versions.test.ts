// Versions YAML would read as numbers: `kubernetes: 1.30` is the number 1.3 to YAML, but the user
// wrote 1.30. The engine understands what was written, or names the line; never a silent 1.3.
import { describe, expect, it } from '@jest/globals';
import type { Report } from '../../src/engine/report.js';
import { EXAMPLE, lineOf, only, pathOf, replaceOnce, run } from './helpers.js';

/** No message, timeline entry or download in the report spells `wrong` as a whole version. */
function neverSays(report: Report, wrong: string): void {
  const pattern = new RegExp(`(^|[^0-9.])${wrong.replace('.', '\\.')}(?![0-9.])`);
  const texts = [
    ...report.findings.map((f) => f.message),
    ...report.timeline.flatMap((t) => [
      t.from.kubernetes,
      t.to.kubernetes,
      t.from.version,
      t.to.version,
    ]),
    ...report.downloads.flatMap((d) => [
      d.version ?? '',
      ...(d.kind === 'package' ? d.installedVersions : []),
    ]),
  ];
  expect(texts.filter((text) => pattern.test(text))).toEqual([]);
}

/** The example without its Kubernetes step: prod-a moves with global while on its old Kubernetes. */
const PLAN_WITHOUT_K8S_STEP = replaceOnce(
  EXAMPLE.plan,
  '  - cluster: prod-a\n    kubernetes: "1.31"\n',
  '',
);

describe('unquoted versions', () => {
  it('reads `kubernetes: 1.30` in clusters.yaml as 1.30, in the timeline and in messages', () => {
    const clusters = replaceOnce(EXAMPLE.clusters, 'kubernetes: 1.30.9', 'kubernetes: 1.30');
    const passing = run({ clusters });
    expect(passing.summary.errors).toBe(0);
    expect(passing.timeline[0]?.from.kubernetes).toBe('1.30');
    neverSays(passing, '1.3');

    const failing = run({ clusters, plan: PLAN_WITHOUT_K8S_STEP });
    const f = only(failing, 'order/workload-kubernetes');
    expect(f).toMatchObject({
      file: pathOf('plan'),
      line: lineOf(PLAN_WITHOUT_K8S_STEP, 'cluster: global\n'),
      cluster: 'prod-a',
    });
    expect(f.message).toContain('runs Kubernetes 1.30 ');
    neverSays(failing, '1.3');
  });

  it('reads `to: 4.3` in plan.yaml as the exact version 4.3.0, and `kubernetes: 1.31` as written', () => {
    const plan = EXAMPLE.plan.replace(/to: 4\.3\.0/g, 'to: 4.3').replace('"1.31"', '1.31');
    const report = run({ plan });
    expect(report.summary.errors).toBe(0);
    expect(report.timeline.map((t) => t.to.version)).toEqual([
      '4.2.1',
      '4.3.0',
      '4.3.0',
      '4.3.0',
      '4.3.0',
    ]);
    expect(report.timeline[0]?.to.kubernetes).toBe('1.31');
  });

  it('tells 4.10 from 4.1: `to: 4.10` is a release the catalog lacks, named on its line', () => {
    const plan = replaceOnce(
      EXAMPLE.plan,
      '  - cluster: global\n    to: 4.3.0\n',
      '  - cluster: global\n    to: 4.10\n',
    );
    const f = only(run({ plan }), 'input/unknown-version');
    expect(f).toMatchObject({ file: pathOf('plan'), line: lineOf(plan, 'to: 4.10'), column: 9 });
    expect(f.message).toContain('"to" 4.10 is not a release');
  });

  it('reads `target: 4.30` as 4.30, not 4.3', () => {
    const plan = replaceOnce(EXAMPLE.plan, 'target: 4.3.0', 'target: 4.30');
    const f = only(run({ plan }), 'input/unknown-version');
    expect(f).toMatchObject({ file: pathOf('plan'), line: lineOf(plan, 'target:'), column: 9 });
    expect(f.message).toContain('the target 4.30 ');
  });

  it('takes `kubernetes: 1.3` for 1.3, as written: a downgrade on its line', () => {
    const plan = replaceOnce(EXAMPLE.plan, 'kubernetes: "1.31"', 'kubernetes: 1.3');
    const f = only(run({ plan }), 'path/downgrade');
    expect(f).toMatchObject({ file: pathOf('plan'), line: lineOf(plan, 'kubernetes: 1.3') });
    expect(f.message).toContain('down to 1.3;');
  });

  it.each(['1.31e0', '0x1F', '.inf', '1_31', '01.31', '1.31.0.1', 'true', '[1, 31]', '{1: 31}'])(
    'names the line of `kubernetes: %s`, which is no version',
    (written) => {
      const plan = replaceOnce(EXAMPLE.plan, 'kubernetes: "1.31"', `kubernetes: ${written}`);
      const f = only(run({ plan }), 'input/schema');
      expect(f).toMatchObject({
        file: pathOf('plan'),
        line: lineOf(plan, `kubernetes: ${written}`),
      });
    },
  );

  it('compares an unquoted installed 2.10 with a package 2.9 as 2.10 > 2.9', () => {
    const apps = replaceOnce(EXAMPLE.apps, 'version: 4.2.0', 'version: 2.10');
    const packages = replaceOnce(EXAMPLE.packages, 'version: 4.3.0', 'version: 2.9');
    const report = run({ apps, packages });
    const f = only(report, 'packages/older-than-installed');
    expect(f).toMatchObject({ file: pathOf('packages'), line: lineOf(packages, 'version: 2.9') });
    expect(f.message).toContain('2.9 is older than 2.10 on prod-b');
    const redis = report.downloads.find((d) => d.kind === 'package' && d.name === 'redis-operator');
    expect(redis).toMatchObject({ version: '2.9', installedVersions: ['2.10'] });
  });

  it('reads unquoted acpVersions [4.2, 4.3] as compatible and [4.30] as not', () => {
    const unquoted = EXAMPLE.packages.replace(
      /acpVersions: \["4\.2", "4\.3"\]/g,
      'acpVersions: [4.2, 4.3]',
    );
    expect(run({ packages: unquoted }).summary.errors).toBe(0);
    const packages = replaceOnce(EXAMPLE.packages, 'acpVersions: ["4.3"]', 'acpVersions: [4.30]');
    const f = only(run({ packages }), 'packages/incompatible');
    expect(f).toMatchObject({ file: pathOf('packages'), line: lineOf(packages, '[4.30]') });
    expect(f.message).toContain('lists ACP 4.30, not the target 4.3.0');
  });

  it('matches an unquoted `core: 4.3` with the Core 4.3.0 the plan needs', () => {
    const packages = replaceOnce(EXAMPLE.packages, 'core: 4.3.0', 'core: 4.3');
    const report = run({ packages });
    expect(report.summary.errors).toBe(0);
    expect(report.downloads[0]).toMatchObject({ kind: 'core', status: 'present' });
  });

  it('keeps a user catalog release `version: 4.10` apart from 4.1', () => {
    const catalog = [
      'releases:',
      '  - version: 4.10',
      '    kubernetes: { creation: [1.40], compatible: [1.40, 1.34] }',
      '    source: my notes',
      'edges:',
      '  - { from: 4.3, to: 4.10, kubernetes: within-compatible, source: my notes }',
      '',
    ].join('\n');
    const plan = `${EXAMPLE.plan}  - clusters: [global-dr]\n    to: 4.10\n  - cluster: global\n    to: 4.10\n`;
    const report = run({ catalog, plan: replaceOnce(plan, 'target: 4.3.0', 'target: 4.10') });
    expect(report.findings.filter((f) => f.rule.startsWith('input/'))).toEqual([]);
    const globalMoves = report.timeline.filter((t) => t.cluster === 'global');
    expect(globalMoves.map((t) => t.to)).toEqual([
      { version: '4.3.0', kubernetes: '1.34' },
      { version: '4.10.0', kubernetes: '1.40' },
    ]);
  });
});
