/**
 * micromark slows down more than linearly on a long document of many small
 * blocks (a 1 MB log takes seconds per pass), so a long document is parsed
 * in pieces cut before ATX headings at the margin, where every block ends
 * anyway. Never inside a fenced code block, where a `#` line is code. A document with
 * link reference definitions (`[1]: https://…`) is parsed whole: a piece
 * would not see a definition in another.
 */
export const CHUNK_CHARS = 32_000;

export interface Chunk {
  text: string;
  /** Lines before the chunk in the document. */
  lineOffset: number;
  /** Characters before the chunk in the document. */
  charOffset: number;
}

const FENCE = /^ {0,3}(```|~~~)/;
// Only at the margin: an indented heading may be a list item's (`- a` / `  # b`).
const HEADING = /^#{1,6}(?:[ \t]|$)/;
// In a quote or list item (`> [1]: …`, `- [1]: …`) a definition still serves the whole document.
const DEFINITION = /^[ \t>*+\-\d.)]*\[[^\]\n]{1,999}\]:/m;

export function chunksOf(body: string): Chunk[] {
  if (body.length <= CHUNK_CHARS || DEFINITION.test(body)) return [{ text: body, lineOffset: 0, charOffset: 0 }];
  const lines = body.split('\n');
  const chunks: Chunk[] = [];
  let start = 0;
  let size = 0;
  let chars = 0;
  let fence: string | undefined;
  lines.forEach((line, i) => {
    const marker = FENCE.exec(line)?.[1];
    if (marker && (fence === undefined || marker === fence)) fence = fence === undefined ? marker : undefined;
    if (fence === undefined && HEADING.test(line) && size >= CHUNK_CHARS && i > start) {
      chunks.push({ text: lines.slice(start, i).join('\n'), lineOffset: start, charOffset: chars - size });
      start = i;
      size = 0;
    }
    size += line.length + 1;
    chars += line.length + 1;
  });
  chunks.push({ text: lines.slice(start).join('\n'), lineOffset: start, charOffset: chars - size });
  return chunks;
}
