import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../src/render/bounded-cache.js';

describe('BoundedCache', () => {
  it('forgets the least recently used entry first', () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect([cache.get('a'), cache.get('c'), cache.size]).toEqual([1, 3, 2]);
  });

  it('never holds more than its capacity and always has the latest entry', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.array(fc.tuple(fc.string({ maxLength: 2 }), fc.integer())), (capacity, writes) => {
        const cache = new BoundedCache<string, number>(capacity);
        for (const [key, value] of writes) {
          cache.set(key, value);
          expect(cache.size).toBeLessThanOrEqual(capacity);
          expect(cache.get(key)).toBe(value);
        }
      }),
    );
  });
});
