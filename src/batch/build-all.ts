import path from 'node:path';
import { fingerprint, memoizedRead, type FingerprintInputs } from './fingerprint.js';
import { forget, loadManifest, saveManifest, upToDate, type Manifest } from './manifest.js';
import { failedResult, runBatch, type BatchOptions, type BatchSummary, type Report } from './run-batch.js';
import { targetKey, type Skipped, type Target } from './targets.js';
import { makeOutputDir } from '../output/make-output-dir.js';
import { onInterrupt } from '../interrupt.js';

/** What `buildAll` needs from the stages; tests pass fakes. `V` is a loaded company. */
export interface BuildAllDeps<V> {
  /** What every packet of the company depends on, for the incremental cache. */
  inputsOf(company: string): Promise<Omit<FingerprintInputs, 'prepVersion'>>;
  /** Loads a company once for all its targets (compiles its model). */
  load(company: string): Promise<V>;
  /** The company's targets, and why it has none when it has none. */
  targetsOf(company: string, value: V): { targets: Target[]; skipped: Skipped[] };
  /** Builds one target and returns the paths written. */
  build(target: Target, value: V): Promise<string[]>;
  /** Done with a loaded company (every target built or failed). */
  release?(company: string, value: V): Promise<void>;
}

export interface BuildAllOptions extends Omit<BatchOptions<string>, 'keyOf' | 'now'> {
  outDir: string;
  force: boolean;
  prepVersion: string;
  warn: (message: string) => void;
  /** Paths in warnings are shown relative to it. */
  cwd?: string;
}

/**
 * Builds companies incrementally. The cache is per company: when the hash of
 * its documents, templates, candidate, options and prep version matches every
 * recorded target and their outputs exist, the company is not even compiled.
 * A company with a failure is forgotten, so the next run retries it. Ctrl-C
 * keeps what finished: the manifest is saved without the companies in flight,
 * so an interrupted batch of a thousand companies resumes where it stopped.
 */
export async function buildAll<V>(companies: readonly string[], deps: BuildAllDeps<V>, options: BuildAllOptions): Promise<BatchSummary> {
  const { outDir, force, prepVersion, warn, cwd, ...batchOptions } = options;
  await makeOutputDir(outDir);
  const manifest = await loadManifest(outDir, warn, cwd);
  const readShared = memoizedRead();
  const inFlight = new Set<string>();
  const forgetInterrupt = onInterrupt(async () => {
    // A company half built would look up to date with only the targets it finished.
    for (const company of inFlight) forget(manifest, company);
    await saveManifest(outDir, manifest, warn, cwd);
  });
  const work = async (company: string, report: Report): Promise<void> => {
    const hash = await fingerprint({ ...(await deps.inputsOf(company)), prepVersion }, readShared);
    const cached = force ? undefined : await upToDate(manifest, company, hash, outDir);
    if (cached) {
      for (const [key, entry] of cached.targets) report({ key, status: 'up-to-date', outputs: entry.outputs.map((o) => path.resolve(outDir, o)), ms: 0 });
      if (cached.skipped) report({ key: company, status: 'skipped', outputs: [], reason: cached.skipped.reason, ms: 0 });
      return;
    }
    forget(manifest, company);
    inFlight.add(company);
    try {
      await buildCompany(company, hash, deps, manifest, outDir, report);
    } catch (error) {
      forget(manifest, company);
      throw error;
    } finally {
      inFlight.delete(company);
    }
  };
  try {
    const summary = await runBatch(companies, work, { ...batchOptions, keyOf: (company) => company });
    await saveManifest(outDir, manifest, warn, cwd);
    return summary;
  } finally {
    forgetInterrupt();
  }
}

async function buildCompany<V>(company: string, hash: string, deps: BuildAllDeps<V>, manifest: Manifest, outDir: string, report: Report): Promise<void> {
  const value = await deps.load(company);
  try {
    await buildTargets(company, value, hash, deps, manifest, outDir, report);
  } finally {
    await deps.release?.(company, value);
  }
}

async function buildTargets<V>(company: string, value: V, hash: string, deps: BuildAllDeps<V>, manifest: Manifest, outDir: string, report: Report): Promise<void> {
  const { targets, skipped } = deps.targetsOf(company, value);
  if (skipped.length > 0) {
    const reason = skipped.map((s) => s.reason).join('; ');
    manifest.skipped.set(company, { hash, reason });
    report({ key: company, status: 'skipped', outputs: [], reason, ms: 0 });
  }
  let failed = false;
  await Promise.all(
    targets.map(async (target) => {
      const begin = Date.now();
      const key = targetKey(target);
      try {
        const outputs = await deps.build(target, value);
        manifest.targets.set(key, { hash, outputs: outputs.map((o) => path.relative(outDir, path.resolve(o))) });
        report({ key, status: 'built', outputs, ms: Date.now() - begin });
      } catch (error) {
        failed = true;
        report(failedResult(key, error, Date.now() - begin));
      }
    }),
  );
  if (failed) forget(manifest, company);
}
