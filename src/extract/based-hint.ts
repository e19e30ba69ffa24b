import { makeFact, type Draft } from './draft.js';
import { clauseAround, NOT_THE_COMPANY } from './prose-facts.js';
import { TECHNOLOGIES } from '../technologies.js';

// `Acme is a Dublin-based fintech`, `Acme, the San Francisco-based maker of …`: what the sentence's subject is, so
// not `Acme bought Foo, a Berlin-based startup`; after an article, so never a lower-case word (`a cloud-based ledger`),
// and a place word is not all capitals (`an AI-based tool`).
const PLACE_TITLE = String.raw`(?:St\.|\p{Lu}\p{Ll}[\p{L}'’]*)`;
const SUBJECT = String.raw`(?:\b(?:is|was|are|[Ww]e['’]re)|(?:^|[.!?] )\p{Lu}[\p{L}\p{N}&.'’-]*(?: \p{Lu}[\p{L}\p{N}&.'’-]*){0,3},)`;
const BASED = new RegExp(String.raw`${SUBJECT} (?:a|an|the) (${PLACE_TITLE}(?: ${PLACE_TITLE}){0,2})-based\b`, 'u');

/** What a product or a method is based on when capitalized mid-sentence (`a Web-based tool`), never a place. */
const NOT_PLACES: ReadonlySet<string> = new Set([
  'web', 'cloud', 'internet', 'browser', 'saas', 'app', 'desktop', 'server', 'office', 'home', 'team', 'community',
  'evidence', 'research', 'data', 'subscription', 'usage', 'value', 'skills', 'merit', 'science',
]);

/** `Its parent company is a Boston-based …`, `Our largest customer, a Leeds-based …`: the subject is another company. */
const ANOTHER_COMPANY = /\b(?:parent|owner|investors?|customers?|clients?|partners?|competitors?|rivals?|subsidiar(?:y|ies)|acquirer|backers?|suppliers?)\b/i;

/** `a Python-based shop`, `a Web-based tool`: what the company builds on, not where it is. */
function placeNotTool(place: string): string | undefined {
  const words = place.toLowerCase().split(' ');
  return words.some((word) => TECHNOLOGIES.has(word) || NOT_PLACES.has(word)) ? undefined : place;
}

/** `a Dublin-based fintech`: a hint of the headquarters, which a field any document states outranks. */
export function readBased(draft: Draft, text: string, line: number): void {
  const match = BASED.exec(text);
  const place = match && placeNotTool(match[1]!);
  if (!match || !place || draft.hints.length > 0 || NOT_THE_COMPANY.test(clauseAround(text, match))) return;
  if (ANOTHER_COMPANY.test(text.slice(0, match.index + match[0].length))) return;
  draft.hints.push({ field: 'headquarters', fact: makeFact(draft, place, line) });
  draft.mapped.add(line);
}
