import { describe, expect, it } from 'vitest';
import { numberedHeadingDepth } from '../../src/parse/numbered-heading.js';
import { splitLines } from '../../src/parse/text-lines.js';

describe('numberedHeadingDepth', () => {
  it('decides a line by the chrome it is given, asked again with other chrome', () => {
    const lines = splitLines(['Intro to the company', '1. Apply now', '2. Overview', 'We make rope.'].join('\n'));
    // Read as content, `1. Apply now` makes `2. Overview` the second item of a list;
    expect(numberedHeadingDepth(lines, 2, new Set())).toBeUndefined();
    // left out as chrome, it leaves `2. Overview` a heading of its own.
    expect(numberedHeadingDepth(lines, 2, new Set([lines[1]!.line]))).toBe(2);
  });
});
