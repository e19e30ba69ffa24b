import type { Kind } from '../classify/classify.js';
import { emptyRole } from '../merge/empty.js';
import { normKey } from '../merge/normalize.js';
import { jobTitleIn, unshouted } from '../roles/role-nouns.js';
import { withoutGenderMark } from '../roles/workplace.js';
import { appliedFor } from './applied-for.js';
import { makeFact, sourceOf, type Draft, type RoleClaim } from './draft.js';

/** Kinds whose facts belong to the role a document is about. */
const ROLE_KINDS: ReadonlySet<Kind> = new Set<Kind>([
  'roleAnalysis', 'responsibilities', 'requirements', 'successMetrics', 'growth', 'skills', 'work',
  'talkingPoints', 'keywords', 'questions', 'questionsToAsk', 'skillsMap', 'interviewPrep',
]);

/**
 * Front matter `role:`; else the job a `title:` names (`title: Prep — Lab
 * Automation Engineer`), as notes apps write a page's title there; else the
 * job a pasted mail's subject names.
 */
export function claimFromFrontMatter(draft: Draft): void {
  const { role, extra } = draft.doc.frontMatter;
  const title = typeof extra['title'] === 'string' ? extra['title'].trim() : '';
  const declared = role?.trim();
  const named = declared ? undefined : jobTitleIn(title);
  if (declared) draft.roleClaim = { title: declared, source: sourceOf(draft, 1), how: 'front-matter' };
  else if (named) draft.roleClaim = { title: named, source: sourceOf(draft, 1), how: 'title' };
  else claimFromSubject(draft);
}

/**
 * `Subject: RE: Senior Data Engineer – next steps`, `Betreff: Ihre Bewerbung als Softwareentwicklerin`:
 * a pasted mail's subject line (its chrome) names the job it is about.
 */
const SUBJECT = /^(?:subject|betreff|objet|asunto)\s?:\s*(?:(?:re|fwd?|aw|wg|tr|rv)\s?:\s*)*(?<subject>.+)$/i;

function claimFromSubject(draft: Draft): void {
  for (const { line, text } of draft.doc.chrome) {
    const subject = SUBJECT.exec(text)?.groups?.['subject'] ?? '';
    const title = jobTitleIn(subject) ?? appliedFor(subject);
    if (title) {
      draft.roleClaim = { title, source: sourceOf(draft, line), how: 'subject' };
      return;
    }
  }
}

/**
 * "The Role: X" says what the document is about; a second such heading for
 * another title starts that role's facts (a page listing two openings), so
 * the first role keeps only what was written under it.
 */
export function claimRole(draft: Draft, written: string, line: number, how: RoleClaim['how'] = 'heading'): void {
  // `ROLE 1: DATA ENGINEER`, `Backend-Entwickler (m/w/d)`: the title as a title is written, without who may apply.
  const title = unshouted(withoutGenderMark(written));
  const claim: RoleClaim = { title, source: sourceOf(draft, line), how };
  const current = draft.roleClaim;
  // A front matter title or a mail's subject is a guess a heading or a `Role:` line in the text corrects.
  if (current?.how === 'title' || current?.how === 'subject') draft.roleClaim = claim;
  else if (current && current.how !== 'front-matter' && normKey(current.title) !== normKey(claim.title)) {
    draft.earlierRoles.push({ role: draft.role, claim: current });
    draft.role = emptyRole('', '');
    draft.roleClaim = claim;
  }
  draft.roleClaim ??= claim;
}

/**
 * A job title heading under "Open positions" is an opening; it becomes the
 * role of the sections after it once one of them is about a role, so a page
 * of several openings gives each its own duties.
 */
export function noteOpening(draft: Draft, title: string, line: number, workplace?: string): void {
  settleOpening(draft);
  draft.opening = { title, line, ...(workplace ? { workplace } : {}) };
}

/** An opening no role section claimed keeps its workplace as a company note; call at the end of a document too. */
export function settleOpening(draft: Draft): void {
  const { opening } = draft;
  if (opening?.workplace) draft.company.notes.push(makeFact(draft, opening.workplace, opening.line, opening.title));
  delete draft.opening;
}

/** `Responsibilities for the Data Engineer role`: the heading says whose section it is. */
const WHOSE_ROLE = /\bfor (?:the |this |our |a |an )?(?<title>.+?)(?: role| position| opening)?$/i;

/**
 * Before a section is extracted: a role-level section claims the opening
 * above it, or the role its own heading names.
 */
export function claimOpening(draft: Draft, kind: Kind, heading: string, line: number): void {
  if (!ROLE_KINDS.has(kind)) return;
  const named = jobTitleIn(WHOSE_ROLE.exec(heading)?.groups?.['title'] ?? '');
  // "Data Engineer" under the opening "Data Engineer — Remote (EU)" is that opening, spelled short.
  const current = draft.opening?.title ?? draft.roleClaim?.title;
  if (named && !(current && normKey(current).includes(normKey(named))) && draft.roleClaim?.how !== 'front-matter') {
    claimRole(draft, named, line);
    delete draft.opening;
    return;
  }
  const { opening } = draft;
  if (!opening) return;
  claimRole(draft, opening.title, opening.line);
  if (opening.workplace) draft.role.notes.push(makeFact(draft, opening.workplace, opening.line, 'Workplace'));
  delete draft.opening;
}
