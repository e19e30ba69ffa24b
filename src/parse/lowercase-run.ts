// Pieces of a token and the lowercase runs inside it, for splitting glued chips.
import { isWord, segmentRun, unknownCost } from './dictionary.js';

/** A piece of a token: a word, or punctuation and digits that attach to their neighbours. */
export interface Piece {
  start: number;
  end: number;
  /** Letters: two word pieces side by side are glued chips. Digits and punctuation attach to their neighbours. */
  word: boolean;
  text?: string;
}

/** What splitting one token needs to know. */
export interface Scan {
  token: string;
  vocabulary: ReadonlySet<string>;
  /** Terms never split (camel case, `C++`, `CI/CD`), longest first. */
  terms: readonly string[];
}

export const UPPER = /\p{Lu}/u;
export const LOWER = /\p{Ll}/u;

export function runEnd(token: string, from: number, pattern: RegExp): number {
  let end = from;
  while (end < token.length && pattern.test(token.charAt(end))) end++;
  return end;
}

export function capitalizedCost(word: string, vocabulary: ReadonlySet<string>): number {
  const lower = word.toLowerCase();
  if (vocabulary.has(word) || vocabulary.has(lower)) return 0.9;
  return isWord(lower) ? 1 : 2 + word.length / 5;
}

// Two glued words are split only when both are substantial: short pairs are more often a compound the list lacks.
function worthSplitting(pieces: readonly string[], run: string): boolean {
  return pieces.length >= 3 || run.length >= 14 || pieces.every((piece) => piece.length >= 4);
}

/** Cost of a lowercase run and its pieces: whole when it is a word, else split into words when that is likely. */
export function lowercasePieces(scan: Scan, start: number, end: number): { pieces: Piece[]; cost: number } {
  const run = scan.token.slice(start, end);
  if (scan.vocabulary.has(run)) return { pieces: [{ start, end, word: true }], cost: 0.9 };
  if (isWord(run)) return { pieces: [{ start, end, word: true }], cost: 1 };
  const split = segmentRun(run, scan.vocabulary);
  if (!split || split.cost >= unknownCost(run) || !worthSplitting(split.pieces, run)) {
    return { pieces: [{ start, end, word: true }], cost: unknownCost(run) };
  }
  return { pieces: regroup(split.pieces, start, scan.vocabulary), cost: split.cost };
}

/** Adjacent glued words the document writes as one phrase (`edge caching`) become one piece again. */
function regroup(words: readonly string[], start: number, vocabulary: ReadonlySet<string>): Piece[] {
  const pieces: Piece[] = [];
  let offset = start;
  for (const word of words) {
    const last = pieces.at(-1);
    const phrase = last ? `${last.text ?? ''} ${word}` : '';
    if (last && vocabulary.has(phrase)) {
      last.end = offset + word.length;
      last.text = phrase;
    } else pieces.push({ start: offset, end: offset + word.length, word: true, text: word });
    offset += word.length;
  }
  return pieces;
}

