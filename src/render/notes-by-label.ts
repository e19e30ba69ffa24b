import type { Fact } from '../model/source.js';

export interface NoteGroup<T> {
  /** The label as the view escaped it; null for notes that had none. */
  label: string | null;
  items: T[];
}

/**
 * Notes under their labels ("People I talked to", "Comp and logistics"), in
 * the order each label first appears. Unlabelled notes come first, so that a
 * template printing each label as a subheading never files them under the
 * subheading before them. `escaped` holds the view's copy of each note.
 */
export function notesByLabel<T extends { label?: unknown }>(notes: readonly Fact[], escaped: readonly T[]): NoteGroup<T>[] {
  const groups = new Map<string | undefined, NoteGroup<T>>([[undefined, { label: null, items: [] }]]);
  notes.forEach((note, index) => {
    const item = escaped[index]!;
    const group = groups.get(note.label) ?? { label: typeof item.label === 'string' ? item.label : null, items: [] };
    group.items.push(item);
    groups.set(note.label, group);
  });
  return [...groups.values()].filter((group) => group.items.length > 0);
}
