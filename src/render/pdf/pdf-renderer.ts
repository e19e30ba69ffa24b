import type { Browser, PDFOptions } from 'puppeteer';
import type { Paper } from '../../model/outputs.js';
import { PAGE_MARGIN, PAPER_SIZES } from '../page-css.js';
import { footerTemplate, headerTemplate } from './header-footer.js';
import { onInterrupt } from '../../interrupt.js';
import { disposeBrowser, launchBrowser } from './launch-browser.js';
import { PagePool, type RequestRecord } from './page-pool.js';
import { outlineFixes } from './outline-titles.js';
import { setPdfInfo } from './pdf-info.js';

export interface PdfMeta {
  title: string;
  author: string;
  subject: string;
  /** Company and role, printed at the top of every page. */
  runningHead: string;
  /** Printed at the foot of every page, left of "page X of Y". */
  footer: string;
  /** ISO date of the packet: the PDF's creation date. */
  date: string;
  paper: Paper;
}

export interface PdfRendererOptions {
  executablePath?: string;
  /** Pages rendered at once. */
  pages?: number;
  timeoutMs?: number;
}

/**
 * One browser for the whole run, with a pool of reused pages. Always close()
 * it; it also closes itself on Ctrl-C and SIGTERM.
 */
export class PdfRenderer {
  readonly #browser: Browser;
  readonly #pool: PagePool;
  readonly #userDataDir: string;
  readonly #timeout: number;
  readonly #forgetInterrupt: () => void;
  #closed: Promise<void> | undefined;

  private constructor(browser: Browser, userDataDir: string, options: PdfRendererOptions) {
    this.#browser = browser;
    this.#userDataDir = userDataDir;
    this.#pool = new PagePool(browser, options.pages ?? 4);
    this.#timeout = options.timeoutMs ?? 30_000;
    this.#forgetInterrupt = onInterrupt(() => this.close());
  }

  static launch(options: PdfRendererOptions = {}): Promise<PdfRenderer> {
    return launchBrowser(options.executablePath, ({ browser, userDataDir }) => new PdfRenderer(browser, userDataDir, options));
  }

  /** The browser's process id and its throwaway profile directory, for tests and diagnostics. */
  get process(): { pid: number | undefined; profileDir: string } {
    return { pid: this.#browser.process()?.pid, profileDir: this.#userDataDir };
  }

  /** Every request the pages attempted, and whether it was let through. */
  get requests(): readonly RequestRecord[] {
    return this.#pool.requests;
  }

  async render(html: string, meta: PdfMeta): Promise<Buffer> {
    if (this.#closed) throw new Error('PdfRenderer is closed');
    const { pdf, headings } = await this.#pool.use(async (page) => {
      await page.setContent(html, { waitUntil: 'load', timeout: this.#timeout });
      // Read by the DevTools protocol, not by the page: its JavaScript stays off.
      const headings = await page.$$eval('h1, h2, h3, h4, h5, h6', (elements) => elements.map((element) => element.textContent ?? ''));
      return { pdf: Buffer.from(await page.pdf(this.#pdfOptions(meta))), headings };
    });
    const titles = headings.map((heading) => heading.replace(/\s+/g, ' ').trim());
    return setPdfInfo(pdf, { ...meta, creator: 'prep' }, outlineFixes(pdf, titles));
  }

  #pdfOptions(meta: PdfMeta): PDFOptions {
    return {
      format: PAPER_SIZES[meta.paper].puppeteer,
      margin: PAGE_MARGIN,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: headerTemplate(meta.runningHead, meta.date.slice(0, 10)),
      footerTemplate: footerTemplate(meta.footer),
      // Bookmarks from the headings; Chrome needs a tagged PDF to build them.
      tagged: true,
      outline: true,
      timeout: this.#timeout,
    };
  }

  /** Closes the browser and removes its profile; safe to call more than once. */
  close(): Promise<void> {
    this.#closed ??= this.#shutdown();
    return this.#closed;
  }

  async #shutdown(): Promise<void> {
    this.#forgetInterrupt();
    await disposeBrowser({ browser: this.#browser, userDataDir: this.#userDataDir });
  }
}

/** Runs `task` with a renderer that is closed afterwards, whether `task` succeeds or throws. */
export async function withPdfRenderer<T>(task: (renderer: PdfRenderer) => Promise<T>, options?: PdfRendererOptions): Promise<T> {
  const renderer = await PdfRenderer.launch(options);
  try {
    return await task(renderer);
  } finally {
    await renderer.close();
  }
}
