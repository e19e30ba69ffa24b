import { classifyHeading } from '../classify/headings.js';
import type { TextLine } from './text-lines.js';

/**
 * A spreadsheet's rows pasted as text: cells separated by tabs, a header row
 * first. When the header's first cell names a section prep knows
 * (`Requirement<TAB>My evidence<TAB>Strength`), the first column is that
 * section's list: the header heads it and each row's first cell is an item.
 * The other columns are the sheet owner's own (their evidence, a score),
 * not the company's, so the item is the first cell alone.
 */
const MIN_ROWS = 2;
const MIN_COLUMNS = 3;

const cellsOf = (line: TextLine): string[] => line.raw.split('\t').map((cell) => cell.trim());
const isRow = (line: TextLine): boolean => line.raw.includes('\t') && cellsOf(line).filter(Boolean).length >= 2;

/** A column's header names one of its items (`Requirement`, `Responsibility`): the section's heading is the plural. */
function headingOf(header: string): string | undefined {
  const plural = `${header.replace(/y$/, 'ie')}s`;
  return [header, plural].find((text) => classifyHeading(text) !== undefined);
}

/** The lines with each such table's header as a heading and its rows as items; other lines as they are. */
export function withTabbedTables(lines: readonly TextLine[]): TextLine[] {
  const out = [...lines];
  for (let i = 0; i < lines.length; i += 1) {
    const header = lines[i]!;
    if (!isRow(header) || (i > 0 && isRow(lines[i - 1]!))) continue;
    let end = i + 1;
    while (end < lines.length && isRow(lines[end]!)) end += 1;
    // Three columns at least: `Products<TAB>Rope, twine` over more such rows is an infobox's name and value, not a header.
    const title = cellsOf(header).filter(Boolean).length >= MIN_COLUMNS ? headingOf(cellsOf(header)[0]!) : undefined;
    if (end - i - 1 < MIN_ROWS || title === undefined) continue;
    out[i] = { ...header, text: title, heading: 2 };
    for (let k = i + 1; k < end; k += 1) out[k] = { ...lines[k]!, text: `• ${cellsOf(lines[k]!)[0]!}` };
    i = end - 1;
  }
  return out;
}
