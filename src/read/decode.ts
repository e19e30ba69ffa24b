import { normalizeText } from './text.js';

/** Decoded text, or why the bytes are not a text document. */
export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 bytes → LF text without BOM; NUL bytes or invalid UTF-8 mean "not text". */
export function decode(bytes: Uint8Array): DecodeResult {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, reason: `it has a NUL byte at offset ${nul}` };
  try {
    return { ok: true, text: normalizeText(decoder.decode(bytes)) };
  } catch {
    return { ok: false, reason: 'it is not valid UTF-8' };
  }
}
