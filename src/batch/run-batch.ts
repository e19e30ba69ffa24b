import os from 'node:os';
import pLimit from 'p-limit';
import { byCodeUnit } from '../code-unit-order.js';
import type { AnnotationPlace } from '../diagnostics/reporters/github.js';
import { failureOf, placeOf } from './target-failure.js';

export type TargetStatus = 'built' | 'up-to-date' | 'failed' | 'skipped';

export interface TargetResult {
  /** `company/role-slug`, or the company id when the whole company failed or was skipped. */
  key: string;
  status: TargetStatus;
  outputs: string[];
  reason?: string;
  /** Where a failure's cause is (a document's first error), when it is in a file. */
  place?: AnnotationPlace;
  /** A failure that is a bug in prep: its stack, for --debug. */
  stack?: string;
  ms: number;
}

export interface BatchSummary {
  built: number;
  upToDate: number;
  failed: number;
  skipped: number;
  ms: number;
  /** Sorted by key. */
  results: TargetResult[];
}

/** Reports one target's result from inside a unit of work. */
export type Report = (result: TargetResult) => void;

export interface BatchOptions<U> {
  /** The key a unit's failure is reported under (e.g. the company id). */
  keyOf: (unit: U) => string;
  /** Units worked on at once; default: the number of CPUs. */
  concurrency?: number;
  /** The units' keys, in the order they start. */
  onStart?: (units: readonly string[]) => void;
  /** A target's result, with the key of the unit it belongs to. */
  onResult?: (result: TargetResult, unit: string) => void;
  onUnitDone?: (key: string) => void;
  now?: () => number;
}

/**
 * Works through units (companies) with bounded concurrency; each reports the
 * results of its targets. A unit that throws is recorded as failed and the
 * batch goes on; the caller turns the summary into an exit code. Only
 * `concurrency` units are in flight, so only that many companies are held.
 */
export async function runBatch<U>(
  units: readonly U[],
  work: (unit: U, report: Report) => Promise<void>,
  options: BatchOptions<U>,
): Promise<BatchSummary> {
  const now = options.now ?? Date.now;
  const started = now();
  const limit = pLimit(Math.max(1, options.concurrency ?? os.availableParallelism()));
  const results: TargetResult[] = [];
  const reportFor =
    (key: string): Report =>
    (result) => {
      results.push(result);
      options.onResult?.(result, key);
    };
  options.onStart?.(units.map(options.keyOf));
  await Promise.all(
    units.map((unit) =>
      limit(async () => {
        const begin = now();
        const key = options.keyOf(unit);
        const report = reportFor(key);
        try {
          await work(unit, report);
        } catch (error) {
          report(failedResult(key, error, now() - begin));
        }
        options.onUnitDone?.(key);
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
    results: results.sort((a, b) => byCodeUnit(a.key, b.key)),
  };
}

/** A target (or a whole company, by its id) that failed with `error`. */
export function failedResult(key: string, error: unknown, ms: number): TargetResult {
  const place = placeOf(error);
  return { key, status: 'failed', outputs: [], ...failureOf(error), ...(place ? { place } : {}), ms };
}

/** 1 when any target failed, else 0. */
export function batchExitCode(summary: BatchSummary): 0 | 1 {
  return summary.failed > 0 ? 1 : 0;
}
