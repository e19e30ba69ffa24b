import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import { compareKeys } from './shard.js';

export const MANIFEST_FILE = '.prep-manifest.json';

const Entry = z.object({ hash: z.string(), outputs: z.array(z.string()) });
export type ManifestEntry = z.infer<typeof Entry>;

const ManifestFile = z.object({ version: z.literal(1), targets: z.record(z.string(), Entry) });

/** target key → what it was last built from and what it wrote (paths relative to the out dir). */
export type Manifest = Map<string, ManifestEntry>;

/**
 * Reads the manifest in `outDir`. Missing → empty. Unreadable or corrupt →
 * empty plus a warning: the worst a bad cache may cost is a rebuild.
 */
export async function loadManifest(outDir: string, warn: (message: string) => void): Promise<Manifest> {
  const file = path.join(outDir, MANIFEST_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') warn(`${file}: cannot read the build manifest; rebuilding everything.`);
    return new Map();
  }
  try {
    const parsed = ManifestFile.parse(JSON.parse(text));
    return new Map(Object.entries(parsed.targets));
  } catch {
    warn(`${file}: unexpected content in the build manifest, expected prep's JSON; ignoring it and rebuilding everything.`);
    return new Map();
  }
}

/** Writes the manifest atomically, keys sorted so that it diffs well. */
export async function saveManifest(outDir: string, manifest: Manifest): Promise<void> {
  const targets = Object.fromEntries([...manifest.entries()].sort(([a], [b]) => compareKeys(a, b)));
  await writeFileAtomic(path.join(outDir, MANIFEST_FILE), `${JSON.stringify({ version: 1, targets }, null, 2)}\n`);
}

/** Up to date when the hash matches and every recorded output still exists. */
export async function isUpToDate(manifest: Manifest, key: string, hash: string, outDir: string): Promise<boolean> {
  const entry = manifest.get(key);
  if (!entry || entry.hash !== hash) return false;
  for (const output of entry.outputs) {
    try {
      await access(path.resolve(outDir, output));
    } catch {
      return false;
    }
  }
  return true;
}
