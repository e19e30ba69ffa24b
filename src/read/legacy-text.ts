/**
 * Text saved by an older Windows editor or exported from Excel is often
 * Windows-1252, not UTF-8: `£`, `é` and curly quotes as single bytes. Such a
 * file is mostly ASCII with a few letters and marks above it; a binary file
 * is not, and brings control characters with it.
 */
/** What is said of a file read this way, a profile's document or a candidate's: what happened, then what to do. */
export const WINDOWS_1252_READ = 'Unexpected Windows-1252 text, expected UTF-8; read it as Windows-1252 (£, é, curly quotes), save it as UTF-8 to be sure';

// Node's decoder may read `windows-1252` as Latin-1; the 32 bytes where they differ, by hand (undefined ones stay C1 controls).
const latin1 = new TextDecoder('latin1');
const WINDOWS_1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const MAX_HIGH_SHARE = 0.1;
// C0 controls other than tab, newline, form feed and return; C1 controls are the five bytes 1252 leaves undefined.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/;

// A valid UTF-8 sequence, or any other byte alone: a UTF-8 file with a few Windows-1252 bytes pasted in keeps its UTF-8 letters.
const SEQUENCE = /[\xC2-\xDF][\x80-\xBF]|[\xE0-\xEF][\x80-\xBF]{2}|[\xF0-\xF4][\x80-\xBF]{3}|[\x80-\xFF]/g;
const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = (char: string): string => WINDOWS_1252_80_9F[char.charCodeAt(0) - 0x80] ?? char;

/** One match of SEQUENCE as text, or undefined for a byte that is no UTF-8. */
function utf8Of(sequence: string): string | undefined {
  if (sequence.length === 1) return undefined;
  try {
    return utf8.decode(Uint8Array.from(sequence, (char) => char.charCodeAt(0)));
  } catch {
    return undefined; // an overlong form or a surrogate
  }
}

/** The bytes read as Windows-1252 (its UTF-8 sequences as UTF-8), when that gives plausible text. */
export function decodeLegacy(bytes: Uint8Array): string | undefined {
  let strays = 0;
  const text = latin1.decode(bytes).replace(SEQUENCE, (sequence) => {
    const char = utf8Of(sequence);
    if (char !== undefined) return char;
    strays += sequence.length;
    return [...sequence].map(windows1252).join('');
  });
  if (strays === 0 || strays > bytes.length * MAX_HIGH_SHARE) return undefined;
  return CONTROL.test(text) ? undefined : text;
}
