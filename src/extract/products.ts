import type { Classified } from '../classify/classify.js';
import type { Product } from '../model/company.js';
import { mark, sourceOf, type Draft } from './draft.js';
import { entriesOf, type Entry } from './entries.js';
import { isProse, isShort, splitList } from './split.js';
import { textOf } from '../classify/text.js';
import { takeEntry, withElaboration } from './take.js';
import { setAsides } from './asides.js';

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

/**
 * "Manufacturing" over "We manufacture drug substance at our facility…":
 * a heading under the products that a filing gives to what the company
 * does, in prose about itself, not a product's name.
 */
export function tellsOfTheCompany(item: Classified): boolean {
  const { content, title } = item.section;
  // `We built Kiln Engine in 2015…` is about the product it names; `Our own C++ engine…` describes one.
  const ofUs = (text: string): boolean => isProse(text) && /^We\s/.test(text) && !text.includes(title);
  return item.details.length === 0 && content.length > 0 && content.every((node) => node.type === 'paragraph' && ofUs(textOf(node)));
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

/** `Lysavel (velmiglucerase alfa) is approved for …`: a filing's product paragraph, the name its subject. */
const NAME_IS = /^(?!(?:The|This|That|These|Those|Our|We|It|Its|There|Each|Every|All|Some|Most|Many|Both)\b)(\p{Lu}[\p{L}\p{N}-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}-]*){0,3})(?: \([^()]{1,60}\))? (?:is|are) (\S.*)$/u;

/** A product's name and description, as a line writes them, or nothing. */
function nameAndDescription(entry: Entry): { name: string; description?: string } | undefined {
  if (entry.labelled) return { name: entry.labelled.label, description: entry.labelled.value };
  const dashed = NAME_DASH_DESCRIPTION.exec(entry.text);
  if (dashed && isShort(dashed[1]!, 4)) return { name: dashed[1]!, description: dashed[2]! };
  if (isShort(entry.text)) return { name: entry.text };
  const prose = NAME_IS.exec(entry.text);
  return prose ? { name: prose[1]!, description: prose[2]! } : undefined;
}

/**
 * Items written straight under a products heading: `**Widget**: what it
 * does`, `**Widget** — what it does`, a bare `Widget` or `Widget is …`. Labels that name a field (`Target market`) were
 * routed before; long unlabelled prose is left for `unmapped`.
 */
export function extractProductList(draft: Draft, container: Classified): void {
  // A callout among the products (`.. note::`) is an aside, never a product named "Note".
  for (const entry of setAsides(draft, entriesOf(container.section.content), container.section.title)) {
    if (takeEntry(draft, entry, 'products')) continue;
    const named = nameAndDescription(entry);
    if (!named) continue;
    const product: Product = { name: named.name, tags: [], source: sourceOf(draft, entry.line) };
    if (named.description) product.description = named.description;
    // A tag's own sub-items (`pricing per truck` / `a cheaper plan under 10 trucks`) stay with it.
    product.tags.push(...entry.children.map((child) => withElaboration(child.text, child.children)));
    draft.company.products.push(product);
    mark(draft, entry.node);
  }
}
