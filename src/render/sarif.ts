// SARIF 2.1.0 for code scanning: one result per finding, on its file and line.
import { RULES, type RuleId, type Severity } from '../engine/findings.js';
import type { Report } from '../engine/report.js';
import { VERSION } from '../version.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  notice: 'note',
};

export function renderSarif(report: Report, rulesUrl?: string): string {
  const ruleIds = Object.keys(RULES) as RuleId[];
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'acp-upgrade-check',
            version: VERSION,
            rules: ruleIds.map((id) => ({
              id,
              name: id.replace(/[^a-z0-9]+/g, '-'),
              shortDescription: { text: RULES[id].title },
              defaultConfiguration: { level: LEVEL[RULES[id].severity] },
              ...(rulesUrl && { helpUri: `${rulesUrl}#${id.replace(/[^a-z0-9]+/g, '-')}` }),
            })),
          },
        },
        results: report.findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: index.get(f.rule),
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.file },
                region: { startLine: f.line, startColumn: f.column },
              },
            },
          ],
          ...(f.waived && {
            suppressions: [
              { kind: 'inSource', justification: f.waiver?.reason ?? 'waived in plan.yaml' },
            ],
          }),
        })),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
