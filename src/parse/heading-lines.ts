import type { Heading, Paragraph, Text } from 'mdast';
import type { Point } from 'unist';
import { classifyHeading } from '../classify/headings.js';

const MAX_WORDS = 3;

/**
 * The first line of a paragraph when it is a heading the table knows, typed
 * without `#` right over what it heads (`Sources` / `acme.example` /
 * `Acme on LinkedIn`, as a chat assistant's answer ends): a short line with a
 * capital and no punctuation, plain text, and more lines under it.
 */
export function headingLine(paragraph: Paragraph): string | undefined {
  const first = paragraph.children[0];
  if (first?.type !== 'text' || !first.position) return undefined;
  const newline = first.value.indexOf('\n');
  if (newline < 0 || first.value.slice(newline + 1).trim() === '') return undefined;
  const line = first.value.slice(0, newline).trim();
  if (!/^\p{Lu}[\p{L}\s&]*$/u.test(line) || line.split(/\s+/).length > MAX_WORDS) return undefined;
  return classifyHeading(line) ? line : undefined;
}

const after = (point: Point, chars: number, lines = 0): Point => ({
  line: point.line + lines,
  column: lines > 0 ? 1 : point.column + chars,
  ...(point.offset === undefined ? {} : { offset: point.offset + chars }),
});

/** The paragraph as a heading (its first line) over a paragraph (the rest), each at its own lines. */
export function splitAtHeadingLine(paragraph: Paragraph, depth: Heading['depth']): [Heading, Paragraph] {
  const [first, ...others] = paragraph.children as [Text, ...Paragraph['children']];
  const start = paragraph.position!.start;
  const newline = first.value.indexOf('\n');
  const headingEnd = after(start, newline);
  const restStart = after(start, newline + 1, 1);
  const text = first.value.slice(0, newline).trim();
  const heading: Heading = { type: 'heading', depth, children: [{ type: 'text', value: text, position: { start, end: headingEnd } }], position: { start, end: headingEnd } };
  const rest: Text = { type: 'text', value: first.value.slice(newline + 1), position: { start: restStart, end: first.position!.end } };
  return [heading, { type: 'paragraph', children: [rest, ...others], position: { start: restStart, end: paragraph.position!.end } }];
}
