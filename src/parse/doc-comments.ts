import type { TextLine } from './text-lines.js';
import type { ChromeLine } from './types.js';

/**
 * A Google Docs (or Word) document downloaded as plain text keeps its
 * reviewers' comments: a letter mark where each is anchored (`research
 * notes[a]`, `ranges[d]`) and, at the very end, each comment's text after
 * its mark (`[a]Title copied from the shared drive`). The marks are not the
 * author's words, and the comments are asides on the draft, not facts of
 * the section the document happens to end in.
 */
const COMMENT = /^\[([a-z]{1,2})\]\S/;
// A mark glued to the word or quote it follows: `notes[a]`, `meet.”[c]`. A list's `[a]` after a space is left alone.
const ANCHOR = /(?<=\S)\[([a-z]{1,2})\]/g;

/** Letters whose mark a line before the comments carries. */
function anchorsBefore(lines: readonly TextLine[], end: number): Set<string> {
  const found = new Set<string>();
  for (const line of lines.slice(0, end)) for (const match of line.text.matchAll(ANCHOR)) found.add(match[1]!);
  return found;
}

/** Index of the first line of the trailing comments (blank lines between them allowed), or the line count when there are none. */
function commentsStart(lines: readonly TextLine[]): number {
  let start = lines.length;
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const text = lines[i]!.text;
    if (text === '') continue;
    if (!COMMENT.test(text)) break;
    start = i;
  }
  return start;
}

/** The trailing comments, when every one answers a mark in the text above. */
export function commentLines(lines: readonly TextLine[]): ChromeLine[] {
  const start = commentsStart(lines);
  const comments = lines.slice(start).filter((line) => line.text !== '');
  if (comments.length === 0) return [];
  const anchors = anchorsBefore(lines, start);
  if (!comments.every((line) => anchors.has(COMMENT.exec(line.text)![1]!))) return [];
  return comments.map(({ line, text }) => ({ line, text }));
}

/**
 * The lines without their comment marks, when the document ends in the comments they point to.
 * `comments` is what {@link commentLines} found in the lines as written, so a reader that has
 * rearranged them (a page read column by column) strips the marks the comments answer.
 */
export function withoutCommentMarks(lines: readonly TextLine[], comments: readonly ChromeLine[] = commentLines(lines)): TextLine[] {
  const first = comments[0]?.line;
  if (first === undefined) return [...lines];
  return lines.map((line) => {
    const text = line.line < first ? line.text.replace(ANCHOR, '') : line.text;
    return text === line.text ? line : { ...line, text };
  });
}
