import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import wordListPath from 'word-list';
import { describe, expect, it } from 'vitest';
import { LineSet } from '../../src/parse/line-set.js';

/** What a LineSet must answer: the text's non-empty lines, a `\r` before `\n` dropped. */
const reference = (text: string) => new Set(text.split('\n').map((line) => line.replace(/\r$/, '')).filter((line) => line !== ''));

describe('LineSet', () => {
  it('holds exactly the non-empty lines of any text (duplicates, CRLF, unicode, a missing last newline)', () => {
    const line = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('', '\r', 'a\r', 'ä', '日本', '😀x'));
    const text = fc.array(line, { maxLength: 40 }).map((lines) => lines.join('\n'));
    const probe = fc.oneof(line, fc.string({ maxLength: 8 }));
    fc.assert(
      fc.property(text, fc.array(probe, { maxLength: 20 }), (body, probes) => {
        const set = new LineSet(body);
        const expected = reference(body);
        for (const word of [...expected, ...probes]) expect(set.has(word)).toBe(expected.has(word));
      }),
      { numRuns: 500 },
    );
  });

  it('answers like a Set of the English word list, word for word', () => {
    const text = readFileSync(wordListPath, 'utf8');
    const set = new LineSet(text);
    const expected = reference(text);
    for (const word of expected) if (!set.has(word)) expect.fail(`lost "${word}"`);
    // Near misses: each word with a letter added, dropped or changed.
    const misses = [...expected].filter((_, i) => i % 97 === 0).flatMap((w) => [`${w}q`, w.slice(1), `x${w.slice(1)}`]);
    for (const word of misses) expect(set.has(word)).toBe(expected.has(word));
  });
});
