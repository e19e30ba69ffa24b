import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { byCodeUnit } from '../code-unit-order.js';

/**
 * Every file under `dir`, recursively, sorted; [] when it does not exist.
 * Used to fingerprint a company's documents and the template folders, so that
 * any file a stage might read invalidates the cache.
 */
export async function listFiles(dir: string | undefined): Promise<string[]> {
  if (dir === undefined) return [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort(byCodeUnit);
}
