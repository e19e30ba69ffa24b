import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAll, type BuildAllDeps } from '../../src/batch/build-all.js';
import { MANIFEST_FILE } from '../../src/batch/manifest.js';
import type { Target } from '../../src/batch/targets.js';
import { ContentError } from '../../src/errors.js';
import { useTempDirs } from './temp-dir.js';

const tempDir = useTempDirs();

/**
 * A fake repository: one document per company, one template, a candidate,
 * and a build function that writes `<company>-<role>.md` from them.
 */
async function fakeRepo() {
  const root = await tempDir();
  const file = (name: string) => path.join(root, name);
  await writeFile(file('acme.txt'), 'acme docs');
  await writeFile(file('beta.txt'), 'beta docs');
  await writeFile(file('packet.hbs'), 'template v1');
  await writeFile(file('me.md'), 'candidate');
  const outDir = file('out');
  const state = { formats: ['md'], built: [] as string[], loads: 0 };
  const roles: Record<string, Target['role'][]> = {
    acme: [{ title: 'PM', slug: 'pm' }, { title: 'SWE', slug: 'swe' }],
    beta: [{ title: 'SWE', slug: 'swe' }],
  };
  const deps: BuildAllDeps<string> = {
    load: async (company) => (state.loads++, readFile(file(`${company}.txt`), 'utf8')),
    inputsOf: async (company) => ({
      inputs: [file(`${company}.txt`)],
      templates: [file('packet.hbs')],
      candidate: file('me.md'),
      options: { formats: state.formats },
    }),
    targetsOf: (company) => ({ targets: (roles[company] ?? []).map((role) => ({ company, role })), skipped: [] }),
    build: async (t, model) => {
      if (model.includes('broken')) throw new ContentError(`${t.company}.txt:1:1: broken document`);
      state.built.push(`${t.company}/${t.role.slug}`);
      const out = path.join(outDir, `${t.company}-${t.role.slug}.md`);
      await writeFile(out, model);
      return [out];
    },
  };
  const warnings: string[] = [];
  const run = async (force = false) => {
    state.built = [];
    const summary = await buildAll(['acme', 'beta'], deps, { outDir, force, prepVersion: '1.0.0', warn: (m) => warnings.push(m), concurrency: 2 });
    return { summary, built: [...state.built].sort() };
  };
  return { root, file, outDir, state, run, warnings };
}

describe('buildAll: the incremental cache', () => {
  it('builds everything the first time, then nothing', async () => {
    const repo = await fakeRepo();
    const first = await repo.run();
    expect(first.built).toEqual(['acme/pm', 'acme/swe', 'beta/swe']);
    expect(first.summary).toMatchObject({ built: 3, upToDate: 0, failed: 0 });
    const second = await repo.run();
    expect(second.built).toEqual([]);
    expect(second.summary).toMatchObject({ built: 0, upToDate: 3, failed: 0 });
    expect(second.summary.results[0]?.outputs).toEqual([path.join(repo.outDir, 'acme-pm.md')]);
  });

  it('does not load a company whose targets are all up to date', async () => {
    const repo = await fakeRepo();
    await repo.run();
    repo.state.loads = 0;
    await repo.run();
    expect(repo.state.loads).toBe(0);
  });

  it('rebuilds only the company whose input changed', async () => {
    const repo = await fakeRepo();
    await repo.run();
    await writeFile(repo.file('beta.txt'), 'beta docs, edited');
    expect((await repo.run()).built).toEqual(['beta/swe']);
  });

  it('rebuilds everything when a template or the candidate changes', async () => {
    const repo = await fakeRepo();
    await repo.run();
    await writeFile(repo.file('packet.hbs'), 'template v2');
    expect((await repo.run()).built).toHaveLength(3);
    await writeFile(repo.file('me.md'), 'candidate, edited');
    expect((await repo.run()).built).toHaveLength(3);
  });

  it('rebuilds when an option changes', async () => {
    const repo = await fakeRepo();
    await repo.run();
    repo.state.formats = ['md', 'pdf'];
    expect((await repo.run()).built).toHaveLength(3);
    expect((await repo.run()).built).toHaveLength(0);
  });

  it('rebuilds a target whose output was deleted', async () => {
    const repo = await fakeRepo();
    await repo.run();
    await rm(path.join(repo.outDir, 'acme-swe.md'));
    // The cache is per company: its targets are rebuilt together.
    expect((await repo.run()).built).toEqual(['acme/pm', 'acme/swe']);
  });

  it('rebuilds everything with force', async () => {
    const repo = await fakeRepo();
    await repo.run();
    expect((await repo.run(true)).built).toHaveLength(3);
  });

  it('treats a corrupt manifest as empty, with a warning', async () => {
    const repo = await fakeRepo();
    await repo.run();
    await writeFile(path.join(repo.outDir, MANIFEST_FILE), '{"version": 1, "targets": {"a": ');
    const { summary } = await repo.run();
    expect(summary).toMatchObject({ built: 3, failed: 0 });
    expect(repo.warnings).toHaveLength(1);
    expect(repo.warnings[0]).toContain(MANIFEST_FILE);
    // …and writes a good one again.
    expect((await repo.run()).built).toEqual([]);
  });

  // Not fatal either: the packets are written and the batch's summary still reaches the user.
  it('warns when the manifest cannot be written, and still returns the summary', async () => {
    const repo = await fakeRepo();
    await mkdir(path.join(repo.outDir, MANIFEST_FILE), { recursive: true });
    const { summary } = await repo.run();
    expect(summary).toMatchObject({ built: 3, failed: 0 });
    expect(repo.warnings.at(-1)).toMatch(/cannot write the build manifest \(it is a directory, EISDIR\)/);
  });

  it('treats a manifest of the wrong shape as empty too', async () => {
    const repo = await fakeRepo();
    await repo.run();
    await writeFile(path.join(repo.outDir, MANIFEST_FILE), '[1, 2, 3]');
    expect((await repo.run()).built).toHaveLength(3);
    expect(repo.warnings).toHaveLength(1);
  });

  it('rebuilds a target that failed last time', async () => {
    const repo = await fakeRepo();
    await repo.run();
    await writeFile(repo.file('beta.txt'), 'beta docs, broken');
    const broken = await repo.run();
    expect(broken.summary).toMatchObject({ failed: 1, upToDate: 2 });
    expect(broken.summary.results.find((r) => r.status === 'failed')?.reason).toBe('beta.txt:1:1: broken document');
    await writeFile(repo.file('beta.txt'), 'beta docs');
    expect((await repo.run()).built).toEqual(['beta/swe']);
  });
});
