import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commentLines, withoutCommentMarks } from '../../src/parse/doc-comments.js';
import { readText } from '../../src/parse/text-reader.js';
import { splitLines } from '../../src/parse/text-lines.js';

const doc = ['Acme – research notes[a]', '', 'Mission', '“Rope you can trust.”[b]', '', 'Competitors', '•\tKnotwell[c]', '', '[a]Title from the drive', '[b]from the About page', '[c]ask about this'].join('\n');

describe('a document downloaded with its comments', () => {
  it('drops the comments at its end and the marks that point to them', () => {
    expect(commentLines(splitLines(doc)).map((c) => c.line)).toEqual([9, 10, 11]);
    expect(withoutCommentMarks(splitLines(doc)).slice(0, 7).map((l) => l.text)).toEqual(['Acme – research notes', '', 'Mission', '“Rope you can trust.”', '', 'Competitors', '•\tKnotwell']);
    const { chrome } = readText(doc);
    expect(chrome.map((c) => c.line)).toEqual(expect.arrayContaining([9, 10, 11]));
  });

  it('leaves a list lettered `[a]` and a mark with no comment alone', () => {
    const lettered = 'Options\n[a] rope\n[b] twine\n';
    expect(commentLines(splitLines(lettered))).toEqual([]);
    const unanswered = 'Acme notes[a]\n\n[b]a comment on nothing\n';
    expect(commentLines(splitLines(unanswered))).toEqual([]);
    expect(withoutCommentMarks(splitLines(unanswered)).map((l) => l.text)).toEqual(['Acme notes[a]', '', '[b]a comment on nothing', '']);
  });

  it('strips the marks the comments found in the lines as written answer, once those lines are rearranged', () => {
    const lines = splitLines(doc);
    const comments = commentLines(lines);
    // Read in another order, as a page in columns is: the marks go by line number, not by place.
    const shuffled = [...lines.slice(0, 8)].reverse();
    const out = withoutCommentMarks(shuffled, comments);
    expect(out.map((l) => l.line)).toEqual(shuffled.map((l) => l.line));
    expect(out.map((l) => l.text).join('\n')).not.toMatch(/\[[a-c]\]/);
    expect(withoutCommentMarks(shuffled, [])).toEqual(shuffled);
    const { tree } = readText(doc);
    expect(JSON.stringify(tree)).not.toMatch(/(?<=\S)\[[a-c]\]/);
  });

  it('keeps every line at its number, less only its marks, and never throws', () => {
    const line = fc.oneof(fc.constantFrom('x[a]', '[a]note', '[b]other', '', 'y[b] z'), fc.string({ maxLength: 12 }));
    fc.assert(fc.property(fc.array(line, { maxLength: 20 }), (lines) => {
      const split = splitLines(lines.join('\n'));
      const out = withoutCommentMarks(split);
      expect(out.map((l) => l.line)).toEqual(split.map((l) => l.line));
      // Only marks go: each line keeps its words, in order.
      out.forEach((l, i) => expect(split[i]!.text.replace(/\[[a-z]{1,2}\]/g, '')).toBe(l.text.replace(/\[[a-z]{1,2}\]/g, '')));
    }));
  });
});
