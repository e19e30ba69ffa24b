import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BatchSummary } from '../../src/batch/run-batch.js';
import { appendStepSummary } from '../../src/batch/step-summary.js';
import { batch, cwd } from './progress-harness.js';
import { useTempDirs } from './temp-dir.js';

const tempDir = useTempDirs();

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
