import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtures } from '../helpers/cli.js';
import { useTempDirs } from './temp-dir.js';
import { ContentError } from '../../src/errors.js';

// Worker threads run only from the build (npm test builds first): these tests import dist/.
const dist = (file: string) => new URL(`../../dist/batch/${file}`, import.meta.url).href;
const { CompanyWorkers } = (await import(dist('company-workers.js'))) as typeof import('../../src/batch/company-workers.js');
const { createPipeline } = (await import(dist('default-pipeline.js'))) as typeof import('../../src/batch/default-pipeline.js');
const { ContentError: DistContentError } = (await import(new URL('../../dist/errors.js', import.meta.url).href)) as typeof import('../../src/errors.js');

const tempDir = useTempDirs();
const profilesDir = path.join(fixtures, 'profiles');
const settings = { profilesDir, cwd: process.cwd(), env: { SOURCE_DATE_EPOCH: '1700000000' }, prepVersion: 'test', pages: 1 };
const noPrinter = async () => {
  throw new Error('no browser in this test');
};
let pool: InstanceType<typeof CompanyWorkers> | undefined;
type Format = 'md' | 'json' | 'pdf';
const packetOptions = (out: string, formats: Format[]) => ({ formats, out, outDir: out, paper: 'a4' as const, candidate: undefined, templateDir: undefined });
afterEach(() => pool?.close());

async function buildEverything(workers: InstanceType<typeof CompanyWorkers>, companies: string[], outDir: string) {
  const options = packetOptions(outDir, ['md', 'json']);
  for (const company of companies) {
    const handle = await workers.load(company);
    for (const role of handle.roles) await workers.build(company, role, options);
    await workers.release(company);
  }
}

async function readAll(dir: string): Promise<Map<string, string>> {
  const files = (await readdir(dir)).sort();
  return new Map(await Promise.all(files.map(async (f) => [f, await readFile(path.join(dir, f), 'utf8')] as const)));
}

describe('company workers', () => {
  it('write the same packets as the in-thread pipeline, spread over two workers', async () => {
    const companies = ['carebridge', 'haulwise', 'ledgerline'];
    const [threadedOut, inThreadOut] = [await tempDir(), await tempDir()];
    pool = new CompanyWorkers({ size: 2, settings, print: noPrinter });
    await buildEverything(pool, companies, threadedOut);

    const pipeline = await createPipeline({ ...settings, stdout: process.stdout });
    const options = packetOptions(inThreadOut, ['md', 'json']);
    for (const company of companies) {
      const model = await pipeline.load(company);
      for (const role of pipeline.roles(model)) await pipeline.build(model, role, options);
    }
    const threaded = await readAll(threadedOut);
    expect(threaded.size).toBeGreaterThan(companies.length);
    expect(threaded).toEqual(await readAll(inThreadOut));
  });

  it('hand back a broken company as a ContentError with its file:line, and go on with the next', async () => {
    pool = new CompanyWorkers({ size: 1, settings, print: noPrinter });
    const failure = await pool.load('broken-co').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DistContentError);
    expect((failure as ContentError).message).toMatch(/broken-co\/broken-yaml\.md:4:1: .*run `prep --profiles \S+ check broken-co`$/);
    expect((await pool.load('haulwise')).id).toBe('haulwise');
  });

  it('fail a PDF build with the printer’s reason, not a hang', async () => {
    const out = await tempDir();
    pool = new CompanyWorkers({ size: 1, settings, print: noPrinter });
    const handle = await pool.load('haulwise');
    const options = packetOptions(out, ['pdf']);
    await expect(pool.build('haulwise', handle.roles[0]!, options)).rejects.toThrow('no browser in this test');
    expect(await readdir(out)).toEqual([]);
  });

  it('report a worker that cannot even start as a content error that says why', async () => {
    pool = new CompanyWorkers({ size: 1, settings, print: noPrinter, heapMb: 4 });
    const failure = await pool.load('haulwise').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DistContentError);
    expect((failure as Error).message).toBe('a company worker ran out of memory (its heap is limited to 4 MB).');
  });

  it('when a company crashes its worker, fail that company alone and build the one it shared the worker with', async () => {
    const root = await tempDir();
    await cp(path.join(profilesDir, 'haulwise'), path.join(root, 'haulwise'), { recursive: true });
    await mkdir(path.join(root, 'giant'));
    // Three documents under the 2 MB limit each, together more than a 96 MB heap can compile.
    const item = (i: number) => `- **Item ${i}**: we build a ${['data', 'ML', 'streaming'][i % 3]} platform with Kubernetes, Python and Go`;
    const doc = `# Giant\n\n## What we build\n\n${Array.from({ length: 20_000 }, (_, i) => item(i)).join('\n')}\n`;
    for (const n of [0, 1, 2]) await writeFile(path.join(root, 'giant', `notes-${n}.md`), doc);
    const out = await tempDir();
    const options = packetOptions(out, ['md']);
    pool = new CompanyWorkers({ size: 1, settings: { ...settings, profilesDir: root }, print: noPrinter, heapMb: 96 });

    const haulwise = await pool.load('haulwise');
    const giant = await pool.load('giant').catch((error: unknown) => error);
    const built = await Promise.all(haulwise.roles.map((role) => pool!.build('haulwise', role, options)));

    expect((giant as Error).message).toBe('a company worker ran out of memory (its heap is limited to 96 MB).');
    expect(built.flat().map((file) => path.basename(file)).sort()).toEqual(haulwise.roles.map((r) => `haulwise-${r.slug}.md`).sort());
  });
});
