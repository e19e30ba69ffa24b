import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { liftBoldHeadings } from './bold-headings.js';
import { defuseDelimiters } from './defuse.js';
import { chunksOf } from './markdown-chunks.js';
import { remapLines } from './remap-lines.js';
import { unfoldNoteSyntax } from './note-syntax.js';
import { unfoldToggles } from './toggles.js';

/** remark with GFM: the one markdown reader, for profiles and candidates alike. */
export const gfm = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * Markdown → mdast. The body has its front matter blanked to spaces, so the
 * positions remark reports are already those of the original file. A bold
 * line the heading table knows, over a list, counts as a heading, and so
 * does a toggle (`- ▸ Products`) of a notes app's export; wiki links,
 * callouts and comments of notes apps are read as their text.
 */
export function parseMarkdown(body: string): Root {
  return unfoldNoteSyntax(unfoldToggles(liftBoldHeadings(parseInChunks(body))));
}

/** One tree from the pieces of a long document, each piece's lines moved back to where they are in it. */
export function parseInChunks(body: string): Root {
  const chunks = chunksOf(body);
  if (chunks.length === 1) return gfm.parse(defuseDelimiters(body));
  const root: Root = { type: 'root', children: [] };
  for (const { text, lineOffset, charOffset } of chunks) {
    const tree = gfm.parse(defuseDelimiters(text));
    remapLines(tree, (line) => line + lineOffset, charOffset);
    root.children.push(...tree.children);
  }
  const lines = body.split('\n');
  root.position = { start: { line: 1, column: 1, offset: 0 }, end: { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1, offset: body.length } };
  return root;
}
