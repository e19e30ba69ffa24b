import { byCodeUnit } from '../code-unit-order.js';
import { UsageError } from '../errors.js';

/** One shard of a CI matrix: `index` is 1-based, `index <= count`. */
export interface Shard {
  index: number;
  count: number;
}

const SHARD = /^([0-9]+)\/([0-9]+)$/;
const HINT = 'Write --shard i/n with whole numbers 1 ≤ i ≤ n, e.g. --shard 2/4.';

/** Parses `--shard i/n`; anything else is a usage error (exit 2). */
export function parseShard(value: string): Shard {
  const match = SHARD.exec(value.trim());
  if (!match) throw new UsageError(`Unexpected --shard value "${value}", expected i/n.`, { hint: HINT });
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1) throw new UsageError(`Unexpected shard count ${count} in --shard ${value}, expected at least 1.`, { hint: HINT });
  if (index < 1 || index > count) {
    throw new UsageError(`Unexpected shard index ${index} in --shard ${value}, expected 1 to ${count}.`, { hint: HINT });
  }
  return { index, count };
}

/**
 * The shard's part of the items: contiguous blocks of the list sorted by
 * `keyOf`, sizes differing by at most one. Contiguous rather than round-robin;
 * the batch shards company ids, so a company's roles stay on one machine and
 * its documents are compiled by one shard only.
 */
export function selectShard<T>(items: readonly T[], shard: Shard, keyOf: (item: T) => string): T[] {
  const sorted = [...items].sort((a, b) => byCodeUnit(keyOf(a), keyOf(b)));
  const start = Math.floor(((shard.index - 1) * sorted.length) / shard.count);
  const end = Math.floor((shard.index * sorted.length) / shard.count);
  return sorted.slice(start, end);
}
