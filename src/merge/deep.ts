import type { Scalar } from '../model/source.js';
import { normKey } from './normalize.js';
import { mergeScalar, type OnConflict } from './scalar.js';

/** Called with the JSON path of a field whose values disagree. */
export type ConflictAt = (path: string) => OnConflict;

type Obj = Record<string, unknown>;

/** A plain object (not null, not an array): a model fragment with keys. */
export const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
const isScalar = (value: unknown): value is Scalar => isObj(value) && typeof value.text === 'string' && isObj(value.source);
const isSource = (value: unknown): value is Obj => isObj(value) && 'file' in value && 'line' in value && !('text' in value);

/** Items that are one thing when their identity matches: products by name, roles by slug. */
const IDENTITY = ['slug', 'name', 'title', 'objective', 'skill'] as const;

/**
 * Merge two values of the same shape: lists unioned without near-duplicates,
 * named items merged into one, scalars resolved by `mergeScalar`. The first
 * value wins ties, so document order decides and output is deterministic.
 */
export function mergeValue(a: unknown, b: unknown, path: string, conflict: ConflictAt): unknown {
  if (a === null || a === undefined) return b;
  if (b === null || b === undefined) return a;
  if (isScalar(a) && isScalar(b)) return mergeScalar(a, b, conflict(path));
  if (Array.isArray(a) && Array.isArray(b)) return mergeLists(a, b, path, conflict);
  if (isObj(a) && isObj(b)) {
    const out: Obj = { ...a };
    for (const key of Object.keys(b)) {
      // Keys can come from a document's labels: read own keys only and define, never assign, so no prototype is reached.
      const value = mergeValue(Object.hasOwn(a, key) ? a[key] : undefined, b[key], path ? `${path}.${key}` : key, conflict);
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  if (typeof a === 'string' && typeof b === 'string') return b.length > a.length ? b : a;
  return a;
}

function mergeLists(a: unknown[], b: unknown[], path: string, conflict: ConflictAt): unknown[] {
  const out: unknown[] = [];
  const index = new Map<string, number>();
  for (const item of [...a, ...b]) {
    const key = keyOf(item);
    const at = index.get(key);
    if (at === undefined) {
      index.set(key, out.length);
      out.push(item);
    } else if (isObj(item) && !isScalar(item)) {
      out[at] = mergeValue(out[at], item, `${path}[${at}]`, conflict);
    }
  }
  return out;
}

function keyOf(item: unknown): string {
  if (typeof item === 'string') return `s:${normKey(item)}`;
  if (isSource(item)) return `@${String(item.file)}:${String(item.line)}`;
  if (isScalar(item)) return `t:${normKey(item.text)}`;
  if (isObj(item)) {
    const id = IDENTITY.find((key) => typeof item[key] === 'string');
    if (id) return `${id}:${normKey(item[id] as string)}`;
  }
  return `j:${JSON.stringify(item)}`;
}
