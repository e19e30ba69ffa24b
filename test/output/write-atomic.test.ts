import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { finishWrites, writeAtomic } from '../../src/output/write-atomic.js';
import { useTempDirs } from '../batch/temp-dir.js';

const tempDir = useTempDirs();

// finishWrites() is for a thread about to exit: it stops this module's writes for good, so it runs last here.
describe('finishWrites', () => {
  it('lets the writes under way finish whole, then refuses new ones without touching the directory', async () => {
    const dir = await tempDir();
    const data = 'x'.repeat(1 << 20);
    const underWay = Array.from({ length: 8 }, (_, i) => writeAtomic(path.join(dir, `packet-${i}.md`), data));
    await finishWrites();
    // Done by the time finishWrites resolves: every file renamed into place, no temporary file left.
    expect((await readdir(dir)).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `packet-${i}.md`).sort());
    expect(await readFile(path.join(dir, 'packet-7.md'), 'utf8')).toBe(data);
    await Promise.all(underWay);

    await expect(writeAtomic(path.join(dir, 'late.md'), data)).rejects.toThrow(/the build is stopping/);
    expect((await readdir(dir)).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `packet-${i}.md`).sort());
  });
});
