import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withTabbedTables } from '../../src/parse/tabbed-table.js';
import { splitLines } from '../../src/parse/text-lines.js';

const sheet = ['Role\tData Engineer', '', 'Requirement\tMy evidence\tScore', 'Strong SQL\tfive years at Lakeview\t5', 'Airflow\tnone yet\t1', '', 'Notes'].join('\n');

describe('a spreadsheet pasted as tab-separated rows', () => {
  it('reads a table whose header names a section as that section\'s items, first column only', () => {
    const read = withTabbedTables(splitLines(sheet));
    expect(read.map((line) => [line.text, line.heading])).toEqual([
      ['Role\tData Engineer', undefined], ['', undefined], ['Requirements', 2], ['• Strong SQL', undefined], ['• Airflow', undefined], ['', undefined], ['Notes', undefined],
    ]);
  });

  it('leaves a table with an unknown header, a single row, or an infobox\'s names and values as it is', () => {
    const infobox = 'Key people\tJane Doe\nProducts\tRope, twine\nRevenue\t€12 million\nWebsite\tacme.example\n';
    for (const text of ['Stage\tDate\tWith\nScreen\t2025-01-27\tMaja\nTake-home\t2025-02-03\t-\n', 'Requirement\tEvidence\tScore\nSQL\tyes\t5\n', infobox]) {
      expect(withTabbedTables(splitLines(text))).toEqual(splitLines(text));
    }
  });

  it('keeps every line at its number and never throws', () => {
    const cell = fc.constantFrom('Requirement', 'Questions', 'x', 'Stage', '', 'a b');
    const row = fc.array(cell, { minLength: 1, maxLength: 4 }).map((cells) => cells.join('\t'));
    fc.assert(fc.property(fc.array(row, { maxLength: 12 }), (rows) => {
      const lines = splitLines(rows.join('\n'));
      expect(withTabbedTables(lines).map((line) => line.line)).toEqual(lines.map((line) => line.line));
    }));
  });
});
