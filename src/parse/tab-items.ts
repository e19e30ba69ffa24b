import { parseBullet } from './bullets.js';
import type { TextLine } from './text-lines.js';

/** Lines in a row that start with a tab, for them to be a list rather than one indented line. */
const MIN_RUN = 2;

const tabbed = (line: TextLine): boolean => line.raw.startsWith('\t') && line.text !== '';

/**
 * Word's "Save as Plain Text" keeps a list's indentation as tabs and drops
 * its bullet glyphs, with no blank line anywhere: `Responsibilities` over
 * `\tBuild the dashboards` over `\t\tFlag mismatches`. A run of two or more
 * tab-indented lines right under a line written flush left is that list, so
 * each of its lines is an item, nested by its tabs. A document indented
 * whole, or one indented line under a list item that stopped mid-sentence,
 * has no flush-left line over a run of them and is read as it was.
 */
export function withTabItems(lines: readonly TextLine[], chrome: ReadonlySet<number>): TextLine[] {
  const items = new Set<number>();
  let start = 0;
  while (start < lines.length) {
    if (!tabbed(lines[start]!)) {
      start += 1;
      continue;
    }
    let end = start;
    while (end < lines.length && tabbed(lines[end]!)) end += 1;
    const above = lines[start - 1];
    const headed = above !== undefined && above.text !== '' && above.indent === 0 && !chrome.has(above.line);
    if (headed && end - start >= MIN_RUN) for (let i = start; i < end; i++) if (!wraps(lines[i - 1]!, lines[i]!)) items.add(i);
    start = end;
  }
  return lines.map((line, index) => (items.has(index) && parseBullet(line.text) === undefined ? asItem(line) : line));
}

/**
 * A line that goes on with the one above: a paragraph hard-wrapped at the
 * same tabs, the line above stopping mid-sentence and this one going on in
 * lower case. Word's own export never wraps, so such a line is no item.
 */
function wraps(above: TextLine, line: TextLine): boolean {
  return tabbed(above) && tabDepth(above) === tabDepth(line) && !/[.!?:;]$/.test(above.text) && /^\p{Ll}/u.test(line.text);
}

const tabDepth = (line: TextLine): number => /^\t*/.exec(line.raw)![0].length;

/** The line as an item: a glyph where the last tab was, so the item's text keeps its columns. */
function asItem(line: TextLine): TextLine {
  return { ...line, text: `•${line.text}`, column: line.column - 1 };
}
