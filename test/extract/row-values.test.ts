import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelOfText } from '../helpers/model.js';

// An infobox copied as text: `Name<TAB>value` rows, a field's further values on lines of their own under it.
const infobox = (rows: readonly (readonly string[])[]) =>
  ['Acme Foods', 'From Wikipedia, the free encyclopedia', ...rows.flatMap(([name, ...values]) => [`${name}\t${values[0]}`, ...values.slice(1)]), '', 'History[edit]', 'Acme Foods was founded in a barn.'].join('\n');
const notes = (text: string) => modelOfText('acme/wikipedia.txt', text).company.notes.map((n) => n.text);

describe('rows of an infobox copied as text', () => {
  it('read a field prep does not know as `name: value`, never as one run of words', () => {
    const text = notes(infobox([['Founded', '1952'], ['Key people', 'Jane Doe (CEO)'], ['Area served', 'Europe']]));
    expect(text).toEqual(expect.arrayContaining(['Key people: Jane Doe (CEO)', 'Area served: Europe']));
    expect(text.join('\n')).not.toMatch(/Key people Jane|Area served Europe/);
  });

  it('take the lines under a row, up to the next row, as more of its value', () => {
    const text = notes(infobox([['Founders', 'Ada Larkspur', 'Ben Larkspur'], ['Headquarters', 'Leeds'], ['Key people', 'Jane Doe (CEO)', 'Sam Roe (CFO)']]));
    expect(text).toEqual(expect.arrayContaining(['Founders: Ada Larkspur, Ben Larkspur', 'Key people: Jane Doe (CEO), Sam Roe (CFO)']));
    expect(text).not.toContain('Ben Larkspur');
    expect(text).not.toContain('Sam Roe (CFO)');
  });

  it('keep every value of any field, under its own name', () => {
    const name = fc.stringMatching(/^[A-Z][a-z]{2,8}(?: [a-z]{2,8})?$/).filter((n) => !/^(?:Founded|Type|Industry|Headquarters|Revenue|Website)$/i.test(n));
    const value = fc.stringMatching(/^[A-Z][a-z]{2,8}(?: [A-Z][a-z]{2,8})?$/);
    const row = fc.tuple(name, fc.array(value, { minLength: 1, maxLength: 3 }));
    fc.assert(fc.property(fc.uniqueArray(row, { minLength: 2, maxLength: 4, selector: ([n]) => n.toLowerCase() }), (rows) => {
      const text = notes(infobox(rows.map(([n, values]) => [n, ...values])));
      for (const [n, values] of rows) expect(text).toContain(`${n}: ${values.join(', ')}`);
    }));
  });
});
