import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, fingerprint } from '../../src/batch/fingerprint.js';
import { useTempDirs } from './temp-dir.js';

const tempDir = useTempDirs();

describe('canonicalJson', () => {
  it('does not depend on key order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (object) => {
        const reversed = Object.fromEntries(Object.entries(object).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(object));
      }),
    );
  });

  it('keeps array order, which matters (formats)', () => {
    expect(canonicalJson({ formats: ['md', 'pdf'] })).not.toBe(canonicalJson({ formats: ['pdf', 'md'] }));
  });
});

describe('fingerprint', () => {
  it('changes when bytes move from one file to the next', async () => {
    const dir = await tempDir();
    const [a, b] = [path.join(dir, 'a.md'), path.join(dir, 'b.md')];
    const hashOf = async (x: string, y: string) => {
      await writeFile(a, x);
      await writeFile(b, y);
      return fingerprint({ inputs: [a, b], templates: [], candidate: undefined, options: {}, prepVersion: '1' });
    };
    expect(await hashOf('ab', 'c')).not.toBe(await hashOf('a', 'bc'));
  });

  it('does not depend on the order files are listed in', async () => {
    const dir = await tempDir();
    const [a, b] = [path.join(dir, 'a.md'), path.join(dir, 'b.md')];
    await writeFile(a, 'one');
    await writeFile(b, 'two');
    const base = { templates: [], candidate: undefined, options: {}, prepVersion: '1' };
    expect(await fingerprint({ ...base, inputs: [b, a] })).toBe(await fingerprint({ ...base, inputs: [a, b] }));
    expect(await fingerprint({ ...base, inputs: [a, b], prepVersion: '2' })).not.toBe(await fingerprint({ ...base, inputs: [a, b] }));
  });
});
