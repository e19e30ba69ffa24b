import type { TextLine } from './text-lines.js';

/**
 * A two-column table of names and what they are, as a PDF's text export or
 * a fixed-width page leaves it: `Pipeline Ear     Acoustic leak sensor…`,
 * each description starting at one column and wrapping under itself. A
 * reader sees a list of named things; each row is read as an item
 * (`• Pipeline Ear – Acoustic leak sensor…`) and its wrapped lines carry on
 * under it. A fact table (`Founded   2011`) has short values and is
 * aligned-rows.ts's; prose with a wide space in it has no run of rows.
 */
const ROW = /^(\p{Lu}[\p{L}\p{N}'’&.+-]*(?: [\p{L}\p{N}'’&.+-]+){0,3}) {3,}(\S.*)$/u;
const MIN_ROWS = 2;
const DESCRIPTION_WORDS = 4;

/** The row's name, its description, and the column the description starts at. */
function rowOf(line: TextLine): { name: string; value: string; at: number } | undefined {
  const match = ROW.exec(line.text);
  if (!match || / {3,}/.test(match[2]!)) return undefined;
  return { name: match[1]!, value: match[2]!, at: line.column - 1 + line.text.length - match[2]!.length };
}

const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1;

/** Indexes of the rows from `from` on that share one description column, wrapped lines between them allowed. */
function runAt(lines: readonly TextLine[], from: number): number[] {
  const first = rowOf(lines[from]!);
  if (!first) return [];
  const rows = [from];
  for (let i = from + 1; i < lines.length; i += 1) {
    const line = lines[i]!;
    const row = rowOf(line);
    if (row && near(row.at, first.at)) rows.push(i);
    else if (!(line.text !== '' && near(line.column - 1, first.at))) break;
  }
  return rows;
}

/** The lines with each run of name–description rows written as list items; other lines as they are. */
export function withDefinitionRows(lines: readonly TextLine[]): TextLine[] {
  const out = [...lines];
  for (let i = 0; i < lines.length; i += 1) {
    const rows = runAt(lines, i);
    const described = rows.filter((k) => rowOf(lines[k]!)!.value.split(/\s+/).length >= DESCRIPTION_WORDS);
    if (rows.length < MIN_ROWS || described.length * 2 < rows.length) {
      // Passed over whole: retried from each of its rows, a long aligned table would take quadratic time.
      if (rows.length > 1) i = rows.at(-1)!;
      continue;
    }
    for (const k of rows) {
      const { name, value } = rowOf(lines[k]!)!;
      out[k] = { ...lines[k]!, text: `• ${name} – ${value}` };
    }
    i = rows.at(-1)!;
  }
  return out;
}
