import type { Element, Root as HastRoot, Text } from 'hast';
import type { Nodes, Root } from 'mdast';
import type { Point } from 'unist';

/*
 * Positions of a saved page's text at the text itself: parse5 starts a text
 * node at the whitespace before it (`<p>` then the words on the next line),
 * and an element at its tag, often on a line of markup only. Facts cite the
 * line that holds their words.
 */

/**
 * Positions from their offsets, which parse5 keeps right where its lines can
 * be off (a bare `&` before a newline counts the newline twice), and each
 * text node's moved onto its first and last visible character; returns the page lines that hold text.
 */
export function placeText(tree: HastRoot, body: string): Set<number> {
  const lines = new Set<number>();
  const pointAt = locator(body);
  const stack: Array<HastRoot | Element> = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    for (const child of node.children) {
      const { start, end } = child.position ?? {};
      if (start?.offset !== undefined && end?.offset !== undefined) child.position = { start: pointAt(start.offset), end: pointAt(end.offset) };
      if (child.type === 'element') stack.push(child);
      else if (child.type === 'text') placeOne(child, body, lines, !(node.type === 'element' && node.tagName === 'pre'));
    }
  }
  return lines;
}

/** The point (line, column) of an offset in the body. */
function locator(body: string): (offset: number) => Point {
  const starts = [0];
  for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let [low, high] = [0, starts.length - 1];
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1, offset };
  };
}

/** A text node's position on its visible characters (when `trim`), the lines they are on added to `lines`. */
function placeOne(text: Text, body: string, lines: Set<number>, trim: boolean): void {
  const start = text.position?.start;
  const end = text.position?.end;
  // Whitespace alone is not text; parse5 may stretch such a node over end tags after it (`</body>`, `</html>`).
  if (!start || !end || start.offset === undefined || end.offset === undefined || text.value.trim() === '') return;
  let first: Point | undefined;
  let last: Point | undefined;
  let { line, column } = start;
  for (let offset = start.offset; offset < end.offset; offset++) {
    const char = body.charCodeAt(offset);
    if (char === 10) {
      line += 1;
      column = 1;
      continue;
    }
    if (char !== 32 && char !== 9 && char !== 12) {
      lines.add(line);
      first ??= { line, column, offset };
      last = { line, column: column + 1, offset: offset + 1 };
    }
    column += 1;
  }
  if (trim && first && last) text.position = { start: first, end: last };
}

/** Every block and inline node spans its text: from its first positioned child to its last (line breaks aside). */
export function spanText(node: Nodes): void {
  if (!('children' in node)) return;
  let start: Point | undefined;
  let end: Point | undefined;
  for (const child of node.children) {
    spanText(child);
    if (child.type === 'break' || !child.position) continue;
    start ??= child.position.start;
    end = child.position.end;
  }
  if (start && end) node.position = { start, end };
}

/** The root spans the whole page, as remark's does. */
export function spanPage(tree: Root, body: string): void {
  const lines = body.split('\n');
  tree.position = { start: { line: 1, column: 1, offset: 0 }, end: { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1, offset: body.length } };
}
