import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { compareKeys } from './shard.js';

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
}

/**
 * sha256 over file names and contents plus the options as canonical JSON.
 * Each part is length-prefixed so that moving bytes between parts changes the hash.
 */
export async function fingerprint(parts: FingerprintInputs): Promise<string> {
  const hash = createHash('sha256');
  const add = (label: string, data: string | Buffer): void => {
    hash.update(`${label}\0${Buffer.byteLength(data)}\0`);
    hash.update(data);
  };
  add('prep', parts.prepVersion);
  add('options', canonicalJson(parts.options));
  for (const [group, files] of [
    ['input', parts.inputs],
    ['template', parts.templates],
    ['candidate', parts.candidate === undefined ? [] : [parts.candidate]],
  ] as const) {
    for (const file of [...files].sort(compareKeys)) add(`${group}:${file}`, await readFile(file));
  }
  return hash.digest('hex');
}

/** JSON with object keys sorted, so equal options always hash alike. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => compareKeys(a, b)))
      : v,
  ) ?? 'null';
}
