/**
 * The last word of most job titles (before a level or a team): "Senior
 * Frontend Engineer — Reader App". Generic data beside the abbreviation
 * tables, not a profile's: tells a bare job title from other short lines.
 */
export const ROLE_NOUNS: readonly string[] = [
  'engineer', 'developer', 'programmer', 'scientist', 'analyst', 'designer', 'manager', 'architect', 'researcher',
  'writer', 'advocate', 'producer', 'specialist', 'consultant', 'administrator', 'coordinator', 'officer', 'director',
  'lead', 'intern', 'representative', 'recruiter', 'technician', 'operator', 'editor', 'marketer',
  'planner', 'accountant', 'buyer', 'supervisor', 'controller', 'auditor', 'strategist', 'mechanic', 'electrician', 'nurse', 'pharmacist', 'teacher',
  'actuary', 'actuaries', 'underwriter', 'economist', 'statistician', 'chemist',
];

const ROLE_NOUN = new RegExp(`\\b(?:${ROLE_NOUNS.join('|')})s?\\b`, 'i');

/** Whether the text names a job by its usual last word (engineer, analyst, …), singular or plural. */
export const namesAJob = (text: string): boolean => ROLE_NOUN.test(text);

const TITLE_WORD = String.raw`(?:\p{Lu}[\p{L}\p{N}'’.+#-]*|&|/)`;
const JOB_TITLE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${TITLE_WORD}\\s+){0,4}(?:${ROLE_NOUNS.join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** A title's word: capitalized, or a brand's lowercase prefix before a capital (`iOS`, `eCommerce`), or `&`, `/`. */
const CAPITALIZED = /^(?:\p{Ll}{1,3}\p{Lu}|\p{Lu}|&|\/)/u;

/**
 * The job title a heading-like line starts with or contains: up to four
 * capitalized words ending in a role noun ("Robotics Software Engineer,
 * Autonomy Team" → "Robotics Software Engineer"). ALL CAPS comes back in
 * Title Case.
 */
export function jobTitleIn(text: string): string | undefined {
  const match = JOB_TITLE.exec(text);
  if (!match) return undefined;
  const words = [...match[0].matchAll(/\S+/g)];
  // The `i` flag lets lowercase words in; only the capitalized run before the noun is the title.
  let start = words.length - 1;
  while (start > 0 && CAPITALIZED.test(words[start - 1]![0])) start -= 1;
  if (!CAPITALIZED.test(words[start]![0]) || /^[&/]/.test(words[start]![0])) return undefined;
  return unshouted(match[0].slice(words[start]!.index).trim());
}

/** An ALL CAPS title in Title Case (`DATA ENGINEER` → `Data Engineer`); a title with any lowercase letter, or none at all (`データエンジニア`), as written. */
export function unshouted(title: string): string {
  if (/\p{Ll}/u.test(title) || !/\p{Lu}/u.test(title)) return title;
  return title.toLowerCase().replace(/(^|[\s/-])(\p{L})/gu, (_, lead: string, c: string) => lead + c.toUpperCase());
}
