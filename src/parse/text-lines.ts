import type { Position } from 'unist';

/** One physical line of a plain-text document. */
export interface TextLine {
  /** 1-based line number in the file. */
  line: number;
  /** The line as written. */
  raw: string;
  /** The line without surrounding whitespace. */
  text: string;
  /** Columns of leading whitespace (a tab counts as 4). */
  indent: number;
  /** 1-based column where `text` starts. */
  column: number;
  /** A heading the source itself marks as one (an encyclopedia's `[edit]` link after it, a filing's registered name), at this depth. */
  heading?: 1 | 2;
}

export function splitLines(body: string): TextLine[] {
  return body.split('\n').map((raw, index) => {
    const lead = raw.length - raw.trimStart().length;
    let indent = 0;
    for (let i = 0; i < lead; i++) indent += raw[i] === '\t' ? 4 : 1;
    return { line: index + 1, raw, text: raw.trim(), indent, column: lead + 1 };
  });
}

/** Position of a span of one line, columns 1-based and end-exclusive like mdast. */
export function spanOf(line: number, startColumn: number, length: number): Position {
  return { start: { line, column: startColumn }, end: { line, column: startColumn + length } };
}

/** Position from the start of one line's text to the end of another's. */
export function rangeOf(first: TextLine, last: TextLine): Position {
  return { start: { line: first.line, column: first.column }, end: { line: last.line, column: last.column + last.text.length } };
}
