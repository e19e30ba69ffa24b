import type { Classified } from '../classify/classify.js';
import type { Draft } from './draft.js';
import { entriesOf } from './entries.js';
import { extractScalar } from './preamble.js';
import { extractProductList, listsProducts } from './products.js';
import { isShort } from './split.js';

/**
 * `What they build`: what the company makes in prose, then perhaps a list
 * of the products by name (`**Tug**: a pallet mover`). The prose is the
 * offering, the named items are products, not more words of one run-on
 * description.
 */
export function extractOffering(draft: Draft, classified: Classified): void {
  if (listsProducts(classified)) return extractProductList(draft, classified);
  const { content } = classified.section;
  const first = content.findIndex((node) => node.type === 'list');
  const prose = content.slice(0, first);
  const lists = content.slice(first);
  const split = first > 0 && prose.every((node) => node.type === 'paragraph') && lists.every((node) => node.type === 'list') && namesProducts(lists);
  if (!split) return extractScalar(draft, classified, 'offering');
  extractScalar(draft, { ...classified, section: { ...classified.section, content: prose } }, 'offering');
  extractProductList(draft, { ...classified, section: { ...classified.section, content: lists } });
}

/** Two items or more, each a short bold name before its description. */
function namesProducts(lists: Classified['section']['content']): boolean {
  const entries = entriesOf(lists);
  return entries.length >= 2 && entries.every((entry) => entry.labelled !== undefined && isShort(entry.labelled.label, 4));
}
