import type { Classified } from '../classify/classify.js';
import { classifyHeading } from '../classify/headings.js';
import { normalizeHeading } from '../classify/normalize-heading.js';
import type { Fact } from '../model/source.js';
import { addGap, makeFact, mark, type Draft } from './draft.js';
import { entriesOf, rowAsLabelled } from './entries.js';
import { isPlaceholder } from './placeholder.js';
import { camelCase, splitList } from './split.js';

/** Stack buckets by the words their labels use; other labels keep a bucket of their own. */
const BUCKETS: readonly [string, RegExp][] = [
  ['languages', /\blanguages?\b/],
  ['frameworks', /\bframeworks?\b|\blibrar/],
  ['data', /\bdata\b|\bml\b|\bdatabases?\b|\bstorage\b|\banalytics\b|\bai\b/],
  ['cloud', /\bcloud\b|\binfra|\bhosting\b/],
  ['practices', /\bpractices?\b|\bmethod|\bprocess|\bculture\b|\bworkflow/],
];

export function bucketOf(label: string): string {
  const key = normalizeHeading(label);
  return BUCKETS.find(([, re]) => re.test(key))?.[0] ?? camelCase(label);
}

/** `**Languages**: Python, Java` → languages: Python, Java; unlabelled items → `other`. */
export function extractTechStack(draft: Draft, classified: Classified): void {
  const stack = draft.company.techStack as Record<string, Fact[]>;
  for (const entry of entriesOf(classified.section.content).map(rowAsLabelled)) {
    mark(draft, entry.node);
    const label = entry.labelled?.label;
    const bucket = label ? bucketOf(label) : 'other';
    const value = entry.labelled?.value ?? entry.text;
    if (label && isPlaceholder(value) && !entry.children.length) {
      addGap(draft, `techStack.${bucket}`, value, entry.line);
      continue;
    }
    const items = entry.chip ? [value] : splitList(value);
    const list = bucketList(stack, bucket);
    list.push(...items.map((item) => makeFact(draft, item, entry.line, label)));
    list.push(...entry.children.map((child) => makeFact(draft, child.text, child.line, label)));
  }
  // The header row (`Layer | Tools`) names the columns: part of the table, not content left over.
  for (const node of classified.section.content) if (node.type === 'table') mark(draft, node);
}

/** A label becomes a key: "Constructor" or "Value Of" must be a bucket, not Object.prototype's function. */
function bucketList(stack: Record<string, Fact[]>, bucket: string): Fact[] {
  if (!Object.hasOwn(stack, bucket)) Object.defineProperty(stack, bucket, { value: [], enumerable: true, writable: true, configurable: true });
  return stack[bucket] as Fact[];
}

/** `**Tech stack:** Go, Postgres, AWS` written outside a stack section: the items, in a bucket of their own. */
export function addToStack(draft: Draft, label: string, value: string, line: number): void {
  const items = splitList(value).map((item) => makeFact(draft, item, line, label));
  // `Tech stack: …` names no bucket of its own: its items are unsorted, as under a stack heading.
  const bucket = classifyHeading(label)?.kind === 'techStack' ? 'other' : bucketOf(label);
  bucketList(draft.company.techStack as Record<string, Fact[]>, bucket).push(...items);
}
