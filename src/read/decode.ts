import { normalizeText } from './text.js';

/** Where in a file something is, 1-based. */
export interface Place {
  line: number;
  column: number;
}

/** Decoded text, or why the bytes are not a text document and where the first bad byte is. */
export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string; place: Place };

const decoder = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/** Line and column of a byte offset: lines counted by LF bytes, columns in bytes. */
function placeOf(bytes: Uint8Array, offset: number): Place {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line += 1;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/** UTF-8 bytes → LF text without BOM; NUL bytes or invalid UTF-8 mean "not text". */
export function decode(bytes: Uint8Array): DecodeResult {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, reason: `it has a NUL byte at offset ${nul}`, place: placeOf(bytes, nul) };
  try {
    return { ok: true, text: normalizeText(decoder.decode(bytes)) };
  } catch {
    // The lenient decoding marks the first bad sequence with U+FFFD: its line is the one to fix.
    const text = lenient.decode(bytes);
    const at = text.indexOf('\uFFFD');
    const before = at < 0 ? [''] : text.slice(0, at).split('\n');
    return { ok: false, reason: 'it is not valid UTF-8', place: { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 } };
  }
}
