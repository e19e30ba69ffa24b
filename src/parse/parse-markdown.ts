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
 * line the heading table knows, over a list, counts as a heading, so does
 * such a line typed first in a paragraph (`Sources` over its links), and so
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
  for (const [index, chunk] of chunks.entries()) {
    const last = index === chunks.length - 1;
    let tree = gfm.parse(defuseDelimiters(chunk.text));
    // Cut inside a block the cutter cannot see (an HTML comment, a fence in a list item): the rest is parsed whole.
    const rest = last || !endsOpen(tree, chunk.text) ? undefined : body.slice(chunk.charOffset);
    if (rest !== undefined) tree = gfm.parse(defuseDelimiters(rest));
    remapLines(tree, (line) => line + chunk.lineOffset, chunk.charOffset);
    root.children.push(...tree.children);
    if (rest !== undefined) break;
  }
  const lines = body.split('\n');
  root.position = { start: { line: 1, column: 1, offset: 0 }, end: { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1, offset: body.length } };
  return root;
}

/** Whether a piece ends in a code or HTML block still open at its last line, which the heading after it may belong to. */
function endsOpen(tree: Root, text: string): boolean {
  const node = tree.children.at(-1);
  return (node?.type === 'code' || node?.type === 'html') && node.position?.end.line === text.split('\n').length;
}
