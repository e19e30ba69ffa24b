import type { Paragraph } from 'mdast';
import { textOf } from '../classify/text.js';
import type { Entry } from './entries.js';

const MAX_VALUE_WORDS = 8;

/** `Key people<TAB>Jane Doe (CEO)`: a row of a two-column table saved as text (an infobox, a word processor's table). */
const isTabbedRow = (entry: Entry | undefined): entry is Entry =>
  entry !== undefined && entry.node.type === 'paragraph' && entry.labelled !== undefined && textOf(entry.node).includes('\t');

/** `Tomas Ekberg (CEO)`: a short line of no label or sentence that may be one more value of the row above. */
const isMoreValue = (entry: Entry | undefined, line: number): entry is Entry =>
  entry !== undefined && entry.node.type === 'paragraph' && entry.line === line && !entry.labelled && entry.children.length === 0 &&
  !textOf(entry.node).includes('\t') && entry.text.split(/\s+/).length <= MAX_VALUE_WORDS && !/[.!?]$/.test(entry.text);

const lastLine = (entry: Entry): number => entry.node.position?.end.line ?? entry.line;

/**
 * An infobox copied as text lists a field's values one to a line, only the
 * first beside its name: `Founders<TAB>Hélène Marchetti` / `Pierre Aubrac`
 * / `Headquarters<TAB>…`. The lines under a row, up to the next row, are
 * more of its value (`Hélène Marchetti, Pierre Aubrac`), whether or not
 * prep knows the field: never notes of their own. At the end of the rows
 * they count only under a run of two rows or more, where a table is sure.
 */
export function joinRowValues(entries: readonly Entry[]): Entry[] {
  const out: Entry[] = [];
  for (let i = 0; i < entries.length; i += 1) {
    const row = entries[i]!;
    let end = i + 1;
    while (isTabbedRow(row) && isMoreValue(entries[end], lastLine(entries[end - 1]!) + 1)) end += 1;
    const after = entries[end];
    const closed = isTabbedRow(after) && after.line === lastLine(entries[end - 1]!) + 1;
    const inRun = isTabbedRow(out.at(-1)) && lastLine(out.at(-1)!) + 1 === row.line;
    if (end === i + 1 || !(closed || inRun)) {
      out.push(row);
      continue;
    }
    out.push(joined(row, entries.slice(i + 1, end)));
    i = end - 1;
  }
  return out;
}

function joined(row: Entry, more: readonly Entry[]): Entry {
  const value = [row.labelled!.value, ...more.map((entry) => entry.text)].join(', ');
  const start = row.node.position?.start;
  const end = more.at(-1)!.node.position?.end;
  const node: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: `${row.labelled!.label}\t${value}` }], ...(start && end ? { position: { start, end } } : {}) };
  return { ...row, node, text: `${row.labelled!.label} ${value}`, labelled: { label: row.labelled!.label, value } };
}
