import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { COMPOUND_WORDS } from './known-terms.js';

let words: Set<string> | undefined;

/** The English word list (loaded once, on first use: most documents never need it). */
function dictionary(): Set<string> {
  words ??= new Set([...readFileSync(wordListPath, 'utf8').split('\n'), ...COMPOUND_WORDS]);
  return words;
}

/** Whether a lowercase string is an English word (or a common compound the list lacks). */
export function isWord(lower: string): boolean {
  return lower.length > 0 && dictionary().has(lower);
}

const MAX_WORD = 24;
const MIN_PIECE = 3;

function pieceCost(piece: string, vocabulary: ReadonlySet<string>): number | undefined {
  if (piece.length >= 2 && vocabulary.has(piece)) return 0.9;
  return piece.length >= MIN_PIECE && isWord(piece) ? 1 : undefined;
}

/** What keeping a run whole costs when it is no word at all: long runs are likely glued words. */
export function unknownCost(run: string): number {
  return 1.5 + run.length / 5;
}

/**
 * Fewest-words segmentation of a lowercase run by dynamic programming
 * (ties keep the longer first word); undefined when no segmentation exists.
 */
export function segmentRun(run: string, vocabulary: ReadonlySet<string>): { pieces: string[]; cost: number } | undefined {
  const best: number[] = [0];
  const from: number[] = [0];
  for (let end = 1; end <= run.length; end++) {
    best[end] = Infinity;
    for (let start = Math.max(0, end - MAX_WORD); start < end; start++) {
      const before = best[start] ?? Infinity;
      if (before === Infinity) continue;
      const cost = pieceCost(run.slice(start, end), vocabulary);
      if (cost !== undefined && before + cost < (best[end] ?? Infinity)) {
        best[end] = before + cost;
        from[end] = start;
      }
    }
  }
  if ((best[run.length] ?? Infinity) === Infinity) return undefined;
  const pieces: string[] = [];
  for (let end = run.length; end > 0; end = from[end] ?? 0) pieces.unshift(run.slice(from[end] ?? 0, end));
  return { pieces, cost: best[run.length] ?? Infinity };
}
