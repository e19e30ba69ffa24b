import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { ContentError, UsageError } from '../errors.js';
import type { Company } from '../model/company.js';
import { listFiles } from './list-files.js';
import type { PacketOptions, Pipeline } from './pipeline.js';

/** A compiled company, as ingest's compile() returns it. */
export interface Compiled {
  company: Company;
  diagnostics: readonly Diagnostic[];
}

interface Renderer {
  close(): Promise<void>;
}

/** The few stage functions the batch calls (ingest, tailor, render), typed by what it needs of them. */
interface Stages {
  compile(profilesDir: string, id: string, options: { cwd: string }): Promise<Compiled>;
  listCompanies(profilesDir: string): string[];
  resolveRole(company: Company, query: string): Company['roles'][number];
  tailor(company: Company, options: { role: Company['roles'][number]; candidate: unknown; builtAt: string; prepVersion: string }): unknown;
  loadCandidate(file: string, cwd: string): Promise<unknown>;
  writePackets(packet: unknown, options: Record<string, unknown>): Promise<{ path: string }[]>;
  PdfRenderer: { launch(options: { pages: number }): Promise<Renderer> };
  BUILTIN_TEMPLATES: string;
  /** The packet date: SOURCE_DATE_EPOCH when set. */
  builtAtFrom(env: NodeJS.ProcessEnv): string;
}

// Variable specifiers: the stages land on other branches; the batch must type-check before they do.
const MODULES = [
  '../compile.js',
  '../read/index.js',
  '../tailor/resolve-role.js',
  '../tailor/tailor.js',
  '../candidate/load-candidate.js',
  '../render/index.js',
  '../render/template-files.js',
  '../cli/build-options.js',
];

async function loadStages(): Promise<Stages> {
  const modules = (await Promise.all(MODULES.map((m) => import(m)))) as Partial<Stages>[];
  return Object.assign({}, ...modules) as Stages;
}

export interface PipelineSettings {
  profilesDir: string;
  cwd: string;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  prepVersion: string;
  /** PDF pages printed at once, in one browser for the whole batch. */
  pages: number;
}

/**
 * The real stages behind the batch's Pipeline: ingest's compile, tailor's role
 * resolution and tailoring, render's writePackets. One candidate read and one
 * browser (launched on the first PDF) for the whole batch.
 */
export async function createPipeline(settings: PipelineSettings): Promise<Pipeline<Compiled>> {
  const stages = await loadStages();
  const builtAt = stages.builtAtFrom(settings.env);
  const candidates = new Map<string, Promise<unknown>>();
  let renderer: Promise<Renderer> | undefined;
  const candidateOf = (file: string | undefined): Promise<unknown> => {
    if (file === undefined) return Promise.resolve(null);
    if (!candidates.has(file)) candidates.set(file, stages.loadCandidate(file, settings.cwd));
    return candidates.get(file) as Promise<unknown>;
  };
  const build = async (compiled: Compiled, slug: string, options: PacketOptions): Promise<string[]> => {
    const role = compiled.company.roles.find((r) => r.slug === slug);
    if (!role) throw new ContentError(`${compiled.company.id}: no role ${slug}`);
    const candidate = await candidateOf(options.candidate);
    const packet = stages.tailor(compiled.company, { role, candidate, builtAt, prepVersion: settings.prepVersion });
    if (options.formats.includes('pdf')) renderer ??= stages.PdfRenderer.launch({ pages: settings.pages });
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
    load: async (id) => failOnErrors(await stages.compile(settings.profilesDir, id, { cwd: settings.cwd })),
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
      if (renderer) await (await renderer).close();
    },
  };
}

/** A company whose documents have errors is not built: the batch lists it as failed, with the first error. */
export function failOnErrors(compiled: Compiled): Compiled {
  const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
  const first = errors[0];
  if (!first) return compiled;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  throw new ContentError(`${first.file}:${first.line}:${first.column}: ${first.message}${more}; run \`prep check ${compiled.company.id}\``);
}
