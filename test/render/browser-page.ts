import type { Page } from 'puppeteer';
import { afterAll, beforeAll } from 'vitest';
import { disposeBrowser, launchBrowser, type LaunchedBrowser } from '../../src/render/pdf/launch-browser.js';

/**
 * One page of a browser for the tests of this file, JavaScript off as when
 * prep prints. The tests read the layout through `page.evaluate` with a
 * string, not a function: they are compiled without the DOM's types.
 */
export function browserPage(): () => Page {
  let browser: LaunchedBrowser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launchBrowser(undefined, (launched) => launched);
    page = await browser.browser.newPage();
    await page.setJavaScriptEnabled(false);
  });
  afterAll(async () => {
    if (browser) await disposeBrowser(browser);
  });
  return () => page!;
}

/** Lays out `html` in a window `width` px wide (673 is A4 within its margins), as on a screen or in print. */
export async function show(page: Page, html: string, width = 673, media: 'screen' | 'print' = 'print'): Promise<void> {
  await page.setViewport({ width, height: 900 });
  await page.emulateMediaType(media);
  await page.setContent(html, { waitUntil: 'load' });
}
