import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withPageColumns } from '../../src/parse/page-columns.js';
import { pageNumbers, runningHeaders } from '../../src/parse/page-chrome.js';
import { splitLines } from '../../src/parse/text-lines.js';

const pad = (left: string, right: string): string => `${left.padEnd(46)}${right}`.trimEnd();
const page = [
  pad('Chair\'s statement', 'At a glance'),
  '',
  pad('2024 was the year our sensors moved from', 'Founded      2011'),
  pad('pilot projects to the core of how the', 'Employees    540'),
  pad('utilities we serve run their networks.', 'Revenue      £86m'),
  'We thank our colleagues for a good year.',
  '',
  'Competitors',
].join('\n');

describe('a page in two columns', () => {
  it('reads the left column, then the right, each part at its own line', () => {
    const read = withPageColumns(splitLines(page)).map((line) => [line.line, line.text]);
    expect(read.filter(([, text]) => text !== '')).toEqual([
      [1, 'Chair\'s statement'], [3, '2024 was the year our sensors moved from'], [4, 'pilot projects to the core of how the'],
      [5, 'utilities we serve run their networks.'], [6, 'We thank our colleagues for a good year.'],
      [1, 'At a glance'], [3, 'Founded      2011'], [4, 'Employees    540'], [5, 'Revenue      £86m'],
      [8, 'Competitors'],
    ]);
  });

  it('leaves a table of short names beside their descriptions as it is', () => {
    const table = ['Pipeline Ear          Acoustic leak sensor fitted through a hydrant', 'Clearwell             Water-quality probe for chlorine', 'Insight               Cloud platform for the network model'].join('\n');
    expect(withPageColumns(splitLines(table))).toEqual(splitLines(table));
  });

  it('keeps every line\'s words, in order within each column, and never throws', () => {
    const word = fc.stringMatching(/^[a-z]{1,8}$/);
    const cell = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));
    const row = fc.oneof(fc.tuple(cell, cell).map(([l, r]) => pad(l, r)), cell, fc.constant(''), cell.map((r) => ' '.repeat(46) + r));
    fc.assert(fc.property(fc.array(row, { maxLength: 25 }), (rows) => {
      const lines = splitLines(rows.join('\n'));
      const read = withPageColumns(lines);
      const words = (texts: string[]): string[] => texts.join(' ').split(/\s+/).filter(Boolean).sort();
      expect(words(read.map((l) => l.text))).toEqual(words(lines.map((l) => l.text)));
      for (const line of read) expect(lines[line.line - 1]!.raw).toContain(line.text);
    }));
  });

  it('drops a page number that the next page follows straight after its form feed', () => {
    const lines = splitLines('Text.\n\n                2\n\fAcme plc      Annual Report\n');
    expect([...pageNumbers(lines)]).toEqual([3]);
  });

  it('drops a running header from its first page on when a cover page has its own title', () => {
    const covered = splitLines('ACME ROPE\nAnnual Report\n\fAcme Rope plc   Annual Report\nText.\n\fAcme Rope plc   Annual Report\nMore.\n');
    expect([...runningHeaders(covered)]).toEqual([3, 5]);
    const titled = splitLines('Acme Rope plc   Annual Report\nText.\n\fAcme Rope plc   Annual Report\nMore.\n');
    expect([...runningHeaders(titled)]).toEqual([3]);
  });
});
