import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A fresh `--template` directory holding the given files (paths relative to it). */
export function templateDir(files: Record<string, string>, parent = tmpdir()): string {
  const dir = mkdtempSync(path.join(parent, 'prep-templates-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
