import type { Root as HastRoot, RootContent } from 'hast';
import { readText } from './text-reader.js';
import type { ChromeLine } from './types.js';
import type { Root } from 'mdast';

/**
 * A page too big for the converter (it spreads a container's children into
 * an argument list, and over about 100,000 of them overflow): its text put
 * back on the page lines it came from and read as plain text, so its
 * headings, bullets and paragraphs still cite their lines.
 */
export function readPageAsText(hast: HastRoot, body: string): { tree: Root; chrome: ChromeLine[] } {
  const lines: string[][] = body.split('\n').map(() => []);
  const pending: RootContent[] = [...hast.children].reverse();
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.type === 'element') for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]!);
    const line = node.type === 'text' && node.value.trim() !== '' ? node.position?.start.line : undefined;
    if (node.type !== 'text' || line === undefined) continue;
    node.value.trim().split('\n').forEach((part, i) => {
      lines[Math.min(line - 1 + i, lines.length - 1)]!.push(part.trim());
    });
  }
  return readText(lines.map((parts) => parts.join(' ')).join('\n'));
}
