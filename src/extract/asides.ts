import { isRoutedLabel } from './routed-label.js';
import { makeFact, mark, type Draft } from './draft.js';
import type { Entry } from './entries.js';

/**
 * Blocks that sit among a list section's items without being any: a code
 * sample (`{code}` or a fenced block under "Questions we ask" is material
 * for a question, never a question or a requirement itself) and a callout
 * (`{note}Do not share this page{note}`, `> [!warning]`), which its author
 * boxed off as an aside. Each is kept as a note of the company, labelled
 * with the callout's title or kind, or for code with the section's heading,
 * so nothing is lost and the list holds only its items. A callout whose
 * label names a field or a section (`> [!note] Team`) is left to be routed there.
 */
export function setAsides(draft: Draft, entries: readonly Entry[], heading: string): Entry[] {
  return entries.filter((entry) => {
    const label = asideLabel(entry, heading);
    if (label === undefined) return true;
    const text = entry.aside !== undefined && entry.labelled ? entry.labelled.value : entry.text;
    if (text !== '') draft.company.notes.push(makeFact(draft, text, entry.line, label));
    mark(draft, entry.node);
    return false;
  });
}

function asideLabel(entry: Entry, heading: string): string | undefined {
  if (entry.node.type === 'code') return heading;
  if (entry.aside === undefined) return undefined;
  const own = entry.labelled?.label;
  if (own !== undefined && isRoutedLabel(own)) return undefined;
  // `> **NOTE:** …` is labelled by its kind's word: printed as the kind, like `> [!note]`.
  const kind = entry.aside.replace(/^\p{Ll}/u, (first) => first.toUpperCase());
  return own === undefined || own.toLowerCase() === entry.aside ? kind : own;
}
