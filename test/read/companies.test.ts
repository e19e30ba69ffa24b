import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { folderDiagnostics } from '../../src/read/folder-diagnostics.js';
import { listCompanies, resolveCompanyDir } from '../../src/read/index.js';

function profiles(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'prep-companies-'));
  for (const id of ['netflix', 'acme-corp', 'Bad Name', 'globex']) mkdirSync(path.join(dir, id));
  writeFileSync(path.join(dir, 'README.md'), 'not a company');
  return dir;
}

function usageError(run: () => unknown): UsageError {
  try {
    run();
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error('expected a UsageError');
}

describe('listCompanies', () => {
  it('lists only slug-named folders, sorted', () => {
    expect(listCompanies(profiles())).toEqual(['acme-corp', 'globex', 'netflix']);
  });

  it('names --profiles and PREP_PROFILES when the directory is missing', () => {
    const error = usageError(() => listCompanies('/no/such/profiles'));
    expect(`${error.message} ${error.hint}`).toMatch(/--profiles.*PREP_PROFILES/);
  });
});

describe('resolveCompanyDir', () => {
  const dir = profiles();

  it('resolves a known company', () => {
    expect(resolveCompanyDir(dir, 'globex')).toBe(path.join(dir, 'globex'));
  });

  it.each(['../x', 'Netflix', 'a/b', '', '-x', 'acme corp'])('refuses the id %j as a usage error', (id) => {
    const error = usageError(() => resolveCompanyDir(dir, id));
    expect(error.exitCode).toBe(2);
    expect(error.hint).toMatch(/`prep (--profiles \S+ )?list`/);
  });

  it('suggests the slug of a mistyped id only when that company exists', () => {
    expect(usageError(() => resolveCompanyDir(dir, 'Netflix')).hint).toContain('`netflix`');
    expect(usageError(() => resolveCompanyDir(dir, '../etc')).hint).not.toContain('Did you mean');
  });

  it('suggests the id an accented or spaced folder name slugs to, as role slugs do', () => {
    const accented = mkdtempSync(path.join(tmpdir(), 'prep-companies-'));
    mkdirSync(path.join(accented, 'cafe-muller'));
    expect(usageError(() => resolveCompanyDir(accented, 'Café Müller')).hint).toContain('`cafe-muller`');
    expect(folderDiagnostics(accented, accented)).toEqual([]);
    mkdirSync(path.join(accented, 'Café  Müller'));
    expect(folderDiagnostics(accented, accented).map((d) => d.message)).toEqual([expect.stringContaining('rename it to `cafe-muller`')]);
  });

  it('suggests similar ids for an unknown company', () => {
    const error = usageError(() => resolveCompanyDir(dir, 'netflx'));
    expect(error.message).toContain('netflx');
    expect(error.hint).toContain('`netflix`');
    expect(error.hint).toMatch(/`prep (--profiles \S+ )?list`/);
  });

  it('names the profiles folder in the `prep list` it suggests when it is not ./profiles', () => {
    const cwd = path.dirname(dir);
    expect(usageError(() => resolveCompanyDir(dir, 'netflx', cwd)).hint).toContain(`\`prep --profiles ${path.basename(dir)} list\``);
    expect(usageError(() => resolveCompanyDir(dir, 'Netflix', cwd)).hint).toContain(`\`prep --profiles ${path.basename(dir)} list\``);
    const root = mkdtempSync(path.join(tmpdir(), 'prep-cwd-'));
    mkdirSync(path.join(root, 'profiles', 'netflix'), { recursive: true });
    expect(usageError(() => resolveCompanyDir(path.join(root, 'profiles'), 'netflx', root)).hint).toContain('`prep list`');
  });
});
