import type { Packet } from '../model/packet.js';
import { leadPhrase } from '../lead-phrase.js';
import { escapeMarkdown } from './escape-markdown.js';

type Highlight = Packet['highlights'][number];
type Row = Record<string, unknown>;

const bare = (text: string): string => text.replace(/[\s.,;:…]+$/u, '').toLowerCase();

/**
 * A title that is the whole text, or just the first words of its own
 * sentence (the lead phrase tailor titles an untitled line with), says
 * nothing new. Short names heading a longer text (`Open Connect`) stay as headings.
 */
function showsTitle(item: Highlight): boolean {
  const title = item.title.replace(/[\s.,;:…]+$/u, '');
  const sentenceStart = title.split(/\s+/).length > 3 && item.text.startsWith(title);
  const derived = item.kind !== 'product' && item.title === leadPhrase(item.text);
  return !sentenceStart && !derived && bare(item.title) !== bare(item.text);
}

/** The text without the key results it ends with (an OKR's description), since those are listed one by one. */
function leadOf(item: Highlight): string {
  const tail = (item.keyResults ?? []).map((k) => k.text).join('; ');
  if (!tail || !item.text.endsWith(tail)) return item.text;
  return item.text.slice(0, item.text.length - tail.length).replace(/[\s;]+$/u, '');
}

/**
 * The escaped highlights with what templates print them by: `showTitle`,
 * `lead`, and `related`/`keyResults` filled in as empty lists, so that strict
 * templates can loop over them without a guard.
 */
export function highlightView(highlights: Packet['highlights'], escaped: Row[]): Row[] {
  return highlights.map((item, index) => ({
    related: [],
    keyResults: [],
    ...escaped[index],
    showTitle: showsTitle(item),
    lead: escapeMarkdown(leadOf(item)),
  }));
}
