// Drift mode on in-memory inventories: what counts as a change of the platform, and what does not.
import { describe, expect, it } from '@jest/globals';
import type { InventoryInput } from '../src/engine/check.js';
import { runDrift } from '../src/engine/drift.js';

const clusters = 'clusters:\n  - name: global\n    version: 4.2.1\n    kubernetes: 1.33.4\n';
const apps = (type: string, version: string) =>
  `applications:\n  redis-operator:\n    displayName: Redis\n    type: ${type}\n    installed:\n      - clusterName: global\n        version: ${version}\n`;

function drift(committed: string, live: string) {
  const files: InventoryInput = {
    apps: { path: 'acp/apps.yaml', text: committed },
    clusters: { path: 'acp/clusters.yaml', text: clusters },
  };
  return runDrift(
    files,
    { path: 'live-apps.yaml', text: live },
    {
      inventory: 'acp',
      today: '2026-06-01',
    },
  );
}

describe('drift mode', () => {
  it('reads v2.3.0 and 2.3.0 as one version (violet writes both)', () => {
    const report = drift(apps('OperatorBundle', '2.3.0'), apps('OperatorBundle', 'v2.3.0'));
    expect(report.findings).toEqual([]);
    expect(report.drift).toBe(false);
  });

  it('still reports a version that changed', () => {
    const report = drift(apps('OperatorBundle', '2.3.0'), apps('OperatorBundle', 'v2.4.0'));
    expect(report.findings.map((f) => f.rule)).toEqual(['drift/version-changed']);
  });

  it('reports an application whose type changed, which changes its push', () => {
    const report = drift(apps('ModulePlugin', '2.3.0'), apps('OperatorBundle', '2.3.0'));
    expect(report.findings).toMatchObject([
      {
        rule: 'drift/type-changed',
        severity: 'error',
        package: 'redis-operator',
        file: 'acp/apps.yaml',
        line: 2,
        column: 3,
      },
    ]);
    expect(report.findings[0]!.message).toContain('OperatorBundle on the platform');
    expect(report.drift).toBe(true);
    expect(report.verdict).toBe('fail');
  });
});
