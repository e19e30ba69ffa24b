import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharedTail, withoutTail } from '../../src/render/shared-tail.js';

describe('sharedTail', () => {
  it('takes out only a closing run of whole sentences, which put back gives the text', () => {
    const sentence = fc.constantFrom('Tell it short.', 'Do not claim it.', 'Be honest.', 'Say "Hi." to them.');
    const text = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), (texts) => {
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
