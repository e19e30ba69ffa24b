/**
 * Text placed at the start of a markdown line, kept literal: a leading `#`,
 * `>`, `+`, `-`, `=`, `~` or `|` would open a heading, quote, list item,
 * setext underline, fence or table row, and `1.` or `1)` a numbered item.
 * A digit has no escape, so a number's `.` or `)` gets the backslash.
 * Shared by the packet's text (render) and a saved page's text (parse).
 */
const BLOCK_START = /^(?:[#>+=\-~|]|\d{1,9}[.)])/;

export function escapeBlockStart(text: string): string {
  return text.replace(BLOCK_START, (marker) => `${marker.slice(0, -1)}\\${marker.slice(-1)}`);
}
