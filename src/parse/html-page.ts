import type { Root } from 'mdast';
import { htmlToMarkdown } from './html-to-markdown.js';
import { parseMarkdown } from './parse-markdown.js';
import { remapLines } from './remap-lines.js';
import type { ChromeLine } from './types.js';

/** A whole web page saved as a document ("View source", "Save page as… HTML only"), whatever its extension. */
export function isHtmlPage(body: string): boolean {
  return /^\s*(?:<!--[^]*?-->\s*)?<(?:!doctype\s+html\b|html[\s>])/i.test(body.slice(0, 4096));
}

/**
 * An HTML page → mdast through the markdown reader, so a saved careers page
 * reads like the same page written as notes; positions are the page's lines.
 * Lines of nothing but markup (tags, scripts, navigation) are its chrome.
 */
export function parseHtmlPage(body: string): { tree: Root; chrome: ChromeLine[] } {
  const { markdown, lines, textLines } = htmlToMarkdown(body);
  const tree = parseMarkdown(markdown);
  remapLines(tree, (line) => lines[line - 1] ?? line);
  const chrome = body.split('\n').flatMap((text, i) => (text.trim() !== '' && !textLines.has(i + 1) ? [{ line: i + 1, text: text.trim() }] : []));
  return { tree, chrome };
}
