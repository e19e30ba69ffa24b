import { isWord } from '../parse/dictionary.js';

/**
 * A fact's label as a packet prints it: `time type` (a job board's field
 * name in lower case) reads `Time type`, like the labels prep names itself.
 * Only a first word wholly in lower case, and an English word, changes:
 * `iOS`, `eBay`, `PLATFORM` and `Team` are spelled as their source spells
 * them, and so are `dbt` or `npm`, tools whose names are lower case.
 */
const LOWER_FIRST_WORD = /^\p{Ll}[\p{Ll}\p{N}'’-]*(?=[\s:/]|$)/u;

export function labelShown(label: string): string {
  const first = LOWER_FIRST_WORD.exec(label)?.[0];
  return first !== undefined && isWord(first) ? label.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase()) : label;
}
