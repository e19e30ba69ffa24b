import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/batch/progress.js';
import { runBatch, type BatchSummary } from '../../src/batch/run-batch.js';
import { appendStepSummary } from '../../src/batch/step-summary.js';
import { useTempDirs } from './temp-dir.js';

const tempDir = useTempDirs();
const chalk = new Chalk({ level: 0 });
const cwd = '/repo';

/** A small batch: one built, one up to date, one failed, one skipped. */
async function batch(options: { isTTY?: boolean; quiet?: boolean }): Promise<{ text: string; summary: BatchSummary }> {
  const stream = Object.assign(new PassThrough(), { isTTY: options.isTTY ?? false });
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const progress = createProgress({ stream, chalk, quiet: options.quiet ?? false, cwd });
  const summary = await runBatch(
    ['acme', 'beta', 'netflix', 'zeta'],
    async (company, report) => {
      const key = `${company}/machine-learning-engineer`;
      if (company === 'beta') throw new Error('beta/notes.md:4:1: Unexpected front matter');
      if (company === 'zeta') report({ key: 'zeta', status: 'skipped', outputs: [], reason: 'no role matching "mle"', ms: 0 });
      if (company === 'acme') report({ key, status: 'up-to-date', outputs: ['/repo/packets/acme-machine-learning-engineer.md'], ms: 0 });
      if (company === 'netflix') {
        report({ key, status: 'built', outputs: ['/repo/packets/netflix-machine-learning-engineer.md', '/repo/packets/netflix-machine-learning-engineer.pdf'], ms: 0 });
      }
    },
    { keyOf: (c) => c, concurrency: 1, onStart: progress.start, onResult: progress.result, onUnitDone: progress.unitDone },
  );
  progress.finish(summary);
  return { text, summary };
}

describe('progress without a TTY', () => {
  it('prints one plain line per target and a summary', async () => {
    const { text } = await batch({});
    const lines = text.trimEnd().split('\n');
    expect(lines.slice(0, -1).sort()).toEqual([
      'built netflix/machine-learning-engineer → packets/netflix-machine-learning-engineer.md, packets/netflix-machine-learning-engineer.pdf',
      'failed beta: beta/notes.md:4:1: Unexpected front matter',
      'skipped zeta: no role matching "mle"',
      'up to date acme/machine-learning-engineer',
    ]);
    expect(lines.at(-1)).toMatch(/^built 1, up to date 1, failed 1, skipped 1 in \d+ms$/);
    expect(text).not.toContain('\u001b');
  });

  it('prints nothing but failures with --quiet', async () => {
    const { text } = await batch({ quiet: true });
    expect(text).toBe('failed beta: beta/notes.md:4:1: Unexpected front matter\n');
  });
});

describe('progress on a TTY', () => {
  it('keeps failures and the summary on screen, not a line per built target', async () => {
    const { text } = await batch({ isTTY: true });
    expect(text).toContain('failed beta: beta/notes.md:4:1');
    expect(text).not.toContain('built netflix/machine-learning-engineer →');
    expect(text).toMatch(/built 1, up to date 1, failed 1, skipped 1 in \d+ms\n$/);
  });

  it('gives the terminal back its cursor and line wrapping when the batch is stopped (Ctrl-C) mid-bar', () => {
    const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 80 });
    let text = '';
    stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const progress = createProgress({ stream, chalk, quiet: false, cwd });
    progress.start(3);
    progress.unitDone('acme');
    expect(text).toContain('\u001b[?25l');
    progress.abort();
    const hidden = text.lastIndexOf('\u001b[?25l');
    expect(text.lastIndexOf('\u001b[?25h')).toBeGreaterThan(hidden);
    expect(text.lastIndexOf('\u001b[?7h')).toBeGreaterThan(text.lastIndexOf('\u001b[?7l'));
    // The prompt that follows starts on a line of its own.
    expect(text.endsWith('\n')).toBe(true);
  });
});

describe('appendStepSummary', () => {
  it('does nothing without GITHUB_STEP_SUMMARY', async () => {
    const { summary } = await batch({ quiet: true });
    expect(await appendStepSummary({}, summary)).toBe(false);
  });

  it('appends a markdown table, keeping what was there', async () => {
    const file = path.join(await tempDir(), 'summary.md');
    await writeFile(file, '# earlier step\n');
    const { summary } = await batch({ quiet: true });
    summary.results[1]!.reason = 'a | pipe\nand a newline';
    expect(await appendStepSummary({ GITHUB_STEP_SUMMARY: file }, summary)).toBe(true);
    const text = await readFile(file, 'utf8');
    expect(text.startsWith('# earlier step\n')).toBe(true);
    expect(text).toContain('| Target | Status | Outputs or reason |');
    expect(text).toContain('| beta | ❌ failed | a \\| pipe and a newline |');
    expect(text).toMatch(/Built 1, up to date 1, failed 1, skipped 1/);
    // Every row has the table's three columns.
    for (const row of text.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'))) {
      expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(5);
    }
  });

  // GitHub refuses a step summary over 1 MiB and then shows none of it.
  it('stays under GitHub\'s 1 MiB step-summary limit for a batch of thousands, keeping every failure', async () => {
    const file = path.join(await tempDir(), 'summary.md');
    const results = Array.from({ length: 12_000 }, (_, i) => {
      const key = `company-${String(i).padStart(5, '0')}/machine-learning-engineer`;
      const outputs = ['md', 'html', 'pdf'].map((ext) => `/repo/packets/company-${i}-machine-learning-engineer.${ext}`);
      return i % 1000 === 7
        ? { key, status: 'failed' as const, outputs: [], reason: `profiles/company-${i}/notes.md:3:1: ${'x'.repeat(400)}`, ms: 0 }
        : { key, status: 'built' as const, outputs, ms: 0 };
    });
    const summary: BatchSummary = { built: 11_988, upToDate: 0, failed: 12, skipped: 0, ms: 1000, results };
    expect(await appendStepSummary({ GITHUB_STEP_SUMMARY: file }, summary, { cwd })).toBe(true);
    const text = await readFile(file, 'utf8');
    expect(Buffer.byteLength(text)).toBeLessThan(1024 * 1024);
    expect(text.match(/❌ failed/g)).toHaveLength(12);
    expect(text).toMatch(/and \d+ more targets/);
  });
});
