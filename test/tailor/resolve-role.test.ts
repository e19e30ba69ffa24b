import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { resolveRole } from '../../src/tailor/resolve-role.js';
import { roleSlug } from '../../src/slug.js';
import { fixtureModel } from './helpers.js';

const netflix = fixtureModel('netflix');
const ledgerly = fixtureModel('ledgerly');
const brightboard = fixtureModel('brightboard');

describe('resolveRole', () => {
  it.each([
    [netflix, 'Machine Learning Engineer', 'Machine Learning Engineer'],
    [netflix, 'machine learning engineer', 'Machine Learning Engineer'],
    [netflix, 'machine-learning-engineer', 'Machine Learning Engineer'],
    [netflix, 'MLE', 'Machine Learning Engineer'],
    [netflix, 'ml', 'Machine Learning Engineer'],
    [netflix, 'swe', 'Software Engineer'],
    [netflix, 'pm', 'Product Manager'],
    [netflix, 'ae', 'Analytics Engineer'],
    [netflix, 'coa', 'Content Operations Analyst'],
    [netflix, 'poa', 'Policy Operations Analyst'],
    [netflix, 'analytics', 'Analytics Engineer'],
    [ledgerly, 'be', 'Backend Engineer'],
    [ledgerly, 'sre', 'Site Reliability Engineer'],
    [ledgerly, 'ds', 'Data Scientist'],
    [brightboard, 'fe', 'Frontend Engineer'],
    [brightboard, 'AE', 'Analytics Engineer'],
  ])('%#: %s → %s', (company, query, title) => {
    expect(resolveRole(company, query).title).toBe(title);
  });

  it('tells C++ from C# and C by title, and each by its slug', () => {
    const titles = ['C++ Engineer', 'C# Engineer', 'C Engineer'];
    const studio = { id: 'studio', name: 'Studio', roles: titles.map((title) => ({ title, slug: roleSlug(title), aliases: [] })) };
    for (const title of titles) {
      expect(resolveRole(studio, title).title).toBe(title);
      expect(resolveRole(studio, roleSlug(title)).title).toBe(title);
    }
  });

  it('uses aliases from the model', () => {
    const company = { ...ledgerly, roles: ledgerly.roles.map((r) => (r.title === 'Data Scientist' ? { ...r, aliases: ['risk-ds'] } : r)) };
    expect(resolveRole(company, 'Risk DS').title).toBe('Data Scientist');
  });

  it('refuses an unknown role with exit 2, the role list and a did-you-mean', () => {
    const error = catchError(() => resolveRole(netflix, 'machine lerning engineer'));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.exitCode).toBe(2);
    expect(error.message).toMatch(/unknown role "machine lerning engineer" for Netflix\. Did you mean "Machine Learning Engineer"\?/);
    expect(error.hint).toContain('Content Operations Analyst');
  });

  it.each(['constructor', 'hasOwnProperty', '__proto__'])('treats --role %s as an unknown role, not an Object.prototype key', (query) => {
    expect(catchError(() => resolveRole(netflix, query))).toBeInstanceOf(UsageError);
  });

  it('gives no did-you-mean for a short query two edits from an alias', () => {
    const company = { ...netflix, roles: netflix.roles.map((r) => (r.title === 'Machine Learning Engineer' ? { ...r, aliases: ['mle'] } : r)) };
    expect(catchError(() => resolveRole(company, 'sre')).message).not.toMatch(/Did you mean/);
    expect(catchError(() => resolveRole(company, 'mlx')).message).toMatch(/Did you mean "Machine Learning Engineer"/);
  });

  it('says what a known abbreviation stands for when the company lacks it, instead of a near-miss abbreviation', () => {
    const error = catchError(() => resolveRole(netflix, 'sre'));
    expect(error.message).toBe('unknown role "sre" for Netflix: it lists no Site Reliability Engineer.');
    expect(catchError(() => resolveRole(netflix, 'BE')).message).toMatch(/lists no Back-end Engineer or Backend Developer\.$/);
  });

  it('gives no did-you-mean when nothing is close', () => {
    const error = catchError(() => resolveRole(netflix, 'astronaut'));
    expect(error.message).not.toMatch(/Did you mean/);
    expect(error.hint).toMatch(/^Roles: Software Engineer, Machine Learning Engineer/);
  });

  it('finds a title with seniority, level or team by the abbreviation or initials of its base title', () => {
    const roles = ['Staff Site Reliability Engineer II', 'Data Scientist, Ads', 'Senior Backend Engineer (Payments)'].map((title) => ({ title, slug: title, aliases: [] }));
    const company = { id: 'acme', name: 'Acme', roles };
    expect(['sre', 'ds', 'be', 'bep'].map((q) => catchOrTitle(() => resolveRole(company, q).title))).toEqual([
      'Staff Site Reliability Engineer II',
      'Data Scientist, Ads',
      'Senior Backend Engineer (Payments)',
      'unknown',
    ]);
  });

  it('finds a computer vision engineer by `cv`', () => {
    const roles = ['Computer Vision Engineer', 'Data Engineer'].map((title) => ({ title, slug: title, aliases: [] }));
    expect(resolveRole({ id: 'acme', name: 'Acme', roles }, 'cv').title).toBe('Computer Vision Engineer');
  });

  it('prefers a plain title over a senior one for an abbreviation', () => {
    const roles = ['Senior Data Scientist', 'Data Scientist'].map((title) => ({ title, slug: title, aliases: [] }));
    expect(resolveRole({ id: 'acme', name: 'Acme', roles }, 'ds').title).toBe('Data Scientist');
  });

  it('quotes titles holding a comma in the list of roles', () => {
    const roles = ['Data Scientist, Ads', 'Backend Engineer'].map((title) => ({ title, slug: title, aliases: [] }));
    expect(catchError(() => resolveRole({ id: 'acme', name: 'Acme', roles }, 'astronaut')).hint).toBe('Roles: "Data Scientist, Ads", Backend Engineer.');
  });

  it('refuses an ambiguous role, naming the candidates', () => {
    const error = catchError(() => resolveRole(netflix, 'engineer'));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toMatch(/ambiguous.*Software Engineer or Machine Learning Engineer or Analytics Engineer/);
  });
});

function catchOrTitle(fn: () => string): string {
  try {
    return fn();
  } catch {
    return 'unknown';
  }
}

function catchError(fn: () => unknown): UsageError {
  try {
    fn();
  } catch (error) {
    return error as UsageError;
  }
  throw new Error('expected an error');
}
