/**
 * The last word of most job titles (before a level or a team): "Senior
 * Frontend Engineer — Reader App". Generic data beside the abbreviation
 * tables, not a profile's: tells a bare job title from other short lines.
 */
const ROLE_NOUNS = [
  'engineer', 'developer', 'programmer', 'scientist', 'analyst', 'designer', 'manager', 'architect', 'researcher',
  'writer', 'advocate', 'producer', 'specialist', 'consultant', 'administrator', 'coordinator', 'officer', 'director',
  'lead', 'intern', 'representative', 'recruiter', 'technician', 'operator', 'editor', 'marketer',
];

const ROLE_NOUN = new RegExp(`\\b(?:${ROLE_NOUNS.join('|')})s?\\b`, 'i');

/** Whether the text names a job by its usual last word (engineer, analyst, …), singular or plural. */
export const namesAJob = (text: string): boolean => ROLE_NOUN.test(text);
