import os from 'node:os';
import pLimit from 'p-limit';
import type { Skipped, Target } from './targets.js';
import { targetKey } from './targets.js';
import { compareKeys } from './shard.js';

export type TargetStatus = 'built' | 'up-to-date' | 'failed' | 'skipped';

/** What a build function reports for one target; throwing means failed. */
export interface BuildOutcome {
  status: 'built' | 'up-to-date';
  /** Paths written (or, when up to date, already there). */
  outputs: string[];
}

export interface TargetResult {
  key: string;
  status: TargetStatus;
  outputs: string[];
  reason?: string;
  ms: number;
}

export interface BatchSummary {
  built: number;
  upToDate: number;
  failed: number;
  skipped: number;
  ms: number;
  /** Sorted by target key. */
  results: TargetResult[];
}

export interface BatchOptions {
  /** Targets built at once; default: the number of CPUs. */
  concurrency?: number;
  /** Targets left out on purpose, reported as skipped. */
  skipped?: readonly Skipped[];
  /** Failures found before building (a company that cannot be loaded), reported as failed. */
  failed?: readonly { key: string; reason: string }[];
  onStart?: (total: number) => void;
  onResult?: (result: TargetResult) => void;
  now?: () => number;
}

/**
 * Builds every target with bounded concurrency. A failing target is recorded
 * and the batch goes on; the caller turns the summary into an exit code.
 */
export async function runBatch<T extends Target>(
  targets: readonly T[],
  build: (target: T) => Promise<BuildOutcome>,
  options: BatchOptions = {},
): Promise<BatchSummary> {
  const now = options.now ?? Date.now;
  const started = now();
  const limit = pLimit(Math.max(1, options.concurrency ?? os.availableParallelism()));
  const results: TargetResult[] = [];
  const record = (result: TargetResult): void => {
    results.push(result);
    options.onResult?.(result);
  };
  options.onStart?.(targets.length);
  for (const s of options.skipped ?? []) record({ key: s.company, status: 'skipped', outputs: [], reason: s.reason, ms: 0 });
  for (const f of options.failed ?? []) record({ key: f.key, status: 'failed', outputs: [], reason: f.reason, ms: 0 });
  await Promise.all(
    targets.map((target) =>
      limit(async () => {
        const begin = now();
        const key = targetKey(target);
        try {
          const outcome = await build(target);
          record({ key, status: outcome.status, outputs: outcome.outputs, ms: now() - begin });
        } catch (error) {
          record({ key, status: 'failed', outputs: [], reason: reasonOf(error), ms: now() - begin });
        }
      }),
    ),
  );
  return summarize(results, now() - started);
}

function summarize(results: TargetResult[], ms: number): BatchSummary {
  const count = (status: TargetStatus): number => results.filter((r) => r.status === status).length;
  return {
    built: count('built'),
    upToDate: count('up-to-date'),
    failed: count('failed'),
    skipped: count('skipped'),
    ms,
    results: results.sort((a, b) => compareKeys(a.key, b.key)),
  };
}

export function reasonOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error';
}

/** 1 when any target failed, else 0. */
export function batchExitCode(summary: BatchSummary): 0 | 1 {
  return summary.failed > 0 ? 1 : 0;
}
