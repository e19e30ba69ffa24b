import { isRoutedLabel } from './routed-label.js';
import type { RootContent } from 'mdast';
import type { Kind } from '../classify/classify.js';
import { PREFERRED_MARKERS } from '../classify/preferred.js';
import { makeFact, mark, type Draft } from './draft.js';
import type { Entry } from './entries.js';

/**
 * A posting's voice turning from the role to the employer or to applying:
 * the first word of a sentence spoken as the company (`We review …`, `Our
 * team …`) or as a request (`Please apply …`), in the languages the heading
 * table reads. Grammar, not vocabulary of any one posting.
 */
const EMPLOYER_VOICE = /^(?:we|our|us|please|wir|unser\p{L}*|bitte|nous|notre|nos|merci|nosotros|nuestr[oa]s?|por favor)\b/iu;

/** `We expect you to …`, `We're looking for someone who …`: the company's voice still stating what it asks, an item. */
const ASKING = /^(?:we(?:['’](?:re|d)| are| would)?\s+(?:also\s+)?(?:expect|need|require|want|ask|look|looking|love you|like you)|please (?:be|have|hold|bring|speak)|bitte (?:sei|seien|haben)|merci d['’]avoir)\b/i;

/** Applying itself, wherever in the sentence: what a closing paragraph is about, never what a duty or a skill is. */
// `applications` only as what is sent in (`applications close`, `review applications`): `distributed applications` is a skill.
const APPLYING =
  /\b(?:applications? (?:close|closes|are|will|open|received|should|must)|(?:review|send|submit|welcome|accept|encourage) (?:your |all |an? )?applications?|applicants? (?:will|must|should|are)|apply(?:ing)? (?:by|before|now|today|anyway|online|here|via|through)|closing date|deadline to apply|bewerbung\p{L}*|candidatures?|postula\p{L}*)\b/iu;

/**
 * The lists a job posting writes and then closes. Not talking points or
 * questions, where `We cut latency by 40%` is the candidate's own item.
 */
const POSTING_KINDS: ReadonlySet<Kind> = new Set<Kind>(['requirements', 'responsibilities', 'work', 'successMetrics', 'growth']);

/**
 * `Please apply by March.` or `We review applications on a rolling basis.`
 * written after a list of requirements or duties: the author has finished
 * the list and speaks of applying or of the company, so the paragraph is a
 * note of the role, not one more item. Only paragraphs after the section's
 * last list count: a section written entirely as prose, one requirement per
 * paragraph, has no list to close and keeps every paragraph as an item, and
 * a closing paragraph that still reads as an item (`You are happy to be on
 * call`, `Kafka is a plus`) stays one.
 */
export function setClosingNotes(draft: Draft, entries: readonly Entry[], content: readonly RootContent[], kind: Kind): Entry[] {
  if (!POSTING_KINDS.has(kind)) return [...entries];
  const closing = closingParagraphs(content);
  return entries.filter((entry) => {
    if (!closing.has(entry.node as RootContent) || !isClosingNote(entry)) return true;
    draft.role.notes.push(makeFact(draft, entry.text, entry.line));
    mark(draft, entry.node);
    return false;
  });
}

/** The paragraphs after the last list of a section that has one. */
function closingParagraphs(content: readonly RootContent[]): Set<RootContent> {
  const last = content.findLastIndex((node) => node.type === 'list');
  return new Set(last < 0 ? [] : content.slice(last + 1).filter((node) => node.type === 'paragraph'));
}

/** A finished sentence, unlabelled, that speaks as the employer or of applying and marks nothing as preferred. */
export function isClosingNote(entry: Pick<Entry, 'text' | 'labelled'>): boolean {
  const text = entry.text.trim();
  if (namesAPlace(entry) || !/[.!?…]["”)]?$/u.test(text) || PREFERRED_MARKERS.test(text) || ASKING.test(text)) return false;
  return EMPLOYER_VOICE.test(text) || APPLYING.test(text);
}

/** `**Tech stack:** Go` or `Salary: …` after the list is routed by its label, wherever it is written. */
const namesAPlace = ({ labelled }: Pick<Entry, 'labelled'>): boolean => labelled !== undefined && isRoutedLabel(labelled.label);
