// Characters no inventory value may carry into a command, a comment or a terminal: they would
// split a line, or make it read as something else than what runs.

/**
 * DEL and C1 controls, the Arabic letter mark, left-to-right/right-to-left marks, line and
 * paragraph separators, and bidirectional embeddings, overrides and isolates, as a regular
 * expression character-class body (C0 controls are added by each user: a terminal keeps \n).
 */
export const INVISIBLE =
  '\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';

/** C0 controls plus INVISIBLE: what a one-line value must never contain. */
export const UNSAFE = `\\u0000-\\u001f${INVISIBLE}`;
