/**
 * A run of short list items: consecutive lines that each open an item with
 * the same marker (`- ` or `1. ` at the margin), each followed by any number
 * of one-line sub-items (`- ` indented by the marker's width: an OKR's key
 * results, a product's other lines), a blank line before the run and a
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
  /** Each item's text: its line and its sub-items' lines. */
  items: string[];
}

/** A stand-in for a run: one item with the run's marker, so the blocks around it parse as they do around the run. */
export const PLACEHOLDER = 'x';

// After the marker: not a space, marker, digit, fence, heading, quote, HTML or table character,
// except emphasis (`*a`, `**a`) and a number not followed by `.` or `)`.
const ITEM_TEXT = String.raw`(?:[^\s>\-+*0-9#\`~<=_|]|\*{1,2}[^\s*]|\d+[^\d.)])`;
const ITEM = new RegExp(`^(- |1\\. )${ITEM_TEXT}`);
const SUB_ITEM = new RegExp(`^( +)- ${ITEM_TEXT}`);
const BLANK = /^[ \t]*$/;

function markerOf(line: string | undefined): string | undefined {
  if (line === undefined || line.includes('\r')) return undefined;
  return ITEM.exec(line)?.[1];
}

/** A sub-item of an item opened by `marker`: indented by exactly the marker's width, so it nests one level. */
const isSubItem = (line: string | undefined, marker: string): boolean =>
  line !== undefined && !line.includes('\r') && SUB_ITEM.exec(line)?.[1]?.length === marker.length;

/** The run's items starting at `start` and the line after them, or undefined when the lines there are not a clean run. */
function runAt(lines: string[], start: number, marker: string): { items: string[]; end: number } | undefined {
  if (start === 0 || !BLANK.test(lines[start - 1]!)) return undefined;
  const items: string[] = [];
  let end = start;
  while (markerOf(lines[end]) === marker) {
    const first = end++;
    while (isSubItem(lines[end], marker)) end++;
    items.push(lines.slice(first, end).join('\n'));
  }
  const after = lines[end];
  return after === undefined || BLANK.test(after) ? { items, end } : undefined;
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
    const run = marker === undefined ? undefined : runAt(lines, index, marker);
    if (marker === undefined || run === undefined) {
      out.push(line);
      offset += line.length + 1;
      index++;
      continue;
    }
    runs.push({ offset, marker, items: run.items });
    out.push(marker + PLACEHOLDER);
    offset += marker.length + PLACEHOLDER.length + 1;
    index = run.end;
  }
  return { text: out.join('\n'), runs };
}
