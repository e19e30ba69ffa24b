import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textOf } from '../../src/classify/text.js';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';

describe('textOf', () => {
  it('reads a <br> inside a table cell or an item as the line break it is, not as glue', () => {
    const tree = parseMarkdown('| Fact | Value |\n| --- | --- |\n| Headquarters | Porto,<br>Portugal |\n\n- Candor<br/>and care\n');
    const table = tree.children[0];
    const cell = table?.type === 'table' ? table.children[1]?.children[1] : undefined;
    expect(cell && textOf(cell)).toBe('Porto, Portugal');
    expect(textOf(tree.children[1]!)).toBe('Candor and care');
  });

  it('drops any other inline tag and keeps the words around it', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,8}$/), fc.stringMatching(/^[a-z]{1,8}$/), (a, b) => {
        const tree = parseMarkdown(`${a} <span>${b}</span> ${a}`);
        expect(textOf(tree)).toBe(`${a} ${b} ${a}`);
      }),
    );
  });
});
