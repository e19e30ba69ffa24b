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
  if (!match) throw new UsageError(`unexpected --shard value "${value}", expected i/n.`, { hint: HINT });
  const index = Number(match[1]);
  const count = Number(match[2]);
  // Past 2^53 two different numbers read the same: 9007199254740993/9007199254740993 would be shard 9007199254740992.
  if (!Number.isSafeInteger(count)) {
    throw new UsageError(`unexpected shard count ${match[2]} in --shard ${value}, expected at most ${Number.MAX_SAFE_INTEGER}.`, { hint: HINT });
  }
  if (count < 1) throw new UsageError(`unexpected shard count ${count} in --shard ${value}, expected at least 1.`, { hint: HINT });
  if (index < 1 || index > count) {
    throw new UsageError(`unexpected shard index ${index} in --shard ${value}, expected 1 to ${count}.`, { hint: HINT });
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
  const boundary = (i: number): number => blockStart(i, sorted.length, shard.count);
  return sorted.slice(boundary(shard.index - 1), boundary(shard.index));
}

/** floor(i × length / count), exactly: in floating point the product rounds for a large count, and blocks would overlap or leave gaps. */
function blockStart(i: number, length: number, count: number): number {
  return Number((BigInt(i) * BigInt(length)) / BigInt(count));
}
