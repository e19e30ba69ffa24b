import { termKeys } from './terms.js';

/** Jaccard similarity of two texts' term keys: 1 for the same terms, 0 for none shared. */
export function termJaccard(a: string, b: string): number {
  const x = termKeys(a);
  const y = termKeys(b);
  if (x.size === 0 && y.size === 0) return a.trim().toLowerCase() === b.trim().toLowerCase() ? 1 : 0;
  let shared = 0;
  for (const key of x) if (y.has(key)) shared++;
  return shared / (x.size + y.size - shared);
}

/** Keeps the first of every group of near-duplicates, in order. */
export function dropNearDuplicates<T>(items: readonly T[], text: (item: T) => string, threshold = 0.6): T[] {
  const kept: T[] = [];
  for (const item of items) {
    if (kept.some((k) => termJaccard(text(k), text(item)) >= threshold)) continue;
    kept.push(item);
  }
  return kept;
}
