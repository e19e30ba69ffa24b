import type { LoadedConfig } from './config.js';
import { byCodeUnit } from '../code-unit-order.js';
import { selectShard, type Shard } from './shard.js';
import { planTargets, targetKey, type CompanyRoles, type ResolveRole, type TargetPlan } from './targets.js';

export interface Selection {
  /** Sorted company ids of this shard. */
  companies: string[];
  /** The role queries for a company; undefined means all its roles. */
  queriesFor(company: string): string[] | undefined;
}

/**
 * Which companies this run builds: the config's targets, or every company;
 * then this shard's contiguous block of them. The sorted target list is cut
 * at company boundaries, so a shard compiles only its own companies.
 * A --role query wins over the config's role lists.
 */
export function selectCompanies(all: readonly string[], config: LoadedConfig | undefined, roleQuery: string | undefined, shard: Shard | undefined): Selection {
  const wanted = config?.config.targets;
  const ids = [...new Set(wanted ? wanted.map((t) => t.company) : all)].sort(byCodeUnit);
  return {
    companies: shard ? selectShard(ids, shard, (id) => id) : ids,
    queriesFor(company) {
      if (roleQuery !== undefined) return [roleQuery];
      const roles = wanted?.filter((t) => t.company === company).flatMap((t) => t.roles ?? []);
      return roles === undefined || roles.length === 0 ? undefined : roles;
    },
  };
}

/** A company's targets for its queries (all roles when none), de-duplicated and sorted. */
export function companyTargets(company: CompanyRoles, queries: readonly string[] | undefined, resolve: ResolveRole): TargetPlan {
  const parts = queries === undefined ? [planTargets([company], undefined, resolve)] : queries.map((q) => planTargets([company], q, resolve));
  const byKey = new Map(parts.flatMap((p) => p.targets).map((t) => [targetKey(t), t]));
  return {
    targets: [...byKey.values()].sort((a, b) => byCodeUnit(targetKey(a), targetKey(b))),
    skipped: parts.flatMap((p) => p.skipped),
  };
}
