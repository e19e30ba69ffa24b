import os from 'node:os';
import path from 'node:path';
import { buildAll } from './build-all.js';
import { configLayer, type LoadedConfig } from './config.js';
import type { Pipeline } from './pipeline.js';
import { planBatch } from './plan-batch.js';
import type { BatchProgress } from './progress.js';
import { DEFAULT_OPTIONS, resolveOptions, type OptionLayer } from './resolve-options.js';
import type { BatchSummary } from './run-batch.js';
import type { Shard } from './shard.js';

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
  /** Packets built at once; default: the number of CPUs. */
  concurrency?: number;
  warn: (message: string) => void;
  progress?: BatchProgress;
}

/**
 * `prep build --all`: plan the targets, then build them incrementally with a
 * bounded pool, a company loaded once for all its roles and dropped after.
 * The out dir comes from the CLI, the config or the default (never from a
 * company's front matter: one batch has one manifest).
 */
export async function buildBatch<M>(pipeline: Pipeline<M>, request: BatchRequest): Promise<BatchSummary> {
  const concurrency = Math.max(1, request.concurrency ?? os.availableParallelism());
  const global = resolveOptions(DEFAULT_OPTIONS, configLayer(request.config), {}, request.cli);
  const outDir = path.resolve(request.cwd, global.out);
  try {
    const plan = await planBatch(pipeline, { ...request, concurrency });
    let templates: Promise<string[]> | undefined;
    const absolute = (file: string | undefined) => (file === undefined ? undefined : path.resolve(request.cwd, file));
    const optionsFor = (company: string, frontMatter: OptionLayer) =>
      resolveOptions(DEFAULT_OPTIONS, configLayer(request.config, company), frontMatter, request.cli);
    return await buildAll(
      plan.targets,
      {
        load: (company) => pipeline.load(company),
        inputsOf: async (target) => {
          const options = optionsFor(target.company, {});
          return {
            inputs: await pipeline.inputFiles(target.company),
            templates: await (templates ??= pipeline.templateFiles(request.templateDir)),
            candidate: absolute(options.candidate),
            options: { role: target.role, formats: options.formats, paper: options.paper, templateDir: request.templateDir ?? null },
          };
        },
        build: (target, model) => {
          const options = optionsFor(target.company, pipeline.frontMatter(model));
          const packet = { ...options, candidate: absolute(options.candidate), outDir, templateDir: request.templateDir };
          return pipeline.build(model, target.role, packet);
        },
      },
      {
        outDir,
        force: request.force,
        prepVersion: request.prepVersion,
        warn: request.warn,
        concurrency,
        skipped: plan.skipped,
        failed: plan.failed,
        ...(request.progress ? { onStart: request.progress.start, onResult: request.progress.result } : {}),
      },
    );
  } finally {
    await pipeline.close();
  }
}
