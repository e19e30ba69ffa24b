/**
 * Text saved by an older Windows editor or exported from Excel is often
 * Windows-1252, not UTF-8: `£`, `é` and curly quotes as single bytes. Such a
 * file is mostly ASCII with a few letters and marks above it; a binary file
 * is not, and brings control characters with it.
 */
// Node's decoder may read `windows-1252` as Latin-1; the 32 bytes where they differ, by hand (undefined ones stay C1 controls).
const latin1 = new TextDecoder('latin1');
const WINDOWS_1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const MAX_HIGH_SHARE = 0.1;
// C0 controls other than tab, newline, form feed and return; C1 controls are the five bytes 1252 leaves undefined.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/;

/** The bytes read as Windows-1252, when that gives plausible text. */
export function decodeLegacy(bytes: Uint8Array): string | undefined {
  let high = 0;
  for (const byte of bytes) if (byte >= 0x80) high += 1;
  if (high === 0 || high > bytes.length * MAX_HIGH_SHARE) return undefined;
  const text = latin1.decode(bytes).replace(/[\u0080-\u009F]/g, (c) => WINDOWS_1252_80_9F[c.charCodeAt(0) - 0x80] ?? c);
  return CONTROL.test(text) ? undefined : text;
}
