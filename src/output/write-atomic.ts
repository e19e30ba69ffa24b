import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { ContentError } from '../errors.js';

/**
 * Writes a whole file or nothing: the data goes to a temporary file in the
 * same directory, which is then renamed over the target. A crash or Ctrl-C
 * leaves the old file as it was (write-file-atomic removes its temporary file
 * on exit).
 */
export async function writeAtomic(file: string, data: string | Buffer): Promise<void> {
  const { default: writeFileAtomic } = await import('write-file-atomic');
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFileAtomic(file, data);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ContentError(`cannot write ${file}: ${reason}`, {
      hint: 'Check that the directory is writable, or pass another path with -o or --out.',
      cause: error,
    });
  }
}
