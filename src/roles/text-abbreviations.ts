/**
 * Common abbreviations of job titles and of the words in them. Generic
 * industry usage, used to recognise "ML engineers" or "SRE" in a document.
 */
export const TITLE_ABBREVIATIONS: Record<string, string> = {
  mle: 'machine learning engineer',
  swe: 'software engineer',
  sde: 'software development engineer',
  sre: 'site reliability engineer',
  pm: 'product manager',
  tpm: 'technical program manager',
  pgm: 'program manager',
  ds: 'data scientist',
  de: 'data engineer',
  ae: 'analytics engineer',
  em: 'engineering manager',
  qa: 'quality assurance engineer',
  sa: 'solutions architect',
  se: 'sales engineer',
  ux: 'ux designer',
  ba: 'business analyst',
};

export const WORD_ABBREVIATIONS: Record<string, string> = {
  ml: 'machine learning',
  ai: 'artificial intelligence',
  qa: 'quality assurance',
  ux: 'user experience',
  ui: 'user interface',
  ops: 'operations',
  dev: 'developer',
  sr: 'senior',
  mgr: 'manager',
};
