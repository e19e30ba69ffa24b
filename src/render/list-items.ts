import type { ListItem, Root } from 'mdast';
import { BoundedCache } from './bounded-cache.js';
import { extractRuns, PLACEHOLDER, type ListRun } from './list-runs.js';
import type { Normalizer } from './normalize-steps.js';

/**
 * List items by their line. Sections that differ between a company's roles
 * mostly hold the same items in another order (ranked by relevance to the
 * role), so their items are parsed once. Bounded like the section cache.
 * Items cite their company's files, so they recur within a company, hardly
 * across companies: room for the companies a worker has in flight is enough
 * (measured: 1,024 hits as often as 4,096, with less of the heap kept).
 */
export const itemCache = new BoundedCache<string, ListItem>(1024);

/** Items with one marker as one list: one list item per item's text, spanning its lines, or undefined if they do not parse so. */
function parseItems(normalizer: Normalizer, texts: string[]): ListItem[] | undefined {
  const tree = normalizer.runSync(normalizer.parse(texts.join('\n'))) as Root;
  const list = tree.children[0];
  if (tree.children.length !== 1 || list?.type !== 'list' || list.children.length !== texts.length) return undefined;
  let line = 1;
  const spans = texts.map((text) => {
    const start = line;
    line += text.split('\n').length;
    return { start, end: line - 1 };
  });
  const oneEach = list.children.every((item, k) => item.position?.start.line === spans[k]!.start && item.position.end.line === spans[k]!.end);
  return oneEach ? list.children : undefined;
}

/** The item of every line of the runs: cached, or parsed with the other new lines of its marker. */
function itemsOf(normalizer: Normalizer, runs: ListRun[]): Map<string, ListItem> | undefined {
  const found = new Map<string, ListItem>();
  const missing = new Map<string, Set<string>>();
  for (const { marker, items: texts } of runs) {
    for (const line of texts) {
      const hit = itemCache.get(line);
      if (hit) found.set(line, hit);
      else missing.set(marker, (missing.get(marker) ?? new Set()).add(line));
    }
  }
  for (const set of missing.values()) {
    const lines = [...set];
    const items = parseItems(normalizer, lines);
    if (!items) return undefined;
    lines.forEach((line, k) => {
      found.set(line, items[k]!);
      itemCache.set(line, items[k]!);
    });
  }
  return found;
}

/**
 * Parses the parts as one document, each list run replaced by a one-item
 * placeholder list whose items are then swapped for the run's (already through
 * the transforms, which act on an item on its own). Undefined when there is no
 * run, or when a placeholder does not stand alone as a one-line list at the
 * top level (so the text around it would not read the run the same way).
 * `ends`: where each part ends in the parsed text.
 */
export function parseWithRuns(normalizer: Normalizer, parts: string[]): { tree: Root; ends: number[] } | undefined {
  const extracted = parts.map(extractRuns);
  const runs: ListRun[] = [];
  const ends: number[] = [];
  let base = 0;
  for (const { text, runs: own } of extracted) {
    for (const run of own) runs.push({ ...run, offset: run.offset + base });
    ends.push((base += text.length));
  }
  const items = runs.length > 0 ? itemsOf(normalizer, runs) : undefined;
  if (!items) return undefined;
  const tree = normalizer.runSync(normalizer.parse(extracted.map(({ text }) => text).join(''))) as Root;
  const byStart = new Map(tree.children.map((node) => [node.position?.start.offset, node]));
  for (const { offset, marker, items: texts } of runs) {
    const list = byStart.get(offset);
    const end = offset + marker.length + PLACEHOLDER.length;
    if (list?.type !== 'list' || list.children.length !== 1 || list.position?.end.offset !== end) return undefined;
    list.children = texts.map((text) => items.get(text)!);
  }
  return { tree, ends };
}
