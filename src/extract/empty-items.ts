import type { ListItem, RootContent } from 'mdast';
import type { Classified } from '../classify/classify.js';
import { textOf } from '../classify/text.js';
import { addGap, mark, type Draft } from './draft.js';

function emptyItemsOf(nodes: readonly RootContent[]): ListItem[] {
  return nodes.flatMap((node) => (node.type === 'list' ? node.children.filter((item) => textOf(item).trim() === '') : []));
}

/**
 * A template's numbered blanks (`1.`, `2.`, `3.` under "Key Talking Points"):
 * the items say nothing, so they are one gap for the section when it holds
 * nothing else, and never unmapped content.
 */
export function noteEmptyItems(draft: Draft, section: Classified, filled: boolean): void {
  const empty = emptyItemsOf(section.section.content);
  for (const item of empty) mark(draft, item);
  const first = empty[0]?.position?.start.line;
  if (!filled && first !== undefined) addGap(draft, section.kind, '', first);
}
