import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { classifyHeading } from '../classify/headings.js';
import { isAllCaps } from './heading-shape.js';

/** The text of a paragraph that is one bold run and nothing else (a colon may follow it), else undefined. */
function boldOnly(paragraph: Paragraph): string | undefined {
  // trim(), not /^\s*:?\s*$/: that pattern backtracks quadratically on a long run of spaces.
  const children = paragraph.children.filter((child) => !(child.type === 'text' && ['', ':'].includes(child.value.trim())));
  const [strong] = children;
  if (children.length !== 1 || strong?.type !== 'strong') return undefined;
  const text = strong.children.map((child) => ('value' in child ? child.value : '')).join('');
  return text.replace(/:\s*$/, '').trim() || undefined;
}

/**
 * A one-line paragraph that reads as a heading written without `#`: a label
 * with nothing after its colon (`Responsibilities:`) or an ALL CAPS line
 * (`REQUIREMENTS`), as notes typed in a plain editor have them.
 */
function plainHeading(paragraph: Paragraph): string | undefined {
  const [only] = paragraph.children;
  if (paragraph.children.length !== 1 || only?.type !== 'text' || only.value.includes('\n')) return undefined;
  const text = only.value.trim();
  if (text.endsWith(':')) return text.replace(/\s*:$/, '') || undefined;
  return isAllCaps(text) ? text : undefined;
}

/**
 * A bold line heads what follows it, prose too, as a word processor's
 * export writes every heading a user bolded (`**Mission**` over a
 * paragraph); a bare `Label:` or ALL CAPS line heads only a list or table.
 */
function headingText(paragraph: Paragraph, next: RootContent | undefined): string | undefined {
  if (next?.type === 'list' || next?.type === 'table') return boldOnly(paragraph) ?? plainHeading(paragraph);
  return next?.type === 'paragraph' ? boldOnly(paragraph) : undefined;
}

/**
 * Notes often head a list with a bold line instead of a heading (`**Strengths**`
 * then `- …`), or with a bare `Responsibilities:` line. Such a paragraph, when
 * the heading table knows its words and a list or table follows it, becomes a
 * heading one level below the one it sits under, so it starts a section like
 * any other heading.
 */
export function liftBoldHeadings(tree: Root): Root {
  let depth = 1;
  tree.children = tree.children.map((node, index): RootContent => {
    if (node.type === 'heading') depth = node.depth;
    if (node.type !== 'paragraph') return node;
    const text = headingText(node, tree.children[index + 1]);
    if (!text || !classifyHeading(text, { qualified: true })) return node;
    // Every node keeps a position, the text too: diagnostics and citations read it from any of them.
    const position = node.position ? { position: node.position } : {};
    return { type: 'heading', depth: Math.min(depth + 1, 6) as Heading['depth'], children: [{ type: 'text', value: text, ...position }], ...position };
  });
  return tree;
}
