import type { BuildOptions, OptionLayer } from './resolve-options.js';
import type { RoleRef } from './targets.js';

/** Options for one packet: the resolved build options plus where to write and which templates. */
export interface PacketOptions extends BuildOptions {
  outDir: string;
  templateDir: string | undefined;
}

/**
 * What the batch needs from ingest, tailor and render, behind one small
 * interface so that the orchestration is tested with fakes and the stages can
 * change without touching it. `M` is the loaded company (its model).
 */
export interface Pipeline<M> {
  /** Companies worth having in flight at once (default: the number of CPUs). */
  readonly parallelism?: number;
  /** Company ids in the profiles directory, sorted. */
  listCompanies(): Promise<string[]>;
  /** Loads one company; throws (a ContentError) when it cannot be used. */
  load(company: string): Promise<M>;
  roles(model: M): RoleRef[];
  /** The company's role matching a --role query; undefined when it has none. */
  resolveRole(model: M, query: string): RoleRef | undefined;
  /** Build options the company's own documents set in front matter. */
  frontMatter(model: M): OptionLayer;
  /** Every file the company's packet is compiled from. */
  inputFiles(company: string): Promise<string[]>;
  /** Every template file in use: the built-in ones and the overrides. */
  templateFiles(templateDir: string | undefined): Promise<string[]>;
  /** Tailors and renders one packet, writes it, and returns the paths written. */
  build(model: M, role: RoleRef, options: PacketOptions): Promise<string[]>;
  /** Done with a loaded company: its model may go (optional; the garbage collector does it otherwise). */
  release?(model: M): Promise<void>;
  /** Releases what the batch shared (the browser). */
  close(): Promise<void>;
}
