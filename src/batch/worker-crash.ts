import { ContentError } from '../errors.js';

/**
 * A company worker's heap limit. Far above what one company needs (~50 MB
 * live), but with a limit V8 grows the heap like a small one: without it,
 * each worker's heap grew to ~250 MB over the first hundred companies.
 */
export const WORKER_HEAP_MB = 1024;

/** A job whose worker stopped before answering; `crash` says why, for the user. */
export class WorkerLost extends Error {
  constructor(
    readonly slot: object,
    readonly crash: Error,
  ) {
    super(crash.message);
  }
}

/** What the user is told when a job gives up on a stopped worker. */
export const crashOf = (error: unknown): unknown => (error instanceof WorkerLost ? error.crash : error);

/** Why a worker stopped, in one line with what to do. */
export function describeCrash(error: Error | number, heapMb: number): Error {
  if (typeof error === 'number') {
    return new ContentError(`a company worker stopped unexpectedly (exit code ${error}).`, {
      hint: 'Run the batch again; if it happens again, run with --debug and report it with the profile.',
    });
  }
  if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_OUT_OF_MEMORY') return error;
  return new ContentError(`a company worker ran out of memory (its heap is limited to ${heapMb} MB).`, {
    hint: "Split the company's largest documents, or report it with the profile: no company should need that much.",
  });
}
