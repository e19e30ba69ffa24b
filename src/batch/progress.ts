import cliProgress from 'cli-progress';
import type { ChalkInstance } from 'chalk';
import type { BatchSummary, TargetResult } from './run-batch.js';
import { shownPath } from '../output/shown-path.js';
import { orderedLines } from './ordered-lines.js';
import { visibleControls } from '../visible-controls.js';

/** Receives the batch's events; one implementation per kind of terminal. */
export interface BatchProgress {
  /** These companies (their keys, in the order they start) are about to be built. */
  start(units: readonly string[]): void;
  /** A target's result; `unit` is the company it belongs to. */
  result(result: TargetResult, unit: string): void;
  /** A company is done. */
  unitDone(key: string): void;
  finish(summary: BatchSummary): void;
  /** The batch is stopped (Ctrl-C, SIGTERM): say so, and give a terminal its cursor back. */
  abort(): void;
}

export interface ProgressOptions {
  stream: NodeJS.WritableStream & { isTTY?: boolean };
  chalk: ChalkInstance;
  quiet: boolean;
  /** Output paths are shown relative to this directory. */
  cwd: string;
  /** Print the stack of a failure that is a bug (--debug). */
  debug?: boolean;
  /** A second line for a failure (a CI annotation), printed right after it. */
  annotate?: ((r: TargetResult) => string) | undefined;
}

/** A bar on a TTY, plain lines elsewhere (CI logs), only failures with --quiet. */
export function createProgress(options: ProgressOptions): BatchProgress {
  const write = (line: string): void => void options.stream.write(`${line}\n`);
  if (options.stream.isTTY && !options.quiet) return createBar(options, write);
  const count = counter();
  const lines = orderedLines(write);
  return {
    start(units) {
      count.start(units);
      lines.start(units);
    },
    result(r, unit) {
      if (!options.quiet || r.status === 'failed') lines.add(unit, r.key, formatResult(r, options));
    },
    unitDone(key) {
      count.done();
      lines.unitDone(key);
    },
    finish(s) {
      if (!options.quiet) write(formatSummary(s, options.chalk));
    },
    abort() {
      lines.flushDone();
      if (!options.quiet) write(count.stopped());
    },
  };
}

/** Companies done out of how many, for the line a stopped batch ends with. */
function counter() {
  let total = 0;
  let done = 0;
  return {
    start: (units: readonly string[]) => void (total = units.length),
    done: () => void (done += 1),
    stopped: () => `stopped after ${done} of ${total} companies; run the same command again to build the rest`,
  };
}

function createBar(options: ProgressOptions, write: (line: string) => void): BatchProgress {
  const bar = new cliProgress.SingleBar(
    { stream: options.stream, clearOnComplete: true, hideCursor: true, format: ' {bar} {value}/{total} companies {key}' },
    cliProgress.Presets.shades_classic,
  );
  // Only what needs attention stays on screen once the bar is gone.
  const notable: TargetResult[] = [];
  const count = counter();
  return {
    start(units) {
      count.start(units);
      bar.start(units.length, 0, { key: '' });
    },
    result(r) {
      if (r.status === 'failed' || r.status === 'skipped') notable.push(r);
    },
    unitDone(key) {
      count.done();
      bar.increment(1, { key });
    },
    abort() {
      // stop() shows the cursor and turns line wrapping back on; an exit without it leaves the terminal without either.
      bar.stop();
      write(count.stopped());
    },
    finish(s) {
      bar.stop();
      for (const r of s.results.filter((x) => notable.includes(x))) write(formatResult(r, options));
      write(formatSummary(s, options.chalk));
    },
  };
}

/** `built netflix/mle → packets/netflix-mle.md`, `up to date …`, `failed …: reason`, `skipped …: reason`. */
function formatResult(r: TargetResult, options: Pick<ProgressOptions, 'chalk' | 'cwd' | 'annotate' | 'debug'>): string {
  const c = options.chalk;
  // A folder's or a document's name is quoted here: its control characters are shown, never acted on.
  const key = visibleControls(r.key);
  const reason = r.reason === undefined ? undefined : visibleControls(r.reason);
  const outputs = visibleControls(r.outputs.map((o) => shownPath(o, options.cwd)).join(', '));
  switch (r.status) {
    case 'built':
      return `${c.green('built')} ${key}${outputs ? ` → ${outputs}` : ''}`;
    case 'up-to-date':
      return `${c.dim('up to date')} ${key}`;
    case 'failed':
      return [`${c.red('failed')} ${key}: ${reason ?? 'unknown error'}`, options.debug ? r.stack : undefined, options.annotate?.(r)]
        .filter((line) => line !== undefined)
        .join('\n');
    case 'skipped':
      return `${c.dim('skipped')} ${key}: ${reason ?? ''}`;
  }
}

/** `built 3, up to date 2, failed 1, skipped 0 in 1.2s` */
function formatSummary(s: BatchSummary, c: ChalkInstance): string {
  const failed = `failed ${s.failed}`;
  return `${c.bold(`built ${s.built}`)}, up to date ${s.upToDate}, ${s.failed > 0 ? c.red(failed) : failed}, skipped ${s.skipped} in ${formatMs(s.ms)}`;
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)}ms` : `${(ms / 1000).toFixed(1)}s`;
}
