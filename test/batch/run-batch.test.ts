import { describe, expect, it } from 'vitest';
import { createCompanyPool } from '../../src/batch/company-pool.js';
import { batchExitCode, runBatch } from '../../src/batch/run-batch.js';
import type { Target } from '../../src/batch/targets.js';

const target = (company: string, slug = 'swe'): Target => ({ company, role: { title: slug, slug } });
const companies = ['a', 'b', 'c', 'd', 'e'];

describe('runBatch', () => {
  it('builds the rest when one target in the middle fails, and exits 1', async () => {
    const targets = companies.map((c) => target(c));
    const summary = await runBatch(
      targets,
      async (t) => {
        if (t.company === 'c') throw new Error('c/company-profile.txt:3:1: Unexpected YAML front matter\nmore detail');
        return { status: 'built', outputs: [`${t.company}.md`] };
      },
      { concurrency: 2 },
    );
    expect(summary).toMatchObject({ built: 4, failed: 1, upToDate: 0, skipped: 0 });
    expect(summary.results.map((r) => `${r.key} ${r.status}`)).toEqual([
      'a/swe built',
      'b/swe built',
      'c/swe failed',
      'd/swe built',
      'e/swe built',
    ]);
    expect(summary.results[2]?.reason).toBe('c/company-profile.txt:3:1: Unexpected YAML front matter');
    expect(batchExitCode(summary)).toBe(1);
  });

  it('exits 0 when nothing failed, counting skipped and up to date', async () => {
    const summary = await runBatch([target('a'), target('b')], async (t) => ({ status: t.company === 'a' ? 'up-to-date' : 'built', outputs: [] }), {
      skipped: [{ company: 'z', reason: 'no role matching "mle"' }],
    });
    expect(summary).toMatchObject({ built: 1, upToDate: 1, skipped: 1, failed: 0 });
    expect(batchExitCode(summary)).toBe(0);
  });

  it('never runs more builds at once than the concurrency', async () => {
    let running = 0;
    let peak = 0;
    const targets = Array.from({ length: 30 }, (_, i) => target(`c${i}`));
    await runBatch(
      targets,
      async () => {
        peak = Math.max(peak, ++running);
        await new Promise((resolve) => setImmediate(resolve));
        running--;
        return { status: 'built', outputs: [] };
      },
      { concurrency: 3 },
    );
    expect(peak).toBe(3);
  });

  it('reports each result as it comes, and the total first', async () => {
    const events: string[] = [];
    await runBatch([target('a'), target('b')], async () => ({ status: 'built', outputs: [] }), {
      onStart: (n) => events.push(`start ${n}`),
      onResult: (r) => events.push(r.key),
    });
    expect(events[0]).toBe('start 2');
    expect(events.slice(1).sort()).toEqual(['a/swe', 'b/swe']);
  });
});

describe('createCompanyPool: memory stays bounded', () => {
  it('holds at most `concurrency` companies however many there are', async () => {
    const targets = Array.from({ length: 1000 }, (_, i) => i).flatMap((i) => [target(`co${String(i).padStart(4, '0')}`, 'pm'), target(`co${String(i).padStart(4, '0')}`, 'swe')]);
    let loads = 0;
    const pool = createCompanyPool(targets.map((t) => t.company), async (company) => (loads++, { company, big: new Array(100).fill(company) }));
    let peak = 0;
    await runBatch(
      targets,
      (t) =>
        pool.use(t.company, async (get) => {
          await get();
          peak = Math.max(peak, pool.size);
          await new Promise((resolve) => setImmediate(resolve));
          return { status: 'built', outputs: [] };
        }),
      { concurrency: 4 },
    );
    expect(loads).toBe(1000);
    expect(peak).toBeLessThanOrEqual(4);
    expect(pool.size).toBe(0);
  });

  it('loads a failing company once and fails each of its targets', async () => {
    let loads = 0;
    const targets = [target('x', 'a'), target('x', 'b')];
    const pool = createCompanyPool(['x', 'x'], async () => {
      loads++;
      throw new Error('broken front matter');
    });
    const summary = await runBatch(targets, (t) => pool.use(t.company, async (get) => (await get(), { status: 'built', outputs: [] })), { concurrency: 2 });
    expect(summary.failed).toBe(2);
    expect(loads).toBe(1);
  });
});
