import type { Nodes, Root, RootContent } from 'mdast';

/** Plain text of a node: its values joined, markup dropped. */
export function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if (node.type === 'break') return ' ';
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

/** Collapses whitespace and trims, so a wrapped line reads as one. */
export const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

export async function parseMarkdown(text: string): Promise<Root> {
  const [{ unified }, { default: remarkParse }, { default: remarkGfm }] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-gfm'),
  ]);
  return unified().use(remarkParse).use(remarkGfm).parse(text);
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
