import type { Fact } from '../model/source.js';

export interface LabelGroup<T> {
  /** The label as the items carry it (the view's copy is escaped); null for facts that had none. */
  label: string | null;
  items: T[];
}

/**
 * Facts under their labels ("People I talked to", "Market position"), in the
 * order each label first appears. Unlabelled facts come first, so that a
 * template printing each label as a subheading never files them under the
 * subheading before them. `items` holds what to group for each fact (the
 * view's escaped copy, or the facts themselves); `facts` decides the groups.
 */
export function groupByLabel<T extends { label?: unknown }>(facts: readonly Fact[], items: readonly T[]): LabelGroup<T>[] {
  const groups = new Map<string | undefined, LabelGroup<T>>([[undefined, { label: null, items: [] }]]);
  facts.forEach((fact, index) => {
    const item = items[index]!;
    const group = groups.get(fact.label) ?? { label: typeof item.label === 'string' ? item.label : null, items: [] };
    group.items.push(item);
    groups.set(fact.label, group);
  });
  return [...groups.values()].filter((group) => group.items.length > 0);
}
