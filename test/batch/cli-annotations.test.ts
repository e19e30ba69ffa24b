import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, prep, repoRoot } from '../helpers/cli.js';
import { useTempDirs } from './temp-dir.js';

const tempDir = useTempDirs();
const profiles = path.join(fixtures, 'profiles');
const env = { SOURCE_DATE_EPOCH: '1700000000' };
const annotations = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('::'));

// Under GitHub Actions a failed company must show where CI shows problems (the pull request, the run's
// annotations), not only in a log line nobody scrolls to.
describe('prep build --all under GitHub Actions: failures as annotations', () => {
  it('prints an ::error workflow command at the first error of a failed company, beside the plain line', async () => {
    const cwd = await tempDir();
    const args = ['--profiles', profiles, 'build', '--all', '--role', 'sre', '--out', path.join(cwd, 'out')];
    const result = await prep(args, { cwd: repoRoot, env: { ...env, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: repoRoot } });
    expect(result.code).toBe(1);
    // Right after the failure's own line, so the log stays in the same order as without Actions.
    expect(result.stderr).toMatch(/^failed broken-co: test\/fixtures\/profiles\/broken-co\/broken-yaml\.md:4:1: .*\n::error /m);
    expect(annotations(result.stderr)).toEqual([
      // The message does not repeat the place the annotation already sits at.
      expect.stringMatching(/^::error file=test\/fixtures\/profiles\/broken-co\/broken-yaml\.md,line=4,col=1,title=prep build broken-co::Unexpected /),
    ]);
    // The message is workflow-command data: no raw % or newline can cut it short.
    expect(annotations(result.stderr)[0]!.split('::').slice(2).join('::')).not.toMatch(/%(?!25|0D|0A)/);
  });

  it('names the file from the repository root when prep runs in a sub-directory, and still annotates --quiet runs', async () => {
    const cwd = await tempDir();
    const args = ['--quiet', '--profiles', '.', 'build', '--all', '--role', 'sre', '--out', path.join(cwd, 'out')];
    const result = await prep(args, { cwd: profiles, env: { ...env, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: repoRoot } });
    expect(annotations(result.stderr)).toEqual([expect.stringMatching(/^::error file=test\/fixtures\/profiles\/broken-co\/broken-yaml\.md,line=4,/)]);
  });

  it('annotates a failure that has no file:line (a config target role the company lacks) without a place', async () => {
    const cwd = await tempDir();
    await writeFile(path.join(cwd, 'prep.config.yaml'), 'targets:\n  - company: ledgerline\n    roles: [astronaut]\n');
    const result = await prep(['--profiles', profiles, 'build', '--all'], { cwd, env: { ...env, GITHUB_ACTIONS: 'true' } });
    expect(result.code).toBe(1);
    expect(annotations(result.stderr)).toEqual([expect.stringMatching(/^::error title=prep build ledgerline::no role matching "astronaut" /)]);
  });

  it('prints no workflow command outside Actions', async () => {
    const cwd = await tempDir();
    const args = ['--profiles', profiles, 'build', '--all', '--role', 'sre', '--out', path.join(cwd, 'out')];
    const result = await prep(args, { env: { ...env, GITHUB_ACTIONS: '' } });
    expect(result.code).toBe(1);
    expect(annotations(result.stderr)).toEqual([]);
  });
});
