import type { AnnotationPlace } from '../diagnostics/reporters/github.js';
import { BUG_HINT, ContentError, isPrepError } from '../errors.js';

/**
 * A company that cannot be built because of an error in one of its documents,
 * with the place of that error: CI shows the failure there (an annotation on
 * the file), not only as a line of the log.
 */
export class PlacedError extends ContentError {
  constructor(
    message: string,
    readonly place: AnnotationPlace,
    options: { hint?: string } = {},
  ) {
    super(message, options);
  }
}

/** The place a failure points at, when it points at one. */
export function placeOf(error: unknown): AnnotationPlace | undefined {
  return error instanceof PlacedError ? error.place : undefined;
}

/** The first line of an error's message: a reason fit for one line of output. */
function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error';
}

/**
 * Why a target failed, as fatal errors are told everywhere (see cli/fail.ts):
 * a user's mistake is its message; anything else is a bug, said so, with its
 * stack kept for --debug.
 */
export function failureOf(error: unknown): { reason: string; stack?: string } {
  if (isPrepError(error)) return { reason: firstLine(error) };
  const reason = `internal error: ${firstLine(error)}; ${BUG_HINT}`;
  return error instanceof Error && error.stack ? { reason, stack: error.stack } : { reason };
}
