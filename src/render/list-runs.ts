/**
 * A run of one-line list items: consecutive lines that each open an item with
 * the same marker (`- ` or `1. ` at the margin), a blank line before and a
 * blank line or the end of the part after. Each item's text starts with a
 * character that opens no block (see ITEM): then the item is one paragraph
 * whatever came before it (micromark decides whether an empty item or an
 * indented line may start there from state the lines above leave behind), each
 * line is exactly one item of one list, and it parses as in any other run.
 * Only for text that markdown-sections.ts can split (no fences, HTML or definitions).
 */
export interface ListRun {
  /** Where the placeholder line starts in the text given back. */
  offset: number;
  marker: string;
  lines: string[];
}

/** A stand-in for a run: one item with the run's marker, so the blocks around it parse as they do around the run. */
export const PLACEHOLDER = 'x';

// After the marker: not a space, marker, digit, fence, heading, quote, HTML or table character,
// except emphasis (`*a`, `**a`) and a number not followed by `.` or `)`.
const ITEM = /^(- |1\. )(?:[^\s>\-+*0-9#`~<=_|]|\*{1,2}[^\s*]|\d+[^\d.)])/;
const BLANK = /^[ \t]*$/;

function markerOf(line: string | undefined): string | undefined {
  if (line === undefined || line.includes('\r')) return undefined;
  return ITEM.exec(line)?.[1];
}

/** The end (exclusive) of the run starting at `start`, or -1 when the lines there are not a clean run. */
function runEnd(lines: string[], start: number, marker: string): number {
  if (start === 0 || !BLANK.test(lines[start - 1]!)) return -1;
  let end = start;
  while (markerOf(lines[end]) === marker) end++;
  const after = lines[end];
  return after === undefined || BLANK.test(after) ? end : -1;
}

/** The part with each clean run replaced by a placeholder item, and the runs. */
export function extractRuns(part: string): { text: string; runs: ListRun[] } {
  const lines = part.split('\n');
  const out: string[] = [];
  const runs: ListRun[] = [];
  let offset = 0;
  for (let index = 0; index < lines.length; ) {
    const line = lines[index]!;
    const marker = markerOf(line);
    const end = marker === undefined ? -1 : runEnd(lines, index, marker);
    if (marker === undefined || end < 0) {
      out.push(line);
      offset += line.length + 1;
      index++;
      continue;
    }
    runs.push({ offset, marker, lines: lines.slice(index, end) });
    out.push(marker + PLACEHOLDER);
    offset += marker.length + PLACEHOLDER.length + 1;
    index = end;
  }
  return { text: out.join('\n'), runs };
}
