/**
 * Characters a terminal acts on instead of showing: the C0 controls but tab,
 * DEL, the C1 controls (U+009B alone starts an escape sequence) and the bidi
 * embeddings, overrides and isolates that reorder the rest of the line. A
 * document may hold any of them, and a diagnostic quotes its text: printed
 * raw, an ESC sequence or a bare CR repaints the terminal, a LF splits the
 * one line an editor jumps from.
 */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r' };

/** `\x1b`, `\u202e`: the escape a JavaScript string would write. */
function escapeOf(char: string): string {
  const code = char.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` with each such character written as its escape (`\x1b[2J`, `\r`, `\u202e`): shown, never acted on. */
export function visibleControls(text: string): string {
  return text.replace(CONTROL, (char) => NAMED[char] ?? escapeOf(char));
}
