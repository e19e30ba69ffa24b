/**
 * What a section heading may add to the words the heading table knows:
 * brackets (`Tech Stack (2024)`), a trailing remark (`Competitors — 2025`,
 * `Culture notes: what I heard`), whose or when (`… for the Data Engineer
 * role`, `… this year`) and a hedge (`Likely responsibilities`). Each
 * variant is the heading less one of them, for the table to look up.
 */

/** A trailing `(2024)` or `[draft]`: says which one, not what kind. */
const BRACKETED = /\s*[([][^()[\]]*[)\]]$/;
/** A trailing ` - 2025`, `— what I heard` or `: round 2` after the heading's words. */
const TRAILING = /(?:\s+[-–—]\s+|\s*[–—]\s*|:\s+)[^:–—]*$/;
/** A trailing `for the Data Engineer role`, `at Acme`, `in 2025`, `this year`: whose or when, not what kind. */
const WHOSE = /\s+(?:(?:for|at|in)\s+\S.*|(?:this|next|last)\s+(?:year|quarter|half|month|season|time|round))$/i;
/** A trailing `2025`, `2025–2027` or `FY24`: which year's, not what kind (`Strategy 2025`). */
const YEARS = /\s+(?:(?:19|20)\d{2}(?:\s?[-–—/]\s?(?:19|20)?\d{2})?|fy\s?\d{2,4})$/i;
/** `Likely responsibilities`, `What they'll probably look for`: a guess at a section is still that section. */
const HEDGE = /\b(?:likely|probably|possibly|presumably)\s+/gi;

/** The heading without a trailing bracket: the one qualifier a bare line may carry too. */
export const withoutBrackets = (text: string): string => text.trim().replace(BRACKETED, '');

/** The heading less each qualifier a section heading may carry, most telling first. */
export function qualifiedVariants(text: string): string[] {
  const trimmed = text.replace(TRAILING, '');
  return [trimmed, text.replace(/[\s:]+$/, '').replace(WHOSE, ''), text.replace(HEDGE, ''), trimmed.replace(YEARS, '')];
}
