import { onInterrupt } from '../interrupt.js';
import type { PdfMeta } from '../render/pdf/pdf-renderer.js';
import { CompanyWorkers } from './company-workers.js';
import { roleOrSkip, sharedStages, type PipelineSettings } from './default-pipeline.js';
import type { Pipeline } from './pipeline.js';
import { sharedBrowser } from './shared-browser.js';
import { roleRefs } from './targets.js';
import type { CompanyHandle } from './worker-protocol.js';

export interface ThreadedSettings extends Omit<PipelineSettings, 'printer' | 'stdout'> {
  /** Company worker threads. */
  workers: number;
}

/**
 * The batch's Pipeline over company worker threads: each company is compiled,
 * tailored, rendered and written on one worker, so a batch uses every CPU.
 * This thread keeps the manifest and the progress, and the one browser that
 * prints every worker's PDFs.
 */
export async function createThreadedPipeline(settings: ThreadedSettings): Promise<Pipeline<CompanyHandle>> {
  const [{ resolveRole }, shared] = await Promise.all([import('../tailor/resolve-role.js'), sharedStages(settings)]);
  const browser = sharedBrowser(settings.pages);
  const print = async (html: string, meta: PdfMeta) => (await browser.launch()).render(html, meta);
  const { workers, launchPdf, ...workerSettings } = settings;
  const pool = new CompanyWorkers({ size: workers, settings: workerSettings, print });
  // Ctrl-C: the workers finish the writes under way and exit themselves, so no temporary file is left.
  const forgetInterrupt = onInterrupt(() => pool.close());
  return {
    ...shared,
    // Two companies per worker, so a worker has the next one queued when it finishes one.
    parallelism: workers * 2,
    load: (id) => {
      // Only a company that needs building loads: an up-to-date batch never starts the browser.
      if (launchPdf) void browser.launch();
      return pool.load(id);
    },
    roles: (company) => roleRefs(company.roles),
    resolveRole: (company, query) => roleOrSkip(resolveRole, company, query),
    frontMatter: (company) => company.frontMatter,
    build: (company, role, options) => pool.build(company.id, role, options),
    release: (company) => pool.release(company.id),
    close: async () => {
      forgetInterrupt();
      await pool.close();
      await browser.close();
    },
  };
}
