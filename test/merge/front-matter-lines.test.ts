import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frontMatterLines } from '../../src/merge/front-matter-lines.js';

describe('frontMatterLines', () => {
  it.each([
    ['a block of three lines', ['---', 'role: SRE', '---', '# Title'], 3],
    ['a block after a BOM', ['\uFEFF---', 'role: SRE', '---'], 3],
    ['a block that names its language', ['---yaml', 'role: SRE', '---'], 3],
    ['a block closed by ...', ['---', 'role: SRE', '...', 'text'], 3],
    ['no opening fence', ['# Title', '---', 'text', '---'], 0],
    ['no closing fence (a rule at the top of a page)', ['---', 'Some text'], 0],
    ['an empty file', [], 0],
  ])('%s → %i', (_name, lines, expected) => {
    expect(frontMatterLines(lines)).toBe(expected);
  });

  it('ends the block at its first closing fence, whatever the body holds', () => {
    fc.assert(
      fc.property(fc.array(fc.string().filter((s) => !/^(?:---|\.\.\.)\s*$/.test(s) && !s.includes('\n'))), fc.array(fc.string()), (block, body) => {
        expect(frontMatterLines(['---', ...block, '---', ...body])).toBe(block.length + 2);
      }),
    );
  });
});
