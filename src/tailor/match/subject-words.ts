import { ACTIVITY_NOUNS, BROAD_WORDS, GENERIC_VERBS } from './stopwords.js';
import type { Term } from './terms.js';

// One reading of "what is this requirement about", shared by the matcher and the gap suggestions.

/** A verb every job ad uses ("build", "manage") says what is done, not what it is about. */
export const isGeneric = (term: Term): boolean => term.kind === 'word' && GENERIC_VERBS.has(term.surface);

/** Words that leave a requirement's subject to its other words: "management", "build". */
export const isActivity = (term: Term): boolean => isGeneric(term) || (term.kind === 'word' && ACTIVITY_NOUNS.has(term.surface));

/** An ordinary word that can be all a requirement is about ("risk"), not one every résumé uses ("data"). */
export const isSubjectWord = (term: Term): boolean => term.kind === 'word' && !isActivity(term) && !BROAD_WORDS.has(term.surface);
