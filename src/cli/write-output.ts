import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { ContentError } from '../errors.js';
import type { Context } from './context.js';

/**
 * Writes one output: `-` is stdout; a file is written atomically (a temporary
 * file, then rename), so a failed build never leaves half a file or clobbers
 * the previous one.
 */
export async function writeOutput(ctx: Context, target: string, text: string): Promise<string> {
  if (target === '-') {
    ctx.stdout.write(text);
    return '-';
  }
  const absolute = path.resolve(ctx.cwd, target);
  const { default: writeFileAtomic } = await import('write-file-atomic');
  try {
    await mkdir(path.dirname(absolute), { recursive: true });
    await writeFileAtomic(absolute, text, { encoding: 'utf8' });
  } catch (error) {
    throw new ContentError(`cannot write ${target}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`, {
      hint: 'Check that the directory is writable, or pass another path with -o.',
    });
  }
  return target;
}
