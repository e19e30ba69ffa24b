import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../src/escape-regexp.js';

describe('escapeRegExp', () => {
  it('makes a pattern that matches the text itself and nothing else, with or without the u flag', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (text, other) => {
        for (const flags of ['', 'u']) {
          const pattern = new RegExp(`^${escapeRegExp(text)}$`, flags);
          expect(pattern.test(text)).toBe(true);
          expect(pattern.test(other)).toBe(other === text);
        }
      }),
    );
  });
});
