/**
 * micromark is superlinear on some shapes: emphasis and link brackets by the
 * hundred in one paragraph (70 kB of `*a_` takes minutes) and containers
 * nested hundreds deep (`>>>>…`, lists indented 2000 columns). No real note
 * looks like that, so such input is flattened before parsing: delimiters
 * escaped (the text stays, as literal characters), nesting capped. Lines keep
 * their numbers.
 */
const MAX_DELIMITERS_PER_RUN = 64;
// Where a new inline run (paragraph, list item, heading, table row) starts.
const RUN_START = /^[ \t]*(?:[-*+>#|]|\d{1,9}[.)])/;
/** A paragraph this long is no note: markdown parsing it would take seconds per block. */
export const MAX_MARKDOWN_BLOCK = 100_000;
// An escape is matched whole and kept: escaping the delimiter of `\*` again gives `\\*`, a backslash and a live `*`.
const DELIMITER = /\\[\s\S]|[*_[\]]/g;

function escapeLine(line: string): string {
  // Keep a leading list marker (`* item`) working; escape the rest.
  const lead = /^\s*(?:[*_]\s+)?/.exec(line)?.[0] ?? '';
  return lead + line.slice(lead.length).replace(DELIMITER, (match) => (match.length === 2 ? match : `\\${match}`));
}

const MAX_INDENT = 64;
const MAX_CONTAINERS = 16;
// One block-quote or list marker of a line's container prefix; sticky, so each step is short.
const CONTAINER = /[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))/y;

/** Cap a line's indentation, and make its 17th nested container marker literal text. */
function capNesting(line: string): string {
  const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
  const capped = indent.length > MAX_INDENT ? ' '.repeat(MAX_INDENT) + line.slice(indent.length) : line;
  CONTAINER.lastIndex = 0;
  let end = 0;
  for (let depth = 0; depth <= MAX_CONTAINERS; depth++) {
    const start = CONTAINER.lastIndex;
    if (!CONTAINER.exec(capped)) return capped;
    if (depth === MAX_CONTAINERS) {
      const marker = start + (/^[ \t]*/.exec(capped.slice(start, CONTAINER.lastIndex))?.[0].length ?? 0);
      return `${capped.slice(0, marker)}\\${capped.slice(marker)}`;
    }
    end = CONTAINER.lastIndex;
  }
  return capped.slice(0, end) + capped.slice(end);
}

function countDelimiters(lines: readonly string[]): number {
  let count = 0;
  for (const line of lines) for (let i = 0; i < line.length; i++) if ('*_[]'.includes(line.charAt(i))) count++;
  return count;
}

/** Line ranges [start, end) of inline runs: a paragraph, a list item, a heading, a table row, a blank line. */
function runsOf(lines: readonly string[]): [number, number][] {
  const runs: [number, number][] = [];
  let start = 0;
  for (let end = 1; end <= lines.length; end++) {
    const next = lines[end];
    if (end < lines.length && next !== undefined && next.trim() !== '' && (lines[end - 1] ?? '').trim() !== '' && !RUN_START.test(next)) continue;
    runs.push([start, end]);
    start = end;
  }
  return runs;
}

/** The markdown body with over-dense inline runs escaped and nesting capped (the body itself when nothing changed). */
export function defuseDelimiters(body: string): string {
  const lines = body.split('\n').map(capNesting);
  let changed = false;
  for (const [start, end] of runsOf(lines)) {
    if (countDelimiters(lines.slice(start, end)) <= MAX_DELIMITERS_PER_RUN) continue;
    for (let at = start; at < end; at++) lines[at] = escapeLine(lines[at] ?? '');
    changed = true;
  }
  const defused = lines.join('\n');
  return changed || defused.length !== body.length ? defused : body;
}

/** Whether some inline run is too long to parse as markdown in reasonable time. */
export function hasGiantBlock(body: string): boolean {
  const lines = body.split('\n');
  return runsOf(lines).some(([start, end]) => lines.slice(start, end).reduce((sum, line) => sum + line.length + 1, 0) > MAX_MARKDOWN_BLOCK);
}
