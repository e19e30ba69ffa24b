import type { PdfRenderer } from '../render/pdf/pdf-renderer.js';

export interface SharedBrowser {
  /** The run's one renderer, launched on first use. */
  launch(): Promise<PdfRenderer>;
  /** Closes it if it was ever launched. */
  close(): Promise<void>;
}

/** One browser for a whole batch, launched only when a PDF is first needed (or asked for early). */
export function sharedBrowser(pages: number): SharedBrowser {
  let renderer: Promise<PdfRenderer> | undefined;
  return {
    launch: () => {
      renderer ??= import('../render/pdf/pdf-renderer.js').then(({ PdfRenderer }) => PdfRenderer.launch({ pages }));
      // A failed launch is reported by the first PDF packet that needs it, not as an unhandled rejection.
      renderer.catch(() => undefined);
      return renderer;
    },
    close: async () => {
      if (renderer) await renderer.then((browser) => browser.close(), () => undefined);
    },
  };
}
