import { knownFormat } from './file-signature.js';
import { decodeLegacy } from './legacy-text.js';
import { normalizeText } from './text.js';
import { decodeUtf16, utf16Order } from './utf16.js';

/** Where in a file something is, 1-based. */
export interface Place {
  line: number;
  column: number;
}

/** Decoded text, or why the bytes are not a text document and where the first bad byte is. */
export type DecodeResult = { ok: true; text: string; encoding?: 'windows-1252' | 'utf-16' } | { ok: false; reason: string; place: Place };

const decoder = new TextDecoder('utf-8', { fatal: true });
// ignoreBOM keeps a BOM as U+FEFF, so the text before a replacement re-encodes to exactly the bytes before it.
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

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

/**
 * Byte offset of the first invalid sequence. Lenient decoding marks it with
 * U+FFFD, but the text may hold that character itself (EF BF BD, common in
 * scraped pages): those are skipped.
 */
function firstInvalid(bytes: Uint8Array): number {
  const text = lenient.decode(bytes);
  let offset = 0;
  let from = 0;
  for (let at = text.indexOf('\uFFFD'); at >= 0; at = text.indexOf('\uFFFD', at + 1)) {
    offset += encoder.encode(text.slice(from, at)).length;
    if (bytes[offset] !== 0xef || bytes[offset + 1] !== 0xbf || bytes[offset + 2] !== 0xbd) return offset;
    offset += 3;
    from = at + 1;
  }
  return 0;
}

/**
 * UTF-8 (or UTF-16) bytes → LF text without BOM; a known binary format, NUL
 * bytes or invalid UTF-8 mean "not text", unless the bytes read as
 * Windows-1252 text.
 */
export function decode(bytes: Uint8Array): DecodeResult {
  const format = knownFormat(bytes);
  if (format) return { ok: false, reason: `it is ${format}`, place: { line: 1, column: 1 } };
  const order = utf16Order(bytes);
  if (order) return decodeWide(bytes, order);
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, reason: `it has a NUL byte at offset ${nul}`, place: placeOf(bytes, nul) };
  try {
    return { ok: true, text: normalizeText(decoder.decode(bytes)) };
  } catch {
    const text = decodeLegacy(bytes);
    if (text !== undefined) return { ok: true, text: normalizeText(text), encoding: 'windows-1252' };
    return { ok: false, reason: 'it is not valid UTF-8', place: placeOf(bytes, firstInvalid(bytes)) };
  }
}

/** UTF-16 text, held to the same rule as UTF-8: a NUL character inside means it is not a text document. */
function decodeWide(bytes: Uint8Array, order: Parameters<typeof decodeUtf16>[1]): DecodeResult {
  const text = decodeUtf16(bytes, order);
  if (text === undefined) return { ok: false, reason: `it is not valid ${order.toUpperCase()}`, place: { line: 1, column: 1 } };
  const nul = text.indexOf('\0');
  if (nul !== -1) return { ok: false, reason: `it has a NUL character at offset ${nul * 2}`, place: { line: 1, column: 1 } };
  return { ok: true, text: normalizeText(text), encoding: 'utf-16' };
}
