import type { Heading, Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** Every node of a type in a tree, in document order. */
export function nodesOfType(tree: Nodes, type: string): Nodes[] {
  const found: Nodes[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === type) found.push(node);
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return found;
}

/** The headings of a tree as `depth text`: `2 Tech Stack`. */
export function headingsOf(tree: Nodes): string[] {
  return (nodesOfType(tree, 'heading') as Heading[]).map((heading) => `${heading.depth} ${toString(heading)}`);
}
