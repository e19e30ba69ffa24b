import type { List, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { classifyHeading } from '../classify/headings.js';
import { isLinkWords, isNavRun } from './nav-links.js';
import type { ChromeLine } from './types.js';

/** Each item a word or three of letters, as a menu's links are (`[Careers](/careers)`). */
function itemTexts(list: List): string[] | undefined {
  const texts = list.children.map((item) => toString(item).replace(/\s+/g, ' ').trim());
  return texts.every(isLinkWords) ? texts : undefined;
}

/**
 * A clipped careers site keeps its menu as a list of links at the top of the
 * page (`- [Careers](…)`, `- [Teams](…)`, `- [Locations](…)`): above the first
 * section heading, a list of three or more of the usual site links is
 * chrome, one line per item. Under a section
 * heading a short list is the section's (`Candor`, `Courage` under Values).
 */
export function menuChrome(tree: Root): ChromeLine[] {
  const chrome: ChromeLine[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading' && classifyHeading(toString(node)) !== undefined) break;
    const texts = node.type === 'list' ? itemTexts(node) : undefined;
    if (node.type !== 'list' || !texts || !isNavRun(texts)) continue;
    node.children.forEach((item, i) => {
      const line = item.position?.start.line;
      if (line !== undefined) chrome.push({ line, text: texts[i]! });
    });
  }
  return chrome;
}
