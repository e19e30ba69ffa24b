import { measuresExperience } from './experience-length.js';

/** A length of experience a text states: "5+ years" is 5 or more, "two years" is 2. */
export interface StatedYears {
  years: number;
  /** Written as a floor ("5+", "at least 5", "five or more"): what a requirement asks. */
  orMore: boolean;
}

/** Number words up to what job ads and résumés write in words. Generic data. */
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  'a:1 an:1 one:1 two:2 three:3 four:4 five:5 six:6 seven:7 eight:8 nine:9 ten:10 eleven:11 twelve:12 fifteen:15 twenty:20'
    .split(' ')
    .map((pair): [string, number] => [pair.split(':')[0] ?? '', Number(pair.split(':')[1])]),
);

const NUMBER = `(\\d{1,2}(?:\\.\\d)?|${[...NUMBER_WORDS.keys()].join('|')})`;
/**
 * A number (or the low end of a range, "3-5", "3 to 5") and an optional floor
 * ("+", "or more", "plus") before a unit. "Every 2 years" and "2 years ago"
 * are a rhythm and a date, and "in 3 months" or "within a year" how long one
 * piece of work took: none is a length of experience.
 */
const STATED = new RegExp(
  `(?<!\\b(?:every|in|within|under)\\s)(?<![\\p{L}\\p{N}.])${NUMBER}(?:\\s*(?:-|–|—|to)\\s*\\d{1,2})?(\\s*\\+|\\s+or\\s+more|\\s+plus)?\\s+(years?|yrs?|months?|decades?)\\b(?!\\s+ago\\b)`,
  'giu',
);
const FLOOR_BEFORE = /\b(?:at\s+least|minimum(?:\s+of)?|min\.?|over|more\s+than)\s+$/i;
const PER_YEAR: Readonly<Record<string, number>> = { y: 1, m: 1 / 12, d: 10 };

/** One stated length of experience, from a match of STATED; null for a rhythm, a price or an age (`twice a year`). */
function lengthOf(match: RegExpMatchArray, text: string): StatedYears | null {
  const [whole, count = '', floor, unit = 'y'] = match;
  const at = match.index ?? 0;
  const n = NUMBER_WORDS.get(count.toLowerCase()) ?? Number(count);
  const before = text.slice(Math.max(0, at - 24), at);
  const orMore = Boolean(floor) || FLOOR_BEFORE.test(before);
  const span = { before, after: text.slice(at + whole.length), floor: orMore, article: /^an?$/i.test(count) };
  if (!measuresExperience(span)) return null;
  return { years: Math.round(n * (PER_YEAR[unit[0]?.toLowerCase() ?? 'y'] ?? 1) * 10) / 10, orMore };
}

/**
 * The one length of experience a text states, or null when it states none or
 * several different ones ("3 years of Python and 1 of Go" does not say which
 * is which, and nothing is guessed).
 */
export function statedYears(text: string): StatedYears | null {
  const found = [...text.matchAll(STATED)].flatMap((m) => lengthOf(m, text) ?? []).filter((s) => s.years > 0);
  const [first] = found;
  return first && found.every((s) => s.years === first.years) ? { years: first.years, orMore: found.some((s) => s.orMore) } : null;
}

/** Years asked for and the most the matching evidence states. */
export interface YearsCompared {
  asked: StatedYears;
  shown: number;
}

/**
 * The requirement's years against the most any matching line states: the
 * candidate said how long, so a bare skills-list "Python" does not stand for
 * more. Null when either side states none: no length is ever assumed.
 */
export function compareYears(requirement: string, matching: readonly string[]): YearsCompared | null {
  const asked = statedYears(requirement);
  if (!asked) return null;
  const shown = matching.flatMap((text) => statedYears(text)?.years ?? []);
  return shown.length === 0 ? null : { asked, shown: Math.max(...shown) };
}

/** The comparison when the evidence shows fewer years than asked, else null. */
export const shortfall = (y: YearsCompared | null): YearsCompared | null => (y && y.shown < y.asked.years ? y : null);

/** The share of the asked years shown, at most 1: a match showing 2 of 5 years counts for 2/5. */
export const yearsFactor = (y: YearsCompared | null): number => {
  const short = shortfall(y);
  return short ? short.shown / short.asked.years : 1;
};
