import { fieldOfLabel } from '../extract/fields.js';
import type { TextLine } from './text-lines.js';

/** `Key people  Jane Doe (CEO)`: a short capitalized name, a gap of two spaces or more, one value (a line of several pairs is column-pairs.ts's). */
const ROW = /^(\p{Lu}[\p{L}'’ -]{0,30}?\S) {2,}(\S(?:(?! {2}|\t).)*)$/u;
const MAX_NAME_WORDS = 4;
const MIN_ROWS = 3;
const MIN_KNOWN = 2;

const rowOf = (line: TextLine): [string, string] | undefined => {
  const match = ROW.exec(line.text);
  return match && match[1]!.split(' ').length <= MAX_NAME_WORDS ? [match[1]!, match[2]!] : undefined;
};

/**
 * An infobox or fact table copied with spaces for its column gap (a text
 * browser's dump, a page whose tabs were lost): `Founded  1987`, `Key
 * people  Jane Doe (CEO)`, a row to a line. In a run of such rows (three or
 * more, two at least naming fields prep knows, short value lines allowed
 * between them) each row reads as the tab-separated row it was, so a name
 * prep does not know is still a name. Two spaces in a lone line of prose
 * are left alone.
 */
export function withAlignedRows(lines: readonly TextLine[]): TextLine[] {
  const out = [...lines];
  let run: number[] = [];
  const settle = (): void => {
    const rows = run.filter((index) => rowOf(lines[index]!));
    const known = rows.filter((index) => fieldOfLabel(rowOf(lines[index]!)![0]) !== undefined);
    if (rows.length >= MIN_ROWS && known.length >= MIN_KNOWN) for (const index of rows) out[index] = tabbed(lines[index]!);
    run = [];
  };
  lines.forEach((line, index) => {
    if (rowOf(line) || (run.length > 0 && line.text !== '' && !line.text.includes('  '))) run.push(index);
    else settle();
  });
  settle();
  return out;
}

function tabbed(line: TextLine): TextLine {
  const [name, value] = rowOf(line)!;
  return { ...line, text: `${name}\t${value}` };
}
