// The SARIF renderer: rule help from the rule reference (each rule's own documentation),
// repository-relative URIs on any platform, one automation per inventory, and fingerprints that
// survive unrelated edits.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../src/engine/findings.js';
import { RULES, ruleOf } from '../src/engine/rules/registry.js';
import type { Report } from '../src/engine/report.js';
import { RULE_HELP } from '../src/render/rule-help.js';
import { defaultRulesUrl, renderSarif } from '../src/render/sarif.js';
import { REPOSITORY_URL, VERSION } from '../src/version.js';
import { builtinCatalog } from '../scripts/docs/releases.js';
import { ruleEntries, ruleHelpModule } from '../scripts/docs/rules.js';

const root = fileURLToPath(new URL('..', import.meta.url));

function finding(file: string, extra: Partial<Finding> = {}): Finding {
  return {
    rule: 'order/global-first',
    severity: 'error',
    message: 'step 2 moves workload prod-a to 4.3.0 before the global tier',
    file,
    line: 8,
    column: 5,
    ...extra,
  };
}

function report(findings: Finding[], extra: Partial<Report> = {}): Report {
  return {
    schemaVersion: 1,
    mode: 'check',
    inventory: 'acp',
    verdict: findings.length ? 'fail' : 'pass',
    failOn: 'error',
    target: '4.3.0',
    summary: { errors: findings.length, warnings: 0, notices: 0, waived: 0 },
    findings,
    timeline: [],
    downloads: [],
    commands: [],
    ...extra,
  } as Report;
}

type Sarif = {
  runs: {
    tool: { driver: { rules: Record<string, unknown>[] } };
    automationDetails: { id: string };
    originalUriBaseIds?: Record<string, { uri: string }>;
    results: {
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[];
      partialFingerprints: Record<string, string>;
    }[];
  }[];
};
const sarifOf = (r: Report, options?: Parameters<typeof renderSarif>[1]): Sarif =>
  JSON.parse(renderSarif(r, options));
const uris = (s: Sarif) =>
  s.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation);

describe('rule help', () => {
  it('has an entry of the rule reference for every rule id the engine reports', () => {
    const missing = RULES.map((r) => r.id).filter(
      (id) => !RULE_HELP[id]?.fullDescription || !RULE_HELP[id]?.text || !RULE_HELP[id]?.markdown,
    );
    expect(missing).toEqual([]);
  });

  it("is generated from each rule's documentation (run npm run generate when this fails)", () => {
    const fresh = ruleHelpModule(ruleEntries(root, builtinCatalog(root)));
    expect(readFileSync(join(root, 'src/render/rule-help.ts'), 'utf8') === fresh).toBe(true);
  });

  it('gives every rule a short and full description, help in text and Markdown, and a helpUri', () => {
    const rules = sarifOf(report([])).runs[0]!.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    const entry = rules.find((r) => r.id === 'order/global-first')!;
    expect(entry).toMatchObject({
      shortDescription: { text: `${ruleOf('order/global-first').title}.` },
      fullDescription: { text: expect.stringContaining('A workload cluster is upgraded only to') },
      help: {
        text: expect.stringContaining('Fix: Move the workload steps after'),
        markdown: expect.stringContaining('**Fix.**'),
      },
      helpUri: `${REPOSITORY_URL}/blob/v${VERSION.split('.')[0]}/docs/rules.md#order-global-first`,
    });
  });

  it('links to the rules URL the action passes, in helpUri and in links between entries', () => {
    const url = 'https://ghe.example.com/tools/acp-upgrade-check/blob/v1.2.3/docs/rules.md';
    const rules = sarifOf(report([]), { rulesUrl: url }).runs[0]!.tool.driver.rules;
    for (const rule of rules)
      expect(rule.helpUri).toBe(`${url}#${String(rule.id).replace(/\//, '-')}`);
    const markdown = rules.map((r) => (r.help as { markdown: string }).markdown).join('\n');
    expect(markdown).not.toContain('](#');
    expect(markdown).toContain(`](${url}#`);
    expect(defaultRulesUrl()).toBe(
      `${REPOSITORY_URL}/blob/v${VERSION.split('.')[0]}/docs/rules.md`,
    );
  });
});

