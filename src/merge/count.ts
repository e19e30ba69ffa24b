import { isObj } from './deep.js';

type Json = unknown;

const BOOKKEEPING = new Set(['gaps', 'sources', 'unmapped', 'alternatives']);

/** Facts in a model fragment: every object that carries its own `source`. */
export function countFacts(value: Json): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + countFacts(item), 0);
  if (!isObj(value)) return 0;
  let count = isObj(value.source) ? 1 : 0;
  for (const [key, child] of Object.entries(value)) if (!BOOKKEEPING.has(key) && key !== 'source') count += countFacts(child);
  return count;
}

/** Facts whose text came out empty (an empty chip, a bare label) are not facts. */
export function dropEmpty<T>(value: T): T {
  if (Array.isArray(value)) {
    return value.filter((item) => !(isObj(item) && 'text' in item && isObj(item.source) && String(item.text).trim() === '')).map(dropEmpty) as T;
  }
  if (!isObj(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, dropEmpty(child)])) as T;
}
