import type { Nodes, Root } from 'mdast';
import type { Data, Processor } from 'unified';

type FromMarkdownExtension = NonNullable<Data['fromMarkdownExtensions']>[number] extends infer E
  ? E extends readonly (infer One)[] ? One : E
  : never;
type Transform = NonNullable<FromMarkdownExtension['transforms']>[number];

/**
 * What every pattern of GFM's literal-autolink transform needs in a text node:
 * `http://`, `https://`, `www.` (any case) or an `@` (e-mail, `mailto:`, `xmpp:`).
 */
const MAY_LINK = /@|www\.|https?:\/\//i;

function mayLink(node: Nodes): boolean {
  if (node.type === 'text') return MAY_LINK.test(node.value);
  return 'children' in node && node.children.some(mayLink);
}

/**
 * remark-gfm's literal-autolink transform walks the whole tree four times
 * with four regular expressions, about as long as the rest of the parse, and
 * almost never finds anything. It handles each text node on its own (a match
 * depends on that node's value and on not being inside a link), so running it
 * only on the top-level blocks that hold a candidate gives the same tree. Use
 * after remark-gfm: takes that transform out of the parser and runs it so.
 */
export function deferAutolinkLiterals(this: Processor) {
  const deferred: Transform[] = [];
  const take = (extension: FromMarkdownExtension): FromMarkdownExtension => {
    // The autolink extension is the one that builds `literalAutolink` links.
    if (!extension.enter?.['literalAutolink'] || !extension.transforms) return extension;
    deferred.push(...extension.transforms);
    return { ...extension, transforms: [] };
  };
  const data = this.data();
  data.fromMarkdownExtensions = (data.fromMarkdownExtensions ?? []).map((entry) =>
    Array.isArray(entry) ? entry.map(take) : take(entry as FromMarkdownExtension),
  );
  return (tree: Root): void => {
    for (const block of tree.children) {
      if (!mayLink(block)) continue;
      // The transform only walks and edits what it is given; a block is never inside a link.
      for (const transform of deferred) transform(block as unknown as Root);
    }
  };
}
