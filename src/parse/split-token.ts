import { isWord, segmentRun, unknownCost } from './dictionary.js';

/** A run of a token that starts a new chip; `text` differs from the slice only when glued words were regrouped. */
export interface Segment {
  start: number;
  end: number;
  text: string;
}

interface Piece {
  start: number;
  end: number;
  /** Letters: two word pieces side by side are glued chips. Digits and punctuation attach to their neighbours. */
  word: boolean;
  text?: string;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

function runEnd(token: string, from: number, pattern: RegExp): number {
  let end = from;
  while (end < token.length && pattern.test(token.charAt(end))) end++;
  return end;
}

function capitalizedCost(word: string, vocabulary: ReadonlySet<string>): number {
  const lower = word.toLowerCase();
  if (vocabulary.has(word) || vocabulary.has(lower)) return 0.9;
  return isWord(lower) ? 1 : 2 + word.length / 5;
}

/** Cost of a lowercase run and its pieces: whole when it is a word, else split into words when that is likely. */
function lowercasePieces(token: string, start: number, end: number, vocabulary: ReadonlySet<string>): { pieces: Piece[]; cost: number } {
  const run = token.slice(start, end);
  if (vocabulary.has(run)) return { pieces: [{ start, end, word: true }], cost: 0.9 };
  if (isWord(run)) return { pieces: [{ start, end, word: true }], cost: 1 };
  const split = segmentRun(run, vocabulary);
  // Short runs of two words are more often a word the list lacks than two glued chips.
  if (!split || split.cost >= unknownCost(run) || (split.pieces.length < 3 && run.length < 14)) {
    return { pieces: [{ start, end, word: true }], cost: unknownCost(run) };
  }
  return { pieces: regroup(split.pieces, start, vocabulary), cost: split.cost };
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

/** An acronym run followed by lowercase: `CDN|edge` (the acronym ends) or `HTTP|Server` (its last capital starts a word). */
function acronymThenLower(token: string, start: number, capsEnd: number, vocabulary: ReadonlySet<string>): Piece[] {
  const lowerEnd = runEnd(token, capsEnd, LOWER);
  if (lowerEnd - capsEnd === 1 && !LOWER.test(token.charAt(lowerEnd))) return [{ start, end: lowerEnd, word: true }]; // APIs
  const asLower = lowercasePieces(token, capsEnd, lowerEnd, vocabulary);
  const asWord = capitalizedCost(token.slice(capsEnd - 1, lowerEnd), vocabulary);
  if (asLower.cost <= asWord) return [{ start, end: capsEnd, word: true }, ...asLower.pieces];
  return [
    { start, end: capsEnd - 1, word: true },
    { start: capsEnd - 1, end: lowerEnd, word: true },
  ];
}

/** `QoE`, `McKinsey`: a capital, one lowercase letter that is no word, more capitals. */
function mixedAcronym(token: string, start: number, vocabulary: ReadonlySet<string>): Piece[] {
  const capsEnd = runEnd(token, start + 2, UPPER);
  const lowerEnd = runEnd(token, capsEnd, LOWER);
  if (lowerEnd === capsEnd) return [{ start, end: capsEnd, word: true }];
  const rest = lowercasePieces(token, capsEnd, lowerEnd, vocabulary);
  if (rest.cost >= unknownCost(token.slice(capsEnd, lowerEnd))) return [{ start, end: lowerEnd, word: true }];
  return [{ start, end: capsEnd, word: true }, ...rest.pieces];
}

function upperPieces(token: string, start: number, vocabulary: ReadonlySet<string>): Piece[] {
  const capsEnd = runEnd(token, start, UPPER);
  const lowerEnd = runEnd(token, capsEnd, LOWER);
  if (capsEnd - start >= 2) return lowerEnd === capsEnd ? [{ start, end: capsEnd, word: true }] : acronymThenLower(token, start, capsEnd, vocabulary);
  const twoLetters = token.slice(start, lowerEnd).toLowerCase();
  if (lowerEnd - capsEnd === 1 && UPPER.test(token.charAt(lowerEnd)) && !isWord(twoLetters)) return mixedAcronym(token, start, vocabulary);
  return [{ start, end: lowerEnd, word: true }];
}

function nextPieces(token: string, i: number, vocabulary: ReadonlySet<string>, protectedTerms: readonly string[]): Piece[] {
  const term = protectedTerms.reduce((best, t) => (t.length > best.length && token.startsWith(t, i) ? t : best), '');
  if (term !== '') return [{ start: i, end: i + term.length, word: true }];
  const char = token.charAt(i);
  if (UPPER.test(char)) return upperPieces(token, i, vocabulary);
  if (LOWER.test(char)) {
    const end = runEnd(token, i, LOWER);
    // `iPhone`, `eBay`: one lowercase letter prefixes the capitalized word.
    if (end - i === 1 && UPPER.test(token.charAt(end))) return [{ start: i, end: runEnd(token, runEnd(token, end, UPPER), LOWER), word: true }];
    return lowercasePieces(token, i, end, vocabulary).pieces;
  }
  const end = /\p{N}/u.test(char) ? runEnd(token, runEnd(token, i, /\p{N}/u), LOWER) : i + char.length;
  return [{ start: i, end: Math.max(end, i + 1), word: false }];
}

/** Split one whitespace-free token where words are glued without a space. */
export function splitToken(token: string, vocabulary: ReadonlySet<string>, protectedTerms: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  let previousWord = false;
  for (let i = 0; i < token.length; ) {
    for (const piece of nextPieces(token, i, vocabulary, protectedTerms)) {
      const last = segments.at(-1);
      if (last && !(previousWord && piece.word)) {
        last.text += piece.text ?? token.slice(piece.start, piece.end);
        last.end = piece.end;
      } else segments.push({ start: piece.start, end: piece.end, text: piece.text ?? token.slice(piece.start, piece.end) });
      previousWord = piece.word;
      i = piece.end;
    }
  }
  return segments;
}
