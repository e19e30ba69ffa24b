import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import type { FrontMatter, ParsedDocument } from '../../src/parse/types.js';

/**
 * A ParsedDocument from markdown, without the read/parse stages: lets the
 * classify/extract/merge tests drive the pipeline with inputs of their own.
 */
export function parsedMarkdown(markdown: string, relative = 'acme/notes.md', frontMatter: Partial<FrontMatter> = {}): ParsedDocument {
  const file = new VFile({ path: relative, value: markdown });
  const tree = unified().use(remarkParse).use(remarkGfm).parse(file) as Root;
  return parsedTree(tree, relative, frontMatter, file, markdown.split(/\r?\n/).length);
}

export function parsedTree(
  tree: Root,
  relative = 'acme/notes.txt',
  frontMatter: Partial<FrontMatter> = {},
  file = new VFile({ path: relative, value: '' }),
  lines = 1,
): ParsedDocument {
  return { file, relative, kind: 'markdown', frontMatter: { extra: {}, ...frontMatter }, tree, chrome: [], lines };
}
