import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharedTail, withoutTail } from '../../src/render/shared-tail.js';

describe('sharedTail', () => {
  const sentence = fc.constantFrom('Tell it short.', 'Do not claim it.', 'Be honest.', 'Say "Hi." to them.');
  const sentences = fc.array(fc.array(sentence, { minLength: 1, maxLength: 4 }), { maxLength: 6 });

  it('finds a tail exactly when two texts of more than one sentence end alike', () => {
    fc.assert(
      fc.property(sentences, (parts) => {
        const lasts = parts.filter((p) => p.length > 1).map((p) => p.at(-1));
        expect(sharedTail(parts.map((p) => p.join(' '))) !== null).toBe(new Set(lasts).size < lasts.length);
      }),
    );
    expect(sharedTail(['Tell it short. Be honest.', 'Do not claim it. Be honest.', 'Be honest.'])).toBe('Be honest.');
  });

  it('takes out only a closing run of whole sentences, which put back gives the text', () => {
    fc.assert(
      fc.property(sentences, (parts) => {
        const texts = parts.map((p) => p.join(' '));
        const tail = sharedTail(texts);
        if (tail === null) return;
        expect(texts.filter((t) => t.endsWith(` ${tail}`)).length).toBeGreaterThanOrEqual(2);
        for (const t of texts) {
          const rest = withoutTail(t, tail);
          expect(rest === t || `${rest} ${tail}` === t).toBe(true);
          expect(rest.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
