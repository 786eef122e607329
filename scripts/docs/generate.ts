// Every generated documentation file, as (path, text) pairs relative to the project root.
// `npm run docs` writes them (scripts/docs.mjs); __tests__/docs-generated.test.ts checks that
// the committed copies are fresh.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inputsTable, outputsTable } from './action-tables.js';
import {
  commentExcerpt,
  exampleComment,
  mistakenPlan,
  multiHopComment,
} from './example-comment.js';
import { builtinCatalog, releasesTable } from './releases.js';
import { ruleEntries, ruleHelpModule, ruleReference } from './rules.js';
import { jsonSchemas } from './schemas.js';

export interface GeneratedFile {
  path: string;
  text: string;
}

export function generatedFiles(root: string): GeneratedFile[] {
  const read = (path: string) => readFileSync(join(root, path), 'utf8');
  const actionYml = read('action.yml');
  // catalog/acp.yaml as it is now, not the copy the bundle embeds: a release added there shows
  // in the release lists at once.
  const catalog = builtinCatalog(root);
  let readme = read('README.md');
  readme = replaceRegion(readme, 'example-comment', readmeExample(root));
  readme = replaceRegion(readme, 'releases', releasesTable(catalog));
  readme = replaceRegion(readme, 'action-inputs', inputsTable(actionYml));
  readme = replaceRegion(readme, 'action-outputs', outputsTable(actionYml));
  return [
    ...jsonSchemas(),
    { path: 'docs/rules.md', text: ruleReference(root, catalog) },
    { path: 'src/render/rule-help.ts', text: ruleHelpModule(ruleEntries(root, catalog)) },
    { path: 'docs/example-comment.md', text: exampleComment(root, 'rules.md') },
    { path: 'docs/example-runbook.md', text: multiHopComment(root, 'rules.md') },
    { path: 'README.md', text: readme },
  ];
}

function readmeExample(root: string): string {
  const plan = mistakenPlan(readFileSync(join(root, 'examples/acp/plan.yaml'), 'utf8'));
  const excerpt = commentExcerpt(exampleComment(root, 'docs/rules.md'));
  return [
    '```yaml',
    plan.trimEnd(),
    '```',
    '',
    ...excerpt.split('\n').map((line) => (line ? `> ${line}` : '>')),
  ].join('\n');
}

/**
 * Replaces what stands between `<!-- BEGIN generated:NAME ... -->` and
 * `<!-- END generated:NAME -->`; prettier leaves the generated text as it is.
 */
export function replaceRegion(text: string, name: string, body: string): string {
  const begin = new RegExp(`^<!-- BEGIN generated:${name}\\b.*-->$`, 'm').exec(text);
  const end = new RegExp(`^<!-- END generated:${name} -->$`, 'm').exec(text);
  if (!begin || !end || end.index < begin.index) {
    throw new Error(`README.md lacks the markers for the generated ${name} section`);
  }
  const start = begin.index + begin[0].length;
  return `${text.slice(0, start)}\n<!-- prettier-ignore-start -->\n\n${body}\n\n<!-- prettier-ignore-end -->\n${text.slice(end.index)}`;
}
