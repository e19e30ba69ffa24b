import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { defuseDelimiters } from './defuse.js';

const processor = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * Markdown → mdast. The body has its front matter blanked to spaces, so the
 * positions remark reports are already those of the original file.
 */
export function parseMarkdown(body: string): Root {
  return processor.parse(defuseDelimiters(body));
}
