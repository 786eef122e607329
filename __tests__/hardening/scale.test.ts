// Inventories that produce a flood of findings: the report lists the first of each kind and
// counts the rest (the time and memory this takes are measured by `npm run bench`).
import { describe, expect, it } from '@jest/globals';
import { check } from '../../src/engine/check.js';
import { MAX_FINDINGS_PER_RULE_AND_FILE } from '../../src/engine/findings.js';
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
  it('lists the first 100 of 150,000 installations on unknown clusters, and counts the rest', () => {
    const count = 150_000;
    const text = apps(count, (i) => [`      - clusterName: zz${i}`, '        version: 1.0.0']);
    const report = check(inventory({ clusters: fleet(2000), apps: text, plan, packages: '' }), {
      inventory: 'acp',
      today: TODAY,
    });
    const unknown = report.findings.filter((f) => f.rule === 'input/unknown-cluster');
    expect(unknown).toHaveLength(MAX_FINDINGS_PER_RULE_AND_FILE + 1);
    expect(unknown[0]).toMatchObject({ file: pathOf('apps'), line: 5, cluster: 'zz0' });
    expect(unknown[99]).toMatchObject({ line: 5 + 2 * 99, cluster: 'zz99' });
    // The last one stands for the rest, at the first one left out.
    expect(unknown[100]).toMatchObject({ line: 5 + 2 * 100 });
    expect(unknown[100]!.message).toContain('and 149,900 more input/unknown-cluster findings');
  });

  it('lists the first 100 problems of 150,000 misspelt keys in apps.yaml, hints included', () => {
    const count = 150_000;
    const text = apps(count, (i) => [`      - clustrName: w${i % 10}`, '        version: 1.0.0']);
    const report = check(inventory({ clusters: fleet(10), apps: text, plan, packages: '' }), {
      inventory: 'acp',
      today: TODAY,
    });
    const schema = report.findings.filter((f) => f.rule === 'input/schema');
    expect(schema).toHaveLength(MAX_FINDINGS_PER_RULE_AND_FILE + 1);
    const typos = schema.filter((f) => f.message.includes('did you mean "clusterName"'));
    expect(typos.length).toBeGreaterThan(0);
    expect(typos[0]).toMatchObject({ rule: 'input/schema', file: pathOf('apps'), line: 5 });
    const rest = report.findings.filter((f) => f.message.startsWith('and '));
    expect(rest).toHaveLength(1);
    expect(rest[0]!.message).toMatch(
      /^and 1\d\d,\d{3} more input\/schema findings in acp\/apps.yaml/,
    );
  });

  it('lists the first 100 of 600,000 repeated keys in one mapping', () => {
    const text = `${fleet(1)}${'zz: 1\n'.repeat(600_000)}`;
    const report = check(inventory({ clusters: text, apps: 'applications: {}\n', plan }), {
      inventory: 'acp',
      today: TODAY,
    });
    const duplicates = report.findings.filter((f) => f.rule === 'input/duplicate');
    expect(duplicates).toHaveLength(MAX_FINDINGS_PER_RULE_AND_FILE + 1);
    expect(duplicates[100]!.message).toContain('and 599,899 more input/duplicate findings');
  });
});
