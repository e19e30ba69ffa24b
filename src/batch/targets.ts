import { byCodeUnit } from '../code-unit-order.js';

/** A role as the batch knows it: its title and the slug used in file names. */
export interface RoleRef {
  title: string;
  slug: string;
}

/** Just the title and slug of each role (what crosses threads and goes in the manifest). */
export const roleRefs = (roles: readonly RoleRef[]): RoleRef[] => roles.map(({ title, slug }) => ({ title, slug }));

/** A company and the title and slug of each of its roles. */
export interface CompanyRoles {
  id: string;
  roles: readonly RoleRef[];
}

/** One packet to build: a company × one of its roles. */
export interface Target {
  company: string;
  role: RoleRef;
}

/** A company left out on purpose, and why: the batch reports it as `skipped <company>: <reason>`. */
export interface Skipped {
  company: string;
  reason: string;
}

export interface TargetPlan {
  targets: Target[];
  skipped: Skipped[];
}

/** Resolves a `--role` query against one company; undefined when it has no such role. */
export type ResolveRole = (company: CompanyRoles, query: string) => RoleRef | undefined;

export function targetKey(target: Target): string {
  return `${target.company}/${target.role.slug}`;
}

/**
 * Every company × role, or with a role query that role wherever a company has
 * it; companies without it are skipped, not failed. Sorted by target key.
 */
export function planTargets(companies: readonly CompanyRoles[], query: string | undefined, resolveRole: ResolveRole): TargetPlan {
  const targets: Target[] = [];
  const skipped: Skipped[] = [];
  for (const company of companies) {
    if (query === undefined) {
      for (const role of company.roles) targets.push({ company: company.id, role });
      // Said, so that a profile without roles is not mistaken for one that was built.
      if (company.roles.length === 0) skipped.push({ company: company.id, reason: 'no roles in its documents' });
      continue;
    }
    const role = resolveRole(company, query);
    if (role) targets.push({ company: company.id, role });
    else skipped.push({ company: company.id, reason: `no role matching "${query}"` });
  }
  targets.sort((a, b) => byCodeUnit(targetKey(a), targetKey(b)));
  skipped.sort((a, b) => byCodeUnit(a.company, b.company));
  return { targets: dedupe(targets), skipped };
}

/** Two titles with one slug would write one file twice; keep the first. */
function dedupe(sorted: Target[]): Target[] {
  return sorted.filter((t, i) => i === 0 || targetKey(t) !== targetKey(sorted[i - 1] as Target));
}
