/**
 * Words that open a new phrase (prepositions, conjunctions, determiners,
 * relative words): a title cut just before one ends where a phrase does,
 * a title ending on one ("…, including") is cut mid-phrase.
 */
const PHRASE_OPENERS: ReadonlySet<string> = new Set(
  `a an the and or but nor of to in on at by for with from into onto over under about across after before
  between through during within without via per as than that which who whose where when while including
  plus versus vs each every all some any this these those its their our`
    .split(/\s+/)
    .filter(Boolean),
);

/** At most this many words: a title, not a sentence. */
const MAX_WORDS = 6;
/** A word that ends a clause, or a dash standing alone between two. */
const CLAUSE_END = /[,;:]$/u;
const DASH = /^[—–-]$/u;

const opens = (word: string | undefined): boolean => word !== undefined && PHRASE_OPENERS.has(word.toLowerCase());
const clean = (word: string): string => word.replace(/[,;:]+$/u, '');

/** The words up to where the first clause ends, if it ends within the title's reach. */
function firstClause(words: readonly string[]): string[] | undefined {
  const end = words.slice(0, MAX_WORDS).findIndex((word, i) => CLAUSE_END.test(word) || DASH.test(words[i + 1] ?? ''));
  return end >= 1 ? words.slice(0, end + 1) : undefined;
}

/** The first MAX_WORDS when a phrase starts right after them, else the words before the last phrase that starts within them. */
function phraseCut(words: readonly string[]): string[] {
  const head = words.slice(0, MAX_WORDS);
  if (words.length <= MAX_WORDS || opens(words[MAX_WORDS])) return head;
  const last = head.findLastIndex((word, i) => i >= 2 && opens(word));
  return last > 0 ? head.slice(0, last) : head;
}

/**
 * A title for a text that has none (a news line, an initiative): its first
 * words, at most MAX_WORDS, cut where a clause or phrase ends rather than
 * mid-phrase. A text that short is its own title.
 */
export function leadPhrase(text: string): string {
  const words = text.trim().split(/\s+/u);
  if (words.length <= MAX_WORDS) return text.trim();
  const cut = (firstClause(words) ?? phraseCut(words)).map(clean);
  while (cut.length > 1 && (opens(cut.at(-1)) || cut.at(-1) === '')) cut.pop();
  return cut.join(' ');
}
