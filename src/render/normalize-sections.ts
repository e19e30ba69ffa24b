import type { Heading, Root, RootContent } from 'mdast';
import { BoundedCache } from './bounded-cache.js';
import { canSplit, splitSections } from './markdown-sections.js';
import { parseWithRuns } from './list-items.js';
import { loadNormalizer, type Normalizer } from './normalize-steps.js';

/**
 * Sections that repeat across a company's role packets (at a glance, mission,
 * culture, sources, …) are normalized once. Bounded, so a batch of a thousand
 * companies keeps only the recent ones; very large sections are not kept.
 * Sized like the item cache: 64 hits as often as 256 did.
 */
export const sectionCache = new BoundedCache<string, string | null>(64);
const MAX_CACHED_LENGTH = 64 * 1024;

// Appended after the transforms, so that what a part prints before it is found exactly (see `printSection`).
const SENTINEL = '\n\n##\n';
const sentinel = (): Heading => ({ type: 'heading', depth: 2, children: [] });

/**
 * One part as it prints inside the whole document, without the newline that
 * ends the file; null when no node of it is left. Every later part starts with
 * a heading, and remark puts one blank line before a heading whatever precedes
 * it; an empty level-2 heading appended to the part stands for that next part,
 * so cutting the output before it keeps any line ending the part itself prints.
 */
function printSection(normalizer: Normalizer, nodes: RootContent[]): string | null {
  if (nodes.length === 0) return null;
  const out = normalizer.stringify({ type: 'root', children: [...nodes, sentinel()] });
  if (!out.endsWith(SENTINEL)) throw new Error('remark joined a heading in an unexpected way');
  return out.slice(0, -SENTINEL.length);
}

/** The parts as one document: every part but the first starts with a `## ` heading, so each gets the nodes it gets alone. */
function parseWhole(normalizer: Normalizer, parts: string[]): { tree: Root; ends: number[] } {
  let end = 0;
  const ends = parts.map((part) => (end += part.length));
  return { tree: normalizer.runSync(normalizer.parse(parts.join(''))) as Root, ends };
}

/**
 * Parses the parts together (one parser set-up instead of one per part, list
 * items from their cache), then prints each part's nodes on their own.
 */
function normalizeBatch(normalizer: Normalizer, parts: string[], splittable: boolean): Array<string | null> {
  const { tree, ends } = (splittable ? parseWithRuns(normalizer, parts) : undefined) ?? parseWhole(normalizer, parts);
  const groups = parts.map((): RootContent[] => []);
  let index = 0;
  for (const node of tree.children) {
    const start = node.position?.start.offset;
    if (start === undefined) throw new Error('remark gave a block without a position');
    while (index < ends.length - 1 && start >= ends[index]!) index++;
    groups[index]!.push(node);
  }
  return groups.map((nodes) => printSection(normalizer, nodes));
}

/**
 * What remark-stringify does with the whole tree: parts joined as its blocks
 * are (one blank line before each heading) and a final newline unless the
 * text already ends with a line ending. Only the parts not in the cache are parsed.
 */
function normalizeParts(normalizer: Normalizer, markdown: string): string {
  const parts = splitSections(markdown);
  const outs = parts.map((part) => sectionCache.get(part));
  const missing = parts.filter((_, index) => outs[index] === undefined);
  const fresh = missing.length > 0 ? normalizeBatch(normalizer, missing, canSplit(markdown)) : [];
  parts.forEach((part, index) => {
    if (outs[index] !== undefined) return;
    outs[index] = fresh.shift() ?? null;
    if (part.length <= MAX_CACHED_LENGTH) sectionCache.set(part, outs[index]);
  });
  const text = outs.filter((out) => out !== null).join('\n\n');
  return text === '' || /[\n\r]$/.test(text) ? text : `${text}\n`;
}

let loading: Promise<Normalizer> | undefined;

/** Loads remark once and returns the synchronous normalizer. */
export async function sectionNormalizer(): Promise<(markdown: string) => string> {
  loading ??= loadNormalizer({ deferAutolinks: true });
  const normalizer = await loading;
  return (markdown) => normalizeParts(normalizer, markdown);
}
