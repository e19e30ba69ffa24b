import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flagToCountry, splitGluedLabel } from '../../src/parse/glued-label.js';

describe('splitGluedLabel', () => {
  it('takes the flag, the place and the glued label apart', () => {
    expect(splitGluedLabel('🇺🇸 Los Gatos, CA, United StatesMarket Cap: $280B')).toEqual([
      { text: 'Los Gatos, CA, United States', offset: 5, data: { country: 'US' } },
      { text: 'Market Cap: $280B', offset: 33 },
    ]);
  });

  it('splits several glued labels generically', () => {
    const parts = splitGluedLabel('Berlin, GermanyEmployees: 4,200Founded: 2011');
    expect(parts?.map((p) => p.text)).toEqual(['Berlin, Germany', 'Employees: 4,200', 'Founded: 2011']);
  });

  it('keeps a flag as a country code even without a label', () => {
    expect(splitGluedLabel('🇩🇪 Munich, Germany')).toEqual([{ text: 'Munich, Germany', offset: 5, data: { country: 'DE' } }]);
    expect(flagToCountry('🇯🇵')).toBe('JP');
  });

  it('leaves ordinary lines alone', () => {
    for (const line of ['Founded: 1997', 'Market Cap: $280B', 'Los Gatos, California', 'Our new MacBook: fast', 'Note: see McKinsey: report'])
      expect(splitGluedLabel(line), line).toBeUndefined();
  });

  it('never throws and every part is a piece of the line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (line) => {
        for (const part of splitGluedLabel(line) ?? []) expect(line.slice(part.offset)).toContain(part.text);
      }),
    );
  });
});
