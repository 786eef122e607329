// The README's inputs and outputs tables, generated from action.yml so that they cannot drift
// from the action's real interface.
import { load } from 'js-yaml';

interface ActionInput {
  description?: string;
  required?: boolean;
  default?: string;
}

interface ActionFile {
  inputs?: Record<string, ActionInput>;
  outputs?: Record<string, { description?: string }>;
}

export function inputsTable(actionYml: string): string {
  const { inputs = {} } = load(actionYml) as ActionFile;
  const rows = Object.entries(inputs).map(([name, input]) => [
    code(name),
    input.default === undefined || input.default === '' ? '' : code(String(input.default)),
    cell(input.description ?? ''),
  ]);
  return table(['Input', 'Default', 'Description'], rows);
}

export function outputsTable(actionYml: string): string {
  const { outputs = {} } = load(actionYml) as ActionFile;
  const rows = Object.entries(outputs).map(([name, output]) => [
    code(name),
    cell(output.description ?? ''),
  ]);
  return table(['Output', 'Description'], rows);
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function code(text: string): string {
  return `\`${text.replace(/\|/g, '\\|')}\``;
}

/**
 * A description as one table cell: `<inventory>` would read as an HTML tag outside code spans,
 * and a `|` would end the cell.
 */
function cell(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(`[^`]*`)/)
    .map((part, i) =>
      i % 2 === 1 ? part : part.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|'),
    )
    .join('');
}
