/**
 * Formats people save under a text name by mistake (a PDF renamed `.md`, a
 * Word file saved as `.txt`), told by the bytes they start with.
 */
const SIGNATURES: readonly { bytes: readonly number[]; what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' }, // %PDF-
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a Word (.docx), OpenDocument or other ZIP file' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Office document (.doc, .xls)' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'a rich-text (RTF) document' }, // {\rtf
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
];

/** What a file is by its first bytes, when it is a known non-text format. */
export function knownFormat(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find(({ bytes: signature }) => signature.every((byte, i) => bytes[i] === byte))?.what;
}
