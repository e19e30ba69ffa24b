import { mkdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes a whole file or nothing: the data goes to a temporary file in the
 * same directory, which is then renamed over the target. A crash or Ctrl-C
 * leaves the old file as it was (write-file-atomic removes its temporary file
 * on exit).
 */
export async function writeAtomic(file: string, data: string | Buffer): Promise<void> {
  const { default: writeFileAtomic } = await import('write-file-atomic');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, data);
}
