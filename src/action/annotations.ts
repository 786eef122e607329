// Findings as workflow annotations on the file and line they point at, titled with the rule id.
import { isAbsolute, relative } from 'node:path';
import type * as Core from '@actions/core';
import type { Finding } from '../engine/findings.js';

type Annotate = Pick<typeof Core, 'error' | 'warning' | 'notice'>;

export function annotate(findings: readonly Finding[], core: Annotate, workspace?: string): void {
  for (const f of findings) {
    const properties = annotationProperties(f, workspace);
    // A waived finding fails nothing; it stays visible as a notice with its reason.
    if (f.waived) {
      core.notice(`${f.message} (waived: ${f.waiver?.reason ?? 'see plan.yaml'})`, properties);
    } else if (f.severity === 'error') {
      core.error(f.message, properties);
    } else if (f.severity === 'warning') {
      core.warning(f.message, properties);
    } else {
      core.notice(f.message, properties);
    }
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

/** Annotations attach to paths relative to the repository root, the runner's workspace. */
function repositoryPath(file: string, workspace: string | undefined): string {
  if (!workspace || !isAbsolute(file)) return file.replace(/^\.\//, '');
  const inside = relative(workspace, file);
  return inside && !inside.startsWith('..') && !isAbsolute(inside)
    ? inside.split('\\').join('/')
    : file;
}
