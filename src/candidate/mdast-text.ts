import type { Root, RootContent } from 'mdast';
import { textOf } from '../classify/text.js';

/** Collapses whitespace and trims, so a wrapped line reads as one. */
export const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

export async function parseMarkdown(text: string): Promise<Root> {
  // Loaded here, not at the top: `prep build` without --candidate never needs it this early.
  const { gfm } = await import('../parse/parse-markdown.js');
  return gfm.parse(text);
}

/** The blocks of a list, item by item: each item's own text, then its nested items. */
export function listItems(node: RootContent): { text: string; line: number; offset: number }[] {
  if (node.type !== 'list') return [];
  return node.children.flatMap((item) => {
    const own = item.children.filter((c) => c.type !== 'list');
    const nested = item.children.filter((c) => c.type === 'list').flatMap(listItems);
    const text = clean(own.map(textOf).join(' '));
    const start = item.position?.start;
    return text ? [{ text, line: start?.line ?? 1, offset: start?.offset ?? 0 }, ...nested] : nested;
  });
}
