import type { Browser, HTTPRequest, Page } from 'puppeteer';

export interface RequestRecord {
  url: string;
  allowed: boolean;
}

/** The document itself is set with setContent; only it and inline data may load. */
function isAllowed(url: string): boolean {
  return url === 'about:blank' || url.startsWith('data:');
}

/**
 * A few pages, reused from one packet to the next. Each has JavaScript off
 * and every request intercepted: anything that is not the blank document or
 * inline data is aborted and recorded, so tests can prove nothing got out.
 */
export class PagePool {
  readonly #browser: Browser;
  readonly #size: number;
  readonly #idle: Page[] = [];
  readonly #waiting: Array<{ resolve: (page: Page) => void; reject: (error: unknown) => void }> = [];
  #open = 0;
  readonly requests: RequestRecord[] = [];

  constructor(browser: Browser, size: number) {
    this.#browser = browser;
    this.#size = Math.max(1, size);
  }

  async #newPage(): Promise<Page> {
    const page = await this.#browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      const url = request.url();
      const allowed = isAllowed(url);
      this.requests.push({ url, allowed });
      void (allowed ? request.continue() : request.abort('blockedbyclient')).catch(() => undefined);
    });
    return page;
  }

  async #acquire(): Promise<Page> {
    const idle = this.#idle.pop();
    if (idle) return idle;
    if (this.#open < this.#size) {
      this.#open++;
      try {
        return await this.#newPage();
      } catch (error) {
        this.#open--;
        throw error;
      }
    }
    return new Promise((resolve, reject) => this.#waiting.push({ resolve, reject }));
  }

  #release(page: Page, healthy: boolean): void {
    if (!healthy) {
      // A page that failed mid-render may be in any state: replace it.
      this.#open--;
      void page.close().catch(() => undefined);
      const waiter = this.#waiting.shift();
      // If no replacement can be made, the waiting task must hear so, not wait forever.
      if (waiter) void this.#acquire().then(waiter.resolve, waiter.reject);
      return;
    }
    const waiter = this.#waiting.shift();
    if (waiter) waiter.resolve(page);
    else this.#idle.push(page);
  }

  /** Runs `task` on a pooled page; at most `size` tasks run at once. */
  async use<T>(task: (page: Page) => Promise<T>): Promise<T> {
    const page = await this.#acquire();
    let healthy = false;
    try {
      const result = await task(page);
      healthy = true;
      return result;
    } finally {
      this.#release(page, healthy);
    }
  }
}
