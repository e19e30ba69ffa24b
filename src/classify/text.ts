import type { Nodes } from 'mdast';

/** Plain text of an mdast node: the words a reader sees, markup dropped. */
export function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.type === 'html' ? '' : node.value;
  if (node.type === 'break') return ' ';
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
