import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import { leadPhrase } from '../../src/lead-phrase.js';
import { fixtures, repoRoot } from '../helpers/cli.js';
import { build } from './helpers.js';

// Quillmere's notes list news lines with no title of their own, one cut mid-phrase by its sixth word ("…, including").
const { company } = await compile(path.join(fixtures, 'profiles-items7'), 'quillmere', { cwd: repoRoot });
const packet = build(company, 'Backend Engineer');
// Words any reader knows open a phrase: a title ending on one is cut mid-phrase.
const OPENERS = new Set(['including', 'with', 'in', 'and', 'for', 'of', 'the', 'to', 'across', 'while']);

describe('a highlight with no title of its own', () => {
  it('is titled by its first phrase, never a cut ending in "including" or a comma', () => {
    const news = packet.highlights.filter((h) => h.kind === 'news');
    expect(news.map((h) => h.title)).toContain('Rebuilt the tap settlement service');
    for (const h of news) {
      expect(h.title).not.toMatch(/[,;:]$/);
      expect(OPENERS.has(h.title.split(' ').at(-1)!.toLowerCase())).toBe(false);
    }
  });
});

describe('leadPhrase', () => {
  it.each([
    ['Advancements in battery chemistry, including solid-state cells for buses', 'Advancements in battery chemistry'],
    ['Growth in northern markets with localized fares and regional depots', 'Growth in northern markets'],
    ['Increased investment in fare capping and validation for rural routes', 'Increased investment in fare capping'],
    ['Fare capping rolled out to every partner agency, including Aarhus', 'Fare capping rolled out'],
    ['Opened an office in Aarhus', 'Opened an office in Aarhus'],
    ['Contactless taps now settle in two seconds on every route', 'Contactless taps now settle'],
  ])('%s → %s', (text, title) => expect(leadPhrase(text)).toBe(title));

  const word = fc.oneof(fc.stringMatching(/^[A-Za-z][a-z]{0,7}[,;:]?$/), fc.constantFrom(...OPENERS));
  it('is the text\'s first words, at most six, ending on neither punctuation nor a word that opens a phrase', () => {
    const first = fc.stringMatching(/^[A-Z][a-z]{1,7}$/);
    fc.assert(fc.property(first, fc.array(word, { minLength: 6, maxLength: 14 }), (head, words) => {
      const text = [head, ...words].join(' ');
      const title = leadPhrase(text);
      const count = title.split(' ').length;
      expect(count).toBeLessThanOrEqual(6);
      expect(text.startsWith(title)).toBe(true);
      if (count > 1) expect(OPENERS.has(title.split(' ').at(-1)!.toLowerCase())).toBe(false);
      if (count > 1) expect(title).not.toMatch(/[,;:]$/);
    }));
  });
});
