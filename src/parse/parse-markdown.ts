import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { liftBoldHeadings } from './bold-headings.js';
import { defuseDelimiters } from './defuse.js';
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
  return unfoldNoteSyntax(unfoldToggles(liftBoldHeadings(gfm.parse(defuseDelimiters(body)))));
}
