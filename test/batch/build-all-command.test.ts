import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuildAll, type BuildAllFlags } from '../../src/batch/build-all-command.js';
import type { Pipeline } from '../../src/batch/pipeline.js';
import { UsageError } from '../../src/errors.js';
import { failOnErrors } from '../../src/batch/default-pipeline.js';
import { placeOf } from '../../src/batch/target-failure.js';
import { fromWire, toWire } from '../../src/batch/worker-protocol.js';
import type { ContentError } from '../../src/errors.js';
import { checkCommand } from '../../src/diagnostics/check-command.js';
import { fakeContext } from '../helpers/context.js';
import { fakePipeline } from './fake-pipeline.js';
import { useTempDirs } from './temp-dir.js';

const tempDir = useTempDirs();

async function setup(env: NodeJS.ProcessEnv = {}, quiet = false) {
  const root = await tempDir();
  const { pipeline } = await fakePipeline(root);
  const io = fakeContext(root, { env, quiet });
  const run = (flags: BuildAllFlags = {}) => runBuildAll(io.ctx, flags, pipeline as Pipeline<unknown>);
  return { root, run, ...io };
}

describe('runBuildAll', () => {
  it('without a TTY prints a plain line per target, the summary, and exits 1 for the broken company', async () => {
    const { run, stderr, stdout } = await setup();
    expect(await run()).toBe(1);
    const lines = stderr.text.trimEnd().split('\n');
    expect(lines).toContain('built acme/machine-learning-engineer → packets/acme-machine-learning-engineer.md');
    expect(lines).toContain('failed cracked: cracked/doc.md:1:1: Unexpected front matter, expected YAML');
    expect(lines.at(-1)).toMatch(/^built 6, up to date 0, failed 1, skipped 0 in \d+ms$/);
    expect(stdout.text).toBe('');
  });

  it('reports up to date on the second run', async () => {
    const { run, stderr } = await setup();
    await run();
    stderr.text = '';
    await run();
    expect(stderr.text).toContain('up to date acme/product-manager\n');
    expect(stderr.text).toMatch(/built 0, up to date 6, failed 1/);
  });

  it('with --quiet prints only the failure', async () => {
    const { run, stderr } = await setup({}, true);
    expect(await run()).toBe(1);
    expect(stderr.text).toBe('failed cracked: cracked/doc.md:1:1: Unexpected front matter, expected YAML\n');
  });

  it('appends the results to GITHUB_STEP_SUMMARY', async () => {
    const file = path.join(await tempDir(), 'step-summary.md');
    const { run } = await setup({ GITHUB_STEP_SUMMARY: file });
    await run({ role: 'mle', format: 'md,json' });
    const text = await readFile(file, 'utf8');
    expect(text).toContain('| acme/machine-learning-engineer | ✅ built | `');
    expect(text).toContain('| beta | ⏭ skipped | no role matching "mle" |');
    expect(text).toContain('| cracked | ❌ failed |');
  });

  it('reads prep.config.yaml from the working directory, CLI flags winning', async () => {
    const { run, root, stderr } = await setup();
    await writeFile(path.join(root, 'prep.config.yaml'), 'out: from-config\ntargets:\n  - company: acme\n');
    expect(await run()).toBe(0);
    expect(stderr.text).toContain('→ from-config/acme-product-manager.md');
    stderr.text = '';
    await run({ out: 'from-cli' });
    expect(stderr.text).toContain('→ from-cli/acme-product-manager.md');
  });

  it.each<[string, BuildAllFlags]>([
    ['a company with --all', { company: 'acme' }],
    ['-o', { output: 'x.md' }],
    ['--json', { json: true }],
    ['a bad shard', { shard: '5/4' }],
    ['a bad format', { format: 'md,docx' }],
  ])('refuses %s as a usage error', async (_name, flags) => {
    const { run } = await setup();
    await expect(run(flags)).rejects.toBeInstanceOf(UsageError);
  });

  it('refuses an invalid config file before building anything', async () => {
    const { run, root } = await setup();
    await writeFile(path.join(root, 'prep.config.yaml'), 'outt: x\n');
    await expect(run()).rejects.toThrow(/prep\.config\.yaml: unknown key "outt"/);
  });
});

describe('checkCommand', () => {
  it('adds --profiles only when the profiles are not ./profiles, so the pasted command looks in the same place', () => {
    expect(checkCommand('acme', './profiles', '/repo')).toBe('prep check acme');
    expect(checkCommand('acme', '/repo/profiles', '/repo')).toBe('prep check acme');
    expect(checkCommand('acme', 'test/fixtures/profiles', '/repo')).toBe('prep --profiles test/fixtures/profiles check acme');
    expect(checkCommand(undefined, '/elsewhere/profiles', '/repo')).toBe('prep --profiles /elsewhere/profiles check');
  });
});

describe('failOnErrors', () => {
  const compiled = (severities: ('error' | 'warning')[]) => ({
    company: { id: 'acme' } as never,
    diagnostics: severities.map((severity, i) => ({ file: `acme/d${i}.md`, line: i + 1, column: 1, severity, ruleId: 'r', message: `problem ${i}` })),
  });

  it('lets a company with warnings through', () => {
    const value = compiled(['warning']);
    expect(failOnErrors(value, 'prep check acme')).toBe(value);
  });

  it('fails a company with errors, naming the first and counting the rest', () => {
    expect(() => failOnErrors(compiled(['warning', 'error', 'error']), 'prep check acme')).toThrow(
      'acme/d1.md:2:1: problem 1 (and 1 more); run `prep check acme`',
    );
  });

  // The place is what CI annotates; it must survive the trip from a company worker thread.
  it('keeps the place of the first error, across a worker thread too', () => {
    let thrown: unknown;
    try {
      failOnErrors(compiled(['warning', 'error']), 'prep check acme');
    } catch (error) {
      thrown = error;
    }
    const place = { file: 'acme/d1.md', line: 2, column: 1 };
    expect(placeOf(thrown)).toEqual(place);
    const back = fromWire(structuredClone(toWire(thrown)));
    expect([placeOf(back), back.message, (back as ContentError).exitCode]).toEqual([place, (thrown as Error).message, 1]);
  });
});
