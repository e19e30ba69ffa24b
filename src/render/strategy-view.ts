/** The separator between an analysis and its part in a highlight's group: `Acme SWOT Analysis · strengths`. */
const SEPARATOR = ' · ';

type Item = Record<string, unknown> & { group?: unknown };

const analysisOf = (group: unknown): string | null =>
  typeof group === 'string' && group.includes(SEPARATOR) ? group.slice(0, group.lastIndexOf(SEPARATOR)) : null;

/**
 * When every grouped item names the same analysis, each shows only its own
 * part (`strengths`) and the analysis is named once, above the list, rather
 * than on every line. Items from two analyses keep their groups whole, so
 * that one is never taken for the other. Works on the view's escaped items.
 */
export function strategyView<T extends Item>(items: readonly T[]): { items: T[]; analysis: string | null } {
  const grouped = items.filter((item) => typeof item.group === 'string');
  const names = new Set(grouped.map((item) => analysisOf(item.group)));
  const [analysis] = names;
  if (grouped.length < 2 || names.size !== 1 || !analysis) return { items: [...items], analysis: null };
  return {
    analysis,
    items: items.map((item) => (typeof item.group === 'string' ? { ...item, group: item.group.slice(analysis.length + SEPARATOR.length) } : item)),
  };
}
