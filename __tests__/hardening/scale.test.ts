// Inventories that are large or produce a flood of findings: a report comes back, in seconds.
import { describe, expect, it } from '@jest/globals';
import { check } from '../../src/engine/check.js';
import { TODAY, inventory, pathOf } from './helpers.js';

/** clusters.yaml with a global and `count` workloads named w0..w{count-1}. */
function fleet(count: number): string {
  const lines = [
    'clusters:',
    '  - name: global',
    '    version: 4.2.1',
    '    kubernetes: 1.33.4',
    '    minioFreeGB: 200',
  ];
  for (let i = 0; i < count; i++)
    lines.push(`  - name: w${i}`, '    version: 4.2.1', '    kubernetes: 1.33.1');
  return `${lines.join('\n')}\n`;
}

function apps(installations: number, line: (i: number) => string[]): string {
  const lines = ['applications:', '  flood:', '    type: ModulePlugin', '    installed:'];
  for (let i = 0; i < installations; i++) lines.push(...line(i));
  return `${lines.join('\n')}\n`;
}

const plan = 'target: 4.3.0\nsteps:\n  - cluster: global\n    to: 4.3.0\n';

describe('a flood of findings', () => {
  it('reports 150,000 installations on unknown clusters, each on its line, in seconds', () => {
    const count = 150_000;
    const text = apps(count, (i) => [`      - clusterName: zz${i}`, '        version: 1.0.0']);
    const start = performance.now();
    const report = check(inventory({ clusters: fleet(2000), apps: text, plan, packages: '' }), {
      inventory: 'acp',
      today: TODAY,
    });
    const ms = performance.now() - start;
    const unknown = report.findings.filter((f) => f.rule === 'input/unknown-cluster');
    expect(unknown).toHaveLength(count);
    expect(unknown[0]).toMatchObject({ file: pathOf('apps'), line: 5, cluster: 'zz0' });
    expect(unknown[count - 1]).toMatchObject({ line: 5 + 2 * (count - 1) });
    expect(ms).toBeLessThan(10_000);
  });

  it('reports 150,000 misspelt keys in apps.yaml, each with its hint', () => {
    const count = 150_000;
    const text = apps(count, (i) => [`      - clustrName: w${i % 10}`, '        version: 1.0.0']);
    const report = check(inventory({ clusters: fleet(10), apps: text, plan, packages: '' }), {
      inventory: 'acp',
      today: TODAY,
    });
    const typos = report.findings.filter((f) => f.message.includes('did you mean "clusterName"'));
    expect(typos).toHaveLength(count);
    expect(typos[0]).toMatchObject({ rule: 'input/schema', file: pathOf('apps'), line: 5 });
  });
});
