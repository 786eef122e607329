// The JSON report (SPEC §4): stable key order comes from the report's construction.
import type { Report } from '../engine/report.js';

export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
