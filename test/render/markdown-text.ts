import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';

interface Node {
  type: string;
  value?: string;
  depth?: number;
  children?: Node[];
}

export function parseMarkdown(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown);
}

/** The text a reader sees: every text and code value, blocks on their own lines. */
export function textOf(node: Node): string {
  if (typeof node.value === 'string') return node.value;
  const children = node.children ?? [];
  const inline = children.every((child) => ['text', 'inlineCode', 'emphasis', 'strong', 'link', 'delete', 'break'].includes(child.type));
  return children.map(textOf).join(inline ? '' : '\n');
}

export function headings(markdown: string, depth: number): string[] {
  return (parseMarkdown(markdown).children as Node[]).filter((node) => node.type === 'heading' && node.depth === depth).map(textOf);
}

/** One `## heading` section of a packet's markdown, up to the next `## `; '' when it has none. */
export function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) return '';
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}
