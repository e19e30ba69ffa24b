/**
 * Pandoc's grid tables (`+----+----+` borders around `| cell | cell |`
 * rows, `+====+` under a header row), as a .docx converted to markdown
 * writes every Word table. A cell's text wraps over as many lines as its
 * row needs, so a row is the lines between two borders, its cells joined.
 */
const BORDER = /^\+(?:[-=:]+\+)+[ \t]*$/;
const ROW_LINE = /^\|.*\|[ \t]*$/;

export const isGridBorder = (line: string): boolean => BORDER.test(line);

export interface GridRow {
  /** 0-based index of the row's first line. */
  index: number;
  cells: string[];
}

export interface GridTable {
  /** 0-based indexes of its first and last line (both borders). */
  start: number;
  end: number;
  rows: GridRow[];
}

/** A row line's cells: the text between its walls, trimmed. */
function cellsOf(line: string): string[] {
  return line.trim().slice(1, -1).split('|').map((cell) => cell.trim());
}

/** Cells of the physical lines of one row, each column's parts joined by a space. */
function joinRow(lines: readonly string[]): string[] {
  const cells: string[][] = [];
  for (const line of lines) {
    cellsOf(line).forEach((part, column) => {
      if (part !== '') (cells[column] ??= []).push(part);
    });
  }
  const width = Math.max(...lines.map((line) => cellsOf(line).length));
  return Array.from({ length: width }, (_, column) => (cells[column] ?? []).join(' '));
}

/** The table starting at `start` (a border), or undefined when no row follows it. */
function tableAt(lines: readonly string[], start: number): GridTable | undefined {
  const rows: GridRow[] = [];
  let pending: number[] = [];
  let i = start + 1;
  for (; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (ROW_LINE.test(line)) pending.push(i);
    else if (BORDER.test(line) && pending.length > 0) {
      rows.push({ index: pending[0]!, cells: joinRow(pending.map((k) => lines[k]!)) });
      pending = [];
    } else break;
  }
  return rows.length === 0 ? undefined : { start, end: i - 1 - pending.length, rows };
}

/** Every grid table of a document, in order. */
export function gridTables(lines: readonly string[]): GridTable[] {
  const tables: GridTable[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    if (!BORDER.test(lines[i]!)) continue;
    const table = tableAt(lines, i);
    if (table) {
      tables.push(table);
      i = table.end;
    }
  }
  return tables;
}
