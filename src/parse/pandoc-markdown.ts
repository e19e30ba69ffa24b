import { gridTables, isGridBorder, type GridTable } from './grid-table.js';
import { spellDashes, unwrapSpans } from './pandoc-inline.js';
import type { ChromeLine } from './types.js';
import type { ConvertedMarkdown } from './wiki-markup.js';

/**
 * Markdown pandoc wrote from a Word document (`pandoc -t markdown x.docx`):
 * grid tables, `[text]{.underline}` spans, a `\` at a line's end for each
 * line break the author typed, and `**Bold**` paragraphs where the author
 * bolded a heading instead of styling it. remark reads none of these as
 * their reader sees them, so the document is written over into the markdown
 * it means first, each line taken back to its own by `lineOf`.
 */
const SPAN_SIGN = /\]\{(?:[.#]|[\w-]+=)/;
const PANDOC_LIST = /^(?:-|\d{1,2}\.)(?: {2,3})\S/;
const BOLD_LINE = /^\*\*([^*\n]+?)\*\*:?[ \t]*$/;
const HARD_BREAK = /(?<!\\)\\$/;
const FENCE = /^\s*(?:```|~~~)/;
const HEADING_WORDS = 10;

/** Whether a document is pandoc's markdown: an attribute span, or a grid table beside pandoc's spaced list markers or bold-line headings. */
export function isPandocMarkdown(body: string): boolean {
  if (SPAN_SIGN.test(body)) return true;
  const lines = body.split('\n');
  if (gridTables(lines).length === 0) return false;
  return lines.some((line) => PANDOC_LIST.test(line) || BOLD_LINE.test(line));
}

/** A two-column table is a list of facts (`Founded: 2015`); a wider one a GFM table, its first row the header. */
function tableLines(table: GridTable): { text: string; index: number }[] {
  const plain = (cell: string): string => spellDashes(cell).replace(/^\*\*(.*)\*\*$/, '$1').replace(/:$/, '').trim();
  if (table.rows.every((row) => row.cells.length <= 2)) {
    return table.rows.map(({ cells, index }) => ({ text: cells.map(plain).filter(Boolean).join(': '), index }));
  }
  const row = (cells: readonly string[]): string => `| ${cells.map((cell) => spellDashes(cell).replace(/\|/g, '\\|')).join(' | ')} |`;
  const [head, ...body] = table.rows;
  const width = head!.cells.length;
  return [
    { text: row(head!.cells), index: head!.index },
    { text: `|${' --- |'.repeat(width)}`, index: head!.index },
    ...body.map(({ cells, index }) => ({ text: row(cells), index })),
  ];
}

/** A bold-only paragraph (blank lines around it, a few words, no sentence's end) as a heading: the first the title. `before`: the line written above it. */
function asHeading(lines: readonly string[], i: number, before: string | undefined, first: boolean): string | undefined {
  const bold = BOLD_LINE.exec(lines[i]!)?.[1]?.trim();
  const alone = (before ?? '').trim() === '' && (lines[i + 1] ?? '').trim() === '';
  if (!bold || !alone || bold.split(/\s+/).length > HEADING_WORDS || /[.!?]$/.test(bold)) return undefined;
  return `${first ? '#' : '##'} ${bold}`;
}

/** The document as markdown: tables rewritten where they stand, bold lines as headings, a hard break as a paragraph's end. */
export function pandocToMarkdown(body: string): ConvertedMarkdown {
  const lines = unwrapSpans(body).split('\n');
  const tables = new Map(gridTables(lines).map((table) => [table.start, table]));
  const out: string[] = [];
  const origin: number[] = [];
  const chrome: ChromeLine[] = [];
  const push = (text: string, index: number): void => void (out.push(text), origin.push(index + 1));
  let code = false;
  let headings = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const table = code ? undefined : tables.get(i);
    if (table) {
      for (let k = table.start; k <= table.end; k += 1) if (isGridBorder(lines[k]!)) chrome.push({ line: k + 1, text: lines[k]!.trim() });
      push('', i);
      // Each fact a paragraph of its own, so `Founded: 2015` reads as a field.
      const facts = table.rows.every((row) => row.cells.length <= 2);
      for (const { text, index } of tableLines(table)) {
        push(text, index);
        if (facts) push('', index);
      }
      push('', table.end);
      i = table.end;
      continue;
    }
    if (FENCE.test(line)) code = !code;
    if (code || FENCE.test(line)) {
      push(line, i);
      continue;
    }
    const heading = asHeading(lines, i, out.at(-1), headings === 0);
    if (heading) headings += 1;
    push(spellDashes(heading ?? line.replace(HARD_BREAK, '')), i);
    if (!heading && HARD_BREAK.test(line)) push('', i);
  }
  return { text: out.join('\n'), lineOf: (line) => origin[line - 1] ?? line, chrome };
}
