import os from 'node:os';
import path from 'node:path';
import { buildAll, type BuildAllDeps } from './build-all.js';
import { checkConfigCompanies, configLayer, missingConfigRole, type LoadedConfig } from './config.js';
import type { Pipeline } from './pipeline.js';
import { companyTargets, selectCompanies, type Selection } from './select-companies.js';
import type { BatchProgress } from './progress.js';
import { interrupted } from '../interrupt.js';
import { DEFAULT_OPTIONS, resolveOptions, type OptionLayer } from './resolve-options.js';
import type { BatchSummary, TargetResult } from './run-batch.js';
import type { Shard } from './shard.js';
import type { RoleRef } from './targets.js';

export interface BatchRequest {
  /** Base for relative paths given on the command line. */
  cwd: string;
  roleQuery: string | undefined;
  shard: Shard | undefined;
  force: boolean;
  /** Options from the command line; undefined defers to the config and the defaults. */
  cli: OptionLayer;
  templateDir: string | undefined;
  config: LoadedConfig | undefined;
  prepVersion: string;
  /**
   * The date SOURCE_DATE_EPOCH gives the packets, or null when they carry the
   * day they were built: a packet printed under another fixed date is out of date.
   */
  packetDate: string | null;
  /** Packets built at once; default: the number of CPUs. */
  concurrency?: number;
  warn: (message: string) => void;
  progress?: BatchProgress;
  /** Told the roles of each company a --role query found nothing in, for a did-you-mean when none has it. */
  onRoleMissing?: (roles: readonly RoleRef[]) => void;
}

/**
 * `prep build --all`: select this shard's companies, then build them
 * incrementally, a bounded number at a time, each compiled once for all its
 * roles and dropped after.
 * The out dir comes from the CLI, the config or the default (never from a
 * company's front matter: one batch has one manifest).
 */
export async function buildBatch<M>(pipeline: Pipeline<M>, request: BatchRequest): Promise<BatchSummary> {
  const concurrency = Math.max(1, request.concurrency ?? pipeline.parallelism ?? os.availableParallelism());
  const global = resolveOptions(DEFAULT_OPTIONS, configLayer(request.config), {}, request.cli);
  const outDir = path.resolve(request.cwd, global.out);
  try {
    const companies = await pipeline.listCompanies();
    checkConfigCompanies(request.config, companies);
    const selection = selectCompanies(companies, request.config, request.roleQuery, request.shard);
    return await buildAll<M>(selection.companies, batchStages(pipeline, request, selection, outDir), {
      outDir,
      cwd: request.cwd,
      force: request.force,
      prepVersion: request.prepVersion,
      warn: request.warn,
      concurrency,
      ...(request.progress ? progressHandlers(request.progress) : {}),
    });
  } finally {
    await pipeline.close();
  }
}

/** The pipeline's steps with each company's options resolved: defaults < config < front matter < CLI. */
function batchStages<M>(pipeline: Pipeline<M>, request: BatchRequest, selection: Selection, outDir: string): BuildAllDeps<M> {
  let templates: Promise<string[]> | undefined;
  const absolute = (file: string | undefined) => (file === undefined ? undefined : path.resolve(request.cwd, file));
  const optionsFor = (company: string, frontMatter: OptionLayer) =>
    resolveOptions(DEFAULT_OPTIONS, configLayer(request.config, company), frontMatter, request.cli);
  return {
    inputsOf: async (company) => {
      const options = optionsFor(company, {});
      return {
        base: request.cwd,
        inputs: await pipeline.inputFiles(company),
        templates: await (templates ??= pipeline.templateFiles(request.templateDir)),
        candidate: absolute(options.candidate),
        options: {
          roles: selection.queriesFor(company) ?? null,
          formats: [...options.formats].sort(),
          // Only HTML and PDF are laid out on paper: a --paper change leaves markdown and JSON packets up to date.
          paper: options.formats.some((format) => format === 'html' || format === 'pdf') ? options.paper : null,
          templateDir: request.templateDir ?? null,
          date: request.packetDate,
        },
      };
    },
    load: (company) => pipeline.load(company),
    targetsOf: (company, model) => {
      const queries = selection.queriesFor(company);
      // A --role is looked for everywhere and skipped where missing; a role the config pairs with this company must exist.
      const missing = request.roleQuery === undefined ? queries?.find((q) => !pipeline.resolveRole(model, q)) : undefined;
      if (missing !== undefined) throw missingConfigRole(request.config, company, missing, pipeline.roles(model));
      const targets = companyTargets({ id: company, roles: pipeline.roles(model) }, queries, (_c, q) => pipeline.resolveRole(model, q));
      if (request.roleQuery !== undefined && targets.targets.length === 0) request.onRoleMissing?.(pipeline.roles(model));
      return targets;
    },
    build: (target, model) => {
      const options = optionsFor(target.company, pipeline.frontMatter(model));
      const packet = { ...options, candidate: absolute(options.candidate), outDir, templateDir: request.templateDir };
      return pipeline.build(model, target.role, packet);
    },
    release: async (_company, model) => pipeline.release?.(model),
  };
}

/** Once Ctrl-C has started the exit, targets cut short are not reported as failures. */
function progressHandlers(progress: BatchProgress) {
  return {
    onStart: progress.start,
    onResult: (result: TargetResult, unit: string) => void (interrupted() || progress.result(result, unit)),
    onUnitDone: progress.unitDone,
  };
}
