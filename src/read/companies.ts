import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { distance } from 'fastest-levenshtein';
import { byCodeUnit } from '../code-unit-order.js';
import { prepCommand } from '../diagnostics/check-command.js';
import { shownPath } from '../output/shown-path.js';
import { UsageError } from '../errors.js';
import { slugify } from '../slug.js';

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

export function isCompanyId(id: string): boolean {
  return SLUG.test(id);
}

function readProfilesDir(profilesDir: string): string[] {
  try {
    return readdirSync(profilesDir);
  } catch {
    throw new UsageError(`cannot read the profiles directory \`${shownPath(profilesDir)}\``, {
      hint: 'Point --profiles (or PREP_PROFILES) at a folder that holds one sub-folder per company',
    });
  }
}

const isFolder = (profilesDir: string, name: string): boolean =>
  statSync(path.join(profilesDir, name), { throwIfNoEntry: false })?.isDirectory() === true;

/** Company ids: the sub-folders of the profiles directory whose names are valid slugs, sorted. */
export function listCompanies(profilesDir: string): string[] {
  return readProfilesDir(profilesDir)
    .filter((name) => isCompanyId(name) && isFolder(profilesDir, name))
    .sort();
}

/** Sub-folders that are not company ids (`Acme`, `acme corp`), which every command passes over; hidden ones are meant to be. */
export function misnamedFolders(profilesDir: string): string[] {
  return readProfilesDir(profilesDir)
    .filter((name) => !name.startsWith('.') && !isCompanyId(name) && isFolder(profilesDir, name))
    .sort();
}

/** The id a folder or id was probably meant to be: `Acme Corp` → `acme-corp`. */
export function suggestedId(name: string): string {
  return slugify(name);
}

// For a suggestion only: a missing profiles directory is reported when the id is valid.
function knownIds(profilesDir: string): string[] {
  try {
    return listCompanies(profilesDir);
  } catch {
    return [];
  }
}

/** Ids close enough to a mistyped one to suggest, nearest first. */
function similarIds(id: string, ids: readonly string[]): string[] {
  const limit = Math.max(2, Math.floor(id.length / 3));
  return ids
    .map((candidate) => ({ candidate, d: distance(id, candidate) }))
    .filter(({ candidate, d }) => d <= limit || candidate.startsWith(id) || id.startsWith(candidate))
    .sort((a, b) => a.d - b.d || byCodeUnit(a.candidate, b.candidate))
    .map(({ candidate }) => candidate)
    .slice(0, 3);
}

/** Absolute folder of a company; a usage error for an invalid or unknown id (its hint a command to run from `cwd`). */
export function resolveCompanyDir(profilesDir: string, id: string, cwd = process.cwd()): string {
  const list = `\`${prepCommand('list', profilesDir, cwd)}\``;
  if (!isCompanyId(id)) {
    const slug = suggestedId(id);
    const known = isCompanyId(slug) && knownIds(profilesDir).includes(slug);
    throw new UsageError(`unexpected company id \`${id}\`, expected a lowercase slug such as \`acme\` or \`acme-corp\``, {
      hint: `${known ? `Did you mean \`${slug}\`? ` : ''}Run ${list} to see the companies`,
    });
  }
  const ids = listCompanies(profilesDir);
  if (!ids.includes(id)) {
    const similar = similarIds(id, ids);
    const suggestion = similar.length > 0 ? `Did you mean ${similar.map((s) => `\`${s}\``).join(', ')}? ` : '';
    throw new UsageError(`unknown company \`${id}\`: no folder \`${id}\` in \`${shownPath(profilesDir, cwd)}\``, {
      hint: `${suggestion}Run ${list} to see the companies, or add a folder \`${shownPath(path.join(profilesDir, id), cwd)}\``,
    });
  }
  return path.join(profilesDir, id);
}
