import { classifyHeading, type HeadingMatch } from '../classify/headings.js';

// Words a Title Case heading leaves in lowercase.
const MINOR_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'vs', 'per',
  'via', 'into', 'over', 'not', 'as', 'is', 'are', 'your', 'our', 'their', 'my', '&', '+', '/', '-', '–', '—',
]);

const MAX_HEADING_LENGTH = 80;
const MAX_HEADING_WORDS = 10;
const TERMINAL = /[.!?;,]$/;
const LABEL_VALUE = /\S:\s+\S/;
const URL = /(?:https?:\/\/|www\.)/i;

function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => /\p{L}/u.test(word));
}

/** Share of the major words (not `and`, `of`, …) that start with a capital or digit. */
function capitalizedShare(all: readonly string[]): number {
  const major = all.filter((word) => !MINOR_WORDS.has(word.toLowerCase()));
  const capitalized = major.filter((word) => /^[^\p{L}]*[\p{Lu}\p{N}]/u.test(word));
  return major.length === 0 ? 0 : capitalized.length / major.length;
}

/** Title Case (mostly), ALL CAPS or one word: the look of a heading rather than of a sentence. */
export function isTitleLike(text: string): boolean {
  const all = words(text);
  if (all.length === 0) return false;
  return all.length === 1 || !/\p{Ll}/u.test(text) || capitalizedShare(all) >= 0.5;
}

/** Every major word capitalized, over several words: `Our Engineering Principles`. */
export function isStrictTitle(text: string): boolean {
  const all = words(text);
  return all.length > 1 && capitalizedShare(all) === 1;
}

/** A line short and bare enough to be a heading: no sentence end, no list of clauses, no `label: value`. */
export function isHeadingShaped(text: string): boolean {
  return isBare(text, MAX_HEADING_WORDS) && isTitleLike(text);
}

/** Short and bare (no sentence end, comma, `label: value` or URL), whatever its case. */
function isBare(text: string, maxWords: number): boolean {
  if (text.length === 0 || text.length > MAX_HEADING_LENGTH) return false;
  if (TERMINAL.test(text) || text.includes(',') || LABEL_VALUE.test(text) || URL.test(text)) return false;
  const count = words(text).length;
  return count > 0 && count <= maxWords;
}

/** A short sentence-case line such as `What they want`: a heading when a list follows it. */
export function isListIntro(text: string): boolean {
  return isBare(text, 6) && /^\P{Ll}/u.test(text);
}

/** One capitalized word, as `Compensation`: a heading even right above its prose. */
export function isSingleTitleWord(text: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(text);
}

/** All letters capital, as in `MODERNIZE PLATFORM`. */
export function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** The heading table's verdict on a bare line, for lines short and bare enough to be headings at all. */
export function knownHeading(text: string): HeadingMatch | undefined {
  // A question ends a sentence, except one the table lists as a heading (`Wat ga je doen?`, as ads write it).
  const ends = TERMINAL.test(text) && !text.endsWith('?');
  if (text.length > MAX_HEADING_LENGTH || ends || words(text).length > MAX_HEADING_WORDS + 2) return undefined;
  return classifyHeading(text);
}
