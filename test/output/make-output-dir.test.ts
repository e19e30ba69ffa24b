import { stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { makeOutputDir } from '../../src/output/make-output-dir.js';
import { prep, repoRoot } from '../helpers/cli.js';
import { useTempDirs } from '../batch/temp-dir.js';

const tempDir = useTempDirs();

describe('makeOutputDir', () => {
  it('makes every missing level, and many concurrent calls on one tree all succeed', async () => {
    const root = await tempDir();
    const dirs = Array.from({ length: 12 }, (_, i) => path.join(root, 'a', 'b', `c${i % 3}`, 'd'));
    await Promise.all(dirs.map(makeOutputDir));
    for (const dir of dirs) expect((await stat(dir)).isDirectory()).toBe(true);
  });

  // Node's own recursive mkdir never settles here: the child gives ENOENT and the existing parent EEXIST, forever.
  it('refuses a path under a dangling symlink instead of hanging', async () => {
    const root = await tempDir();
    await symlink(path.join(root, 'gone'), path.join(root, 'dangling'));
    const error = await makeOutputDir(path.join(root, 'dangling', 'out')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(/dangling.out as the output directory \(part of the path does not exist or cannot hold folders, ENOENT\)/);
  });

  it('refuses a file in the way, and a path through a file', async () => {
    const root = await tempDir();
    const file = path.join(root, 'file');
    await writeFile(file, 'x');
    await expect(makeOutputDir(file)).rejects.toThrow(/\(a file is in the way, EEXIST\)/);
    await expect(makeOutputDir(path.join(file, 'sub'))).rejects.toThrow(/\(part of the path is a file, ENOTDIR\)/);
  });

  it('through the CLI: --out under a dangling symlink exits 2 with one line', async () => {
    const root = await tempDir();
    await symlink(path.join(root, 'gone'), path.join(root, 'dangling'));
    const profiles = path.join(repoRoot, 'profiles');
    const r = await prep(['--profiles', profiles, 'build', 'netflix', '--role', 'mle', '--out', 'dangling/out'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/cannot use \S*dangling\/out as the output directory \(part of the path does not exist or cannot hold folders, ENOENT\)\. Pass --out/)]);
  });
});
