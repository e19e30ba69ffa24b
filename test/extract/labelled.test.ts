import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Paragraph } from 'mdast';
import { readLabelled, readLabelledText } from '../../src/extract/labelled.js';
import { parsedMarkdown } from '../helpers/parsed.js';

const paragraph = (markdown: string): Paragraph => {
  const node = parsedMarkdown(markdown).tree.children[0];
  if (node?.type !== 'paragraph') throw new Error('not a paragraph');
  return node;
};

describe('readLabelled', () => {
  it.each([
    ['**Founded**: 1997', 'Founded', '1997'],
    ['**Founded:** 1997', 'Founded', '1997'],
    ['__Founded__: 1997', 'Founded', '1997'],
    ['FOUNDED: 1997', 'FOUNDED', '1997'],
    ['TECHNICAL_DEBT: Legacy systems', 'TECHNICAL_DEBT', 'Legacy systems'],
    ['Market Cap: $280B', 'Market Cap', '$280B'],
    ['**Core values**:', 'Core values', ''],
    ['📌 Team: Teacher Experience', 'Team', 'Teacher Experience'],
    ['Headquarters\tHarrogate, United Kingdom', 'Headquarters', 'Harrogate, United Kingdom'],
  ])('%s', (markdown, label, value) => {
    expect(readLabelled(paragraph(markdown))).toEqual({ label, value });
  });

  it('reads a label before a full-width colon, as Japanese text writes it, whatever the words', () => {
    const word = fc.string({ unit: fc.constantFrom(...'設立本社従業員数創業所在地abcXYZ'), minLength: 1, maxLength: 8 });
    const value = fc.string({ unit: fc.constantFrom(...'1972年新潟県市名 ,.-'), minLength: 1, maxLength: 20 }).filter((v) => v.trim() !== '');
    fc.assert(
      fc.property(word, value, (label, written) => {
        expect(readLabelledText(`${label}：${written}`)).toEqual({ label, value: written.replace(/\s+/g, ' ').trim() });
      }),
    );
    expect(readLabelled(paragraph('**本社**：新潟県新潟市'))).toEqual({ label: '本社', value: '新潟県新潟市' });
  });

  it('does not take a bold lead-in or a sentence for a label', () => {
    expect(readLabelled(paragraph('**Important** things happen here.'))).toBeUndefined();
    expect(readLabelled(paragraph('We shipped three things this year, and then: more.'))).toBeUndefined();
  });

  it('reads a tab-separated row of any text as a label only when a tab separates them', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), (left, right) => {
        const result = readLabelledText(`${left}\t${right}`);
        if (result) expect(`${left}\t${right}`.replace(/\s+/g, ' ')).toContain(result.value);
      }),
    );
    expect(readLabelledText('Founded 1894')).toBeUndefined();
  });

  it('never throws and keeps the value inside the text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const tree = parsedMarkdown(text).tree;
        for (const node of tree.children) {
          if (node.type !== 'paragraph') continue;
          const result = readLabelled(node);
          if (result) expect(result.label.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
