import type { Browser, Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { PagePool } from '../../src/render/pdf/page-pool.js';

function fakePage(): Page {
  return {
    setJavaScriptEnabled: async () => undefined,
    setRequestInterception: async () => undefined,
    on: () => undefined,
    close: async () => undefined,
  } as unknown as Page;
}

/** A browser whose first page opens and every later one fails. */
function browserThatFailsAfterOnePage(): Browser {
  let opened = 0;
  const newPage = async (): Promise<Page> => {
    opened++;
    if (opened > 1) throw new Error('no more pages');
    return fakePage();
  };
  return { newPage } as unknown as Browser;
}

describe('PagePool', () => {
  it('tells a waiting task when the page that would replace a failed one cannot be made', async () => {
    const pool = new PagePool(browserThatFailsAfterOnePage(), 1);
    let failFirst: (error: Error) => void = () => undefined;
    const gate = new Promise<never>((_resolve, reject) => {
      failFirst = reject;
    });
    gate.catch(() => undefined);
    const first = pool.use(() => gate);
    const second = pool.use(async () => 'rendered');
    failFirst(new Error('render failed'));
    await expect(first).rejects.toThrow('render failed');
    await expect(second).rejects.toThrow('no more pages');
  });

  it('hands a healthy page straight to the next waiting task', async () => {
    const pool = new PagePool(browserThatFailsAfterOnePage(), 1);
    const pages = await Promise.all([pool.use(async (page) => page), pool.use(async (page) => page)]);
    expect(pages[1]).toBe(pages[0]);
  });
});
