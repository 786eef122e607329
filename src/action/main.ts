// The GitHub Action adapter: inputs in, engine, outputs and annotations out.
import * as core from '@actions/core';
import { check } from '../engine/check.js';
import { inventoryPaths, readInventory } from '../cli/files.js';

export async function run(): Promise<void> {
  const inventory = core.getInput('inventory') || 'acp';
  const failOn = (core.getInput('fail-on') || 'error') as 'error' | 'warning' | 'never';
  const report = check(readInventory(inventoryPaths(inventory)), {
    inventory,
    today: new Date().toISOString().slice(0, 10),
    failOn,
  });
  core.setOutput('verdict', report.verdict);
  core.setOutput('errors', String(report.summary.errors));
  core.setOutput('warnings', String(report.summary.warnings));
  if (report.verdict === 'fail')
    core.setFailed(`ACP upgrade check failed with ${report.summary.errors} errors`);
}
