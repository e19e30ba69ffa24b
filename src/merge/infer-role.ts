import { escapeRegExp } from '../escape-regexp.js';
import { TITLE_ABBREVIATIONS, WORD_ABBREVIATIONS } from '../roles/text-abbreviations.js';

export interface Inference {
  title: string;
  /** The words that named it, as written, and where first. */
  match: string;
  line: number;
  mentions: number;
}

/** Ways a document may name a title: as is, with words abbreviated, as an acronym, in the plural. */
function variantsOf(title: string): { phrases: string[]; acronyms: string[] } {
  const base = title.toLowerCase().replace(/\s+/g, ' ').trim();
  const phrases = new Set([base]);
  for (const [abbr, words] of Object.entries(WORD_ABBREVIATIONS)) {
    for (const phrase of [...phrases]) if (phrase.includes(words)) phrases.add(phrase.replace(words, abbr));
  }
  const acronyms = Object.entries(TITLE_ABBREVIATIONS)
    .filter(([, words]) => words === base)
    .map(([abbr]) => abbr.toUpperCase());
  return { phrases: [...phrases], acronyms };
}

/** Phrases match in any case; acronyms only in capitals, so "pm" in "3 pm" is not a product manager. */
function patternsOf(title: string): RegExp[] {
  const { phrases, acronyms } = variantsOf(title);
  const around = (body: string): string => `(?<![\\p{L}\\p{N}])(?<m>${body})(?![\\p{L}\\p{N}])`;
  const out = [new RegExp(around(phrases.map((p) => `${escapeRegExp(p)}(?:s|es)?`).join('|')), 'giu')];
  if (acronyms.length) out.push(new RegExp(around(acronyms.map((a) => `${escapeRegExp(a)}s?`).join('|')), 'gu'));
  return out;
}

/**
 * The known title a text is most about: the one named most often, the
 * earliest named on a tie. Undefined when none is named.
 */
export function inferRole(lines: readonly string[], titles: readonly string[]): Inference | undefined {
  let best: Inference | undefined;
  for (const title of titles) {
    const found = mentions(lines, patternsOf(title));
    if (!found) continue;
    const candidate = { title, ...found };
    if (!best || found.mentions > best.mentions || (found.mentions === best.mentions && found.line < best.line)) best = candidate;
  }
  return best;
}

function mentions(lines: readonly string[], patterns: readonly RegExp[]): Omit<Inference, 'title'> | undefined {
  let first: { match: string; line: number } | undefined;
  let count = 0;
  lines.forEach((text, i) => {
    for (const m of patterns.flatMap((pattern) => [...text.matchAll(pattern)])) {
      count += 1;
      first ??= { match: m.groups?.m ?? '', line: i + 1 };
    }
  });
  return first ? { ...first, mentions: count } : undefined;
}

/** A title as given ("mle", "ML engineer") resolved to a known title, if it names one. */
export function resolveTitle(given: string, titles: readonly string[]): string | undefined {
  const key = given.toLowerCase().replace(/\s+/g, ' ').trim();
  return titles.find((title) => {
    const { phrases, acronyms } = variantsOf(title);
    return phrases.some((p) => p === key || `${p}s` === key) || acronyms.some((a) => a.toLowerCase() === key);
  });
}

/** Other names of a title, for looking a role up: "MLE", "ML Engineer". */
export function titleAliases(title: string): string[] {
  const { phrases, acronyms } = variantsOf(title);
  // Acronyms of several words are written in capitals (ML, UX); short forms of one word are not (Ops).
  const abbreviations = new Set(Object.entries(WORD_ABBREVIATIONS).filter(([, words]) => words.includes(' ')).map(([abbr]) => abbr));
  const spelled = phrases
    .filter((phrase) => phrase !== title.toLowerCase().replace(/\s+/g, ' ').trim())
    .map((phrase) => phrase.replace(/\p{L}+/gu, (w) => (abbreviations.has(w) ? w.toUpperCase() : w[0]!.toUpperCase() + w.slice(1))));
  return [...acronyms, ...spelled];
}
