import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { classifyHeading } from '../classify/headings.js';
import { isAllCaps } from './heading-shape.js';
import { headingLine, splitAtHeadingLine } from './heading-lines.js';

/** The text of a paragraph that is one bold run and nothing else (a colon may follow it), else undefined. */
export function boldOnly(paragraph: Paragraph): string | undefined {
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

/** What a heading's section has held so far, for the bold lines that follow in it. */
interface Scope {
  /** The last `#` heading's depth: bold lines the table knows go one below it. */
  base: number;
  /** The depth of the section the next lines are in, lifted ones included. */
  depth: number;
  /** Blocks after the heading. */
  filled: boolean;
  /** Its first block was a bold line: bold lines in it label its groups (`**Technical**`, `**Soft skills**`). */
  grouped: boolean;
}

/**
 * Notes often head a list with a bold line instead of a heading (`**Strengths**`
 * then `- …`), or with a bare `Responsibilities:` line. Such a paragraph, when
 * the heading table knows its words and a list or table follows it, becomes a
 * heading one level below the one it sits under, so it starts a section like
 * any other heading. A bold line the table does not know starts a section of
 * its own (a sibling of the one it ends) when it comes after what that
 * section holds (`**Perks we like**` after the questions to ask); right under a
 * heading it labels a group of that section and stays a paragraph. A known
 * heading typed as a paragraph's first line (`Sources` over its links) heads
 * the rest of that paragraph.
 */
export function liftBoldHeadings(tree: Root): Root {
  let scope: Scope = { base: 1, depth: 1, filled: false, grouped: false };
  tree.children = tree.children.flatMap((node, index): RootContent[] => {
    if (node.type === 'heading') {
      scope = { base: node.depth, depth: node.depth, filled: false, grouped: false };
      return [node];
    }
    if (node.type === 'paragraph' && headingLine(node) !== undefined) {
      const depth = Math.min(scope.base + 1, 6) as Heading['depth'];
      scope = { ...scope, depth, filled: true, grouped: false };
      return splitAtHeadingLine(node, depth);
    }
    const lifted = node.type === 'paragraph' ? liftedDepth(node, tree.children[index + 1], scope) : undefined;
    if (lifted === undefined) {
      if (!scope.filled && node.type === 'paragraph' && boldOnly(node) !== undefined) scope.grouped = true;
      scope.filled = true;
      return [node];
    }
    const heading = headingOf(node as Paragraph, lifted.text, lifted.depth);
    scope = { ...scope, depth: lifted.depth, filled: false, grouped: false };
    return [heading];
  });
  return tree;
}

function liftedDepth(paragraph: Paragraph, next: RootContent | undefined, scope: Scope): { text: string; depth: Heading['depth'] } | undefined {
  const text = headingText(paragraph, next);
  if (!text) return undefined;
  if (classifyHeading(text, { qualified: true })) return { text, depth: Math.min(scope.base + 1, 6) as Heading['depth'] };
  const ownSection = scope.filled && !scope.grouped && boldOnly(paragraph) !== undefined && (next?.type === 'list' || next?.type === 'table');
  return ownSection ? { text, depth: Math.max(scope.depth, 2) as Heading['depth'] } : undefined;
}

/** Every node keeps a position, the text too: diagnostics and citations read it from any of them. */
function headingOf(paragraph: Paragraph, text: string, depth: Heading['depth']): Heading {
  const position = paragraph.position ? { position: paragraph.position } : {};
  return { type: 'heading', depth, children: [{ type: 'text', value: text, ...position }], ...position };
}
