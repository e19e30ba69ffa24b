import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBatch, type BatchRequest } from '../../src/batch/build-batch.js';
import { UsageError } from '../../src/errors.js';
import { fakePipeline } from './fake-pipeline.js';
import { useTempDirs } from './temp-dir.js';

const tempDir = useTempDirs();
async function setup(over: Partial<BatchRequest> = {}) {
  const root = await tempDir();
  const { pipeline, calls } = await fakePipeline(root);
  const request: BatchRequest = {
    cwd: root,
    roleQuery: undefined,
    shard: undefined,
    force: false,
    cli: {},
    templateDir: undefined,
    config: undefined,
    prepVersion: '0.0.0-test',
    packetDate: null,
    concurrency: 2,
    warn: () => {},
    ...over,
  };
  return { root, calls, run: (more: Partial<BatchRequest> = {}) => buildBatch(pipeline, { ...request, ...more }) };
}

describe('buildBatch', () => {
  it('builds every company × role, reports the broken company, and closes the pipeline', async () => {
    const { run, calls, root } = await setup();
    const summary = await run();
    expect(summary.results.map((r) => `${r.key} ${r.status}`)).toEqual([
      'acme/machine-learning-engineer built',
      'acme/product-manager built',
      'beta/data-engineer built',
      'cracked failed',
      'delta/machine-learning-engineer built',
      'echo/machine-learning-engineer built',
      'echo/software-engineer built',
    ]);
    expect(summary.results[3]?.reason).toContain('cracked/doc.md:1:1');
    expect(calls.closed).toBe(1);
    expect(calls.build[0]?.options.outDir).toBe(path.join(root, 'packets'));
  });

  it('with --role builds that role where it exists and skips the rest', async () => {
    const { run } = await setup({ roleQuery: 'mle' });
    const summary = await run();
    expect(summary.results.map((r) => `${r.key} ${r.status}`)).toEqual([
      'acme/machine-learning-engineer built',
      'beta skipped',
      'cracked failed',
      'delta/machine-learning-engineer built',
      'echo/machine-learning-engineer built',
    ]);
  });

  it('shards partition the results: each appears in exactly one shard', async () => {
    const { run } = await setup();
    const keys: string[] = [];
    for (let index = 1; index <= 3; index++) {
      const summary = await run({ shard: { index, count: 3 }, force: true });
      keys.push(...summary.results.map((r) => r.key));
    }
    expect(keys.sort()).toEqual((await run({ force: true })).results.map((r) => r.key).sort());
  });

  it('applies precedence: defaults < config < front matter < CLI', async () => {
    const { run, calls, root } = await setup();
    const config = { filepath: path.join(root, 'prep.config.yaml'), config: { paper: 'a4' as const, formats: ['md' as const, 'json' as const], out: 'dist' } };
    await run({ config, cli: { formats: ['md'] } });
    const acme = calls.build.find((c) => c.key.startsWith('acme/'))?.options;
    const delta = calls.build.find((c) => c.key.startsWith('delta/'))?.options;
    expect(acme).toMatchObject({ paper: 'a4', formats: ['md'], outDir: path.join(root, 'dist') });
    expect(delta?.paper).toBe('letter');
  });

  it('builds only the config targets when the config lists some', async () => {
    const { run, root } = await setup();
    const config = { filepath: path.join(root, 'prep.config.yaml'), config: { targets: [{ company: 'echo', roles: ['software-engineer'] }] } };
    const summary = await run({ config });
    expect(summary.results.map((r) => `${r.key} ${r.status}`)).toEqual(['echo/software-engineer built']);
  });

  it('refuses a config target naming no company, before building anything: a usage error naming the key', async () => {
    const { run, root } = await setup();
    const config = { filepath: path.join(root, 'prep.config.yaml'), config: { targets: [{ company: 'echo' }, { company: 'ghost' }] } };
    const error = await run({ config }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toBe('prep.config.yaml: targets[1].company "ghost" is no company folder in the profiles directory.');
  });

  it('is incremental across runs and rebuilds with force', async () => {
    const { run } = await setup();
    await run();
    expect(await run()).toMatchObject({ built: 0, upToDate: 6, failed: 1 });
    expect(await run({ cli: { formats: ['md', 'html'] } })).toMatchObject({ built: 6 });
    expect(await run({ cli: { formats: ['md', 'html'], paper: 'letter' } })).toMatchObject({ built: 6 });
    expect(await run({ force: true, cli: { formats: ['md', 'html'], paper: 'letter' } })).toMatchObject({ built: 6, upToDate: 0 });
  });

  it('leaves markdown and JSON packets up to date when only --paper changes', async () => {
    const { run } = await setup();
    await run({ cli: { formats: ['md', 'json'] } });
    expect(await run({ cli: { formats: ['md', 'json'], paper: 'letter' } })).toMatchObject({ built: 0, upToDate: 6 });
  });

  // Packets print their date: one fixed by SOURCE_DATE_EPOCH that changes makes every packet stale.
  it('rebuilds when the SOURCE_DATE_EPOCH date changes, not when it stays the same', async () => {
    const { run } = await setup();
    await run({ packetDate: '2026-01-01' });
    expect(await run({ packetDate: '2026-01-01' })).toMatchObject({ built: 0, upToDate: 6 });
    expect(await run({ packetDate: '2026-01-02' })).toMatchObject({ built: 6 });
    expect(await run({ packetDate: null })).toMatchObject({ built: 6 });
  });
});
