import type { GluedPart } from './glued-label.js';

/** A gap a PDF's text export leaves between columns: a tab, or three spaces or more. */
const GAP = /\t+| {3,}/g;
const LABEL = /^\p{Lu}[\p{L}'’ -]{0,30}$/u;
const MAX_VALUE_WORDS = 8;

/**
 * A fact table laid out in columns, as a PDF's text export leaves it:
 * `Founded      2009      Headquarters      Aberdeen, Scotland`. Cells that
 * pair up (two pairs or more) as short capitalized names and short values are one `Name<TAB>value`
 * part each (the two-column row a word processor saves), at the line's
 * offsets. Undefined for a line that is not such a row.
 */
export function splitColumnPairs(text: string): GluedPart[] | undefined {
  if (!/\t| {3}/.test(text) || text.length > 300) return undefined;
  const cells: { text: string; offset: number }[] = [];
  let start = 0;
  for (const gap of text.matchAll(GAP)) {
    cells.push({ text: text.slice(start, gap.index), offset: start });
    start = gap.index + gap[0].length;
  }
  cells.push({ text: text.slice(start), offset: start });
  // Two pairs at least: one name and a value three spaces apart may be a sentence spaced out.
  if (cells.length < 4 || cells.length % 2 !== 0) return undefined;
  const parts: GluedPart[] = [];
  for (let i = 0; i < cells.length; i += 2) {
    const [name, value] = [cells[i]!, cells[i + 1]!];
    if (!LABEL.test(name.text) || name.text.split(' ').length > 3 || value.text.split(/\s+/).length > MAX_VALUE_WORDS) return undefined;
    parts.push({ text: `${name.text}\t${value.text}`, offset: name.offset });
  }
  return parts;
}
