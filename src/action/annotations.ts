// Findings as workflow annotations on the file and line they point at, titled with the rule id.
// GitHub shows at most 10 annotations of each kind per step, and thousands of them only fill the
// log: at most MAX_ANNOTATIONS, errors first, the last one saying where the rest are.
import { posix } from 'node:path';
import type * as Core from '@actions/core';
import { oneLine } from '../engine/characters.js';
import type { Finding } from '../engine/findings.js';
import { bySeverity } from '../engine/report.js';

type Annotate = Pick<typeof Core, 'error' | 'warning' | 'notice'>;

export const MAX_ANNOTATIONS = 50;

/**
 * Annotates the findings, most severe first. Beyond MAX_ANNOTATIONS, the last annotation is a
 * notice that counts the rest and names `elsewhere` (where every finding is listed).
 */
export function annotate(
  findings: readonly Finding[],
  core: Annotate,
  workspace: string | undefined,
  elsewhere: string,
): void {
  const ordered = bySeverity(findings);
  const shown = ordered.length > MAX_ANNOTATIONS ? ordered.slice(0, MAX_ANNOTATIONS - 1) : ordered;
  for (const f of shown) {
    const properties = annotationProperties(f, workspace);
    // One line, as everywhere else: the runner shows an annotation's line breaks.
    const message = oneLine(f.message);
    // A waived finding fails nothing; it stays visible as a notice with its reason.
    if (f.waived) {
      core.notice(
        `${message} (waived: ${oneLine(f.waiver?.reason ?? 'see plan.yaml')})`,
        properties,
      );
    } else if (f.severity === 'error') {
      core.error(message, properties);
    } else if (f.severity === 'warning') {
      core.warning(message, properties);
    } else {
      core.notice(message, properties);
    }
  }
  const rest = ordered.length - shown.length;
  if (rest > 0) {
    core.notice(
      `${rest} more findings are not annotated (${ordered.length} in all; GitHub shows only the first few annotations of a step): ${elsewhere} lists every one.`,
      { title: 'More findings' },
    );
  }
}

/**
 * Where an annotation goes. A finding names a point (line and column); where the engine also
 * knows where the value ends, the annotation spans it (GitHub takes an end column only on the
 * start line).
 */
function annotationProperties(
  f: Finding & { endLine?: number; endColumn?: number },
  workspace: string | undefined,
): Core.AnnotationProperties {
  const properties: Core.AnnotationProperties = {
    title: f.rule,
    file: repositoryPath(f.file, workspace),
    startLine: f.line,
    startColumn: f.column,
  };
  if (f.endLine !== undefined && f.endLine >= f.line) properties.endLine = f.endLine;
  if (f.endColumn !== undefined && (f.endLine ?? f.line) === f.line && f.endColumn >= f.column) {
    properties.endColumn = f.endColumn;
  }
  return properties;
}

/**
 * Annotations attach to paths relative to the repository root (the runner's workspace), with
 * forward slashes, on every runner: on Windows a path may come with backslashes and a drive
 * letter (`D:\a\repo\repo\acp\plan.yaml`, `acp\plan.yaml`), and drive letters compare without case.
 */
export function repositoryPath(file: string, workspace: string | undefined): string {
  const slashed = file.replace(/\\/g, '/');
  if (workspace) {
    const root = workspace.replace(/\\/g, '/').replace(/\/+$/, '');
    const windows = /^[A-Za-z]:\//.test(root);
    const prefix = `${root}/`;
    const inside = windows
      ? slashed.toLowerCase().startsWith(prefix.toLowerCase())
      : slashed.startsWith(prefix);
    if (inside) return posix.normalize(slashed.slice(prefix.length));
  }
  if (/^[A-Za-z]:\//.test(slashed) || slashed.startsWith('/')) return slashed;
  return posix.normalize(slashed);
}
