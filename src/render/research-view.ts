import type { Packet } from '../model/packet.js';
import { citation, escapeMarkdown } from './escape-markdown.js';
import { capitalize, humanizeField } from './humanize-field.js';

/** A template's placeholder (`[How long you've been using them]`) is what to find out: the item shows it without its brackets. */
const PLACEHOLDER = /^\[([^[\]]+)\]$|^\(([^()]+)\)$/u;

const unwrap = (text: string): string => {
  const match = PLACEHOLDER.exec(text.trim());
  return match ? (match[1] ?? match[2] ?? text).trim() : text;
};

/** A source as the view gives every source: its file escaped, and its citation as `ref`. */
const cited = ({ file, line }: { file: string; line: number }) => ({ file: escapeMarkdown(file), line, ref: citation(file, line) });

interface Item {
  topic: string;
  text: string;
  source: { file: string; line: number; ref: string };
}

/**
 * The research checklist under subheadings: items whose field shares its
 * first part with another item's (`personalExperience.…`) go under that part
 * in words (`Personal experience`), each topic then its own last part; the
 * others come first, under no subheading, their topic in full. Strings are
 * escaped, and each source has its `ref` as everywhere in the view.
 */
export function researchGroups(research: Packet['research']): Array<{ topic: string | null; items: Item[] }> {
  const head = (field: string) => (field.includes('.') ? field.slice(0, field.indexOf('.')) : null);
  const counts = new Map<string, number>();
  for (const item of research) {
    const key = head(item.field);
    if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const groups = new Map<string | null, { topic: string | null; items: Item[] }>([[null, { topic: null, items: [] }]]);
  for (const item of research) {
    const key = head(item.field);
    const grouped = key !== null && (counts.get(key) ?? 0) > 1 ? key : null;
    const group = groups.get(grouped) ?? { topic: escapeMarkdown(humanizeField(grouped ?? '')), items: [] };
    const topic = grouped === null ? humanizeField(item.field) : capitalize(item.label?.replace(/[\s?:：]+$/u, '') ?? humanizeField(item.field.slice(grouped.length + 1)));
    group.items.push({ topic: escapeMarkdown(topic), text: escapeMarkdown(unwrap(item.text)), source: cited(item.source) });
    groups.set(grouped, group);
  }
  return [...groups.values()].filter((group) => group.items.length > 0);
}
