import type { Blockquote } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** The words a writer boxes an aside under: GitHub's, AsciiDoc's and reStructuredText's admonitions. Generic data. */
export const ADMONITION_WORDS: ReadonlySet<string> = new Set([
  'note', 'tip', 'hint', 'important', 'warning', 'caution', 'danger', 'attention', 'info', 'error', 'seealso', 'admonition',
]);

/**
 * The kind of a quote that opens with an admonition's word in bold (`> **Note:** …`,
 * GitHub's older `> **Warning**`, and what prep writes AsciiDoc's `NOTE:` and
 * reStructuredText's `.. note::` over as): a callout like `> [!note]`, or
 * undefined for any other quote, which may well be a quoted list of items.
 */
export function boldCalloutKind(quote: Blockquote): string | undefined {
  const first = quote.children[0];
  const strong = first?.type === 'paragraph' ? first.children[0] : undefined;
  if (strong?.type !== 'strong') return undefined;
  const word = toString(strong).trim().replace(/:$/, '').toLowerCase();
  return ADMONITION_WORDS.has(word) ? word : undefined;
}
