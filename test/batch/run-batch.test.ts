import { describe, expect, it } from 'vitest';
import { batchExitCode, runBatch, type Report } from '../../src/batch/run-batch.js';
import { ContentError } from '../../src/errors.js';

const companies = ['a', 'b', 'c', 'd', 'e'];
const keyOf = (c: string) => c;
const built = (report: Report, key: string) => report({ key, status: 'built', outputs: [`${key}.md`], ms: 0 });

describe('runBatch', () => {
  it('builds the rest when a company in the middle fails, and exits 1', async () => {
    const summary = await runBatch(
      companies,
      async (company, report) => {
        if (company === 'c') throw new ContentError('c/company-profile.txt:3:1: Unexpected YAML front matter\nmore detail');
        built(report, `${company}/swe`);
      },
      { keyOf, concurrency: 2 },
    );
    expect(summary).toMatchObject({ built: 4, failed: 1, upToDate: 0, skipped: 0 });
    expect(summary.results.map((r) => `${r.key} ${r.status}`)).toEqual(['a/swe built', 'b/swe built', 'c failed', 'd/swe built', 'e/swe built']);
    expect(summary.results[2]?.reason).toBe('c/company-profile.txt:3:1: Unexpected YAML front matter');
    expect(batchExitCode(summary)).toBe(1);
  });

  it('keeps the results a unit reported before it failed', async () => {
    const summary = await runBatch(
      ['a'],
      async (company, report) => {
        built(report, `${company}/pm`);
        throw new Error('boom');
      },
      { keyOf },
    );
    expect(summary.results.map((r) => `${r.key} ${r.status}`)).toEqual(['a failed', 'a/pm built']);
  });

  it('exits 0 when nothing failed, counting skipped and up to date', async () => {
    const summary = await runBatch(
      ['a', 'b', 'z'],
      async (company, report) => {
        if (company === 'z') report({ key: 'z', status: 'skipped', outputs: [], reason: 'no role matching "mle"', ms: 0 });
        else report({ key: `${company}/x`, status: company === 'a' ? 'up-to-date' : 'built', outputs: [], ms: 0 });
      },
      { keyOf },
    );
    expect(summary).toMatchObject({ built: 1, upToDate: 1, skipped: 1, failed: 0 });
    expect(batchExitCode(summary)).toBe(0);
  });

  it('never works on more companies at once than the concurrency, however many there are', async () => {
    let held = 0;
    let peak = 0;
    const many = Array.from({ length: 1000 }, (_, i) => `co${String(i).padStart(4, '0')}`);
    const summary = await runBatch(
      many,
      async (company, report) => {
        peak = Math.max(peak, ++held);
        await new Promise((resolve) => setImmediate(resolve));
        built(report, `${company}/pm`);
        held--;
      },
      { keyOf, concurrency: 4 },
    );
    expect(peak).toBe(4);
    expect(summary.built).toBe(1000);
  });

  it('reports the units first, then each result with its unit, and each finished unit', async () => {
    const events: string[] = [];
    await runBatch(['a', 'b'], async (company, report) => built(report, `${company}/x`), {
      keyOf,
      concurrency: 1,
      onStart: (keys) => events.push(`start ${keys.join(',')}`),
      onResult: (r, unit) => events.push(`${r.key} of ${unit}`),
      onUnitDone: (k) => events.push(`done ${k}`),
    });
    expect(events).toEqual(['start a,b', 'a/x of a', 'done a', 'b/x of b', 'done b']);
  });
});
