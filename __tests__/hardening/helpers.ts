// Shared by the hardening tests: a small passing inventory as engine input, with files swapped.
import { expect } from '@jest/globals';
import { type FileInput, type InventoryInput, check } from '../../src/engine/check.js';
import type { Finding } from '../../src/engine/findings.js';
import type { Report } from '../../src/engine/report.js';

export const TODAY = '2026-06-01';

const NAMES = ['apps', 'clusters', 'plan', 'packages'] as const;
type Name = (typeof NAMES)[number] | 'catalog';

/**
 * A small passing inventory (the shape of examples/acp, kept here so that edits to the example
 * do not move the lines these tests point at): global DR, a workload on Kubernetes 1.30 that
 * steps to 1.31 first, an immutable workload, and packages of all three types.
 */
export const EXAMPLE: Record<(typeof NAMES)[number], string> = {
  apps: `applications:
  topolvm-operator:
    displayName: NativeStor
    type: OperatorBundle
    installed:
      - clusterName: global
        version: 2.3.0
      - clusterName: prod-a
        version: 2.3.0
  metallb:
    displayName: Alauda Build of MetalLB
    type: ModulePlugin
    installed:
      - clusterName: prod-a
        version: v4.2.5
      - clusterName: prod-b
        version: v4.2.5
  redis-operator:
    displayName: Alauda Cache Service for Redis OSS
    type: OperatorBundle
    installed:
      - clusterName: prod-b
        version: 4.2.0
  web-terminal:
    displayName: Web Terminal
    type: Chart
    installed:
      - clusterName: global
        version: 1.4.1
`,
  clusters: `platformAddress: https://acp.example.com
clusters:
  - name: global
    role: global
    version: 4.2.1
    kubernetes: 1.33.4
    minioFreeGB: 240
  - name: global-dr
    role: standby
    platformAddress: https://acp-dr.example.com
    registry: 192.168.20.10:11443
    version: 4.2.1
    kubernetes: 1.33.4
    minioFreeGB: 260
  - name: prod-a
    version: 4.2.1
    kubernetes: 1.30.9
  - name: prod-b
    version: 4.2.1
    kubernetes: 1.33.4
    infrastructure: immutable
`,
  plan: `target: 4.3.0
steps:
  # prod-a runs Kubernetes 1.30, outside 4.3's Compatible Versions (1.31-1.34):
  # move it to 1.31 inside its current release before the global tier moves.
  - cluster: prod-a
    kubernetes: "1.31"
  # global DR: the standby first, then the primary.
  - cluster: global-dr
    to: 4.3.0
  - cluster: global
    to: 4.3.0
  - clusters: [prod-a, prod-b]
    to: 4.3.0
`,
  packages: `packages:
  - core: 4.3.0
    file: packages/acp-core-4.3.0.tgz
  - name: topolvm-operator
    type: OperatorBundle
    version: 2.4.1
    lifecycle: agnostic
    acpVersions: ["4.2", "4.3"]
    file: packages/topolvm-operator.v2.4.1.tgz
  - name: metallb
    type: ModulePlugin
    version: 4.3.2
    lifecycle: aligned
    acpVersions: ["4.3"]
    file: packages/metallb-v4.3.2.tgz
  - name: redis-operator
    type: OperatorBundle
    version: 4.3.0
    lifecycle: agnostic
    acpVersions: ["4.2", "4.3"]
    file: packages/redis-operator.v4.3.0.tgz
  - name: web-terminal
    type: Chart
    version: 1.5.0
    lifecycle: agnostic
    file: packages/web-terminal-1.5.0.tgz
`,
};

export const pathOf = (name: Name) => `acp/${name}.yaml`;

/** The example inventory with some files replaced by text, bytes or other inputs. */
export function inventory(
  replace: Partial<Record<Name, string | Uint8Array | FileInput>> = {},
): InventoryInput {
  const files = Object.fromEntries(
    NAMES.map((name) => [name, { path: pathOf(name), text: EXAMPLE[name] }]),
  ) as unknown as InventoryInput;
  for (const [name, value] of Object.entries(replace) as [Name, unknown][]) {
    const path = pathOf(name);
    files[name] =
      typeof value === 'string'
        ? { path, text: value }
        : value instanceof Uint8Array
          ? { path, bytes: value }
          : (value as FileInput);
  }
  return files;
}

export function run(replace: Parameters<typeof inventory>[0] = {}): Report {
  return check(inventory(replace), { inventory: 'acp', today: TODAY });
}

/** Exactly one finding of this rule (the test fails with the whole list otherwise). */
export function only(report: Report, rule: Finding['rule']): Finding {
  const matching = report.findings.filter((f) => f.rule === rule);
  expect({ rule, count: matching.length, findings: report.findings }).toMatchObject({
    rule,
    count: 1,
  });
  return matching[0]!;
}

/** The line (1-based) of the first line of `text` that contains `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`"${needle}" is not in the text`);
  return text.slice(0, index).split('\n').length;
}

/** Replaces exactly one occurrence, so a fixture edit cannot silently miss. */
export function replaceOnce(text: string, from: string, to: string): string {
  const first = text.indexOf(from);
  if (first < 0 || text.indexOf(from, first + 1) >= 0) {
    throw new Error(`"${from}" must occur exactly once`);
  }
  return text.slice(0, first) + to + text.slice(first + from.length);
}
