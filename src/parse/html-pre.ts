import type { Element, ElementContent } from 'hast';
import type { Handle } from 'hast-util-to-mdast';
import type { RootContent } from 'mdast';
import { remapLines } from './remap-lines.js';
import { readText } from './text-reader.js';
import type { ChromeLine } from './types.js';

/**
 * `<pre>` on a saved page is text laid out by lines, most often a whole text
 * file as a browser shows it: read by the plain-text reader (headings,
 * bullets, chrome), its lines those of the page.
 */
export function readPre(pageLines: number, chrome: ChromeLine[]): Handle {
  return (_state, node) => {
    const { text, line } = textOf(node);
    if (line === undefined || text.trim() === '') return undefined;
    const lineOf = (at: number): number => Math.min(line + at - 1, pageLines);
    const read = readText(text);
    remapLines(read.tree, lineOf);
    chrome.push(...read.chrome.map((c) => ({ line: lineOf(c.line), text: c.text })));
    return read.tree.children as RootContent[];
  };
}

/** The text under an element, `<br>` as a newline, and the page line it starts on. */
function textOf(element: Element): { text: string; line: number | undefined } {
  const parts: string[] = [];
  let line: number | undefined;
  const pending: ElementContent[] = [...element.children].reverse();
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.type === 'text') {
      line ??= node.position?.start.line;
      parts.push(node.value);
    } else if (node.type === 'element') {
      if (node.tagName === 'br') parts.push('\n');
      for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]!);
    }
  }
  return { text: parts.join(''), line };
}
