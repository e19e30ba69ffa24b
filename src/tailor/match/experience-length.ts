/**
 * Whether a stated span of time is a length of experience. A number of
 * years means experience only by the words around it: what follows it
 * (`5 years of Go`, `2 years in payments`, `3 years' experience`, `7 years
 * managing teams`), what comes before it (`Python for two years`, `over the
 * past 5 years`, `with 3 years`), a floor (`5+ years`, `at least 3 years`),
 * or standing alone as a list item's aside (`Python (4 years)`, `Go, 2 yrs`).
 * Everything else is a rhythm, a price or an age: `twice a year`, `£40k a
 * year`, `a year-long project`, `5 years old`, `in the first 2 years`.
 */

/** Words a length of experience follows: what one spent the time doing, or how long one did something. */
const BEFORE = /\b(?:for|spent|spending|over|past|last|nearly|almost|about|around|roughly|than|with|after|have|has|had|bring|brings|bringing)\s+(?:the\s+(?:past|last)\s+)?$/iu;

/** Words a length of experience goes on with: of, in, as, at … what, or an -ing of doing it, or "experience" within two words. */
const AFTER = /^\s*(?:['’]s?\s*)?(?:(?:of|in|with|as|at|on|doing|across|building)\b|\p{L}+ing\b|(?:\p{L}+\s+){0,2}(?:experience|exp)\b)/iu;

/** A parenthesis, dash, colon or comma before and nothing or a closing mark after: an aside giving how long (`Python (4 years)`). */
const ASIDE_BEFORE = /(?:^|[(:–—,-])\s*$/u;
const ASIDE_AFTER = /^\s*(?:$|[),;.])/u;

export interface StatedSpan {
  /** The text before the number and after the unit. */
  before: string;
  after: string;
  /** Stated with a floor (`5+`, `at least 5`): only requirements write that, and only of experience. */
  floor: boolean;
  /** The number was the article (`a year`), which is just as often a rate: `twice a year`, `$90k a year`. */
  article: boolean;
}

export function measuresExperience({ before, after, floor, article }: StatedSpan): boolean {
  // `a year-long project`, `5 years old`: an adjective or an age, whatever surrounds it.
  if (/^[-‐]|^\s+old\b/u.test(after)) return false;
  // `in the first 2 years of the role`, `the next 3 years`: a stretch of the job ahead, not one behind the candidate.
  if (/\b(?:first|next|coming)\s+$/iu.test(before)) return false;
  if (BEFORE.test(before)) return true;
  if (article) return (floor || before.trim() === '') && AFTER.test(after);
  return floor || AFTER.test(after) || (ASIDE_BEFORE.test(before) && ASIDE_AFTER.test(after));
}
