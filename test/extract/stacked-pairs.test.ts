import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyHeading } from '../../src/classify/headings.js';
import { fieldOfLabel } from '../../src/extract/fields.js';
import { modelOfText } from '../helpers/model.js';

// An infobox copied with each name on a line over its value.
const page = (lines: readonly string[]) => ['Acme Foods', 'From Wikipedia, the free encyclopedia', ...lines, '', 'History[edit]', 'Acme Foods was founded in a barn.'].join('\n');
const notes = (lines: readonly string[]) => modelOfText('acme/wikipedia.txt', page(lines)).company.notes.map((n) => n.text);

describe('a field name over its value', () => {
  it('pairs with it under a pair prep knows, whether or not prep knows the name', () => {
    const text = notes(['Founded', '1952', 'Key people', 'Jane Doe (CEO)', 'Area served', 'Europe']);
    expect(text).toEqual(expect.arrayContaining(['Key people: Jane Doe (CEO)', 'Area served: Europe']));
    expect(text).not.toContain('Key people');
  });

  it('does not pair a field\'s further values, one to a line, as names over values', () => {
    const text = notes(['Founded', '1952', 'Notable clients', 'Tesco', 'Aldi', 'Lidl', 'Edeka']);
    expect(text.join('\n')).not.toMatch(/Aldi: Lidl/);
    expect(text).toEqual(expect.arrayContaining(['Aldi', 'Lidl', 'Edeka']));
  });

  it('does not glue two lines of a page that has no such pair above them', () => {
    const text = notes(['Key people', 'Jane Doe (CEO)']);
    expect(text).toEqual(expect.arrayContaining(['Key people', 'Jane Doe (CEO)']));
  });

  it('pairs any run of names under a known one, each with its own value', () => {
    // Field names are English words, as an infobox's are; these are names prep does not know.
    const name = fc.tuple(fc.constantFrom('Key', 'Area', 'Notable', 'Former', 'Parent', 'Successor', 'Divisions'), fc.constantFrom('', ' people', ' served', ' names', ' units'))
      .map(([a, b]) => `${a}${b}`).filter((n) => fieldOfLabel(n) === undefined);
    // A value that spells a section heading (`Okr`, `Values`) is one: no infobox value reads so.
    const value = fc.stringMatching(/^[A-Z][a-z]{2,8}(?: [A-Z][a-z]{2,8})?$/).filter((v) => classifyHeading(v) === undefined);
    fc.assert(fc.property(fc.uniqueArray(fc.tuple(name, value), { minLength: 1, maxLength: 4, selector: ([n]) => n.toLowerCase() }), (rows) => {
      const text = notes(['Founded', '1952', ...rows.flatMap(([n, v]) => [n, v])]);
      for (const [n, v] of rows) expect(text).toContain(`${n}: ${v}`);
    }));
  });
});
