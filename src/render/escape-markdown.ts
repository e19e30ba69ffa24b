import { escapeBlockStart } from '../escape-block-start.js';

/**
 * Escaping of packet text for markdown. A value is one line placed inside a
 * line of the template, so only three things can turn it into markup: inline
 * punctuation anywhere (emphasis, code, links, images, raw HTML, entities,
 * table pipes, strikethrough, GFM's bare `http://`, `www.` and e-mail links),
 * block markers at its very start (a heading, a quote, a list item, a setext
 * underline) and a heading's closing `#`s at its end. Those are
 * backslash-escaped; escaping every punctuation character would work too but
 * makes remark's parse, the slowest step of a build, a third slower.
 */
const INLINE = /[\\`*_[\]<>|!~&:@]|(?<=www)\./gi;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
/** A value ending in ` #` that ends a heading line would close the heading, and its `#`s vanish (`### Ticket #`). */
const CLOSING_HASHES = /(?<=(?:^|\s)#*)#$/;

/** One line of literal text: whitespace collapsed so that a value never breaks a list item or a table row. */
export function escapeMarkdown(text: string): string {
  const line = text.replace(CONTROL, '').replace(/\s+/g, ' ').trim().replace(INLINE, '\\$&').replace(CLOSING_HASHES, '\\#');
  return escapeBlockStart(line);
}

/**
 * A `file:line` citation as a code span (several lines of one file as
 * `file:3, 4, 9`, so that a row citing many lines names each file once); inner spaces are fine there (notes
 * apps export `Team notes 3f2a.md`). Code spans cannot hold escapes, a pipe
 * would split a table cell, and a space at either end or a line break would
 * not survive, so such paths fall back to escaped text.
 */
export function citation(file: string, line?: number | readonly number[]): string {
  const lines = line === undefined ? [] : typeof line === 'number' ? [line] : line;
  const ref = lines.length === 0 ? file : `${file}:${lines.join(', ')}`;
  return /^[^`|\s\\](?:[^`|\\\r\n\t]*[^`|\s\\])?$/.test(ref) ? `\`${ref}\`` : escapeMarkdown(ref);
}
