import type { Root } from 'mdast';
import type { Node } from 'unist';
import { htmlToMarkdown } from './html-to-markdown.js';
import { parseMarkdown } from './parse-markdown.js';
import type { ChromeLine } from './types.js';

/** A whole web page saved as a document ("View source", "Save page as… HTML only"), whatever its extension. */
export function isHtmlPage(body: string): boolean {
  return /^\s*(?:<!--[^]*?-->\s*)?<(?:!doctype\s+html\b|html[\s>])/i.test(body.slice(0, 4096));
}

/** Move every position of the tree from markdown lines to the page lines they came from. */
function remap(node: Node, lines: readonly number[]): void {
  if (node.position) {
    const { start, end } = node.position;
    node.position = {
      start: { line: lines[start.line - 1] ?? start.line, column: start.column },
      end: { line: lines[end.line - 1] ?? end.line, column: end.column },
    };
  }
  const children = (node as { children?: Node[] }).children;
  if (children) for (const child of children) remap(child, lines);
}

/**
 * An HTML page → mdast through the markdown reader, so a saved careers page
 * reads like the same page written as notes; positions are the page's lines.
 * Lines of nothing but markup (tags, scripts, navigation) are its chrome.
 */
export function parseHtmlPage(body: string): { tree: Root; chrome: ChromeLine[] } {
  const { markdown, lines, textLines } = htmlToMarkdown(body);
  const tree = parseMarkdown(markdown);
  remap(tree, lines);
  const chrome = body.split('\n').flatMap((text, i) => (text.trim() !== '' && !textLines.has(i + 1) ? [{ line: i + 1, text: text.trim() }] : []));
  return { tree, chrome };
}
