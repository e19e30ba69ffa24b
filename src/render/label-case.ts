/**
 * A fact's label as a packet prints it: `time type` (a job board's field
 * name in lower case) reads `Time type`, like the labels prep names itself.
 * Only a first word wholly in lower case changes; `iOS`, `eBay`, `PLATFORM`
 * and `Team` are spelled as their source spells them.
 */
const LOWER_FIRST_WORD = /^\p{Ll}[\p{Ll}\p{N}'’-]*(?=[\s:/]|$)/u;

export function labelShown(label: string): string {
  return LOWER_FIRST_WORD.test(label) ? label.replace(/^\p{Ll}/u, (first) => first.toUpperCase()) : label;
}
