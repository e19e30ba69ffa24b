import { mkdir } from 'node:fs/promises';
import { UsageError } from '../errors.js';

/**
 * Makes the directory outputs go to. One that cannot be made (a file in the
 * way, no permission) comes from --out, -o or the config: the user's to fix,
 * so a usage error (exit 2) in a single build and a batch alike.
 */
export async function makeOutputDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new UsageError(`cannot use ${dir} as the output directory (${code}).`, {
      hint: 'Pass --out or -o a directory you can write to, or remove the file in the way.',
      cause: error,
    });
  }
}
