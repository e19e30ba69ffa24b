import type { Root } from 'mdast';
import { nodesOf } from './nodes-of.js';

/**
 * `- **Tug**: a pallet mover #product`: a notes app's tag at the end of
 * several lines sorts them; it is not part of what each says. One tag at
 * one line's end may be words (`ask in #eng`), so only a tag that ends two
 * lines or more is dropped, from every line it ends; and never one a
 * sentence points to (`ask in #people-ops`, `requests go to #people-ops`),
 * a chat channel, however often it is named.
 */
const TRAILING_TAG = /(?<!\b(?:in|to|on|at|via|into|from|join|see|ping)\b)[^\S\n]+(#\p{L}[\p{L}\p{N}_/-]*)(?=[^\S\n]*(?:\n|$))/gu;

export function dropRepeatedTags(tree: Root): Root {
  const texts = nodesOf(tree, 'text').filter((node) => node.value.includes('#'));
  const counts = new Map<string, number>();
  for (const node of texts) for (const [, tag] of node.value.matchAll(TRAILING_TAG)) counts.set(tag!, (counts.get(tag!) ?? 0) + 1);
  const repeated = new Set([...counts].filter(([, count]) => count >= 2).map(([tag]) => tag));
  if (repeated.size === 0) return tree;
  for (const node of texts) node.value = node.value.replace(TRAILING_TAG, (all, tag: string) => (repeated.has(tag) ? '' : all));
  return tree;
}
