import { existsSync } from 'node:fs';
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, prep } from '../helpers/cli.js';
import { useTempDirs } from './temp-dir.js';

const tempDir = useTempDirs();
const profiles = path.join(fixtures, 'profiles');
const env = { SOURCE_DATE_EPOCH: '1700000000' };

/** `built x/y → …` lines → the keys, sorted. */
const keys = (stderr: string, status = 'built') =>
  stderr
    .split('\n')
    .filter((l) => l.startsWith(`${status} `) && !/^built \d+,/.test(l))
    .map((l) => l.slice(status.length + 1).split(/[ :]/)[0] ?? '')
    .sort();

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

  it('reads prep.config.yaml in the working directory and appends the step summary', async () => {
    const cwd = await tempDir();
    await writeFile(path.join(cwd, 'prep.config.yaml'), `out: packets-from-config\ntargets:\n  - company: ledgerline\n    roles: [sre]\n`);
    const summary = path.join(cwd, 'summary.md');
    const result = await prep(['--profiles', profiles, 'build', '--all'], { cwd, env: { ...env, GITHUB_STEP_SUMMARY: summary } });
    expect(result.code).toBe(0);
    expect(keys(result.stderr)).toEqual(['ledgerline/site-reliability-engineer']);
    expect(existsSync(path.join(cwd, 'packets-from-config/ledgerline-site-reliability-engineer.md'))).toBe(true);
    // Paths as the log shows them, relative to the checkout: the runner's absolute path means nothing to a reader.
    expect(await readFile(summary, 'utf8')).toContain(
      '| ledgerline/site-reliability-engineer | ✅ built | `packets-from-config/ledgerline-site-reliability-engineer.md` |',
    );
  });

  it('warns about a corrupt manifest once, naming it as the user would type it, and rebuilds', async () => {
    const cwd = await tempDir();
    const args = ['--profiles', profiles, 'build', '--all', '--role', 'sre', '--out', 'dist'];
    expect((await prep(args, { cwd, env })).code).toBe(1);
    await writeFile(path.join(cwd, 'dist/.prep-manifest.json'), '{"version": 1, "targets": {');
    const result = await prep(args, { cwd, env });
    const warnings = result.stderr.split('\n').filter((l) => l.startsWith('warning '));
    expect(warnings).toEqual([expect.stringMatching(/^warning dist\/\.prep-manifest\.json: unexpected content in the build manifest/)]);
    expect(result.stderr).toMatch(/^built [1-9]\d*, up to date 0,/m);
  });

  it('refuses a config file with an unknown key (exit 2, naming it)', async () => {
    const cwd = await tempDir();
    await writeFile(path.join(cwd, 'prep.config.json'), '{"outdir": "x"}');
    const result = await prep(['--profiles', profiles, 'build', '--all'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('prep.config.json: unknown key "outdir"');
  });

  it('refuses a config candidate that leads to no file before building anything (exit 2, naming the key), for a batch and a single build', async () => {
    const cwd = await tempDir();
    await writeFile(path.join(cwd, 'prep.config.yaml'), 'candidate: me/nope.md\n');
    for (const args of [['build', '--all'], ['build', 'ledgerline', '--role', 'sre']]) {
      const result = await prep(['--profiles', profiles, ...args], { cwd, env });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^prep: prep\.config\.yaml: candidate "me\/nope\.md" leads to no file\. .*prep\.config\.yaml.*\n$/);
      expect(existsSync(path.join(cwd, 'packets'))).toBe(false);
    }
    await writeFile(path.join(cwd, 'prep.config.yaml'), 'candidate: .\n');
    const directory = await prep(['--profiles', profiles, 'build', '--all'], { cwd, env });
    expect([directory.code, directory.stderr]).toEqual([2, expect.stringMatching(/^prep: prep\.config\.yaml: candidate "\." leads to a directory, not a file\. /)]);
    // A --candidate on the command line wins over the config's, so the config's is not needed.
    const candidate = path.join(fixtures, 'candidates/ml-engineer.md');
    expect((await prep(['--profiles', profiles, 'build', 'ledgerline', '--role', 'sre', '--candidate', candidate], { cwd, env })).code).toBe(0);
  });

  it('refuses a config target naming no company folder (exit 2, naming the key)', async () => {
    const cwd = await tempDir();
    await writeFile(path.join(cwd, 'prep.config.yaml'), 'targets:\n  - company: ledgerline\n  - company: ledgerlin\n');
    const result = await prep(['--profiles', profiles, 'build', '--all'], { cwd, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^prep: prep\.config\.yaml: targets\[1\]\.company "ledgerlin" is no company folder in .*\. .*prep list.*\n$/);
    expect(existsSync(path.join(cwd, 'packets'))).toBe(false);
  });

  it('fails a config target whose role the company does not have (exit 1), naming the config, and still builds the others', async () => {
    const cwd = await tempDir();
    await writeFile(path.join(cwd, 'prep.config.yaml'), 'targets:\n  - company: ledgerline\n    roles: [sre, astronaut]\n  - company: haulwise\n    roles: [mle]\n');
    const result = await prep(['--profiles', profiles, 'build', '--all'], { cwd, env });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^failed ledgerline: no role matching "astronaut" \(prep\.config\.yaml targets\[0\]\.roles\); its roles: .*Site Reliability Engineer/m);
    expect(keys(result.stderr)).toEqual(['haulwise/machine-learning-engineer']);
    // Not recorded as done: the next run tries again.
    expect((await prep(['--profiles', profiles, 'build', '--all'], { cwd, env })).code).toBe(1);
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
