import { escapeRegExp } from '../escape-regexp.js';
import { UNIT_WORDS } from './team-units.js';

/**
 * A job title's specialty, written after a comma or a dash: `Data Engineer,
 * Network Analytics`, `Senior Analyst – Risk`, `Product Manager, Payments`.
 * Part of the title the author gave (two openings differ by it), unlike a
 * team (`…, Autonomy Team`) or the company's name (`… — Verrano Biologics`)
 * written there; a bracket (`(Routing)`) names a team as often, so it is
 * left to the sections that say so.
 */
const AFTER = /^\s*(?:,|\s[–—-]|[–—])\s*(?<words>\p{Lu}[\p{L}'’-]*(?:\s+(?:&|and|\p{Lu}[\p{L}'’-]*)){0,2})\s*$/u;
// Words that make the part after a title a place of work or an employment type, not a specialty.
const NOT_SPECIALTY = /\b(?:[mwfdh]\/[mwfdh](?:\/[mwfdhx])?|office|remote|hybrid|on-?site|full-time|part-time|contract|permanent|temporary|internship)\b/i;
// A unit's name ends in its unit word, as a team is read elsewhere (`Autonomy Team`); `Group Reporting` is a specialty.
const TEAM = new RegExp(`\\b(?:${UNIT_WORDS.join('|')})$`, 'i');

/**
 * Whether the document speaks of these words as a place: after `in`, `based in`,
 * `Location:` or `Office:`, or followed by a region (`London, UK`). `Backend
 * Engineer, London` is the job's city, written where a specialty could be.
 */
function isPlaceIn(words: string, document: string): boolean {
  const name = escapeRegExp(words);
  const asPlace = new RegExp(String.raw`(?:\b(?:[Ii]n|[Bb]ased in|[Ll]ocated in|[Oo]ffices? in|[Ll]ocations?:?|[Oo]ffices?:|HQ:?|[Hh]eadquarters:?)\s+(?:the\s+|our\s+)?${name}\b|📍\s*${name}\b|\b${name},\s+\p{Lu})`, 'u');
  return asPlace.test(document);
}

/** `title` with the specialty that follows it in `text`, if one does and ends the text; else `title`. `document`: the whole text, to tell a place. */
export function withSpecialty(text: string, title: string, companyId: string, document = ''): string {
  const at = text.indexOf(title);
  if (at < 0) return title;
  const rest = text.slice(at + title.length);
  const words = AFTER.exec(rest)?.groups?.['words'];
  if (!words || TEAM.test(words) || NOT_SPECIALTY.test(words) || isPlaceIn(words, document)) return title;
  const company = new Set(companyId.split('-'));
  if (words.split(/\s+/).some((word) => company.has(word.toLowerCase()))) return title;
  return `${title}${/^\s*,/.test(rest) ? ', ' : ' – '}${words}`;
}
