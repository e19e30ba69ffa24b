import { PassThrough } from 'node:stream';
import { Chalk } from 'chalk';
import { createProgress } from '../../src/batch/progress.js';
import { ContentError } from '../../src/errors.js';
import { runBatch, type BatchSummary } from '../../src/batch/run-batch.js';

export const chalk = new Chalk({ level: 0 });
export const cwd = '/repo';

/** A stream standing in for stderr, and all that was written to it so far. */
export function captured(tty: { isTTY: boolean; columns?: number }): { stream: PassThrough & { isTTY: boolean }; text: () => string } {
  const stream = Object.assign(new PassThrough(), tty);
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stream, text: () => text };
}

/** runBatch's hooks into a progress, one company a unit. */
export const hooksOf = (progress: ReturnType<typeof createProgress>, concurrency: number) =>
  ({ keyOf: (c: string) => c, concurrency, onStart: progress.start, onResult: progress.result, onUnitDone: progress.unitDone });

/** A small batch: one built, one up to date, one failed, one skipped. */
export async function batch(options: { isTTY?: boolean; quiet?: boolean }): Promise<{ text: string; summary: BatchSummary }> {
  const { stream, text } = captured({ isTTY: options.isTTY ?? false });
  const progress = createProgress({ stream, chalk, quiet: options.quiet ?? false, cwd });
  const summary = await runBatch(
    ['acme', 'beta', 'netflix', 'zeta'],
    async (company, report) => {
      const key = `${company}/machine-learning-engineer`;
      if (company === 'beta') throw new ContentError('beta/notes.md:4:1: Unexpected front matter');
      if (company === 'zeta') report({ key: 'zeta', status: 'skipped', outputs: [], reason: 'no role matching "mle"', ms: 0 });
      if (company === 'acme') report({ key, status: 'up-to-date', outputs: ['/repo/packets/acme-machine-learning-engineer.md'], ms: 0 });
      if (company === 'netflix') {
        report({ key, status: 'built', outputs: ['/repo/packets/netflix-machine-learning-engineer.md', '/repo/packets/netflix-machine-learning-engineer.pdf'], ms: 0 });
      }
    },
    hooksOf(progress, 1),
  );
  progress.finish(summary);
  return { text: text(), summary };
}
