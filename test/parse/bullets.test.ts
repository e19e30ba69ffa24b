import { describe, expect, it } from 'vitest';
import { parseBullet } from '../../src/parse/bullets.js';

describe('parseBullet', () => {
  it.each([
    ['• Judgment', 'Judgment', false],
    ['•Tight bullet', 'Tight bullet', false],
    ['- dash', 'dash', false],
    ['* star', 'star', false],
    ['▪ square', 'square', false],
    ['◦ hollow', 'hollow', false],
    ['–\ten dash and tab', 'en dash and tab', false],
    ['— em dash', 'em dash', false],
    ['3. third', 'third', true],
    ['12) twelfth', 'twelfth', true],
  ])('%j is an item', (line, text, ordered) => {
    expect(parseBullet(line)).toMatchObject({ text, ordered });
  });

  it.each(['-5% revenue', '*emphasis*', '2024. A record year', '•', '- ', 'Plain line', '–3 °C overnight', '—without a space'])('%j is not', (line) => {
    expect(parseBullet(line)).toBeUndefined();
  });
});
