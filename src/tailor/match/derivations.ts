import { formsTable } from './forms-table.js';
import { isWord } from '../../parse/dictionary.js';

/**
 * Derived words a stemmer leaves apart from their verb or noun, though a job ad
 * and a résumé name the same work by them: "Leadership" ← "led", "Public
 * speaker" ← "spoke", "Incident response" ← "responded", "Compliance" ←
 * "complied". Only pairs whose meaning stays the same: not "application" and
 * "applied", "production" and "produced", "creative" and "created". Generic
 * data, base first.
 */
const FAMILIES = `lead:leader own:owner scale:scalable,scalability comply:compliance,compliant
  maintain:maintenance architect:architecture strategy:strategic finance:financial sell:sales
  resolve:resolution respond:response deliver:delivery administer:administration,administrator
  supervise:supervisor audit:auditor write:writer speak:speaker teach:teacher train:trainer test:tester
  plan:planner track:tracker persuade:persuasion,persuasive advocate:advocacy regulate:regulatory
  recover:recovery reconcile:reconciliation retain:retention convert:conversion acquire:acquisition
  expand:expansion explore:exploratory decide:decision classify:classification empathize:empathy,empathetic`;

export const DERIVED: ReadonlyMap<string, string> = formsTable(FAMILIES);

/**
 * "-ship" after a person names what that person does: leadership, mentorship,
 * partnership, relationship. Not a vessel or a place: flagship, hardship,
 * township keep their own stem.
 */
const SHIP = /^(.{2,}(?:er|or|ar|man|ist|ant|ent|ee|ern|ion))ship(s?)$/;
/** British -ise spellings ("prioritised", "optimisation"), to be spelt -ize where English has that verb. */
const ISE = /^(.{3,})is(e|es|ed|ing|ation|ations|er|ers)$/;

/**
 * "prioritised" → "prioritized", so it meets "prioritization" and "priority"
 * as the American spelling does. Only where the dictionary has the -ize verb:
 * "supervise" or "revise" is no -ize verb in another spelling, and stays.
 */
function americanSpelling(word: string): string {
  const m = ISE.exec(word);
  return m && isWord(`${m[1]}ize`) ? `${m[1]}iz${m[2]}` : word;
}

/** The word to stem in place of `word`: its base where it is derived, else the word spelt one way. */
export function baseWord(word: string): string {
  const noun = word.replace(SHIP, '$1$2');
  const singular = noun.replace(/ies$/, 'y').replace(/(?<!s)s$/, '');
  return DERIVED.get(noun) ?? DERIVED.get(singular) ?? americanSpelling(noun);
}
