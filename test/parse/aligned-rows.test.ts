import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withAlignedRows } from '../../src/parse/aligned-rows.js';
import { splitLines } from '../../src/parse/text-lines.js';
import { modelOfText } from '../helpers/model.js';

const texts = (body: string) => withAlignedRows(splitLines(body)).map((line) => line.text);

describe('an infobox whose column gap is spaces', () => {
  const box = ['Acme Foods', 'Type  Public', 'Founded  1952', 'Key people  Jane Doe (CEO)', 'Sam Roe (CFO)', 'Headquarters   Leeds, England', '', 'Acme Foods makes frozen meals.'].join('\n');

  it('reads as the tab-separated rows it was: known fields fill the model, the others are `name: value` notes', () => {
    const { company } = modelOfText('acme/wiki.txt', box);
    expect([company.overview.founded?.text, company.overview.headquarters?.text, company.overview.ownership?.text]).toEqual(['1952', 'Leeds, England', 'Public']);
    expect(company.notes.map((n) => n.text)).toContain('Key people: Jane Doe (CEO), Sam Roe (CFO)');
  });

  it('leaves two spaces in prose, and a run naming fewer than two known fields, as written', () => {
    expect(texts('Notes\nWe met on Monday.  It went well.\nThen  we left.')).toEqual(['Notes', 'We met on Monday.  It went well.', 'Then  we left.']);
    expect(texts('Apples  red\nPears  green\nPlums  purple')).toEqual(['Apples  red', 'Pears  green', 'Plums  purple']);
  });

  it('reads any gap of two spaces or more the way a tab reads', () => {
    const known = fc.constantFrom('Founded', 'Headquarters', 'Industry', 'Type', 'Revenue', 'Number of employees');
    const other = fc.stringMatching(/^[A-Z][a-z]{2,8}(?: [a-z]{2,8})?$/);
    const value = fc.stringMatching(/^[A-Za-z0-9(),.]{1,10}(?: [A-Za-z0-9(),.]{1,10}){0,2}$/);
    const row = fc.tuple(fc.oneof(known, other), value, fc.integer({ min: 2, max: 8 }));
    fc.assert(fc.property(fc.tuple(known, value, fc.integer({ min: 2, max: 8 })), fc.tuple(known, value, fc.integer({ min: 2, max: 8 })), fc.array(row, { minLength: 1, maxLength: 5 }), (a, b, more) => {
      const rows = [a, b, ...more];
      expect(texts(rows.map(([name, v, gap]) => `${name}${' '.repeat(gap)}${v}`).join('\n'))).toEqual(rows.map(([name, v]) => `${name}\t${v}`));
    }));
  });
});
