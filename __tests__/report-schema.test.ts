// schemas/report.schema.json describes every report the tool writes: the examples, every rule
// fixture (fail and pass), drift reports, a broken inventory, and the CLI's reports (e2e/cli.test
// validates those too). `additionalProperties: false` where the report's shape is fixed, so a
// field added to the report without the schema fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { check } from '../src/engine/check.js';
import { runDrift } from '../src/engine/drift.js';
import type { Report } from '../src/engine/report.js';
import { inventoryPaths, readInventory, readInventoryFile } from '../src/io/files.js';
import { TOOL } from '../src/version.js';
import { reportSchemaErrors } from './support/report-schema.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const TODAY = '2026-06-01';
const folders = (dir: string) =>
  readdirSync(join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${dir}/${entry.name}`)
    .sort();

function checkFolder(folder: string, failOn: 'error' | 'warning' = 'error'): Report {
  return check(readInventory(inventoryPaths(join(root, folder))), {
    inventory: folder,
    today: TODAY,
    failOn,
  });
}

/** The report through JSON, as the CLI and the action write it. */
const asWritten = (report: Report): unknown => JSON.parse(JSON.stringify(report));

const examples = folders('examples');
const ruleFixtures = folders('__fixtures__/rules').flatMap(folders);

describe('schemas/report.schema.json', () => {
  it.each(examples)('validates the report of %s', (folder) => {
    const report = checkFolder(folder);
    expect(report.tool).toEqual({ name: 'acp-upgrade-check', version: TOOL.version });
    expect(reportSchemaErrors(asWritten(report))).toEqual([]);
  });

  it.each(ruleFixtures)('validates the report of %s', (folder) => {
    expect(ruleFixtures.length).toBeGreaterThan(40);
    expect(reportSchemaErrors(asWritten(checkFolder(folder, 'warning')))).toEqual([]);
  });

  it.each(['live-apps-redis-upgraded.yaml', 'live-apps-two-upgraded.yaml'])(
    'validates the drift report against __fixtures__/action/%s',
    (live) => {
      const report = runDrift(
        readInventory(inventoryPaths(join(root, '__fixtures__/action/acp'))),
        readInventoryFile(join(root, '__fixtures__/action', live)),
        { inventory: 'acp', today: TODAY },
      );
      expect(report).toMatchObject({ mode: 'drift', drift: true });
      expect(reportSchemaErrors(asWritten(report))).toEqual([]);
    },
  );

  it('validates the report of an inventory with no files at all', () => {
    const report = checkFolder('__fixtures__/rules');
    expect(report.findings.map((f) => f.rule)).toContain('input/missing-file');
    expect(reportSchemaErrors(asWritten(report))).toEqual([]);
  });

  it('rejects a report with a field the schema does not describe, anywhere its shape is fixed', () => {
    const report = asWritten(checkFolder('examples/acp-failing')) as Record<string, unknown> & {
      findings: Record<string, unknown>[];
      commands: Record<string, unknown>[];
      downloads: Record<string, unknown>[];
    };
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(reportSchemaErrors({ ...report, extra: 1 })).not.toEqual([]);
    const withFinding = { ...report, findings: [{ ...report.findings[0], extra: 1 }] };
    expect(reportSchemaErrors(withFinding)).not.toEqual([]);
    const withDownload = { ...report, downloads: [{ ...report.downloads[0], extra: 1 }] };
    expect(reportSchemaErrors(withDownload)).not.toEqual([]);
    expect(reportSchemaErrors({ ...report, tool: { name: 'acp-upgrade-check' } })).not.toEqual([]);
    expect(reportSchemaErrors({ ...report, verdict: 'maybe' })).not.toEqual([]);
  });

  it('lists every report field the engine writes (a new one needs the schema first)', () => {
    const schema = JSON.parse(readFileSync(join(root, 'schemas/report.schema.json'), 'utf8'));
    const written = new Set<string>();
    for (const folder of [...examples, ...ruleFixtures]) {
      for (const key of Object.keys(checkFolder(folder))) written.add(key);
    }
    expect([...written].filter((key) => !(key in schema.properties))).toEqual([]);
  });
});
