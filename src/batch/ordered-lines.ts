import { byCodeUnit } from '../code-unit-order.js';

/**
 * A CI log in the same order for the same inputs, so two runs can be
 * compared line by line: each company's lines are released in the order the
 * companies were started (sorted), and a company's own lines sorted by target.
 * A line waits only for the companies before it that are still in flight,
 * never for the end of the batch.
 */
export function orderedLines(write: (line: string) => void) {
  let order: readonly string[] = [];
  let next = 0;
  const held = new Map<string, Array<{ key: string; line: string }>>();
  const done = new Set<string>();
  const release = (unit: string): void => {
    for (const { line } of (held.get(unit) ?? []).sort((a, b) => byCodeUnit(a.key, b.key))) write(line);
    held.delete(unit);
  };
  return {
    start(units: readonly string[]): void {
      order = units;
    },
    add(unit: string, key: string, line: string): void {
      if (!held.has(unit)) held.set(unit, []);
      held.get(unit)!.push({ key, line });
    },
    unitDone(unit: string): void {
      done.add(unit);
      while (next < order.length && done.has(order[next]!)) release(order[next++]!);
    },
    /** The batch is stopped: what finished comes out, in order; the companies cut short have nothing to say. */
    flushDone(): void {
      for (const unit of order.slice(next)) if (done.has(unit)) release(unit);
      next = order.length;
    },
  };
}
