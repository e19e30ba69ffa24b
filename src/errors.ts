/**
 * Errors a user can cause. Each carries the exit code it maps to and a hint
 * saying what to do, so the CLI can print one line and never a stack trace.
 * Modelled on Astro's rule: what happened, why, what to do.
 */
export abstract class PrepError extends Error {
  abstract readonly exitCode: 1 | 2;
  readonly hint: string | undefined;

  constructor(message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.hint = options.hint;
  }
}

/** Bad command line: unknown company, role, flag, an invalid argument, or a bad config file (exit 2). */
export class UsageError extends PrepError {
  override readonly name = 'UsageError';
  readonly exitCode = 2 as const;
}

/** Bad content: a document, candidate or template that cannot be used, or an output that cannot be written (exit 1). */
export class ContentError extends PrepError {
  override readonly name = 'ContentError';
  readonly exitCode = 1 as const;
}

export function isPrepError(error: unknown): error is PrepError {
  return error instanceof PrepError;
}

/** What to do about an error that is not the user's: prep's own bug. Said the same way for the whole run and for one target. */
export const BUG_HINT = 're-run with --debug for the stack trace and report it';
