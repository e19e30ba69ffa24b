import type { TextLine } from './text-lines.js';

/**
 * A page laid out in two columns, as `pdftotext -layout` prints it: each
 * line holds the left column's line, a run of spaces, then the right
 * column's, which starts at the same place down the page. Read across, the
 * chair's letter runs into the fact box beside it; read as a reader does,
 * the left column comes first, then the right. Each part keeps its line.
 * A table of short names beside their descriptions is left alone: its left
 * cells are labels, where a page's left column is prose filling its width.
 */
const GAP = / {3,}/;
const TOLERANCE = 2;
const MIN_COLUMN = 30;
const MIN_SPLIT = 3;
const FILLED = 0.55;

type Part = { kind: 'blank' | 'left' | 'right' | 'split' | 'other'; start: number };

/** How a line sits against a right column starting at `column` (undefined: not known yet). */
function partOf(line: TextLine, column: number | undefined): Part {
  if (line.text === '') return { kind: 'blank', start: 0 };
  if (line.raw.includes('\t')) return { kind: 'other', start: 0 };
  const lead = line.column - 1;
  const near = (start: number): boolean => column === undefined || Math.abs(start - column) <= TOLERANCE;
  if (lead >= MIN_COLUMN && near(lead)) return { kind: 'right', start: lead };
  const gap = GAP.exec(line.raw.slice(lead));
  if (gap) {
    const start = lead + gap.index + gap[0].length;
    return near(start) ? { kind: 'split', start } : { kind: 'other', start };
  }
  return column !== undefined && lead + line.text.length < column - 1 ? { kind: 'left', start: 0 } : { kind: 'other', start: 0 };
}

/** The run of lines from `from` that sit in two columns, and where the right one starts. */
interface Block {
  end: number;
  column: number;
  parts: Part[];
  /** False when the lines split at this column are too few or too short to be a page's columns. */
  columns: boolean;
}

function blockAt(lines: readonly TextLine[], from: number): Block | undefined {
  const first = partOf(lines[from]!, undefined);
  if (first.kind !== 'split' || first.start < MIN_COLUMN) return undefined;
  const parts: Part[] = [first];
  let end = from + 1;
  while (end < lines.length) {
    const part = partOf(lines[end]!, first.start);
    if (part.kind === 'other') break;
    parts.push(part);
    end += 1;
  }
  // A rejected run is passed over whole: retried from each of its lines, a long aligned table would take quadratic time.
  const scanned = end;
  // The block ends with its right column, and the left column's lines straight under it: a blank line later, the page is one column again.
  let last = parts.findLastIndex((part) => part.kind === 'split' || part.kind === 'right');
  while (parts[last + 1]?.kind === 'left') last += 1;
  end = from + last + 1;
  parts.length = last + 1;
  // How far across its column each left part reaches, on average.
  const splits = parts.flatMap((part, i) => (part.kind === 'split' ? [leftOf(lines[from + i]!, part).raw.length] : []));
  const filled = splits.reduce((sum, width) => sum + width / first.start, 0) / splits.length;
  const columns = splits.length >= MIN_SPLIT && filled >= FILLED;
  return { end: columns ? end : scanned, column: first.start, parts, columns };
}

const leftOf = (line: TextLine, part: Part): TextLine => {
  const raw = part.kind === 'split' ? line.raw.slice(0, part.start).trimEnd() : line.raw;
  return { ...line, raw, text: raw.trim() };
};
const rightOf = (line: TextLine, part: Part, column: number): TextLine => {
  const raw = line.raw.slice(part.start).trimEnd();
  return { ...line, raw, text: raw.trim(), indent: Math.max(0, part.start - column), column: part.start + 1 };
};
const blank = (line: TextLine): TextLine => ({ ...line, raw: '', text: '', indent: 0, column: 1 });

/** A block's lines read column by column: its left parts, a blank line, its right parts. */
function readColumns(lines: readonly TextLine[], from: number, block: { column: number; parts: Part[] }): TextLine[] {
  const left: TextLine[] = [];
  const right: TextLine[] = [];
  block.parts.forEach((part, i) => {
    const line = lines[from + i]!;
    if (part.kind === 'split' || part.kind === 'left') left.push(leftOf(line, part));
    // A line with text in the right column only is a break in the left, unless a sentence runs on past it.
    else if (part.kind === 'blank' || !/^\p{Ll}/u.test(nextLeft(lines, from, block.parts, i)) || /[.!?]$/.test(left.at(-1)?.text ?? '.')) left.push(blank(line));
    right.push(part.kind === 'split' || part.kind === 'right' ? rightOf(line, part, block.column) : blank(line));
  });
  return [...left, blank(lines[from + block.parts.length - 1]!), ...right];
}

function nextLeft(lines: readonly TextLine[], from: number, parts: readonly Part[], i: number): string {
  for (let k = i + 1; k < parts.length; k += 1) {
    const part = parts[k]!;
    if (part.kind === 'split' || part.kind === 'left') return leftOf(lines[from + k]!, part).text;
    if (part.kind === 'blank') return '';
  }
  return '';
}

/** The lines with each two-column block read column by column; other lines as they are. */
export function withPageColumns(lines: readonly TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  for (let i = 0; i < lines.length; ) {
    const block = blockAt(lines, i);
    const end = block?.end ?? i + 1;
    out.push(...(block?.columns ? readColumns(lines, i, block) : lines.slice(i, end)));
    i = end;
  }
  return out;
}
