import type { Paragraph, PhrasingContent } from 'mdast';
import { textOf } from '../classify/text.js';
import { readLabelled } from './labelled.js';

/**
 * A paragraph of consecutive labelled lines (`__Founded__: 1961` then
 * `__Headquarters__: Leeds` with no blank line between) is several fields,
 * not one: one paragraph per labelled line, each on its own source line. A
 * line with no label continues the line before it, except in a run of
 * `**Name** — description` lines, where each is its own item. Undefined when no line
 * after the first starts a label: the paragraph is one entry as written.
 */
export function splitLabelledLines(paragraph: Paragraph): Paragraph[] | undefined {
  const start = paragraph.position?.start.line;
  if (start === undefined) return undefined;
  const lines = phrasingLines(paragraph.children).map((children, i) => lineParagraph(children, lineOfNodes(children) ?? start + i));
  const out: Paragraph[] = [];
  const boldList = lines[0] !== undefined && isBoldLeadIn(lines[0]);
  // Every line a `name: value` field, lower-case names too (`hq: Leeds` / `employees: 320`): a note's fields, not a sentence run on.
  const fields = lines.length > 1 && lines.every((line) => readLabelled(line) !== undefined);
  for (const [i, line] of lines.entries()) {
    const previous = out.at(-1);
    if (i === 0 || !previous || !(fields || startsLabel(line) || (boldList && isBoldLeadIn(line)))) {
      if (previous) joinLine(previous, line);
      else out.push(line);
    } else {
      out.push(line);
    }
  }
  return out.length > 1 ? out : undefined;
}

/** A later line starts a field when it opens with a bold label or a capitalized `Label:`. */
function startsLabel(line: Paragraph): boolean {
  const first = line.children[0];
  if (!first) return false;
  if (first.type !== 'strong' && !/^\p{Lu}/u.test(textOf(line).trim())) return false;
  return readLabelled(line) !== undefined;
}

/** `**Candor** — we say it plainly`: a bold name, a dash, its description. */
function isBoldLeadIn(line: Paragraph): boolean {
  const [first, ...rest] = line.children;
  return first?.type === 'strong' && /^\s*[-–—]\s+\S/u.test(rest.map(textOf).join(''));
}

/** Phrasing content cut at newlines and hard breaks: one array per source line. */
function phrasingLines(children: readonly PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const child of children) {
    if (child.type === 'break') {
      lines.push([]);
    } else if (child.type === 'text' && child.value.includes('\n')) {
      child.value.split('\n').forEach((part, i) => {
        if (i > 0) lines.push([]);
        const line = child.position && child.position.start.line + i;
        if (part) lines.at(-1)!.push({ type: 'text', value: part, ...(line === undefined ? {} : { position: { start: { line, column: 1 }, end: { line, column: 1 } } }) });
      });
    } else {
      lines.at(-1)!.push(child);
    }
  }
  return lines;
}

/**
 * The source line a line's nodes sit on. Markdown puts each broken line on a
 * line of its own, a page often not (`<li>A<br>B</li>` is one page line), so
 * counting lines from the paragraph's first would cite the lines after it.
 */
function lineOfNodes(children: readonly PhrasingContent[]): number | undefined {
  return children.find((child) => child.position)?.position?.start.line;
}

function lineParagraph(children: PhrasingContent[], line: number): Paragraph {
  return { type: 'paragraph', children, position: { start: { line, column: 1 }, end: { line, column: 1 } } };
}

function joinLine(into: Paragraph, line: Paragraph): void {
  into.children.push({ type: 'text', value: '\n' }, ...line.children);
  into.position = { start: into.position!.start, end: line.position!.end };
}
