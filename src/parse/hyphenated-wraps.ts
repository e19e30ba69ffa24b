import type { Root } from 'mdast';
import { isWord } from './dictionary.js';
import { nodesOf } from './nodes-of.js';

/**
 * A word broken at a line end (`engi-` / `neers`), the rest of its line after it.
 * Matched from a word's start only: from every letter of a long word it is quadratic.
 */
const BROKEN = /(?<!\p{L})(\p{L}+)-\n(\p{Ll}\p{L}*)[^\S\n]?/gu;

/**
 * The word whole again, on the first line, so each later line still starts
 * where it did: `engineers` when the dictionary knows it, else the hyphen
 * was the word's own (`state-of-the-` / `art`) and stays.
 */
function join(_: string, head: string, tail: string): string {
  const whole = head + tail;
  return `${isWord(whole.toLowerCase()) ? whole : `${head}-${tail}`}\n`;
}

/**
 * Lines hyphenated by a typesetter (text pasted from a PDF, hard-wrapped
 * mail): every text node spanning such a break gets its word back.
 */
export function joinHyphenatedWraps(tree: Root): Root {
  for (const text of nodesOf(tree, 'text')) if (text.value.includes('-\n')) text.value = text.value.replace(BROKEN, join);
  return tree;
}
