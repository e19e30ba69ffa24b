import type { TextLine } from './text-lines.js';

/**
 * A printed document pasted as text keeps its form feeds (`\f`), one per
 * page break. The first line of each page that more than one page starts
 * with is the running header (`Acme Rope | Company Overview`, however short):
 * chrome on every page but the first, whose first line is the document's title.
 */
export function runningHeaders(lines: readonly TextLine[]): Set<number> {
  const heads: TextLine[] = [];
  let pageStart = true;
  for (const line of lines) {
    if (line.raw.includes('\f')) pageStart = true;
    if (pageStart && line.text !== '') {
      heads.push(line);
      pageStart = false;
    }
  }
  const counts = new Map<string, number>();
  for (const head of heads) counts.set(head.text, (counts.get(head.text) ?? 0) + 1);
  // The first page's first line is the document's title; a header a cover page goes without is chrome from its first page on.
  return new Set(heads.filter((head, i) => i > 0 && counts.get(head.text)! >= 2).map((head) => head.line));
}

/**
 * A printed page's bare number (`4`, `27`) on a line of its own between
 * blank lines: a page number, never content. A year (`2024`) over a
 * paragraph is a timeline's heading, so only up to three digits count.
 * The last page's number may end the text, or a form feed follow it.
 */
export function pageNumbers(lines: readonly TextLine[]): Set<number> {
  const blank = (line: TextLine | undefined): boolean => line === undefined || line.text === '';
  const found = new Set<number>();
  // The next page's first line may follow it straight away, after its form feed.
  const pageBreak = (line: TextLine | undefined): boolean => line !== undefined && line.raw.startsWith('\f');
  lines.forEach((line, i) => {
    if (/^\d{1,3}$/.test(line.text) && blank(lines[i - 1]) && (blank(lines[i + 1]) || pageBreak(lines[i + 1]))) found.add(line.line);
  });
  return found;
}
