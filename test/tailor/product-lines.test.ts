import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import type { Packet } from '../../src/model/packet.js';
import { productSubject } from '../../src/tailor/product-lines.js';
import { fixtures, repoRoot } from '../helpers/cli.js';
import { build } from './helpers.js';

// Quillmere's profile lists a line per product under "Key Products & Initiatives" and the products themselves below.
const { company } = await compile(path.join(fixtures, 'profiles-items7'), 'quillmere', { cwd: repoRoot });
const packet = build(company, 'Backend Engineer');
const product = (p: Packet, name: string) => p.highlights.find((h) => h.kind === 'product' && h.title === name);
const lines = (p: Packet) => p.highlights.flatMap((h) => [h.text, ...(h.related ?? []).map((r) => r.text)]);

describe('a line whose subject is a named product', () => {
  it('is folded into that product: one entry, both texts and sources', () => {
    expect(product(packet, 'Fare Engine')?.related).toEqual([
      { text: 'Fare Engine now settles contactless taps within two seconds, even on buses that lose coverage.', source: { file: 'quillmere/company-profile.txt', line: 26 } },
    ]);
    expect(product(packet, 'Depot Planner')?.related?.map((r) => r.source.line)).toEqual([27]);
    expect(packet.highlights.filter((h) => h.kind === 'initiative').map((h) => h.source.line)).not.toContain(26);
    expect(packet.highlights.filter((h) => h.kind === 'initiative').map((h) => h.source.line)).not.toContain(27);
  });

  it('loses no line: each text appears once in the packet', () => {
    const texts = lines(packet);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('leaves lines that only start like a product, or name the company, where they were', () => {
    for (const h of packet.highlights) expect((h.related ?? []).map((r) => r.text).join(' ')).not.toMatch(/Fare Engineering|Quillmere serves/);
    // ...and the one the packet picks is still there, a highlight of its own at its line.
    expect(packet.highlights.filter((h) => h.text.startsWith('Fare Engineering')).map((h) => h.source.line)).toEqual([28]);
  });
});

describe('productSubject', () => {
  const names = ['Fare Engine', 'Depot Planner', 'Quillmere Rider'];
  it.each([
    ['Fare Engine now settles taps', 'Fare Engine'],
    ['The depot planner schedules charging', 'Depot Planner'],
    ['Our Fare Engine’s validators sync', 'Fare Engine'],
    ['fare engine: tap validation', 'Fare Engine'],
  ])('%s is about %s', (text, name) => expect(productSubject(text, names, 'Quillmere Transit')).toBe(name));

  it.each(['Fare Engineering guilds review rules', 'Quillmere serves 60 agencies', 'Then Fare Engine settles', 'Fare Engine'])(
    '%s is about no product', (text) => expect(productSubject(text, names, 'Quillmere Transit')).toBeUndefined(),
  );

  it('never takes the company itself for a product of the same name', () => {
    expect(productSubject('Quillmere serves 60 agencies', ['Quillmere'], 'Quillmere')).toBeUndefined();
  });

  it('prefers the longest name that fits, and never a name followed by more letters', () => {
    const word = fc.stringMatching(/^[A-Z][a-z]{2,8}$/);
    fc.assert(fc.property(word, word, fc.stringMatching(/^[a-z]{1,6}$/), (a, b, tail) => {
      expect(productSubject(`${a} ${b} ships weekly`, [a, `${a} ${b}`], 'Acme')).toBe(`${a} ${b}`);
      expect(productSubject(`${a}${tail} ships weekly`, [a], 'Acme')).toBeUndefined();
    }));
  });
});
