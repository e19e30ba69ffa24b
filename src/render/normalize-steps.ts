// The steps every normalization shares: markdown-to-html.ts uses the tree cleanups too.
import type { Heading, Nodes, Root, RootContent } from 'mdast';
import type { Options as StringifyOptions } from 'remark-stringify';
import { deferAutolinkLiterals } from './defer-autolink-literals.js';

/** One markdown style for every packet; `remark` with these options leaves the output unchanged. */
export const STRINGIFY_OPTIONS: StringifyOptions = {
  bullet: '-',
  emphasis: '*',
  strong: '*',
  rule: '-',
  fences: true,
  listItemIndent: 'one',
  incrementListMarker: true,
  // `[text](url)` reads back the same whatever the URL; `<url>` does not always.
  resourceLink: true,
};

const isHeading = (node: RootContent): node is Heading => node.type === 'heading';

/**
 * Removes headings whose section holds nothing but (empty) subheadings, so a
 * template can print a heading unconditionally and an empty section still
 * never reaches the reader.
 */
export function dropEmptySections(tree: Root): void {
  const nodes = tree.children;
  const empty = new Set<RootContent>();
  nodes.forEach((node, index) => {
    if (!isHeading(node) || node.depth === 1) return;
    for (const next of nodes.slice(index + 1)) {
      if (isHeading(next) && next.depth <= node.depth) break;
      if (!isHeading(next)) return;
    }
    empty.add(node);
  });
  tree.children = nodes.filter((node) => !empty.has(node));
}

/**
 * GFM links every URL and e-mail address it finds in text, after parsing and
 * whatever the escapes, and those links do not always print back the same
 * (`a@b.co+a@b.co`, a URL followed by a pipe in a table cell). Such links are
 * the only ones without a position; they go back to plain text, so profile
 * text is shown exactly as written. Links written in a template stay links.
 */
export function unlinkLiteralAutolinks(node: Nodes): void {
  if (!('children' in node)) return;
  const children: Nodes[] = [];
  for (const child of node.children) {
    if (child.type === 'link' && !child.position) children.push(...child.children);
    else children.push(child);
  }
  (node as { children: Nodes[] }).children = children;
  for (const child of children) unlinkLiteralAutolinks(child);
}

/**
 * remark with GFM, the cleanups and one style. Loaded on first use: the CLI
 * starts faster without it. `deferAutolinks` gives the same tree, faster.
 */
export async function loadNormalizer({ deferAutolinks }: { deferAutolinks: boolean }) {
  const [{ unified }, { default: remarkParse }, { default: remarkGfm }, { default: remarkStringify }] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-gfm'),
    import('remark-stringify'),
  ]);
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(deferAutolinks ? [deferAutolinkLiterals] : [])
    .use(() => dropEmptySections)
    .use(() => unlinkLiteralAutolinks)
    .use(remarkStringify, STRINGIFY_OPTIONS)
    .freeze();
}

export type Normalizer = Awaited<ReturnType<typeof loadNormalizer>>;
