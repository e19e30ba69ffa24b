import { isWord, unknownCost } from './dictionary.js';
import { capitalizedCost, LOWER, lowercasePieces, runEnd, UPPER, type Piece, type Scan } from './lowercase-run.js';

/** A run of a token that starts a new chip; `text` differs from the slice only when glued words were regrouped. */
export interface Segment {
  start: number;
  end: number;
  text: string;
}

function termAt(scan: Scan, at: number): string | undefined {
  return scan.terms.find((term) => scan.token.startsWith(term, at));
}

/** Glued acronyms the document uses on their own elsewhere (`SQLFHIR` → SQL, FHIR); else the run stays whole. */
function acronymPieces(scan: Scan, start: number, end: number): Piece[] {
  const run = scan.token.slice(start, end);
  const cuts: number[][] = [[]];
  for (let at = 1; at <= run.length; at++) {
    for (let from = Math.max(0, at - 8); from <= at - 2 && cuts[at] === undefined; from++) {
      const before = cuts[from];
      if (before && scan.vocabulary.has(run.slice(from, at))) cuts[at] = [...before, at];
    }
  }
  const found = run.length > 3 && !scan.vocabulary.has(run) ? cuts[run.length] : undefined;
  if (!found || found.length < 2) return [{ start, end, word: true }];
  return found.map((cut, index) => ({ start: start + (found[index - 1] ?? 0), end: start + cut, word: true }));
}

/** An acronym run followed by lowercase: `CDN|edge` (the acronym ends) or `HTTP|Server` (its last capital starts a word). */
function acronymThenLower(scan: Scan, start: number, capsEnd: number): Piece[] {
  const lowerEnd = runEnd(scan.token, capsEnd, LOWER);
  if (lowerEnd - capsEnd === 1 && !LOWER.test(scan.token.charAt(lowerEnd))) return [{ start, end: lowerEnd, word: true }]; // APIs
  const asLower = lowercasePieces(scan, capsEnd, lowerEnd);
  const asWord = capitalizedCost(scan.token.slice(capsEnd - 1, lowerEnd), scan.vocabulary);
  // The acronym keeps its last capital only when what follows reads as words: `CDN|edge` but `AWS|Azure`.
  const lowerIsWords = asLower.cost < unknownCost(scan.token.slice(capsEnd, lowerEnd));
  if (lowerIsWords && asLower.cost <= asWord) return [...acronymPieces(scan, start, capsEnd), ...asLower.pieces];
  return [...acronymPieces(scan, start, capsEnd - 1), { start: capsEnd - 1, end: lowerEnd, word: true }];
}

/** `QoE`, `McKinsey`: a capital, one lowercase letter that is no word, more capitals. */
function mixedAcronym(scan: Scan, start: number): Piece[] {
  const capsEnd = runEnd(scan.token, start + 2, UPPER);
  const lowerEnd = runEnd(scan.token, capsEnd, LOWER);
  if (lowerEnd === capsEnd) return [{ start, end: capsEnd, word: true }];
  const rest = lowercasePieces(scan, capsEnd, lowerEnd);
  if (rest.cost >= unknownCost(scan.token.slice(capsEnd, lowerEnd))) return [{ start, end: lowerEnd, word: true }];
  return [{ start, end: capsEnd, word: true }, ...rest.pieces];
}

/** End of a run of capitals, stopping where a protected term (`C++`, `PyTorch`) begins inside it. */
function capsRunEnd(scan: Scan, start: number): number {
  const end = runEnd(scan.token, start, UPPER);
  for (let at = start + 1; at < end; at++) if (termAt(scan, at)) return at;
  return end;
}

function upperPieces(scan: Scan, start: number): Piece[] {
  const { token } = scan;
  const capsEnd = capsRunEnd(scan, start);
  const lowerEnd = runEnd(token, capsEnd, LOWER);
  if (capsEnd - start >= 2) return lowerEnd === capsEnd ? acronymPieces(scan, start, capsEnd) : acronymThenLower(scan, start, capsEnd);
  const twoLetters = token.slice(start, lowerEnd).toLowerCase();
  if (lowerEnd - capsEnd === 1 && UPPER.test(token.charAt(lowerEnd)) && !isWord(twoLetters)) return mixedAcronym(scan, start);
  return [{ start, end: lowerEnd, word: true }];
}

function nextPieces(scan: Scan, i: number): Piece[] {
  const { token } = scan;
  const term = termAt(scan, i);
  if (term !== undefined) return [{ start: i, end: i + term.length, word: true }];
  const char = token.charAt(i);
  if (UPPER.test(char)) return upperPieces(scan, i);
  if (LOWER.test(char)) {
    const end = runEnd(token, i, LOWER);
    // `iPhone`, `eBay`: one lowercase letter prefixes the capitalized word.
    if (end - i === 1 && UPPER.test(token.charAt(end))) return [{ start: i, end: runEnd(token, runEnd(token, end, UPPER), LOWER), word: true }];
    return lowercasePieces(scan, i, end).pieces;
  }
  const end = /\p{N}/u.test(char) ? runEnd(token, runEnd(token, i, /\p{N}/u), LOWER) : i + 1;
  return [{ start: i, end: Math.max(end, i + 1), word: false }];
}

/** Split one whitespace-free token where words are glued without a space. `terms` must be sorted longest first. */
export function splitToken(token: string, vocabulary: ReadonlySet<string>, terms: readonly string[]): Segment[] {
  const scan: Scan = { token, vocabulary, terms };
  const segments: Segment[] = [];
  let previous: 'none' | 'word' | 'version' = 'none';
  for (let i = 0; i < token.length; ) {
    for (const piece of nextPieces(scan, i)) {
      const last = segments.at(-1);
      if (last && !glued(previous, piece, scan)) {
        last.text += piece.text ?? token.slice(piece.start, piece.end);
        last.end = piece.end;
      } else segments.push({ start: piece.start, end: piece.end, text: piece.text ?? token.slice(piece.start, piece.end) });
      // Digits right after a word end it (`Web3`, `K8s`, `EC2`): a capitalized word may follow glued.
      previous = piece.word ? 'word' : previous === 'word' && /^\p{N}/u.test(token.charAt(piece.start)) ? 'version' : 'none';
      i = piece.end;
    }
  }
  return segments;
}

/** Whether a chip boundary falls between the previous piece and this one. */
function glued(previous: 'none' | 'word' | 'version', piece: Piece, scan: Scan): boolean {
  if (!piece.word) return false;
  if (previous === 'word') return true;
  const text = scan.token.slice(piece.start, piece.end);
  return previous === 'version' && (/^\p{Lu}\p{Ll}/u.test(text) || scan.terms.includes(text));
}
