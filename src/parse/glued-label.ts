import { CAMEL_TERMS } from './known-terms.js';

/** One piece of a line that glued several values together. */
export interface GluedPart {
  text: string;
  /** Offset of `text` within the trimmed line. */
  offset: number;
  data?: { country: string };
}

const FLAG = /^(\p{Regional_Indicator}{2})\s*/u;
// A short Title Case label right after a lowercase letter or digit: `…StatesMarket Cap: $280B`.
// Bounded word lengths keep each try short, so a long line costs linear time.
const LABEL = /\p{Lu}[\p{L}&]{0,24}(?: \p{Lu}[\p{L}&]{0,24}){0,3}: \S/uy;
const GLUE_BEFORE = /[\p{Ll}\p{N})\]]/u;

/** `🇺🇸` → `US`: regional indicator symbols map one to one onto letters. */
export function flagToCountry(flag: string): string {
  return [...flag].map((char) => String.fromCharCode((char.codePointAt(0) ?? 0) - 0x1f1e6 + 65)).join('');
}

const WINDOW = 40;

/** Whether the glue point falls inside a camel-case term such as `MacBook` (looked at in a bounded window). */
function isCamelTerm(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - WINDOW), at);
  const head = before.slice(before.search(/\S+$/));
  const token = head + text.slice(at, at + WINDOW);
  return CAMEL_TERMS.some((term) => token.startsWith(term));
}

/** Offset where a glued `Label: value` starts, after `from`; -1 if none. */
function findGluedLabel(text: string, from: number): number {
  // The part before the label must be several words (a place, a name), not a lone camel-case word.
  let firstSpace = from;
  while (firstSpace < text.length && /\s/.test(text.charAt(firstSpace))) firstSpace++;
  while (firstSpace < text.length && !/\s/.test(text.charAt(firstSpace))) firstSpace++;
  for (let i = Math.max(from, 1); i < text.length; i++) {
    if (i <= firstSpace || !GLUE_BEFORE.test(text.charAt(i - 1))) continue;
    LABEL.lastIndex = i;
    if (LABEL.test(text) && !isCamelTerm(text, i)) return i;
  }
  return -1;
}

/**
 * Take apart a line that glues values together, as scraped pages do:
 * `🇺🇸 Los Gatos, CA, United StatesMarket Cap: $280B` → the place (with its
 * country, `US`) and `Market Cap: $280B`. Undefined when nothing is glued.
 */
export function splitGluedLabel(text: string): GluedPart[] | undefined {
  const flag = FLAG.exec(text);
  const start = flag ? flag[0].length : 0;
  const cuts: number[] = [start];
  for (let at = findGluedLabel(text, start); at !== -1; at = findGluedLabel(text, at + 1)) cuts.push(at);
  if (!flag && cuts.length === 1) return undefined;
  const parts = cuts.map((offset, index): GluedPart => ({ text: text.slice(offset, cuts[index + 1]).trim(), offset }));
  const first = parts[0];
  if (flag && first) first.data = { country: flagToCountry(flag[1] ?? '') };
  return parts.filter((part) => part.text !== '');
}
