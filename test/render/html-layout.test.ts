import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disposeBrowser, launchBrowser, type LaunchedBrowser } from '../../src/render/pdf/launch-browser.js';
import { MARGIN_TEXT_COLOR, PAGE_MARGIN } from '../../src/render/page-css.js';
import { renderPacket } from '../../src/render/render-packet.js';
import { contrast, needed } from './contrast.js';
import { loadPacket } from './fixtures.js';
import { longTextPacket } from './long-text-packet.js';
import { readWords } from './pdf-tools.js';

let browser: LaunchedBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser(undefined, (launched) => launched);
  page = await browser.browser.newPage();
  await page.setJavaScriptEnabled(false);
});

afterAll(async () => {
  if (browser) await disposeBrowser(browser);
});

/**
 * The elements that reach past the right edge of the window, outside any box
 * that scrolls on its own: what makes a reader scroll the page sideways, or
 * what a printer cuts off.
 */
async function overflowing(html: string, width: number, media: 'screen' | 'print'): Promise<string[]> {
  await page.setViewport({ width, height: 900 });
  await page.emulateMediaType(media);
  await page.setContent(html, { waitUntil: 'load' });
  // A string, not a function: the tests are compiled without the DOM's types.
  return page.evaluate(`(() => {
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
  await page.setViewport({ width: 673, height: 900 });
  await page.emulateMediaType('print');
  await page.setContent(html, { waitUntil: 'load' });
  return page.evaluate(`[...document.querySelectorAll('li.task-list-item')].map((item) => {
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
    await page.setViewport({ width: 673, height: 900 });
    await page.emulateMediaType('print');
    await page.setContent(await renderPacket(longTextPacket(), { format: 'html' }), { waitUntil: 'load' });
    // Those that fit their line: measured unwrapped, then as laid out.
    const lines = (await page.evaluate(`[...document.querySelectorAll('code.long')].filter((code) => !code.closest('table')).filter((code) => {
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
    await page.emulateMediaType('print');
    await page.setContent(await renderPacket(longTextPacket(), { format: 'html', paper: 'letter' }), { waitUntil: 'load' });
    const [first] = readWords(Buffer.from(await page.pdf({ preferCSSPageSize: true })));
    const top = (Number.parseFloat(PAGE_MARGIN.top) * 72) / 25.4;
    const head = first!.words.filter((word) => word.yMax < top);
    expect(head.length).toBeGreaterThan(3);
    expect(new Set(head.map((word) => Math.round(word.yMin))).size).toBe(1);
    expect(first!.width).toBeCloseTo(612, 0);
  });
});

interface Styled {
  text: string;
  points: number;
  color: string;
  background: string;
}

/** Every element that holds text itself: its size in points, its colour and the first background behind it. */
async function textStyles(html: string, media: 'screen' | 'print' = 'print'): Promise<Styled[]> {
  await page.emulateMediaType(media);
  await page.setContent(html, { waitUntil: 'load' });
  return page.evaluate(`[...document.querySelectorAll('body *')]
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
