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
    ['o\tWord level two', 'Word level two', false],
    ['§\tWord level three', 'Word level three', false],
    ['・減速機コントローラの開発', '減速機コントローラの開発', false],
    ['･半角の中黒', '半角の中黒', false],
  ])('%j is an item', (line, text, ordered) => {
    expect(parseBullet(line)).toMatchObject({ text, ordered });
  });

  it.each(['-5% revenue', '*emphasis*', '2024. A record year', '•', '- ', 'Plain line', '–3 °C overnight', '—without a space', 'o no tab here', '§ 12 of the act'])('%j is not', (line) => {
    expect(parseBullet(line)).toBeUndefined();
  });
});
