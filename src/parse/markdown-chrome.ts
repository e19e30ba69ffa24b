import type { Root } from 'mdast';
import { menuChrome } from './markdown-menu.js';
import { toString } from 'mdast-util-to-string';
import { USER_TURN } from './chat-chrome.js';
import { CHROME_PATTERNS } from './chrome.js';
import type { ChromeLine } from './types.js';

/**
 * A page clipped to markdown (a browser's "save as markdown", a clipper)
 * keeps the page's buttons and boilerplate as paragraphs of their own:
 * `[Apply for this job](…)`, `[Follow](…)`, the equal-opportunity paragraph.
 * A top-level paragraph whose text is such chrome is counted as chrome, as
 * the same line of a page saved as text is; so is a rule between blocks.
 */
export function pageChrome(tree: Root): ChromeLine[] {
  const chrome: ChromeLine[] = [...menuChrome(tree)];
  for (const node of tree.children) {
    const { position } = node;
    // A rule (`---`, `***`) is layout, as a separator line of a text page is.
    if (node.type === 'thematicBreak' && position) chrome.push({ line: position.start.line, text: '---' });
    if (node.type !== 'paragraph' || !position) continue;
    const text = toString(node).replace(/\s+/g, ' ').trim();
    if (!text || !(CHROME_PATTERNS.some((pattern) => pattern.test(text)) || USER_TURN.test(toString(node).trim()))) continue;
    for (let line = position.start.line; line <= position.end.line; line++) chrome.push({ line, text });
  }
  return chrome;
}
