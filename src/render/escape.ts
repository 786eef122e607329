// Markdown that shows inventory values without letting them become markup: no HTML element or
// comment, link, image or @mention from the inventory survives GitHub's renderer.

const ZWSP = '\u200b';

/**
 * Free text (a finding's message) as inert Markdown: HTML characters become entities,
 * Markdown punctuation is backslash-escaped, and mentions and bare-URL autolinks are broken
 * with a zero-width space, which reads the same.
 */
export function escapeText(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]()#!|~{}<>&"]/g, (c) => ENTITY[c] ?? `\\${c}`)
    .replace(/@/g, `@${ZWSP}`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
}

const ENTITY: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' };

/**
 * A value in a code span, where nothing is markup. The fence is longer than any run of
 * backticks inside; in a table, a `|` is escaped so that it stays inside its cell.
 */
export function code(value: string, inTable = false): string {
  const text = oneLine(value);
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text === '' ? ' ' : '';
  const body = inTable ? text.replace(/\|/g, '\\|') : text;
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** Values are one line by schema; anything else is flattened rather than trusted. */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ');
}

/** A Mermaid label: only characters that cannot mean anything to Mermaid or HTML. */
export function mermaidLabel(text: string): string {
  return oneLine(text).replace(/[^A-Za-z0-9 ._:,/+=-]/g, '?');
}
