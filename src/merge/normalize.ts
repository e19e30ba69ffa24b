/**
 * Comparable key for near-duplicate detection: case, punctuation, quotes,
 * whitespace and `&`/`and` folded, so "Freedom & Responsibility" and
 * "freedom and responsibility." are one value.
 */
export function normKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();
}

/** Parts a value names: "Los Gatos, CA, United States" has three. */
export function components(text: string): number {
  return text.split(/[,;()/]|\s(?:and|&)\s/).filter((part) => part.trim() !== '').length;
}
