/**
 * Word's "Save as: Plain Text (Unicode)", Notepad's "Unicode" and
 * PowerShell's `>` write UTF-16, little-endian with a BOM (`FF FE`) as a
 * rule, big-endian (`FE FF`) from older Mac tools. Every ASCII letter then
 * comes with a NUL byte, which would otherwise make the file look binary.
 */
export type Utf16 = 'utf-16le' | 'utf-16be';

// A BOM-less file is taken for UTF-16 only when it is mostly ASCII this way: half its bytes NULs, all on one side.
const MIN_NUL_SHARE = 0.3;

/** The UTF-16 byte order of a file: by its BOM, else by where its NUL bytes fall. */
export function utf16Order(bytes: Uint8Array): Utf16 | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  const nuls = [0, 0];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) nuls[i % 2]! += 1;
  const [even = 0, odd = 0] = nuls;
  if (even > 0 && odd > 0) return undefined;
  if (Math.max(even, odd) < (bytes.length / 2) * MIN_NUL_SHARE) return undefined;
  const order = odd > 0 ? 'utf-16le' : 'utf-16be';
  return asciiIsText(bytes, order === 'utf-16le' ? 0 : 1) ? order : undefined;
}

/** Text has no control characters but tab, line feed, form feed and carriage return: a binary file's NULs can fall on one side too. */
function asciiIsText(bytes: Uint8Array, low: 0 | 1): boolean {
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const code = bytes[i + low]!;
    if (bytes[i + 1 - low] === 0 && code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) return false;
  }
  return true;
}

/** The text of UTF-16 bytes (BOM kept as U+FEFF for the text normalizer), or undefined when they are not valid UTF-16. */
export function decodeUtf16(bytes: Uint8Array, order: Utf16): string | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  try {
    return new TextDecoder(order, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
