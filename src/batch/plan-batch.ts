import pLimit from 'p-limit';
import type { LoadedConfig } from './config.js';
import type { Pipeline } from './pipeline.js';
import { reasonOf } from './run-batch.js';
import { compareKeys, selectShard, type Shard } from './shard.js';
import { planTargets, targetKey, type CompanyRoles, type Skipped, type Target } from './targets.js';

export interface BatchPlan {
  targets: Target[];
  skipped: Skipped[];
  /** Companies that could not be loaded, by id. */
  failed: { key: string; reason: string }[];
}

export interface PlanRequest {
  roleQuery: string | undefined;
  shard: Shard | undefined;
  config: LoadedConfig | undefined;
  concurrency: number;
}

/**
 * Which packets to build: the config's targets, or every company; each with
 * all its roles, or the queried ones. Companies are loaded one pool-full at a
 * time and only their role lists are kept. The shard is taken last, over
 * targets, skips and failures alike, so each shows in exactly one shard.
 */
export async function planBatch<M>(pipeline: Pipeline<M>, request: PlanRequest): Promise<BatchPlan> {
  const wanted = request.config?.config.targets;
  const ids = wanted ? [...new Set(wanted.map((t) => t.company))] : await pipeline.listCompanies();
  const limit = pLimit(request.concurrency);
  const plan: BatchPlan = { targets: [], skipped: [], failed: [] };
  await Promise.all(
    ids.map((id) =>
      limit(async () => {
        let model: M;
        try {
          model = await pipeline.load(id);
        } catch (error) {
          plan.failed.push({ key: id, reason: reasonOf(error) });
          return;
        }
        const company: CompanyRoles = { id, roles: pipeline.roles(model) };
        const resolve = (_company: CompanyRoles, q: string) => pipeline.resolveRole(model, q);
        const queries = request.roleQuery !== undefined ? [request.roleQuery] : wanted?.filter((t) => t.company === id).flatMap((t) => t.roles ?? []);
        const parts = queries === undefined || queries.length === 0 ? [planTargets([company], undefined, resolve)] : queries.map((q) => planTargets([company], q, resolve));
        for (const part of parts) {
          plan.targets.push(...part.targets);
          plan.skipped.push(...part.skipped);
        }
      }),
    ),
  );
  const sorted = sortPlan(plan);
  return request.shard ? shardPlan(sorted, request.shard) : sorted;
}

/** Sorted by key (the pool relies on a company's targets being adjacent), one target per key. */
function sortPlan(plan: BatchPlan): BatchPlan {
  const byKey = new Map(plan.targets.map((t) => [targetKey(t), t]));
  return {
    targets: [...byKey.keys()].sort(compareKeys).map((k) => byKey.get(k) as Target),
    skipped: plan.skipped.sort((a, b) => compareKeys(a.company, b.company)),
    failed: plan.failed.sort((a, b) => compareKeys(a.key, b.key)),
  };
}

function shardPlan(plan: BatchPlan, shard: Shard): BatchPlan {
  type Item = { key: string; take: () => void };
  const out: BatchPlan = { targets: [], skipped: [], failed: [] };
  const items: Item[] = [
    ...plan.targets.map((t) => ({ key: targetKey(t), take: () => out.targets.push(t) })),
    ...plan.skipped.map((s) => ({ key: `${s.company}/`, take: () => out.skipped.push(s) })),
    ...plan.failed.map((f) => ({ key: `${f.key}/`, take: () => out.failed.push(f) })),
  ];
  for (const item of selectShard(items, shard, (i) => i.key)) item.take();
  return out;
}
