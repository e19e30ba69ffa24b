import type { Nodes } from 'mdast';

/** Plain text of an mdast node: the words a reader sees, markup dropped. */
export function textOf(node: Nodes): string {
  // A `<br>` is how exports break a line inside a table cell or an item: a space, not glue between words.
  if (node.type === 'html') return /^<br\s*\/?>$/i.test(node.value.trim()) ? ' ' : '';
  if ('value' in node && typeof node.value === 'string') return node.value;
  if (node.type === 'break') return ' ';
  // A link keeps where it points: "Tech blog (https://…)" is the fact, not just "Tech blog".
  // A link to a file beside the document (`Brief%20abc.md`, as an export links its pages) points nowhere a reader can go.
  if (node.type === 'link') {
    const label = node.children.map(textOf).join('');
    const nowhere = node.url.startsWith('#') || !/^(?:[a-z][a-z\d+.-]*:|\/\/|www\.)/i.test(node.url);
    return label && label !== node.url && !nowhere ? `${label} (${node.url})` : label || node.url;
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
