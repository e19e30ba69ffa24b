import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withDefinitionRows } from '../../src/parse/definition-rows.js';
import { readText } from '../../src/parse/text-reader.js';
import { splitLines } from '../../src/parse/text-lines.js';

const table = [
  'Our products',
  '',
  'Pipeline Ear          Acoustic leak sensor installed through a standard hydrant; its',
  '                      battery lasts seven years.',
  'Clearwell             Multi-parameter water-quality probe for chlorine and pH.',
].join('\n');

describe('a table of names and their descriptions, in columns of spaces', () => {
  it('reads each row as an item, its wrapped line carrying on under it', () => {
    const read = withDefinitionRows(splitLines(table));
    expect(read.map((line) => line.text)).toEqual([
      'Our products', '', '• Pipeline Ear – Acoustic leak sensor installed through a standard hydrant; its', 'battery lasts seven years.',
      '• Clearwell – Multi-parameter water-quality probe for chlorine and pH.',
    ]);
    const { tree } = readText(table);
    expect(tree.children.map((node) => node.type)).toEqual(['heading', 'list']);
  });

  it('leaves a fact table\'s short values, a lone row and prose alone', () => {
    for (const text of ['Founded      2011\nEmployees    540\n', 'Pipeline Ear     Acoustic leak sensor installed through a hydrant\n', 'We grew.   Then we grew more and more.\nIt was good.\n']) {
      expect(withDefinitionRows(splitLines(text))).toEqual(splitLines(text));
    }
  });

  it('keeps every line at its number and its words, and never throws', () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,7}$/);
    const row = fc.oneof(
      fc.tuple(word, fc.array(word, { minLength: 1, maxLength: 6 })).map(([name, words]) => `${name.padEnd(14)}${words.join(' ')}`),
      fc.array(word, { maxLength: 5 }).map((words) => ' '.repeat(14) + words.join(' ')),
      fc.string({ maxLength: 20 }),
    );
    fc.assert(fc.property(fc.array(row, { maxLength: 15 }), (rows) => {
      const lines = splitLines(rows.join('\n'));
      const read = withDefinitionRows(lines);
      expect(read.map((l) => l.line)).toEqual(lines.map((l) => l.line));
      read.forEach((l, i) => expect(l.text.replace(/^• /, '').replace(' – ', ' ').split(/\s+/)).toEqual(lines[i]!.text.split(/\s+/)));
    }));
  });
});
