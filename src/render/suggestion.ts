// What the comment and the terminal say of a suggested plan: exactly what it fixes of the plan
// under review, and what the whole check still finds with it. "Passes" only when nothing remains.
import type { Report } from '../engine/report.js';

export function suggestionWords(
  report: Pick<Report, 'suggestedPlanFixes' | 'suggestedPlanRemaining'>,
): string {
  const remaining = report.suggestedPlanRemaining ?? [];
  const fixes = report.suggestedPlanFixes;
  const head =
    fixes === undefined
      ? ''
      : fixes.length > 0
        ? `it fixes ${fixes.join(', ')}`
        : 'it keeps the route';
  if (remaining.length === 0) return head ? `${head}, and passes the check` : 'it passes the check';
  const errors = remaining.reduce((sum, r) => sum + r.count, 0);
  const which = remaining.map((r) => `${r.rule} (${r.count})`).join(', ');
  const rest = `with it, ${errors} error${errors === 1 ? '' : 's'} remain${errors === 1 ? 's' : ''}: ${which}`;
  return head ? `${head}; ${rest}` : rest;
}
