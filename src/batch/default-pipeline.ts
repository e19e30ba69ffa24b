import path from 'node:path';
import type { Candidate } from '../candidate/types.js';
import type { Compiled } from '../compile.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { ContentError, UsageError } from '../errors.js';
import type { PdfRenderer } from '../render/pdf/pdf-renderer.js';
import { listFiles } from './list-files.js';
import type { PacketOptions, Pipeline } from './pipeline.js';

export interface PipelineSettings {
  profilesDir: string;
  cwd: string;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  prepVersion: string;
  /** PDF pages printed at once, in one browser for the whole batch. */
  pages: number;
  /** Worker threads for the remark work (0: in-thread). */
  workers: number;
  /** Launch the browser right away, while the first companies compile (the command line asks for PDF). */
  launchPdf?: boolean;
}

// Imported when a batch starts, so that `prep --help` loads none of the stages.
const loadStages = async () => {
  const [ingest, read, role, tailor, candidate, render, templates, options, offload] = await Promise.all([
    import('../compile.js'),
    import('../read/index.js'),
    import('../tailor/resolve-role.js'),
    import('../tailor/tailor.js'),
    import('../candidate/load-candidate.js'),
    import('../render/index.js'),
    import('../render/template-files.js'),
    import('../cli/build-options.js'),
    import('../render/offload.js'),
  ]);
  return { ...ingest, ...read, ...role, ...tailor, ...candidate, ...render, ...templates, ...options, ...offload };
};

/**
 * The real stages behind the batch's Pipeline: ingest's compile, tailor's role
 * resolution and tailoring, render's writePackets. One candidate read and one
 * browser (launched on the first PDF) for the whole batch.
 */
export async function createPipeline(settings: PipelineSettings): Promise<Pipeline<Compiled>> {
  const stages = await loadStages();
  const builtAt = stages.builtAtFrom(settings.env);
  stages.startRenderWorkers(settings.workers);
  const candidates = new Map<string, Promise<Candidate>>();
  let renderer: Promise<PdfRenderer> | undefined;
  const launch = () => {
    renderer ??= stages.PdfRenderer.launch({ pages: settings.pages });
    // A failed launch is reported by the first PDF packet that needs it, not as an unhandled rejection.
    renderer.catch(() => undefined);
    return renderer;
  };
  const candidateOf = async (file: string | undefined): Promise<Candidate | null> => {
    if (file === undefined) return null;
    if (!candidates.has(file)) candidates.set(file, stages.loadCandidate(file, settings.cwd));
    return (await candidates.get(file)) ?? null;
  };
  const build = async (compiled: Compiled, slug: string, options: PacketOptions): Promise<string[]> => {
    const role = compiled.company.roles.find((r) => r.slug === slug);
    if (!role) throw new ContentError(`${compiled.company.id}: no role ${slug}`);
    const candidate = await candidateOf(options.candidate);
    const packet = stages.tailor(compiled.company, { role, candidate, builtAt, prepVersion: settings.prepVersion });
    if (options.formats.includes('pdf')) void launch();
    const written = await stages.writePackets(packet, {
      formats: options.formats,
      out: options.outDir,
      templateDir: options.templateDir,
      paper: options.paper,
      stdout: settings.stdout,
      renderer: renderer && (await renderer),
    });
    return written.map((w) => w.path);
  };
  return {
    listCompanies: async () => stages.listCompanies(settings.profilesDir),
    load: async (id) => {
      // Only a company that needs building loads: an up-to-date batch never starts the browser.
      if (settings.launchPdf) void launch();
      return failOnErrors(await stages.compile(settings.profilesDir, id, { cwd: settings.cwd }));
    },
    roles: (compiled) => compiled.company.roles.map(({ title, slug }) => ({ title, slug })),
    resolveRole: (compiled, query) => {
      try {
        const { title, slug } = stages.resolveRole(compiled.company, query);
        return { title, slug };
      } catch (error) {
        // Unknown or ambiguous here means "skip this company", not "stop the batch".
        if (error instanceof UsageError) return undefined;
        throw error;
      }
    },
    frontMatter: () => ({}),
    inputFiles: (id) => listFiles(path.join(settings.profilesDir, id)),
    templateFiles: async (dir) => [...(await listFiles(stages.BUILTIN_TEMPLATES)), ...(await listFiles(dir))],
    build: (compiled, ref, options) => build(compiled, ref.slug, options),
    close: async () => {
      await stages.stopRenderWorkers();
      if (renderer) await renderer.then((browser) => browser.close(), () => undefined);
    },
  };
}

/** A company whose documents have errors is not built: the batch lists it as failed, with the first error. */
export function failOnErrors<C extends { company: { id: string }; diagnostics: readonly Diagnostic[] }>(compiled: C): C {
  const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
  const first = errors[0];
  if (!first) return compiled;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  throw new ContentError(`${first.file}:${first.line}:${first.column}: ${first.message}${more}; run \`prep check ${compiled.company.id}\``);
}
