import { CAMEL_TERMS, SYMBOL_TERMS } from './known-terms.js';
import { splitToken } from './split-token.js';

/** One chip of a glued line, with its offsets in the (trimmed) line. */
export interface Chip {
  text: string;
  start: number;
  end: number;
}

const MAX_CHIP_LINE = 200;
// Sentences, clause lists and `label: value` lines are prose, never chips.
const PROSE = /[.!?;:,]$|, |: |^[•·▪◦‣*+-]\s/u;
const INNER_CAMEL = /\p{Ll}\p{Lu}/u;

const termsCache = new WeakMap<ReadonlySet<string>, string[]>();

/** Camel-case terms never split: the table's and those the document writes as one word in its prose. */
function protectedTerms(vocabulary: ReadonlySet<string>): string[] {
  let terms = termsCache.get(vocabulary);
  if (!terms) {
    const own = [...vocabulary].filter((word) => !word.includes(' ') && INNER_CAMEL.test(word));
    // Longest first, so `JavaScript` wins over a shorter term at the same place.
    terms = [...new Set([...CAMEL_TERMS, ...SYMBOL_TERMS, ...own])].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    termsCache.set(vocabulary, terms);
  }
  return terms;
}

/** Split a line into its chips: a space joins words of one chip, a glue point starts the next. */
export function chipsOf(text: string, vocabulary: ReadonlySet<string>): Chip[] {
  const chips: Chip[] = [];
  const terms = protectedTerms(vocabulary);
  for (const match of text.matchAll(/\S+/g)) {
    const offset = match.index;
    splitToken(match[0], vocabulary, terms).forEach((segment, index) => {
      const last = chips.at(-1);
      const start = offset + segment.start;
      const end = offset + segment.end;
      if (index === 0 && last) {
        last.text += ` ${segment.text}`;
        last.end = end;
      } else chips.push({ text: segment.text, start, end });
    });
  }
  return chips;
}

/**
 * The chips of a glued chip line (`CDNedge cachingQoEnetwork operations` →
 * CDN, edge caching, QoE, network operations), or undefined for any line that
 * is not one: prose, labels, or a line with no glue point.
 */
export function splitChips(text: string, vocabulary: ReadonlySet<string>): Chip[] | undefined {
  const line = text.trim();
  if (line.length === 0 || line.length > MAX_CHIP_LINE || PROSE.test(line) || !/\p{L}/u.test(line)) return undefined;
  const chips = chipsOf(line, vocabulary);
  // One lowercase word that splits in two (`smartwatch`) is likelier a compound the word list lacks.
  const loneCompound = chips.length === 2 && /^\p{Ll}+$/u.test(line);
  return chips.length >= 2 && !loneCompound ? chips : undefined;
}
