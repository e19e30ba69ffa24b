import { existsSync } from 'node:fs';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prep } from '../helpers/cli.js';
import { env, keys, profiles } from './build-all-cli.js';
import { useTempDirs } from './temp-dir.js';

const tempDir = useTempDirs();

describe('prep build --all (CLI, fixture repository)', () => {
  it('builds every company × role, lists the broken company as failed, exits 1, and is incremental', async () => {
    const out = await tempDir();
    const first = await prep(['--profiles', profiles, 'build', '--all', '--out', out], { env });
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/^failed broken-co: test\/fixtures\/profiles\/broken-co\/broken-yaml.md:4:1: /m);
    const built = keys(first.stderr);
    expect(built).toContain('ledgerline/site-reliability-engineer');
    expect(built).toContain('stackforge/developer-advocate');
    expect(built.every((k) => !k.startsWith('broken-co'))).toBe(true);
    expect(existsSync(path.join(out, 'ledgerline-site-reliability-engineer.md'))).toBe(true);
    expect(first.stderr.trimEnd().split('\n').at(-1)).toMatch(new RegExp(`^built ${built.length}, up to date 0, failed 1, skipped 0 in `));

    const second = await prep(['--profiles', profiles, 'build', '--all', '--out', out], { env });
    expect(keys(second.stderr)).toEqual([]);
    expect(keys(second.stderr, 'up to date')).toEqual(built);

    const forced = await prep(['--profiles', profiles, 'build', '--all', '--out', out, '--force'], { env });
    expect(keys(forced.stderr)).toEqual(built);
  });

  // A CI log two runs can be compared by: targets in sorted order, however the worker threads finish them.
  it('prints the per-target lines in sorted order on a non-TTY', async () => {
    const result = await prep(['--profiles', profiles, 'build', '--all', '--out', await tempDir()], { env });
    const targets = result.stderr.trimEnd().split('\n').slice(0, -1).map((l) => /^(?:built|failed|skipped|up to date) ([^ :]+)/.exec(l)?.[1]);
    expect(targets.length).toBeGreaterThan(10);
    expect(targets).toEqual([...targets].sort());
  });

  it('rebuilds only the company whose document changed', async () => {
    const root = await tempDir();
    const { cp } = await import('node:fs/promises');
    await cp(profiles, path.join(root, 'profiles'), { recursive: true });
    const out = path.join(root, 'out');
    const args = ['--profiles', path.join(root, 'profiles'), 'build', '--all', '--out', out];
    const built = keys((await prep(args, { env })).stderr);
    await appendFile(path.join(root, 'profiles/haulwise/strategy.txt'), '\n');
    const again = await prep(args, { env });
    expect(built.filter((k) => k.startsWith('haulwise/'))).toHaveLength(6);
    expect(keys(again.stderr)).toEqual(built.filter((k) => k.startsWith('haulwise/')));
    expect(keys(again.stderr, 'up to date')).toEqual(built.filter((k) => !k.startsWith('haulwise/')));
  });

  it('with --role builds that role where a company has it and skips the others', async () => {
    const out = await tempDir();
    const result = await prep(['--profiles', profiles, 'build', '--all', '--role', 'sre', '--out', out], { env });
    expect(keys(result.stderr)).toEqual(['ledgerline/site-reliability-engineer', 'stackforge/site-reliability-engineer']);
    expect(result.stderr).toMatch(/^skipped emberfall: no role matching "sre"$/m);
  });

  it('prints PDFs for several companies in one run', async () => {
    const out = await tempDir();
    const result = await prep(['--profiles', profiles, 'build', '--all', '--role', 'sre', '--format', 'md,pdf', '--out', out], { env });
    expect(result.stderr).toMatch(/^built 2, /m);
    for (const company of ['ledgerline', 'stackforge']) {
      const pdf = await readFile(path.join(out, `${company}-site-reliability-engineer.pdf`));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    }
  });

  it('shards: the union of 1/3, 2/3 and 3/3 is everything, with no overlap', async () => {
    const all = keys((await prep(['--profiles', profiles, 'build', '--all', '--out', await tempDir()], { env })).stderr);
    const parts: string[] = [];
    for (const i of [1, 2, 3]) {
      const result = await prep(['--profiles', profiles, 'build', '--all', '--shard', `${i}/3`, '--out', await tempDir()], { env });
      parts.push(...keys(result.stderr));
    }
    expect(parts.sort()).toEqual(all);
  });

  // A shard sees only its own companies: that none of them has the role says nothing about the others.
  it('shards with --role: a shard without the role skips its companies and does not exit 2; the union has the role', async () => {
    const parts: string[] = [];
    for (const i of [1, 2, 3, 4]) {
      const result = await prep(['--profiles', profiles, 'build', '--all', '--role', 'developer advocate', '--shard', `${i}/4`, '--out', await tempDir()], { env });
      expect(result.code).not.toBe(2);
      parts.push(...keys(result.stderr));
    }
    expect(parts).toEqual(['stackforge/developer-advocate']);
  });

  it.each(['0/4', '5/4', 'x'])('--shard %s exits 2 with one line', async (value) => {
    const result = await prep(['--profiles', profiles, 'build', '--all', '--shard', value, '--out', await tempDir()]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--shard');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('says so when the profiles directory holds no company, rather than a silent "built 0"', async () => {
    const cwd = await tempDir();
    await mkdir(path.join(cwd, 'profiles'));
    const result = await prep(['build', '--all'], { cwd, env });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^warning no companies in profiles: nothing to build; .*--profiles/m);
    expect((await prep(['--quiet', 'build', '--all'], { cwd, env })).stderr).toBe('');
  });
});
