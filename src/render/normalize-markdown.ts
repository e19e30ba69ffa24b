import type { Heading, Root, RootContent } from 'mdast';
import type { Options as StringifyOptions } from 'remark-stringify';

/** One markdown style for every packet; `remark` with these options leaves the output unchanged. */
export const STRINGIFY_OPTIONS: StringifyOptions = {
  bullet: '-',
  emphasis: '*',
  strong: '*',
  rule: '-',
  fences: true,
  listItemIndent: 'one',
  incrementListMarker: true,
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

async function processor() {
  const [{ unified }, { default: remarkParse }, { default: remarkGfm }, { default: remarkStringify }] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-gfm'),
    import('remark-stringify'),
  ]);
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(() => dropEmptySections)
    .use(remarkStringify, STRINGIFY_OPTIONS)
    .freeze();
}

let cached: ReturnType<typeof processor> | undefined;

/** Parses and re-serializes markdown: GFM, one style, empty sections removed. */
export async function normalizeMarkdown(markdown: string): Promise<string> {
  cached ??= processor();
  return String(await (await cached).process(markdown));
}
