import type { TextLine } from './text-lines.js';
import type { ChromeLine } from './types.js';

/**
 * The cover page and contents of a securities filing (a 10-K, 20-F or
 * S-1 pasted as text): the regulator's name and address, the form, the
 * registrant's identification numbers and the contents' `Item 1. Business 4`
 * lines. The filing's own sections after them are content.
 */
const FILING_PATTERNS: readonly RegExp[] = [
  /^(?:united states )?securities and exchange commission$/i,
  /^washington, d\.?c\.? \d{5}$/i,
  /^form (?:10-k|10-q|20-f|40-f|8-k|s-1|f-1)(?:\/a)?$/i,
  /^(?:annual|quarterly|transition) report pursuant to section\b/i,
  /^for the (?:fiscal year|quarterly period|transition period) ended\b/i,
  /^\((?:exact name of registrant|state or other jurisdiction|i\.r\.s\. employer|address of principal|registrant['’]s telephone|commission file)\b.*\)$/i,
  /^commission file number\b/i,
  // `Delaware  47-3318820`: the state of incorporation and the employer identification number.
  /^\p{Lu}[\p{L} ]{2,30}\s+\d{2}-\d{7}$/u,
  /^part [ivx]{1,4}$/i,
  // A contents line: the item and the page it starts on.
  /^item \d{1,2}[a-z]?\.\s+\S.{0,80}\s\d{1,3}$/i,
];

const REGULATOR = /^securities and exchange commission$/i;
/** The cover's caption under the company's registered name. */
export const REGISTRANT_CAPTION = /^\(exact name of (?:the )?registrant\b.*\)$/i;

/** The next line with text after `index`, if any. */
const nextText = (lines: readonly TextLine[], index: number): TextLine | undefined => lines.slice(index + 1, index + 3).find((line) => line.text !== '');

/**
 * `VERRANO BIOLOGICS, INC.` over `(Exact name of registrant as specified in
 * its charter)`: the filing's title, whatever its shape (a comma, capitals),
 * since the cover says it is the company's name.
 */
export function withRegistrantTitle(lines: readonly TextLine[]): TextLine[] {
  return lines.map((line, index) => {
    const next = line.text === '' || line.heading ? undefined : nextText(lines, index);
    return next && REGISTRANT_CAPTION.test(next.text) ? { ...line, heading: 1 } : line;
  });
}

/** `UNITED STATES` over `SECURITIES AND EXCHANGE COMMISSION`: the regulator's name broken over two lines is one name, and chrome. */
function isRegulatorLine(lines: readonly TextLine[], index: number): boolean {
  if (!/^united states$/i.test(lines[index]!.text)) return false;
  const next = nextText(lines, index);
  return next !== undefined && REGULATOR.test(next.text);
}

export function filingChrome(lines: readonly TextLine[]): ChromeLine[] {
  return lines
    .filter(({ text }, index) => FILING_PATTERNS.some((pattern) => pattern.test(text)) || isRegulatorLine(lines, index))
    .map(({ line, text }) => ({ line, text }));
}
