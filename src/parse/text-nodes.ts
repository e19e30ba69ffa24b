import type { List, ListItem, Paragraph, RootContent } from 'mdast';
import type { Bullet } from './bullets.js';
import type { Chip } from './chips.js';
import { rangeOf, spanOf, type TextLine } from './text-lines.js';

// The mdast nodes the plain-text reader builds (TreeBuilder in ./build-tree.ts), each spanning the lines it was read from, as remark's do.

export function paragraphOf(line: number, column: number, text: string): Paragraph {
  const position = spanOf(line, column, text.length);
  return { type: 'paragraph', children: [{ type: 'text', value: text, position }], position };
}

export function extendTo(node: { position?: RootContent['position'] }, line: TextLine): void {
  if (node.position) node.position = { start: node.position.start, end: { line: line.line, column: line.column + line.text.length } };
}

export function newList(item: ListItem, bullet: Bullet): List {
  const list: List = { type: 'list', ordered: bullet.ordered, spread: false, children: [item] };
  if (bullet.ordered) list.start = bullet.start ?? 1;
  if (item.position) list.position = { start: item.position.start, end: item.position.end };
  return list;
}

export function chipList(line: TextLine, chips: readonly Chip[]): List {
  const items = chips.map((chip): ListItem => {
    const position = spanOf(line.line, line.column + chip.start, chip.end - chip.start);
    const paragraph: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: chip.text, position }], position };
    return { type: 'listItem', spread: false, children: [paragraph], position };
  });
  return { type: 'list', ordered: false, spread: false, data: { chips: true }, children: items, position: rangeOf(line, line) };
}

/** The last line of a paragraph's text. */
export function toText(paragraph: Paragraph): string {
  const text = paragraph.children[0];
  return text?.type === 'text' ? (text.value.split('\n').at(-1) ?? '') : '';
}

/** One more line of a wrapped paragraph: the text node spans the lines, as remark's do. */
export function appendLine(paragraph: Paragraph, line: TextLine): void {
  const text = paragraph.children[0];
  if (text?.type === 'text') {
    text.value += `\n${line.text}`;
    extendTo(text, line);
  }
  extendTo(paragraph, line);
}
