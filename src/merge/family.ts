import type { Kind } from '../classify/classify.js';
import type { DocumentFamily } from '../model/company.js';

/** Section kinds that mark each family of document. */
const MARKERS: Record<Exclude<DocumentFamily, 'notes'>, readonly Kind[]> = {
  strategy: ['swot', 'strengths', 'weaknesses', 'opportunities', 'threats', 'okrs', 'objective', 'retrospective', 'wentWell', 'notSoWell', 'learnings', 'actionItems'],
  'prep-template': ['interviewPrep', 'talkingPoints', 'keywords', 'skillsMap', 'questions', 'questionsToAsk', 'roleAnalysis', 'personalExperience'],
  profile: ['overview', 'offering', 'customers', 'businessModel', 'products', 'product', 'roleFamilies', 'roleFamily', 'entryPathways', 'culture', 'guidance', 'initiatives'],
};

/** The family with the most marker sections; `notes` when fewer than three sections mark any. */
export function familyOf(kinds: readonly Kind[]): DocumentFamily {
  let best: DocumentFamily = 'notes';
  let most = 2;
  for (const [family, markers] of Object.entries(MARKERS) as [DocumentFamily, readonly Kind[]][]) {
    const count = kinds.filter((kind) => markers.includes(kind)).length;
    if (count > most) [best, most] = [family, count];
  }
  return best;
}
