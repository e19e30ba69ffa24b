import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../errors.js';
import { shownPath } from '../output/shown-path.js';

/** The templates shipped with prep: `<package>/templates`, from both src/ and dist/. */
export const BUILTIN_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

export interface TemplateFile {
  /** Path shown to users in errors: relative to the working directory when inside it. */
  display: string;
  text: string;
}

/** Checks a `--template` directory up front, so a typo is a usage error rather than silent defaults. */
export function checkTemplateDir(dir: string | undefined): string | undefined {
  if (dir === undefined) return undefined;
  const absolute = path.resolve(dir);
  if (!existsSync(absolute) || !statSync(absolute).isDirectory()) {
    const what = existsSync(absolute) ? `--template takes a directory, not the file ${dir}` : `template directory not found: ${dir}`;
    throw new UsageError(what, {
      hint: 'Pass a directory holding packet.md.hbs, partials/*.md.hbs or print.css to override.',
    });
  }
  return absolute;
}

/**
 * Finds a template by its path under templates/ (`partials/gaps.md.hbs`):
 * the override directory wins, by the same relative path or by bare file name,
 * then the built-in one.
 */
export function locateTemplate(name: string, overrideDir: string | undefined): string {
  const candidates = overrideDir ? [path.join(overrideDir, name), path.join(overrideDir, path.basename(name))] : [];
  candidates.push(path.join(BUILTIN_TEMPLATES, name));
  const found = candidates.find((file) => existsSync(file));
  if (!found) throw new UsageError(`template not found: ${name}`, { hint: 'Reinstall prep; its templates/ folder is incomplete.' });
  return found;
}

export async function readTemplate(name: string, overrideDir: string | undefined): Promise<TemplateFile> {
  const file = locateTemplate(name, overrideDir);
  return { display: shownPath(file), text: await readFile(file, 'utf8') };
}

async function listPartials(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  return (await readdir(dir)).filter((name) => name.endsWith('.md.hbs'));
}

/** Partial names (`gaps`) from the built-in partials plus any new ones in the override's partials/. */
export async function partialNames(overrideDir: string | undefined): Promise<string[]> {
  const names = new Set(await listPartials(path.join(BUILTIN_TEMPLATES, 'partials')));
  if (overrideDir) for (const name of await listPartials(path.join(overrideDir, 'partials'))) names.add(name);
  return [...names].sort().map((name) => name.slice(0, -'.md.hbs'.length));
}
