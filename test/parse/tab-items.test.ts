import fc from 'fast-check';
import type { List } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { withTabItems } from '../../src/parse/tab-items.js';
import { readText } from '../../src/parse/text-reader.js';
import { splitLines } from '../../src/parse/text-lines.js';
import { headingsOf, nodesOfType as nodes } from './mdast-helpers.js';

describe('a Word document saved as plain text: tab-indented lists, no blank lines', () => {
  const saved = [
    'Acme – interview prep',
    'Responsibilities',
    '\tBuild the dashboards',
    '\tReconcile activity data',
    '\t\tFlag mismatches over 2%',
    '\tMaintain SQL views',
    'Requirements',
    '\tStrong SQL',
    '\tPower BI',
    'Notes',
    '\tParking is free.',
    '\tSend the link on Friday.',
  ].join('\r\n');

  it('reads each tab-indented line as an item, nested by its tabs, under the known heading over it', () => {
    const { tree } = readText(saved.replace(/\r/g, ''));
    expect(headingsOf(tree).map((h) => h.replace(/^\d /, ''))).toEqual(['Responsibilities', 'Requirements', 'Notes']);
    const [duties, requirements] = tree.children.filter((node): node is List => node.type === 'list');
    expect(duties?.children.map((item) => toString(item.children[0]))).toEqual(['Build the dashboards', 'Reconcile activity data', 'Maintain SQL views']);
    expect(toString(duties?.children[1]?.children[1])).toBe('Flag mismatches over 2%');
    expect(requirements?.children).toHaveLength(2);
  });

  it('cites each item at its own line and column', () => {
    const { tree } = readText(saved.replace(/\r/g, ''));
    const [duties] = nodes(tree, 'list') as List[];
    const first = duties?.children[0]?.children[0];
    expect(first?.position?.start).toMatchObject({ line: 3, column: 2 });
  });

  it('keeps a paragraph hard-wrapped at the same tabs as one item: a line that goes on in lower case is no item', () => {
    const wrapped = 'Responsibilities\n\tYou will own the ingestion pipeline that moves order data from\n\tour stores into the warehouse, and work with\n\tthe robotics team.\n\tKeep the dashboards fresh\n\tmonitor them weekly\n';
    const [duties] = nodes(readText(wrapped).tree, 'list') as List[];
    expect(duties?.children.map((item) => toString(item).replace(/\s+/g, ' '))).toEqual([
      'You will own the ingestion pipeline that moves order data from our stores into the warehouse, and work with the robotics team.',
      'Keep the dashboards fresh monitor them weekly',
    ]);
  });

  it('leaves a document indented whole, and one indented line under a flush-left one, as they were', () => {
    const whole = splitLines('\tFirst paragraph of the letter.\n\tSecond paragraph.\n');
    expect(withTabItems(whole, new Set())).toEqual(whole);
    const single = splitLines('Work\n• Build the thing in our\n\tJenkins pipeline\n');
    expect(withTabItems(single, new Set())).toEqual(single);
  });

  it('makes items of a run of two or more tabbed lines under a flush-left line, and of nothing else', () => {
    const word = fc.stringMatching(/^[A-Za-z][a-z]{0,8}$/);
    const line = fc.tuple(fc.integer({ min: 0, max: 2 }), fc.array(word, { minLength: 1, maxLength: 5 })).map(([tabs, words]) => '\t'.repeat(tabs) + words.join(' '));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }), (raw) => {
        const lines = splitLines(raw.join('\n'));
        const out = withTabItems(lines, new Set());
        out.forEach((after, i) => {
          const before = lines[i]!;
          if (after === before) return;
          // An item: its text behind one glyph, starting where the last tab was; from a tabbed line of a run under a flush-left line.
          expect(after.text).toBe(`•${before.text}`);
          expect(after.column).toBe(before.column - 1);
          expect(before.raw.startsWith('\t')).toBe(true);
          let top = i;
          while (top > 0 && lines[top - 1]!.raw.startsWith('\t')) top -= 1;
          expect(top).toBeGreaterThan(0);
          expect(lines[top - 1]!.indent).toBe(0);
        });
      }),
    );
  });
});
