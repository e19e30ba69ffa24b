import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prep, repoRoot } from '../helpers/cli.js';

/**
 * One rule for every path prep prints: relative to the working directory when
 * it is inside it (what the user typed, and can paste back), absolute only
 * when it is outside. A runner's /home/runner/work/… means nothing in a log.
 */
describe('paths in messages are relative to the working directory', () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = await mkdtemp(path.join(os.tmpdir(), 'prep-paths-'));
    await cp(path.join(repoRoot, 'profiles/netflix'), path.join(cwd, 'profiles/netflix'), { recursive: true });
    await mkdir(path.join(cwd, 'empty'));
    await mkdir(path.join(cwd, 'a-dir'));
    await writeFile(path.join(cwd, 'a-file'), '');
  });

  afterAll(() => rm(cwd, { recursive: true, force: true }));

  const cases: Array<[string, string[], RegExp]> = [
    ['an unknown company', ['show', 'nosuch'], /no folder `nosuch` in `profiles`.* add a folder `profiles\/nosuch`/],
    ['a missing profiles directory', ['--profiles', 'nowhere', 'list'], /cannot read the profiles directory `nowhere`/],
    ['a missing profiles directory, batch', ['--profiles', 'nowhere', 'build', '--all'], /cannot read the profiles directory `nowhere`/],
    ['an empty profiles directory', ['--profiles', 'empty', 'list'], /no companies in empty/],
    ['an out dir that cannot be made', ['build', 'netflix', '--role', 'mle', '--out', 'a-file/x'], /cannot use a-file\/x as the output directory/],
    ['a batch out dir that cannot be made', ['build', '--all', '--out', 'a-file/x'], /cannot use a-file\/x as the output directory/],
    ['an -o whose folder is a file', ['build', 'netflix', '--role', 'mle', '-o', 'a-file/x.md'], /cannot use a-file as the output directory/],
    ['an -o that is a directory', ['build', 'netflix', '--role', 'mle', '-o', 'a-dir'], /cannot write a-dir: /],
    ['a missing template dir', ['build', 'netflix', '--role', 'mle', '--template', 'no-templates'], /template directory not found: no-templates\./],
  ];

  it.each(cases)('%s', async (_name, args, expected) => {
    const result = await prep(args, { cwd });
    const all = result.stdout + result.stderr;
    expect(all).toMatch(expected);
    expect(all).not.toContain(cwd);
  });
});
