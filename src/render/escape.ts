// Markdown that shows inventory values without letting them become markup: no HTML element or
// comment, link, image or @mention from the inventory survives GitHub's renderer.

import { oneLine } from '../engine/characters.js';

const ZWSP = '\u200b';

/**
 * Free text (a finding's message) as inert Markdown on one line (line breaks, C1 controls and
 * direction overrides shown as escapes, see oneLine): HTML characters become entities,
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
  // GFM splits table cells before it reads code spans, at every `|` after an even number of
  // backslashes, and then drops one backslash before each `|`; a backslash right before a pipe
  // can therefore not be shown in a code span. Such a value is shown as escaped text instead.
  if (inTable && /\\\|/.test(text)) return escapeText(text);
  const fence = '`'.repeat(longestRun(text, '`') + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text === '' ? ' ' : '';
  const body = inTable ? text.replace(/\|/g, '\\|') : text;
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** The longest run of `char` in `text` (a loop: a spread of every match overflows the stack). */
export function longestRun(text: string, char: string): number {
  let longest = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

/** A Mermaid label: only characters that cannot mean anything to Mermaid or HTML. */
export function mermaidLabel(text: string): string {
  return oneLine(text).replace(/[^A-Za-z0-9 ._:,/+=-]/g, '?');
}