describe('result locations', () => {
  it('are relative to %SRCROOT% and percent-encoded, for POSIX paths', () => {
    const r = report([
      finding('/home/ci/repo/platform/acp/plan.yaml'),
      finding('platform/acp/plan.yaml'),
      finding('./platform/../platform/acp prod/100% ü.yaml'),
    ]);
    const s = sarifOf(r, { root: '/home/ci/repo', cwd: '/home/ci/repo' });
    expect(uris(s)).toEqual([
      { uri: 'platform/acp/plan.yaml', uriBaseId: '%SRCROOT%' },
      { uri: 'platform/acp/plan.yaml', uriBaseId: '%SRCROOT%' },
      { uri: 'platform/acp%20prod/100%25%20%C3%BC.yaml', uriBaseId: '%SRCROOT%' },
    ]);
    expect(s.runs[0]!.originalUriBaseIds).toEqual({
      '%SRCROOT%': expect.objectContaining({ uri: 'file:///home/ci/repo/' }),
    });
  });

  it('use forward slashes for Windows paths, absolute or relative, whatever the drive letter case', () => {
    const r = report([
      finding('D:\\a\\repo\\repo\\acp\\plan.yaml'),
      finding('acp\\clusters.yaml'),
      finding('d:\\a\\repo\\repo\\acp\\apps.yaml'),
    ]);
    const s = sarifOf(r, { root: 'D:\\a\\repo\\repo', cwd: 'D:\\a\\repo\\repo\\' });
    expect(uris(s).map((u) => u.uri)).toEqual([
      'acp/plan.yaml',
      'acp/clusters.yaml',
      'acp/apps.yaml',
    ]);
    expect(s.runs[0]!.originalUriBaseIds!['%SRCROOT%']!.uri).toBe('file:///D:/a/repo/repo/');
  });

  it('are resolved against the working directory when it is below the repository root', () => {
    const s = sarifOf(report([finding('acp/plan.yaml')]), { root: '/repo', cwd: '/repo/ops' });
    expect(uris(s)).toEqual([{ uri: 'ops/acp/plan.yaml', uriBaseId: '%SRCROOT%' }]);
  });

  it('are absolute file URIs for a file outside the repository', () => {
    const s = sarifOf(
      report([finding('/tmp/elsewhere/plan.yaml'), finding('C:\\x y\\plan.yaml')]),
      {
        root: '/repo',
        cwd: '/repo',
      },
    );
    expect(uris(s)).toEqual([
      { uri: 'file:///tmp/elsewhere/plan.yaml' },
      { uri: 'file:///C:/x%20y/plan.yaml' },
    ]);
  });
});

describe('automation and fingerprints', () => {
  it('names one automation per inventory and mode, so that a matrix does not overwrite itself', () => {
    const id = (inventory: string, mode: 'check' | 'drift' = 'check') =>
      sarifOf(report([], { inventory, mode }), { root: '/repo', cwd: '/repo' }).runs[0]!
        .automationDetails.id;
    expect(id('acp')).toBe('acp-upgrade-check/acp/');
    expect(id('./platforms/east/')).toBe('acp-upgrade-check/platforms/east/');
    expect(id('platforms\\west')).toBe('acp-upgrade-check/platforms/west/');
    expect(id('/repo/acp')).toBe('acp-upgrade-check/acp/');
    expect(id('acp', 'drift')).toBe('acp-upgrade-check-drift/acp/');
    expect(new Set([id('acp'), id('platforms/east'), id('platforms/west')]).size).toBe(3);
  });

  it('fingerprints ignore the line, and tell identical findings apart', () => {
    const a = sarifOf(report([finding('acp/plan.yaml', { line: 8 })])).runs[0]!.results[0]!;
    const b = sarifOf(report([finding('acp/plan.yaml', { line: 12 })])).runs[0]!.results[0]!;
    expect(a.partialFingerprints).toEqual(b.partialFingerprints);
    const twice = sarifOf(
      report([finding('acp/plan.yaml'), finding('acp/plan.yaml', { line: 9 })]),
    );
    const [first, second] = twice.runs[0]!.results.map(
      (r) => Object.values(r.partialFingerprints)[0],
    );
    expect(first).not.toBe(second);
    const other = sarifOf(report([finding('acp/plan.yaml', { cluster: 'prod-b' })])).runs[0]!
      .results[0]!;
    expect(other.partialFingerprints).not.toEqual(a.partialFingerprints);
  });
});
