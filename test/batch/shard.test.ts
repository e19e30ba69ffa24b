import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseShard, selectShard } from '../../src/batch/shard.js';
import { UsageError } from '../../src/errors.js';

describe('parseShard', () => {
  it('accepts i/n with 1 ≤ i ≤ n', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
  });

  it.each(['0/4', '5/4', 'x', '1/0', '1.5/2', '-1/2', '2', '', '1/2/3', ' / ', '1/99999999999999999999', '9007199254740993/9007199254740993'])('refuses %j as a usage error with a hint', (value) => {
    try {
      parseShard(value);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      expect((error as UsageError).exitCode).toBe(2);
      expect((error as UsageError).hint).toMatch(/--shard i\/n/);
    }
  });

  it('round-trips every valid pair', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 500 }), (a, b) => {
        const [index, count] = a <= b ? [a, b] : [b, a];
        expect(parseShard(`${index}/${count}`)).toEqual({ index, count });
      }),
    );
  });
});

describe('selectShard', () => {
  const id = (s: string): string => s;

  it('puts every target in exactly one shard and covers them all', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { maxLength: 200 }), fc.integer({ min: 1, max: 40 }), (targets, count) => {
        const shards = Array.from({ length: count }, (_, i) => selectShard(targets, { index: i + 1, count }, id));
        const all = shards.flat();
        expect(all).toHaveLength(targets.length);
        expect(new Set(all)).toEqual(new Set(targets));
        // Balanced: sizes differ by at most one.
        const sizes = shards.map((s) => s.length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('partitions exactly for any shard count a user can write: block i ends where block i+1 starts, 1/n starts at 0, n/n ends at the last', () => {
    const count = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER });
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 300 }), count, fc.double({ min: 0, max: 1, noNaN: true }), (items, n, at) => {
        const targets = items.map((x, i) => `${String(i).padStart(4, '0')}-${x}`);
        const index = Math.min(n - 1, Math.max(1, Math.floor(at * n)));
        const shard = (i: number) => selectShard(targets, parseShard(`${i}/${n}`), id);
        const neighbours = n === 1 ? shard(1) : [...shard(index), ...shard(index + 1)];
        // Contiguous blocks of the sorted list: two neighbours together are a slice of it, without a gap or an overlap.
        const sorted = [...targets].sort();
        const start = neighbours.length === 0 ? 0 : sorted.indexOf(neighbours[0]!);
        expect(neighbours).toEqual(sorted.slice(start, start + neighbours.length));
        expect(shard(n).at(-1)).toBe(sorted.at(-1));
        expect(shard(1)[0]).toBe(targets.length < n ? undefined : sorted[0]);
      }),
    );
  });

  it('does not depend on the input order', () => {
    const listAndShuffle = fc
      .uniqueArray(fc.string(), { maxLength: 60 })
      .chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })));
    fc.assert(
      fc.property(listAndShuffle, fc.integer({ min: 1, max: 8 }), ([targets, shuffled], count) => {
        for (let index = 1; index <= count; index++) {
          expect(selectShard(shuffled, { index, count }, id)).toEqual(selectShard(targets, { index, count }, id));
        }
      }),
    );
  });

  it('keeps a sorted, contiguous block per shard', () => {
    const targets = ['c/x', 'a/x', 'b/y', 'a/y', 'b/x'];
    expect(selectShard(targets, { index: 1, count: 2 }, id)).toEqual(['a/x', 'a/y']);
    expect(selectShard(targets, { index: 2, count: 2 }, id)).toEqual(['b/x', 'b/y', 'c/x']);
  });
});
