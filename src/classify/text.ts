import type { Nodes } from 'mdast';

/** Plain text of an mdast node: the words a reader sees, markup dropped. */
export function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.type === 'html' ? '' : node.value;
  if (node.type === 'break') return ' ';
  // A link keeps where it points: "Tech blog (https://…)" is the fact, not just "Tech blog".
  if (node.type === 'link') {
    const label = node.children.map(textOf).join('');
    return label && label !== node.url && !node.url.startsWith('#') ? `${label} (${node.url})` : label || node.url;
  }
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

/** First and last source line of a node, when it has a position. */
export function linesOf(node: Nodes): [number, number] | undefined {
  const { position } = node;
  return position ? [position.start.line, position.end.line] : undefined;
}

export function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 1;
}
