import type { Element, Root } from 'hast';
import type { Schema } from 'hast-util-sanitize';
import { breakLongWords } from './break-long-words.js';
import { labelCells } from './label-cells.js';
import { dropEmptySections, unlinkLiteralAutolinks } from './normalize-markdown.js';

/** Elements that load something: never allowed, whatever their source. */
const LOADING = new Set(['img', 'picture', 'source', 'video', 'audio', 'iframe', 'object', 'embed', 'link', 'script', 'style']);

/**
 * A second guard after sanitize, whose schema already drops these tags: a
 * packet must never load anything, even if that schema is loosened later.
 */
function removeLoading(node: Root | Element): void {
  node.children = node.children.filter((child) => child.type !== 'element' || !LOADING.has(child.tagName));
  for (const child of node.children) if (child.type === 'element') removeLoading(child);
}

async function processor() {
  const [{ unified }, parse, gfm, rehype, sanitize, stringify] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-gfm'),
    import('remark-rehype'),
    import('rehype-sanitize'),
    import('rehype-stringify'),
  ]);
  const { defaultSchema } = sanitize;
  // GitHub's schema (no script, no event handlers, no javascript: URLs), minus anything that loads a resource.
  const schema: Schema = { ...defaultSchema, tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !LOADING.has(tag)) };
  return unified()
    .use(parse.default)
    .use(gfm.default)
    .use(() => dropEmptySections)
    .use(() => unlinkLiteralAutolinks)
    .use(rehype.default)
    .use(sanitize.default, schema)
    .use(() => removeLoading)
    .use(() => breakLongWords)
    .use(() => labelCells)
    .use(stringify.default)
    .freeze();
}

let cached: ReturnType<typeof processor> | undefined;

/** The HTML body for a markdown packet (as normalized, or straight from the template), so markdown stays the one source of section order. */
export async function markdownToHtml(markdown: string): Promise<string> {
  cached ??= processor();
  return String(await (await cached).process(markdown));
}
