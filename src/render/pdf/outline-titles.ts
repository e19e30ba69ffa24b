/**
 * Chrome names each bookmark after the text of its heading as laid out, and
 * drops the space wherever the heading wrapped: a two-line title becomes
 * "Machine LearningEngineer". These find such bookmarks and give them back
 * their heading's text, as objects to append to the PDF in an update.
 */
import { textString, type PdfObject } from './pdf-info.js';

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

/** A literal string `(…)` as Chrome writes an ASCII title. */
function literal(inner: string): string {
  return inner.replace(/\\([0-7]{1,3}|\r\n|[\s\S])/g, (_, escaped: string) => {
    if (/^[0-7]/.test(escaped)) return String.fromCharCode(Number.parseInt(escaped, 8));
    if (escaped === '\n' || escaped === '\r\n' || escaped === '\r') return '';
    return ESCAPES[escaped] ?? escaped;
  });
}

/** A hex string `<FEFF…>` (UTF-16BE), as Chrome writes any other title. */
function hex(digits: string): string {
  const bytes = Buffer.from(digits.length % 2 ? `${digits}0` : digits, 'hex');
  if (bytes[0] !== 0xfe || bytes[1] !== 0xff) return bytes.toString('latin1');
  return bytes.subarray(2).swap16().toString('utf16le');
}

// An outline item: a dictionary that starts with its title and holds no other dictionary.
const ITEM = /(\d+) 0 obj\s*<<\/Title (?:\(((?:\\[\s\S]|[^\\)])*)\)|<([0-9A-Fa-f\s]*)>)((?:(?!<<|>>)[\s\S])*)>>\s*endobj/g;

const squeeze = (text: string) => text.replace(/\s+/g, '');

/**
 * The outline items whose title is a heading's text less some whitespace,
 * rewritten with the heading's text; every other key kept as it was.
 */
export function outlineFixes(pdf: Buffer, headings: readonly string[]): PdfObject[] {
  const byLetters = new Map(headings.map((heading) => [squeeze(heading), heading]));
  const fixes: PdfObject[] = [];
  for (const match of pdf.toString('latin1').matchAll(ITEM)) {
    const title = match[2] !== undefined ? literal(match[2]) : hex(match[3]!.replace(/\s/g, ''));
    const heading = byLetters.get(squeeze(title));
    if (heading === undefined || heading === title) continue;
    fixes.push({ number: Number(match[1]), body: `<</Title ${textString(heading)}${match[4]}>>` });
  }
  return fixes;
}
