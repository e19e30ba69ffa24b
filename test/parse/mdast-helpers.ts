import type { Nodes } from 'mdast';

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
