import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import { byCodeUnit } from '../code-unit-order.js';
import { fsReason } from '../output/fs-reason.js';
import { shownPath } from '../output/shown-path.js';

export const MANIFEST_FILE = '.prep-manifest.json';

const TargetEntry = z.object({ hash: z.string(), outputs: z.array(z.string()) });
const SkipEntry = z.object({ hash: z.string(), reason: z.string() });
const ManifestFile = z.object({
  version: z.literal(1),
  /** `company/role` → the hash it was built from and what it wrote (relative to the out dir). */
  targets: z.record(z.string(), TargetEntry),
  /** company → the hash it was planned from and why it had nothing to build. */
  skipped: z.record(z.string(), SkipEntry).default({}),
});

export interface Manifest {
  targets: Map<string, z.infer<typeof TargetEntry>>;
  skipped: Map<string, z.infer<typeof SkipEntry>>;
}

const emptyManifest = (): Manifest => ({ targets: new Map(), skipped: new Map() });

/**
 * Reads the manifest in `outDir`. Missing → empty. Unreadable or corrupt →
 * empty plus a warning: the worst a bad cache may cost is a rebuild.
 */
export async function loadManifest(outDir: string, warn: (message: string) => void, cwd?: string): Promise<Manifest> {
  const file = path.join(outDir, MANIFEST_FILE);
  const shown = shownPath(file, cwd);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') warn(`${shown}: cannot read the build manifest; rebuilding everything.`);
    return emptyManifest();
  }
  try {
    const parsed = ManifestFile.parse(JSON.parse(text));
    return { targets: new Map(Object.entries(parsed.targets)), skipped: new Map(Object.entries(parsed.skipped)) };
  } catch {
    warn(`${shown}: unexpected content in the build manifest, expected prep's JSON; ignoring it and rebuilding everything.`);
    return emptyManifest();
  }
}

/**
 * Writes the manifest atomically, keys sorted so that it diffs well. One that
 * cannot be written is a warning, as a corrupt one is: the packets are
 * written, and the worst it costs is a rebuild next time.
 */
export async function saveManifest(outDir: string, manifest: Manifest, warn: (message: string) => void, cwd?: string): Promise<void> {
  const sorted = <V>(map: Map<string, V>) => Object.fromEntries([...map.entries()].sort(([a], [b]) => byCodeUnit(a, b)));
  const data = { version: 1, targets: sorted(manifest.targets), skipped: sorted(manifest.skipped) };
  const file = path.join(outDir, MANIFEST_FILE);
  try {
    await writeFileAtomic(file, `${JSON.stringify(data, null, 2)}\n`);
  } catch (error) {
    warn(`${shownPath(file, cwd)}: cannot write the build manifest (${fsReason(error)}); the next run rebuilds everything.`);
  }
}

const ofCompany = (company: string) => (key: string) => key.startsWith(`${company}/`);

/**
 * The company's recorded results when all were built from `hash` and every
 * output still exists; undefined when anything must be rebuilt.
 */
export async function upToDate(manifest: Manifest, company: string, hash: string, outDir: string) {
  const targets = [...manifest.targets].filter(([key]) => ofCompany(company)(key));
  const skipped = manifest.skipped.get(company);
  if (targets.length === 0 && !skipped) return undefined;
  if (targets.some(([, entry]) => entry.hash !== hash) || (skipped && skipped.hash !== hash)) return undefined;
  for (const [, entry] of targets) {
    for (const output of entry.outputs) {
      if (!(await exists(path.resolve(outDir, output)))) return undefined;
    }
  }
  return { targets, skipped };
}

/** Drops what the manifest knows of a company, before it is rebuilt. */
export function forget(manifest: Manifest, company: string): void {
  for (const key of [...manifest.targets.keys()]) if (ofCompany(company)(key)) manifest.targets.delete(key);
  manifest.skipped.delete(company);
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
