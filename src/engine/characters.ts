// Characters no inventory value may carry into a command, a comment or a terminal: they would
// split a line, or make it read as something else than what runs.

/**
 * DEL and C1 controls, and the invisible format characters of the Basic Multilingual Plane: the
 * soft hyphen, the Arabic letter mark, the Mongolian vowel separator, zero-width spaces and
 * joiners, left-to-right/right-to-left marks, line and paragraph separators, bidirectional
 * embeddings, overrides and isolates, the word joiner and invisible operators, the deprecated
 * format characters, the byte order mark and interlinear annotations. A regular expression
 * character-class body; C0 controls are added by each user (a terminal keeps \n).
 */
export const INVISIBLE =
  '\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u2064' +
  '\\u2066-\\u206f\\ufeff\\ufff9-\\ufffb';

/**
 * The tag characters (U+E0000-U+E007F, invisible), as the UTF-16 surrogate pairs they are: a
 * pattern without the `u` flag, so that it also works in the JSON Schemas for editors.
 */
export const TAGS = '\\udb40[\\udc00-\\udc7f]';

/**
 * What ends a line or drives a terminal: C0 controls (LF, CR, VT, FF among them), DEL, C1
 * controls (NEL among them), and the line and paragraph separators. A character class body: free
 * text that another tool wrote (a display name in violet's export) may hold anything else, which
 * oneLine() shows as an escape.
 */
export const LINE_BREAKING = '\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029';

/** C0 controls plus INVISIBLE: a character class body (TAGS is matched beside it). */
export const UNSAFE = `\\u0000-\\u001f${INVISIBLE}`;

/** Any one character a one-line value must never contain, as a pattern. */
export const UNSAFE_CHARACTER = `[${UNSAFE}]|${TAGS}`;

const UNSAFE_ANYWHERE = new RegExp(UNSAFE_CHARACTER, 'g');

const ESCAPE: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Any value as one line that reads as what it is: every character above (line feed, carriage
 * return, vertical tab, form feed, NEL, the line and paragraph separators, terminal escapes and
 * the invisible characters) is shown as an escape (`\n`, `\u{2028}`), never dropped. The one
 * function every note, heading, table cell, summary, annotation and SARIF message goes through:
 * in a runbook's `# note` a line break would end the comment and start a command of its own. A
 * value of one safe line comes back unchanged, and so does a value that already went through.
 */
export function oneLine(value: string): string {
  return value.replace(
    UNSAFE_ANYWHERE,
    (c) => ESCAPE[c] ?? `\\u{${c.codePointAt(0)!.toString(16)}}`,
  );
}
