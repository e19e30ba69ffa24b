import type { Classified } from '../classify/classify.js';
import type { Product } from '../model/company.js';
import { mark, sourceOf, type Draft } from './draft.js';
import { entriesOf } from './entries.js';
import { isShort, splitList } from './split.js';
import { takeEntry, withElaboration } from './take.js';

/**
 * A product heading and what follows: a short line is its category, chips
 * or a tag line its tags, prose its description. Labelled lines
 * (`Category: …`, `Tags: …`) say so themselves.
 */
export function extractProduct(draft: Draft, item: Classified): void {
  const product: Product = { name: item.section.title, tags: [], source: sourceOf(draft, item.section.line) };
  draft.mapped.add(item.section.line);
  const description: string[] = [];
  for (const detail of item.details) {
    draft.mapped.add(detail.section.line);
    product.category ??= detail.section.title;
  }
  const content = [item, ...item.details].flatMap((c) => c.section.content);
  for (const entry of entriesOf(content)) {
    mark(draft, entry.node);
    const label = entry.labelled?.label.toLowerCase();
    if (entry.chip) product.tags.push(entry.text);
    else if (label && /categor|type|segment/.test(label)) product.category = entry.labelled!.value;
    else if (label && /tags?|keywords|topics/.test(label)) product.tags.push(...splitList(entry.labelled!.value));
    else if (!product.category && !description.length && isShort(entry.text, 5)) product.category = entry.text;
    else description.push(entry.text);
  }
  if (description.length) product.description = description.join(' ');
  draft.company.products.push(product);
}

/** `Widget — what it does`: a name, a spaced dash, a description. */
const NAME_DASH_DESCRIPTION = /^(.+?)\s+[—–-]\s+(\S.*)$/u;

/**
 * `What we build` over a list of `Skerry 6 – a survey vessel` items: the
 * products it names, not one run-on description of the company's offering.
 */
export function listsProducts(section: Classified): boolean {
  const { content } = section.section;
  if (content.length === 0 || content.some((node) => node.type !== 'list')) return false;
  const entries = entriesOf(content);
  return entries.length >= 2 && entries.every((entry) => {
    const dashed = entry.labelled ? undefined : NAME_DASH_DESCRIPTION.exec(entry.text);
    return dashed !== null && dashed !== undefined && isShort(dashed[1]!, 4);
  });
}

/**
 * Items written straight under a products heading: `**Widget**: what it
 * does`, `**Widget** — what it does` or a bare `Widget`. Labels that name a field (`Target market`) were
 * routed before; long unlabelled prose is left for `unmapped`.
 */
export function extractProductList(draft: Draft, container: Classified): void {
  for (const entry of entriesOf(container.section.content)) {
    if (takeEntry(draft, entry, 'products')) continue;
    const dashed = entry.labelled ? undefined : NAME_DASH_DESCRIPTION.exec(entry.text);
    const name = entry.labelled?.label ?? (dashed && isShort(dashed[1]!, 4) ? dashed[1] : isShort(entry.text) ? entry.text : undefined);
    if (!name) continue;
    const product: Product = { name, tags: [], source: sourceOf(draft, entry.line) };
    const description = entry.labelled?.value ?? (name === dashed?.[1] ? dashed[2] : undefined);
    if (description) product.description = description;
    // A tag's own sub-items (`pricing per truck` / `a cheaper plan under 10 trucks`) stay with it.
    product.tags.push(...entry.children.map((child) => withElaboration(child.text, child.children)));
    draft.company.products.push(product);
    mark(draft, entry.node);
  }
}
