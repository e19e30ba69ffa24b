import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { shownPath } from './shown-path.js';
import { UsageError } from '../errors.js';
import { fsReason } from './fs-reason.js';

const codeOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException).code;

/** Makes one directory; an existing directory is fine. Gives back the ENOENT of a missing parent rather than throwing it. */
async function makeOne(dir: string): Promise<Error | undefined> {
  try {
    await mkdir(dir);
  } catch (error) {
    if (codeOf(error) === 'EEXIST' && (await stat(dir)).isDirectory()) return undefined;
    if (codeOf(error) === 'ENOENT') return error as Error;
    throw error;
  }
  return undefined;
}

/**
 * `mkdir -p`, one level at a time. Node's own `{recursive: true}` never
 * settles when a parent exists but cannot hold the child (a dangling symlink,
 * a path under /proc): the child gives ENOENT, the parent EEXIST, and it tries
 * the child again forever (nodejs/node#27198 was that loop on Windows). Here
 * a child still not found once its parent exists is final.
 */
async function makeDir(dir: string): Promise<void> {
  const missing = await makeOne(dir);
  if (!missing) return;
  if (path.dirname(dir) === dir) throw missing;
  await makeDir(path.dirname(dir));
  const still = await makeOne(dir);
  if (still) throw still;
}

/**
 * Makes the directory outputs go to. One that cannot be made (a file in the
 * way, no permission) comes from --out, -o or the config: the user's to fix,
 * so a usage error (exit 2) in a single build and a batch alike.
 */
export async function makeOutputDir(dir: string): Promise<void> {
  try {
    await makeDir(path.resolve(dir));
  } catch (error) {
    throw new UsageError(`cannot use ${shownPath(dir)} as the output directory (${fsReason(error)}).`, {
      hint: 'Pass --out or -o a directory you can write to, or remove the file in the way.',
      cause: error,
    });
  }
}
