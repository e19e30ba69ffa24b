import { describe, expect, it } from 'vitest';
import { MARGIN_TEXT_COLOR } from '../../src/render/page-css.js';
import { renderPacket } from '../../src/render/render-packet.js';
import { browserPage, show } from './browser-page.js';
import { contrast, needed } from './contrast.js';
import { loadPacket } from './fixtures.js';
import { longTextPacket } from './long-text-packet.js';

const browser = browserPage();

interface Styled {
  text: string;
  points: number;
  color: string;
  background: string;
}

/** Every element that holds text itself: its size in points, its colour and the first background behind it. */
async function textStyles(html: string, media: 'screen' | 'print' = 'print'): Promise<Styled[]> {
  await show(browser(), html, media === 'print' ? 673 : 1280, media);
  return browser().evaluate(`[...document.querySelectorAll('body *')]
    .filter((element) => [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent.trim()))
    .map((element) => {
      let background = 'rgb(255, 255, 255)';
      for (let at = element; at; at = at.parentElement) {
        const fill = getComputedStyle(at).backgroundColor;
        if (!/^rgba\\(.*, 0\\)$|^transparent$/.test(fill)) { background = fill; break; }
      }
      const style = getComputedStyle(element);
      return { text: element.tagName + ': ' + element.textContent.slice(0, 40), points: parseFloat(style.fontSize) * 0.75, color: style.color, background };
    })`) as Promise<Styled[]>;
}

describe('contrast', () => {
  it('prints all text dark on light: 7:1 for small print such as citations, 4.5:1 for the rest', async () => {
    for (const packet of [loadPacket('mle'), longTextPacket()]) {
      const styles = await textStyles(await renderPacket(packet, { format: 'html' }));
      expect(styles.length).toBeGreaterThan(100);
      const faint = styles.filter((style) => contrast(style.color, style.background) < needed(style.points));
      expect(faint.map((style) => `${style.text} (${style.points}pt, ${contrast(style.color, style.background).toFixed(2)}:1)`)).toEqual([]);
    }
  });

  it('prints the running head and foot, small print, at 7:1', () => {
    expect(contrast(MARGIN_TEXT_COLOR, '#ffffff')).toBeGreaterThanOrEqual(needed(7.5));
  });
});

describe('type sizes', () => {
  // 7pt on paper is small print that still reads; a screen needs 10 px (7.5pt).
  it.each([
    ['print', 7],
    ['screen', 7.5],
  ] as const)('sets no text under the smallest size that reads, in %s', async (media, smallest) => {
    const styles = await textStyles(await renderPacket(longTextPacket(), { format: 'html' }), media);
    const tiny = styles.filter((style) => style.points < smallest - 0.01);
    expect(tiny.map((style) => `${style.text} (${style.points}pt)`)).toEqual([]);
  });
});
