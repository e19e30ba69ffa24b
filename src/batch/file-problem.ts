import { statSync } from 'node:fs';

/**
 * Why a path given for a file (a candidate) is not one, or undefined when it
 * is: checked once before a batch, or every company would fail alike.
 */
export function fileProblem(absolute: string): 'no such file' | 'it is a directory' | undefined {
  const stats = statSync(absolute, { throwIfNoEntry: false });
  if (!stats) return 'no such file';
  return stats.isDirectory() ? 'it is a directory' : undefined;
}
