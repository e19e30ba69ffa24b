import { describe, expect, it } from 'vitest';
import { PAGE_MARGIN } from '../../src/render/page-css.js';
import { renderPacket } from '../../src/render/render-packet.js';
import { browserPage, show } from './browser-page.js';
import { loadPacket } from './fixtures.js';
import { longTextPacket } from './long-text-packet.js';
import { readWords } from './pdf-tools.js';

const browser = browserPage();

/**
 * The elements that reach past the right edge of the window, outside any box
 * that scrolls on its own: what makes a reader scroll the page sideways, or
 * what a printer cuts off.
 */
async function overflowing(html: string, width: number, media: 'screen' | 'print'): Promise<string[]> {
  await show(browser(), html, width, media);
  return browser().evaluate(`(() => {
    const inScroller = (element) => {
      for (let at = element.parentElement; at && at !== document.body; at = at.parentElement) {
        if (/auto|scroll/.test(getComputedStyle(at).overflowX)) return true;
      }
      return false;
    };
    const edge = document.documentElement.clientWidth + 0.5;
    return [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > edge && !inScroller(element))
      .map((element) => element.tagName + ': ' + element.textContent.slice(0, 60));
  })()`) as Promise<string[]>;
}

// Screen widths of a laptop, a tablet held upright and a phone-sized window; print widths of A4 and Letter within their margins.
const WINDOWS = [
  ['screen', 1280],
  ['screen', 768],
  ['screen', 600],
  ['screen', 375],
  ['print', 673],
  ['print', 695],
] as const;

describe.each(WINDOWS)('the HTML packet on %s, %i px wide', (media, width) => {
  it('fits the width with long URLs, paths, words, citations and names', async () => {
    expect(await overflowing(await renderPacket(longTextPacket(), { format: 'html' }), width, media)).toEqual([]);
  });

  it('fits the width as an ordinary packet', async () => {
    expect(await overflowing(await renderPacket(loadPacket('mle'), { format: 'html' }), width, media)).toEqual([]);
  });
});

/** For each checklist item: how many of its lines of text start left of its checkbox's right edge. */
async function linesUnderCheckbox(html: string): Promise<number[]> {
  await show(browser(), html);
  return browser().evaluate(`[...document.querySelectorAll('li.task-list-item')].map((item) => {
    const box = item.querySelector('input').getBoundingClientRect();
    const range = document.createRange();
    range.setStartAfter(item.querySelector('input'));
    range.setEndAfter(item.lastChild);
    return [...range.getClientRects()].filter((line) => line.width > 0 && line.left < box.right - 0.5).length;
  })`) as Promise<number[]>;
}

describe('the research checklist', () => {
  it('starts the wrapped lines of an item under its text, not under its box', async () => {
    const lines = await linesUnderCheckbox(await renderPacket(longTextPacket(), { format: 'html' }));
    expect(lines.length).toBe(longTextPacket().research.length);
    expect(lines).toEqual(lines.map(() => 0));
  });
});

describe('long citations', () => {
  it('move to the next line whole in running text, rather than break inside a file name', async () => {
    await show(browser(), await renderPacket(longTextPacket(), { format: 'html' }));
    // Those that fit their line: measured unwrapped, then as laid out.
    const lines = (await browser().evaluate(`[...document.querySelectorAll('code.long')].filter((code) => !code.closest('table')).filter((code) => {
      code.style.whiteSpace = 'nowrap';
      code.style.maxWidth = 'none';
      const width = code.getBoundingClientRect().width;
      code.removeAttribute('style');
      return width <= code.parentElement.getBoundingClientRect().width;
    }).map((code) => {
      const range = document.createRange();
      range.selectNodeContents(code);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    })`)) as number[];
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.filter((count) => count > 1)).toEqual([]);
  });
});

describe('the HTML packet printed from a browser', () => {
  it('keeps its running head (the @page margin box) on one line above the text, however long the name', async () => {
    await show(browser(), await renderPacket(longTextPacket(), { format: 'html', paper: 'letter' }));
    const [first] = readWords(Buffer.from(await browser().pdf({ preferCSSPageSize: true })));
    const top = (Number.parseFloat(PAGE_MARGIN.top) * 72) / 25.4;
    const head = first!.words.filter((word) => word.yMax < top);
    expect(head.length).toBeGreaterThan(3);
    expect(new Set(head.map((word) => Math.round(word.yMin))).size).toBe(1);
    expect(first!.width).toBeCloseTo(612, 0);
  });
});
