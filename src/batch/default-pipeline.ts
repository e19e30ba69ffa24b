import path from 'node:path';
import type { Candidate } from '../candidate/types.js';
import type { Compiled } from '../compile.js';
import { checkCommand } from '../diagnostics/check-command.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { ContentError, UsageError } from '../errors.js';
import type { PdfRenderer } from '../render/pdf/pdf-renderer.js';
import type { RoleDirectory } from '../tailor/resolve-role.js';
import { sharedBrowser } from './shared-browser.js';
import { PlacedError } from './target-failure.js';
import { roleRefs, type RoleRef } from './targets.js';
import { listFiles } from './list-files.js';
import { settingsLayer } from './resolve-options.js';
import type { PacketOptions, Pipeline } from './pipeline.js';

export interface PipelineSettings {
  profilesDir: string;
  cwd: string;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  prepVersion: string;
  /** PDF pages printed at once, in one browser for the whole batch. */
  pages: number;
  /** Launch the browser right away, while the first companies compile (the command line asks for PDF). */
  launchPdf?: boolean;
  /** Prints PDFs in a browser owned elsewhere (a company worker uses the main thread's); else one is launched here. */
  printer?: Pick<PdfRenderer, 'render'> | undefined;
}

// Imported when a batch starts, so that `prep --help` loads none of the stages.
const loadStages = async () => {
  const [ingest, role, tailor, candidate, render, options] = await Promise.all([
    import('../compile.js'),
    import('../tailor/resolve-role.js'),
    import('../tailor/tailor.js'),
    import('../candidate/load-candidate.js'),
    import('../render/write-packets.js'),
    import('../cli/build-options.js'),
  ]);
  return { ...ingest, ...role, ...tailor, ...candidate, ...render, ...options };
};

/**
 * The real stages behind the batch's Pipeline: ingest's compile, tailor's role
 * resolution and tailoring, render's writePackets. One candidate read and one
 * browser (launched on the first PDF) for the whole batch.
 */
export async function createPipeline(settings: PipelineSettings): Promise<Pipeline<Compiled>> {
  const stages = await loadStages();
  const builtAt = stages.builtAtFrom(settings.env);
  const candidates = new Map<string, Promise<Candidate>>();
  const browser = sharedBrowser(settings.pages);
  const printer = async () => settings.printer ?? (await browser.launch());
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
    const written = await stages.writePackets(packet, {
      formats: options.formats,
      out: options.outDir,
      templateDir: options.templateDir,
      paper: options.paper,
      stdout: settings.stdout,
      renderer: options.formats.includes('pdf') ? await printer() : undefined,
    });
    return written.map((w) => w.path);
  };
  return {
    ...(await sharedStages(settings)),
    load: async (id) => {
      // Only a company that needs building loads: an up-to-date batch never starts the browser.
      if (settings.launchPdf && !settings.printer) void browser.launch();
      return failOnErrors(await stages.compile(settings.profilesDir, id, { cwd: settings.cwd }), checkCommand(id, settings.profilesDir, settings.cwd));
    },
    roles: (compiled) => roleRefs(compiled.company.roles),
    resolveRole: (compiled, query) => roleOrSkip(stages.resolveRole, compiled.company, query),
    frontMatter: (compiled) => settingsLayer(compiled.company.settings),
    build: (compiled, ref, options) => build(compiled, ref.slug, options),
    close: () => browser.close(),
  };
}

/** The parts of a pipeline that only list files, the same in every thread. */
export async function sharedStages(settings: Pick<PipelineSettings, 'profilesDir'>): Promise<Pick<Pipeline<unknown>, 'listCompanies' | 'inputFiles' | 'templateFiles'>> {
  const [{ listCompanies }, { BUILTIN_TEMPLATES }] = await Promise.all([import('../read/index.js'), import('../render/template-files.js')]);
  return {
    listCompanies: async () => listCompanies(settings.profilesDir),
    inputFiles: (id) => listFiles(path.join(settings.profilesDir, id)),
    templateFiles: async (dir) => [...(await listFiles(BUILTIN_TEMPLATES)), ...(await listFiles(dir))],
  };
}

type ResolveRole = (company: RoleDirectory, query: string) => RoleRef;

/** The company's role for a --role query; unknown or ambiguous here means "skip this company", not "stop the batch". */
export function roleOrSkip(resolve: ResolveRole, company: RoleDirectory, query: string): RoleRef | undefined {
  try {
    const { title, slug } = resolve(company, query);
    return { title, slug };
  } catch (error) {
    if (error instanceof UsageError) return undefined;
    throw error;
  }
}

/** A company whose documents have errors is not built: the batch lists it as failed, with the first error and the command that lists them all. */
export function failOnErrors<C extends { diagnostics: readonly Diagnostic[] }>(compiled: C, check: string): C {
  const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
  const first = errors[0];
  if (!first) return compiled;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  const { file, line, column } = first;
  throw new PlacedError(`${file}:${line}:${column}: ${first.message}${more}; run \`${check}\``, { file, line, column });
}
