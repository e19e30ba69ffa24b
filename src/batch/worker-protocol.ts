import { ContentError, UsageError, isPrepError } from '../errors.js';
import type { PdfMeta } from '../render/pdf/pdf-renderer.js';
import type { PacketOptions } from './pipeline.js';
import type { OptionLayer } from './resolve-options.js';
import type { RoleRef } from './targets.js';
import { PlacedError, placeOf } from './target-failure.js';
import type { AnnotationPlace } from '../diagnostics/reporters/github.js';

/** A company as the main thread sees it while a worker holds its model: what targets and role lookup need. */
export interface CompanyHandle {
  id: string;
  name: string;
  roles: Array<RoleRef & { aliases: string[] }>;
  frontMatter: OptionLayer;
}

/** Main thread → company worker. */
export type Job =
  | { id: number; op: 'load'; company: string }
  | { id: number; op: 'build'; company: string; role: RoleRef; options: PacketOptions }
  | { id: number; op: 'release'; company: string };

/** Main thread → company worker: exit now (see WorkerSlot.end). */
export interface Stop {
  op: 'exit';
}

/** A job before it is numbered. */
export type JobRequest = { [Op in Job['op']]: Omit<Extract<Job, { op: Op }>, 'id'> }[Job['op']];

/** Company worker → main thread: a job's result, or a page to print in the run's one browser. */
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'done'; id: number; value: unknown }
  | { type: 'failed'; id: number; error: WireError }
  | { type: 'print'; id: number; html: string; meta: PdfMeta };

/** Main thread → company worker: the printed PDF, or why it could not be printed. */
export type PrintReply = { type: 'printed'; id: number; pdf: Uint8Array } | { type: 'print-failed'; id: number; error: WireError };

/** An error as it crosses a thread: structured clone keeps neither its class nor its hint. */
export interface WireError {
  kind: 'usage' | 'content' | 'other';
  message: string;
  hint: string | undefined;
  stack: string | undefined;
  /** Where a document error is, for CI annotations. */
  place?: AnnotationPlace | undefined;
}

export function toWire(error: unknown): WireError {
  const kind = error instanceof UsageError ? 'usage' : error instanceof ContentError ? 'content' : 'other';
  if (!(error instanceof Error)) return { kind, message: String(error), hint: undefined, stack: undefined };
  return { kind, message: error.message, hint: isPrepError(error) ? error.hint : undefined, stack: error.stack, place: placeOf(error) };
}

/** The same error class on this side, so exit codes and hints survive the trip. */
export function fromWire(wire: WireError): Error {
  const options = wire.hint === undefined ? {} : { hint: wire.hint };
  const error = wire.place
    ? new PlacedError(wire.message, wire.place, options)
    : wire.kind === 'usage' ? new UsageError(wire.message, options) : wire.kind === 'content' ? new ContentError(wire.message, options) : new Error(wire.message);
  if (wire.stack) error.stack = wire.stack;
  return error;
}
