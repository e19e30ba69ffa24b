import type { Token } from './tokenize.js';

/**
 * Abbreviations that also name an everyday thing: "CV" is computer vision in
 * "ML/CV pipelines" but a résumé in "send your CV"; "ml" after a quantity is
 * millilitres. The words around one say which: cue words just before or just
 * after it, or a number before it. Generic data, drawn from no profile.
 */
interface Cues {
  before?: ReadonlySet<string>;
  after?: ReadonlySet<string>;
  afterNumber?: boolean;
}

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** What people do with a document, and whose it is ("our CV models" stays computer vision). */
const DOCUMENT_BEFORE = words(`send sent sending attach attached attaching submit submitted submitting upload uploaded
  email emailed enclose enclosed forward forwarded update updated updating rewrite rewrote rewriting review reviewed
  reviewing screen screened screening polish polished tailor tailored your my his her their one page`);
/** What a document comes with or is made into. */
const DOCUMENT_AFTER = words(`resume resumes résumé résumés cover letter letters writing template templates format
  formats review reviews clinic clinics workshop workshops screening builder`);

const EVERYDAY: ReadonlyMap<string, Cues> = new Map([
  ['cv', { before: DOCUMENT_BEFORE, after: DOCUMENT_AFTER }],
  ['ml', { afterNumber: true }],
]);

/** How many tokens either side may hold a cue ("attach a CV", "CV and cover letter"). */
const WINDOW = 2;

/** True where the abbreviation at `at` is written in its everyday sense. */
export function isEverydaySense(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (!token) return false;
  const cues = EVERYDAY.get(token.norm) ?? EVERYDAY.get(token.norm.replace(/s$/, ''));
  if (!cues) return false;
  const before = tokens.slice(Math.max(0, at - WINDOW), at).map((t) => t.norm);
  const after = tokens.slice(at + 1, at + 1 + WINDOW).map((t) => t.norm);
  if (cues.afterNumber && /^\p{N}+([.,]\p{N}+)?$/u.test(before.at(-1) ?? '')) return true;
  return before.some((w) => cues.before?.has(w) ?? false) || after.some((w) => cues.after?.has(w) ?? false);
}
