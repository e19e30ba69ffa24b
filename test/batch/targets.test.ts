import { describe, expect, it } from 'vitest';
import { planTargets, targetKey, type CompanyRoles, type ResolveRole } from '../../src/batch/targets.js';

const role = (title: string) => ({ title, slug: title.toLowerCase().replace(/\s+/g, '-') });
const companies: CompanyRoles[] = [
  { id: 'zeta', roles: [role('Data Engineer'), role('Machine Learning Engineer')] },
  { id: 'acme', roles: [role('Product Manager')] },
  { id: 'beta', roles: [role('Machine Learning Engineer'), role('Analyst')] },
];
const bySlug: ResolveRole = (company, query) => company.roles.find((r) => r.slug === query);

describe('planTargets', () => {
  it('is every company × role, sorted by key', () => {
    const { targets, skipped } = planTargets(companies, undefined, bySlug);
    expect(targets.map(targetKey)).toEqual([
      'acme/product-manager',
      'beta/analyst',
      'beta/machine-learning-engineer',
      'zeta/data-engineer',
      'zeta/machine-learning-engineer',
    ]);
    expect(skipped).toEqual([]);
  });

  it('with a role query, builds that role where it exists and skips the rest', () => {
    const { targets, skipped } = planTargets(companies, 'machine-learning-engineer', bySlug);
    expect(targets.map(targetKey)).toEqual(['beta/machine-learning-engineer', 'zeta/machine-learning-engineer']);
    expect(skipped).toEqual([{ company: 'acme', reason: 'no role matching "machine-learning-engineer"' }]);
  });

  it('reports a company without roles as skipped, with the reason, rather than leaving it out unsaid', () => {
    const { targets, skipped } = planTargets([...companies, { id: 'empty', roles: [] }], undefined, bySlug);
    expect(targets).toHaveLength(5);
    expect(skipped).toEqual([{ company: 'empty', reason: 'no roles in its documents' }]);
  });

  it('passes the query and the company to the resolver', () => {
    const seen: string[] = [];
    planTargets(companies, 'MLE', (c, q) => (seen.push(`${c.id}:${q}`), undefined));
    expect(seen.sort()).toEqual(['acme:MLE', 'beta:MLE', 'zeta:MLE']);
  });

  it('builds a slug once when two titles share it', () => {
    const { targets } = planTargets([{ id: 'x', roles: [role('SRE'), { title: 'S.R.E.', slug: 'sre' }] }], undefined, bySlug);
    expect(targets.map(targetKey)).toEqual(['x/sre']);
  });
});
