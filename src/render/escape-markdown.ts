/**
 * Escaping of packet text for markdown. Every ASCII punctuation character may
 * be backslash-escaped in CommonMark, so escaping all of them makes any profile
 * text literal (`|`, `*`, `_`, `<`, `[`, `{{`, backticks, `#` at a line start)
 * without having to know which construct it might open; remark-stringify later
 * drops the escapes that are not needed.
 */
const PUNCTUATION = /[!-/:-@[-`{-~]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** One line of literal text: whitespace collapsed so that a value never breaks a list item or a table row. */
export function escapeMarkdown(text: string): string {
  return text.replace(CONTROL, '').replace(/\s+/g, ' ').trim().replace(PUNCTUATION, '\\$&');
}

/**
 * A `file:line` citation as a code span. Code spans cannot hold escapes, and a
 * pipe would split a table cell, so unusual paths fall back to escaped text.
 */
export function citation(file: string, line?: number): string {
  const ref = line === undefined ? file : `${file}:${line}`;
  return /^[^`|\s\\]+$/.test(ref) ? `\`${ref}\`` : escapeMarkdown(ref);
}
