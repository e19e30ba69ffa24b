import { byCodeUnit } from '../../code-unit-order.js';
import { ALIAS_GROUPS } from './aliases.js';
import { GENERIC_VERBS, STOPWORDS } from './stopwords.js';
import { AMBIGUOUS_SHORT, TECHNOLOGIES, WORD_LIKE } from '../../technologies.js';
import { isEverydaySense } from './everyday-senses.js';
import { lightStem } from './light-stem.js';
import { stem } from './stem.js';
import { joinAlternatives, joinList, SIMILAR } from './alternatives.js';
import { tokenize, type Token } from './tokenize.js';

/**
 * A matchable unit of text. `key` is what two terms must share to match: the
 * canonical name of an alias group, a technology name, or a word's stem.
 * `surface` is the form as written (normalized), to tell exact from alias or stem.
 */
export interface Term {
  key: string;
  surface: string;
  kind: 'concept' | 'technology' | 'word';
  /** Terms written as alternatives ("Node.js or Python") share a group number: either answers. */
  alt?: number;
}

export interface TermOptions {
  /** Text written as a skill (a skills list, a requirement chip): short names like Go count. */
  asSkill?: boolean;
  /**
   * For topic overlap rather than requirement matching: also yield the words
   * inside a phrase ("recommendation engine" is about "recommendation"), and
   * stem words lightly (see light-stem.ts).
   */
  topic?: boolean;
}

// Whole texts mostly do not recur across companies (words do: see stem.ts), so
// the term cache holds about one batch's worth of companies and is then
// started afresh: memory stays flat however many companies a batch has.
const TERM_LIMIT = 2_000;

/** Longer all-capital words are shouted words (PLATFORM, GAMING), not acronyms. */
const ACRONYM_MAX = 5;

/** A technology: listed, or written with digits, symbols or inner capitals (SQL, PyTorch, QoE). */
function isTechnology(token: Token): boolean {
  if (TECHNOLOGIES.has(token.norm)) return true;
  if (/[^\p{L}]/u.test(token.norm)) return !/^\p{N}+$/u.test(token.norm);
  if (/^\p{Lu}+$/u.test(token.raw) && token.raw.length > ACRONYM_MAX) return false;
  return /^\p{L}.*\p{Lu}/u.test(token.raw) && !/^\p{Lu}\p{Ll}+s?$/u.test(token.raw);
}

/** `APIs` → `apis` → `api`: the plural of an acronym, not a stem. */
function keyOf(token: Token, plain: boolean): { key: string; kind: Term['kind'] } {
  if (!plain && isTechnology(token)) {
    const plural = /^\p{Lu}{2,}s$/u.test(token.raw);
    return { key: plural ? token.norm.slice(0, -1) : token.norm, kind: 'technology' };
  }
  // Words live in their own key space, so "reacting" can never meet React.
  return { key: `~${stem(token.norm)}`, kind: 'word' };
}

/** Case-blind key for phrase lookup, so "ML" and "ml" find the same alias. */
function phraseKey(norm: string): string {
  return TECHNOLOGIES.has(norm) || /[^\p{L}]/u.test(norm) ? norm : `~${stem(norm)}`;
}

interface Phrase {
  keys: string[];
  canonical: string;
}

// Each alias phrase as a sequence of match keys, longest first so phrases win over their words.
const PHRASES: Phrase[] = ALIAS_GROUPS.flatMap((group) =>
  group.map((phrase) => ({ keys: tokenize(phrase).map((t) => phraseKey(t.norm)), canonical: group[0] ?? phrase })),
).sort((a, b) => b.keys.length - a.keys.length || byCodeUnit(a.canonical, b.canonical));

function phraseAt(keys: readonly string[], at: number): Phrase | undefined {
  return PHRASES.find((p) => p.keys.every((k, i) => keys[at + i] === k));
}

/** A single token's term, or none for a stopword or a bare number. */
function wordTerm(token: Token, topic = false, plain = false): Term[] {
  if (STOPWORDS.has(token.norm) || /^\p{N}+$/u.test(token.norm)) return [];
  if (topic && GENERIC_VERBS.has(token.norm)) return [];
  const term = { ...keyOf(token, plain), surface: token.norm };
  return [topic && term.kind === 'word' ? { ...term, key: `~${lightStem(token.norm)}` } : term];
}

// Terms are a pure function of text and options; requirements and questions ask for the same texts many times.
const cache = new Map<string, readonly Term[]>();

/** Terms of a text: alias phrases longest-first, then technologies, then stemmed words. */
export function extractTerms(text: string, options: TermOptions = {}): Term[] {
  const key = `${options.asSkill ? 's' : '-'}${options.topic ? 't' : '-'}${text}`;
  let terms = cache.get(key);
  if (!terms) {
    if (cache.size >= TERM_LIMIT) cache.clear();
    terms = computeTerms(text, options);
    cache.set(key, terms);
  }
  return [...terms];
}

/** A word-like technology written in lower case in prose ("I excel at") or in a compound ("multi-node"): the ordinary word. */
const isPlain = (token: Token, options: TermOptions): boolean =>
  WORD_LIKE.has(token.norm) && token.raw === token.norm && (!options.asSkill || token.glued);
/** A short name (Go, R, C) counts only written as a skill, and standing alone: not in "Go-to-market" or "R&D". */
const isShortName = (token: Token, options: TermOptions): boolean => Boolean(options.asSkill) && !token.glued;

function computeTerms(text: string, options: TermOptions): Term[] {
  const tokens = tokenize(text);
  const keys = tokens.map((t) => (isPlain(t, options) ? `~${stem(t.norm)}` : phraseKey(t.norm)));
  const everyday = tokens.map((_, i) => isEverydaySense(tokens, i));
  const terms: Term[] = [];
  const starts: number[] = [];
  let previousEnd = 0;
  const afterOr = (start: number): boolean => !options.topic && tokens[start - 1]?.norm === 'or' && start - 1 === previousEnd && terms.length > 0;
  const push = (found: Term[], start: number, end: number): void => {
    for (const term of found) {
      if (afterOr(start)) joinAlternatives(terms, term);
      terms.push(term);
      starts.push(start);
      previousEnd = end;
    }
  };
  for (let i = 0; i < tokens.length; ) {
    if (SIMILAR.has(tokens[i]!.norm) && afterOr(i)) {
      joinList(terms, starts, tokens);
      i++;
      continue;
    }
    const phrase = phraseAt(keys, i);
    if (phrase && !(phrase.keys.length === 1 && everyday[i])) {
      const surface = tokens.slice(i, i + phrase.keys.length).map((t) => t.norm).join(' ');
      if (!AMBIGUOUS_SHORT.has(surface) || isShortName(tokens[i] as Token, options)) push([{ key: phrase.canonical, surface, kind: 'concept' }], i, i + phrase.keys.length);
      if (options.topic && phrase.keys.length > 1) terms.push(...tokens.slice(i, i + phrase.keys.length).flatMap((t) => wordTerm(t, true)));
      i += phrase.keys.length;
      continue;
    }
    const plain = isPlain(tokens[i] as Token, options) || everyday[i] === true;
    const token = tokens[i++] as Token;
    if (AMBIGUOUS_SHORT.has(token.norm) && !isShortName(token, options)) continue;
    push(wordTerm(token, options.topic, plain), i - 1, i);
  }
  return terms;
}

/** The distinct keys of a text, for overlap and similarity measures. */
export function termKeys(text: string, options: TermOptions = {}): Set<string> {
  return new Set(extractTerms(text, options).map((t) => t.key));
}
