import type { BlockContent, Heading, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { classifyHeading } from '../classify/headings.js';

/** A toggle's triangle, as notes apps export a collapsible block: `- ▸ Products`. */
const TOGGLE = /^\s*[▸▶►▹▷▾▼]\s*/u;

function toggleTitle(item: ListItem, outline: boolean): { paragraph: Paragraph; title: string } | undefined {
  const [first] = item.children;
  if (first?.type !== 'paragraph' || item.children.length < 2) return undefined;
  const text = toString(first);
  if (!TOGGLE.test(text) && !outline) return undefined;
  const title = text.replace(TOGGLE, '').replace(/[*_]+/g, '').trim();
  return title ? { paragraph: first, title } : undefined;
}

/**
 * A list whose every item is a known section's name over what it holds
 * (`- Products` over its products, `- Customers` over its customers): a
 * toggle export that lost its triangles, or an outliner's page. A list with
 * one item of other words (`- Experience` over `- 3 years`) stays a list, and
 * so does one under a known section's heading.
 */
function isOutline(list: List): boolean {
  return list.children.every((item) => {
    const [first, ...rest] = item.children;
    return first?.type === 'paragraph' && rest.some((block) => block.type === 'list') && classifyHeading(toString(first).replace(/[*_]+/g, '')) !== undefined;
  });
}

/**
 * A list item that is a toggle (`- ▸ Products` with a list under it) is a
 * section: its title becomes a heading one level below the one it sits
 * under, and what it folds away follows it. Other items stay a list, put
 * back under the section heading when they come after a toggle.
 */
function unfoldList(list: List, depth: number, parent: Heading | undefined): RootContent[] {
  const out: RootContent[] = [];
  let run: ListItem[] = [];
  const flush = (): void => {
    const after = out.length > 0 && parent ? [structuredClone(parent)] : [];
    if (run.length > 0) out.push(...after, { ...list, children: run, ...spanOf(run) });
    run = [];
  };
  // Under a known section the list is that section's (`Business model` over `- Growth` / `- Customers`), not an outline.
  const outline = !(parent && classifyHeading(toString(parent))) && isOutline(list);
  for (const item of list.children) {
    const toggle = toggleTitle(item, outline);
    if (!toggle) {
      run.push(item);
      continue;
    }
    flush();
    const position = toggle.paragraph.position;
    const heading: Heading = { type: 'heading', depth: Math.min(depth + 1, 6) as Heading['depth'], children: [{ type: 'text', value: toggle.title, ...(position ? { position } : {}) }] };
    if (position) heading.position = position;
    out.push(heading, ...unfoldBlocks(item.children.slice(1), depth + 1, undefined));
  }
  flush();
  return out;
}

/**
 * Blocks after a run of toggles belong to the section the toggles sit in,
 * not to the last toggle: that section's heading is repeated over them
 * (same text, same line), as a flat list of headings cannot close a section.
 */
function unfoldBlocks(blocks: readonly (BlockContent | RootContent)[], depth: number, above: Heading | undefined): RootContent[] {
  let current = depth;
  let parent = above;
  let reopen = false;
  return blocks.flatMap((node): RootContent[] => {
    if (node.type === 'heading') [current, parent, reopen] = [node.depth, node, false];
    if (node.type === 'list') {
      const out = unfoldList(node, current, parent);
      reopen = out.some((block) => block.type === 'heading');
      return out;
    }
    const again: RootContent[] = reopen && parent ? [structuredClone(parent)] : [];
    reopen = false;
    return [...again, node as RootContent];
  });
}

function spanOf(items: readonly ListItem[]): Pick<List, 'position'> | Record<string, never> {
  const [first, last] = [items[0]?.position, items.at(-1)?.position];
  return first && last ? { position: { start: first.start, end: last.end } } : {};
}

export function unfoldToggles(tree: Root): Root {
  tree.children = unfoldBlocks(tree.children, 1, undefined);
  return tree;
}
