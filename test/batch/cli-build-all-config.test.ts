import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, prep } from '../helpers/cli.js';
import { env, keys, profiles } from './build-all-cli.js';
import { useTempDirs } from './temp-dir.js';

const tempDir = useTempDirs();

describe('prep build --all with a config file and a manifest (CLI, fixture repository)', () => {
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

  it('refuses two config files side by side (exit 2), for a batch and a single build, before building anything', async () => {
    const cwd = await tempDir();
    await writeFile(path.join(cwd, 'prep.config.yaml'), 'out: from-yaml\n');
    await writeFile(path.join(cwd, 'prep.config.json'), '{"out": "from-json"}\n');
    for (const args of [['build', '--all'], ['build', 'ledgerline', '--role', 'sre']]) {
      const result = await prep(['--profiles', profiles, ...args], { cwd, env });
      expect([result.code, result.stderr]).toEqual([2, expect.stringMatching(/^prep: unexpected config files prep\.config\.yaml and prep\.config\.json side by side, expected one\. Keep the one you mean/)]);
    }
    expect(['from-yaml', 'from-json'].filter((dir) => existsSync(path.join(cwd, dir)))).toEqual([]);
  });

  it('refuses a config file with an unknown key (exit 2, naming it)', async () => {
    const cwd = await tempDir();
    await writeFile(path.join(cwd, 'prep.config.json'), '{"outdir": "x"}');
    const result = await prep(['--profiles', profiles, 'build', '--all'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('prep.config.json: unknown key "outdir"');
  });

  it('refuses a config candidate that leads to no file before building anything (exit 1, as a --candidate that cannot be read, naming the key), for a batch and a single build', async () => {
    const cwd = await tempDir();
    await writeFile(path.join(cwd, 'prep.config.yaml'), 'candidate: me/nope.md\n');
    for (const args of [['build', '--all'], ['build', 'ledgerline', '--role', 'sre']]) {
      const result = await prep(['--profiles', profiles, ...args], { cwd, env });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^prep: prep\.config\.yaml: candidate "me\/nope\.md" leads to no file\. .*prep\.config\.yaml.*\n$/);
      expect(existsSync(path.join(cwd, 'packets'))).toBe(false);
    }
    await writeFile(path.join(cwd, 'prep.config.yaml'), 'candidate: .\n');
    const directory = await prep(['--profiles', profiles, 'build', '--all'], { cwd, env });
    expect([directory.code, directory.stderr]).toEqual([1, expect.stringMatching(/^prep: prep\.config\.yaml: candidate "\." leads to a directory, not a file\. /)]);
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
});
