// The example PR comment (docs/example-comment.md and the README excerpt): what the engine
// really renders for examples/acp with one mistake in plan.yaml, the workloads moved before the
// global tier.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FileInput, check } from '../../src/engine/check.js';
import type { Report } from '../../src/engine/report.js';
import { renderMarkdown } from '../../src/render/markdown.js';

/** Waiver expiry is the only thing that depends on the date; the example has no waivers. */
const TODAY = '2026-01-01';
const INVENTORY = 'acp';

/**
 * examples/acp/plan.yaml with its last step (the workloads' upgrade) moved right after the first
 * step, before the standby and the primary global: the mistake the example shows.
 */
export function mistakenPlan(planText: string): string {
  // The editor's schema line points into this repository; the example reads as a user's acp/.
  const lines = planText
    .replace(/\n$/, '')
    .split('\n')
    .filter((line) => !line.startsWith('# yaml-language-server:'));
  const stepsAt = lines.indexOf('steps:');
  if (stepsAt < 0) throw new Error('examples/acp/plan.yaml has no "steps:" line');
  // A step is its "  - " line with the comment lines just above it.
  const blocks: string[][] = [];
  let pending: string[] = [];
  for (const line of lines.slice(stepsAt + 1)) {
    if (line.startsWith('  #')) pending.push(line);
    else if (line.startsWith('  - ')) {
      blocks.push([...pending, line]);
      pending = [];
    } else blocks[blocks.length - 1]?.push(line);
  }
  const last = blocks.pop();
  if (blocks.length < 2 || !last || !/^ {2}- clusters: /.test(last[0] ?? '')) {
    throw new Error('examples/acp/plan.yaml no longer ends with the workloads step');
  }
  const moved = ['  # The mistake: the workloads move before the global tier.', ...last];
  const reordered = [blocks[0]!, moved, ...blocks.slice(1)];
  return [...lines.slice(0, stepsAt + 1), ...reordered.flat(), ''].join('\n');
}

function read(root: string, name: string): FileInput {
  return {
    path: `${INVENTORY}/${name}`,
    text: readFileSync(join(root, 'examples/acp', name), 'utf8'),
  };
}

export function exampleReport(root: string): Report {
  const plan = read(root, 'plan.yaml');
  return check(
    {
      apps: read(root, 'apps.yaml'),
      clusters: read(root, 'clusters.yaml'),
      plan: { path: plan.path, text: mistakenPlan((plan as { text: string }).text) },
      packages: read(root, 'packages.yaml'),
      catalog: { path: `${INVENTORY}/catalog.yaml`, missing: true },
    },
    { inventory: INVENTORY, today: TODAY },
  );
}

/** The comment as the action posts it; rule links are relative to `rulesUrl`. */
export function exampleComment(root: string, rulesUrl: string): string {
  return renderMarkdown(exampleReport(root), { rulesUrl });
}

/** The comment for the multi-hop example as it stands (it passes): the runbook, hop by hop. */
export function multiHopComment(root: string, rulesUrl: string): string {
  const folder = 'examples/acp-3.18-to-4.3';
  const file = (name: string): FileInput => ({
    path: `${INVENTORY}/${name}`,
    text: readFileSync(join(root, folder, name), 'utf8'),
  });
  const report = check(
    {
      apps: file('apps.yaml'),
      clusters: file('clusters.yaml'),
      plan: file('plan.yaml'),
      packages: file('packages.yaml'),
      catalog: { path: `${INVENTORY}/catalog.yaml`, missing: true },
    },
    { inventory: INVENTORY, today: TODAY },
  );
  return renderMarkdown(report, { rulesUrl });
}

/** The comment's head for the README: verdict, counts and the findings table. */
export function commentExcerpt(comment: string): string {
  const cut = comment.indexOf('\n#### ');
  return (cut < 0 ? comment : comment.slice(0, cut)).trimEnd();
}
