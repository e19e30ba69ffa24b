import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createCompanyPool } from './company-pool.js';
import { fingerprint, type FingerprintInputs } from './fingerprint.js';
import { isUpToDate, loadManifest, saveManifest } from './manifest.js';
import { runBatch, type BatchOptions, type BatchSummary, type BuildOutcome } from './run-batch.js';
import { targetKey, type Target } from './targets.js';

/** What `buildAll` needs from the stages; tests pass fakes. */
export interface BuildAllDeps<T extends Target, V> {
  /** Loads a company once for all its targets (e.g. compiles its model). */
  load(company: string): Promise<V>;
  /** What the target's packet depends on, for the incremental cache. */
  inputsOf(target: T): Promise<Omit<FingerprintInputs, 'prepVersion'>>;
  /** Builds the target and returns the paths written. */
  build(target: T, company: V): Promise<string[]>;
}

export interface BuildAllOptions extends Omit<BatchOptions, 'now'> {
  outDir: string;
  force: boolean;
  prepVersion: string;
  warn: (message: string) => void;
}

/**
 * Builds the targets incrementally: a target whose fingerprint matches the
 * manifest and whose outputs exist is up to date and skipped (unless forced).
 * The manifest is updated for what was built and saved once at the end.
 */
export async function buildAll<T extends Target, V>(
  targets: readonly T[],
  deps: BuildAllDeps<T, V>,
  options: BuildAllOptions,
): Promise<BatchSummary> {
  const { outDir, force, prepVersion, warn, ...batchOptions } = options;
  await mkdir(outDir, { recursive: true });
  const manifest = await loadManifest(outDir, warn);
  const pool = createCompanyPool(
    targets.map((t) => t.company),
    (company) => deps.load(company),
  );
  const buildOne = (target: T): Promise<BuildOutcome> =>
    pool.use(target.company, async (get) => {
      const key = targetKey(target);
      const hash = await fingerprint({ ...(await deps.inputsOf(target)), prepVersion });
      if (!force && (await isUpToDate(manifest, key, hash, outDir))) {
        const outputs = manifest.get(key)?.outputs ?? [];
        return { status: 'up-to-date', outputs: outputs.map((o) => path.resolve(outDir, o)) };
      }
      manifest.delete(key);
      const outputs = await deps.build(target, await get());
      manifest.set(key, { hash, outputs: outputs.map((o) => path.relative(outDir, path.resolve(o))) });
      return { status: 'built', outputs };
    });
  const summary = await runBatch(targets, buildOne, batchOptions);
  await saveManifest(outDir, manifest);
  return summary;
}
