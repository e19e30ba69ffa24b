import path from 'node:path';
import type { Format } from '../model/outputs.js';

/** A file-name part made of lowercase letters (of any script), digits and dashes, so a slug can never leave the directory. */
function safePart(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'packet'
  );
}

/** `<company>-<role-slug>.<ext>`, e.g. `netflix-machine-learning-engineer.pdf`. */
export function outputName(companyId: string, roleSlug: string, format: Format): string {
  return `${safePart(companyId)}-${safePart(roleSlug)}.${format}`;
}

/** The default output directory, relative to the working directory. */
export const DEFAULT_OUT_DIR = 'packets';

export function outputPath(outDir: string | undefined, companyId: string, roleSlug: string, format: Format): string {
  return path.resolve(outDir ?? DEFAULT_OUT_DIR, outputName(companyId, roleSlug, format));
}
