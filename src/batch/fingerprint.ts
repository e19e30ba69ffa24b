import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { byCodeUnit } from '../code-unit-order.js';

/** Everything a packet depends on; a change to any of it makes the target stale. */
export interface FingerprintInputs {
  /** The company's documents. */
  inputs: readonly string[];
  /** Every template file used, built-in and overrides. */
  templates: readonly string[];
  candidate: string | undefined;
  /** Formats, paper, role… anything that changes the output. */
  options: unknown;
  prepVersion: string;
  /** File names are hashed relative to this directory, so a checkout elsewhere (another CI runner) still hits. */
  base?: string;
}

/** Reads each file once; for files shared by every target of one run. */
export function memoizedRead(): (file: string) => Promise<Buffer> {
  const cache = new Map<string, Promise<Buffer>>();
  return (file) => {
    let data = cache.get(file);
    if (!data) cache.set(file, (data = readFile(file)));
    return data;
  };
}

/**
 * sha256 over file names and contents plus the options as canonical JSON.
 * Each part is length-prefixed so that moving bytes between parts changes the hash.
 * `readShared` reads the files every company shares (templates, candidate), so
 * a batch can read them once.
 */
export async function fingerprint(parts: FingerprintInputs, readShared: (file: string) => Promise<Buffer> = readFile): Promise<string> {
  const hash = createHash('sha256');
  const add = (label: string, data: string | Buffer): void => {
    hash.update(`${label}\0${Buffer.byteLength(data)}\0`);
    hash.update(data);
  };
  add('prep', parts.prepVersion);
  add('options', canonicalJson(parts.options));
  for (const [group, files, read] of [
    ['input', parts.inputs, readFile],
    ['template', parts.templates, readShared],
    ['candidate', parts.candidate === undefined ? [] : [parts.candidate], readShared],
  ] as const) {
    for (const file of [...files].sort(byCodeUnit)) add(`${group}:${path.relative(parts.base ?? '/', file)}`, await read(file));
  }
  return hash.digest('hex');
}

/** JSON with object keys sorted, so equal options always hash alike. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => byCodeUnit(a, b)))
      : v,
  ) ?? 'null';
}
