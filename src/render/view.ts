import type { Packet } from '../model/packet.js';
import { atAGlance } from './at-a-glance.js';
import { humanizeField } from './humanize-field.js';
import { groupByLabel } from './group-by-label.js';
import { citation, escapeMarkdown } from './escape-markdown.js';

/**
 * The data a markdown template sees: the packet with every string escaped for
 * markdown (so templates can print fields with `{{…}}` and stay safe), plus a
 * few derived lists documented in templates/README.md.
 */
export type PacketView = Record<string, unknown>;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Keys that are optional in the schema, filled in so that strict templates can test them. */
const OPTIONAL_WITH_SOURCE = { label: null, group: null } as const;

function escapeDeep(value: unknown): Json {
  if (typeof value === 'string') return escapeMarkdown(value);
  if (Array.isArray(value)) return value.map(escapeDeep);
  if (value === null || typeof value !== 'object') return (value ?? null) as Json;
  const record = value as Record<string, unknown>;
  const out: Record<string, Json> = {};
  if ('source' in record) Object.assign(out, OPTIONAL_WITH_SOURCE);
  for (const [key, item] of Object.entries(record)) out[key] = escapeDeep(item);
  if (typeof record.file === 'string') {
    out.ref = citation(record.file, typeof record.line === 'number' ? record.line : undefined);
  }
  return out;
}

const BUILD_KINDS = new Set(['product', 'initiative']);

const bare = (text: string): string => text.replace(/[\s.,;:…]+$/u, '').toLowerCase();

/**
 * A title that is the whole text, or just the first words of its own
 * sentence, says nothing new: `showTitle` is false then. Short names heading
 * a longer text (`Open Connect`) stay as headings.
 */
function withShowTitle(packet: Packet, escaped: Json[]): Array<Record<string, Json>> {
  return packet.highlights.map((item, index) => {
    const title = item.title.replace(/[\s.,;:…]+$/u, '');
    const sentenceStart = title.split(/\s+/).length > 3 && item.text.startsWith(title);
    const whole = bare(item.title) === bare(item.text);
    return { ...(escaped[index] as Record<string, Json>), showTitle: !sentenceStart && !whole };
  });
}

/** Builds the template context for one packet. Pure: same packet, same view. */
export function buildView(packet: Packet): PacketView {
  const escaped = escapeDeep(packet) as { highlights: Json[]; research: Json[]; company: { notes: Array<Record<string, Json>> } } & Record<string, Json>;
  const highlights = withShowTitle(packet, escaped.highlights);
  return {
    ...escaped,
    highlights,
    date: packet.builtAt.slice(0, 10),
    sourceCount: packet.sources.length,
    atAGlance: atAGlance(packet.company),
    whatTheyBuild: highlights.filter((item) => BUILD_KINDS.has(String(item.kind))),
    strategyNow: highlights.filter((item) => !BUILD_KINDS.has(String(item.kind))),
    worksheet: packet.candidate === null,
    notesByLabel: groupByLabel(packet.company.notes, escaped.company.notes),
    research: packet.research.map((item, index) => ({
      ...(escaped.research as Array<Record<string, Json>>)[index],
      topic: escapeMarkdown(humanizeField(item.field)),
    })),
  };
}
