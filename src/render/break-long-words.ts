import type { Element, ElementContent, Root, RootContent } from 'hast';

/**
 * The longest run of characters, in graphemes, that a line or a table column
 * must be able to hold whole: a long word and its comma fit, and four columns
 * of it fit across A4. A browser sizes a table column to its longest
 * unbreakable run (a URL, a file path, an 80-letter word) and then prints the
 * page shrunk to fit, or cut off; runs longer than this get break opportunities.
 */
export const MAX_RUN = 22;

/** Citations up to this length stay on one line (the stylesheet keeps code unwrapped); longer ones may wrap. */
export const MAX_CODE = 40;

/** The class that lets a long code span wrap. */
export const LONG_CODE_CLASS = 'long';

// Not whitespace, and not a script browsers already break inside words: between ideographs, or by dictionary.
const RUN = new RegExp(`[^\\s\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Thai}\\p{sc=Lao}\\p{sc=Khmer}\\p{sc=Myanmar}]{${MAX_RUN + 1},}`, 'gu');

/** Where a URL, a path or a citation reads well broken: after one of these, before something else. */
const BREAK_AFTER = /^[/\\?&=#._\-:,;@+|~)\]]$/u;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** A run cut into pieces of at most MAX_RUN graphemes, at punctuation where there is some. */
export function cutRun(run: string): string[] {
  const parts = Array.from(graphemes.segment(run), (segment) => segment.segment);
  const pieces: string[] = [];
  let start = 0;
  while (parts.length - start > MAX_RUN) {
    let cut = start + MAX_RUN;
    for (let at = cut; at > start; at--) {
      if (BREAK_AFTER.test(parts[at - 1]!) && !BREAK_AFTER.test(parts[at]!)) {
        cut = at;
        break;
      }
    }
    pieces.push(parts.slice(start, cut).join(''));
    start = cut;
  }
  pieces.push(parts.slice(start).join(''));
  return pieces;
}

const wbr = (): Element => ({ type: 'element', tagName: 'wbr', properties: {}, children: [] });

/** A text's long runs with a <wbr> between their pieces; the text itself unchanged. */
function breakText(text: string): ElementContent[] {
  const out: ElementContent[] = [];
  let last = 0;
  for (const match of text.matchAll(RUN)) {
    const pieces = cutRun(match[0]);
    out.push({ type: 'text', value: text.slice(last, match.index) + pieces[0] });
    for (const piece of pieces.slice(1)) out.push(wbr(), { type: 'text', value: piece });
    last = match.index + match[0].length;
  }
  if (last === 0) return [{ type: 'text', value: text }];
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
  return out;
}

function textLength(node: Element): number {
  return node.children.reduce((sum, child) => sum + (child.type === 'text' ? child.value.length : child.type === 'element' ? textLength(child) : 0), 0);
}

/** A short code span is left alone: it stays on one line. A long one is marked so that it may wrap. */
function visitCode(code: Element): boolean {
  if (textLength(code) <= MAX_CODE) return false;
  const classes = code.properties['className'];
  code.properties['className'] = [...(Array.isArray(classes) ? classes : []), LONG_CODE_CLASS];
  return true;
}

/**
 * Gives every run of text too long for a narrow column a few <wbr> break
 * opportunities, so that nothing forces a table or the page wider than the
 * paper. The text reads (and copies) as before.
 */
export function breakLongWords(node: Root | Element): void {
  const children: RootContent[] = [];
  for (const child of node.children) {
    if (child.type === 'text') children.push(...breakText(child.value));
    else {
      if (child.type === 'element' && child.tagName !== 'pre' && (child.tagName !== 'code' || visitCode(child))) breakLongWords(child);
      children.push(child);
    }
  }
  // Only a root holds a doctype, so an element gets back element content only.
  node.children = children as ElementContent[];
}
