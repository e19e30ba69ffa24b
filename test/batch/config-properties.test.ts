import { runs } from '../helpers/runs.js';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadConfig } from '../../src/batch/config.js';
import { UsageError } from '../../src/errors.js';
import { FORMATS, PAPERS } from '../../src/model/outputs.js';

// One directory, rewritten per run: a property runs a hundred times.
let dir = '';
beforeAll(async () => (dir = await mkdtemp(path.join(os.tmpdir(), 'prep-config-prop-'))));
afterAll(() => rm(dir, { recursive: true, force: true }));

const NAMES = ['prep.config.yaml', 'prep.config.json'] as const;

async function load(name: (typeof NAMES)[number], text: string): Promise<unknown> {
  for (const other of NAMES) await rm(path.join(dir, other), { force: true });
  await writeFile(path.join(dir, name), text);
  return loadConfig(dir).then(
    (loaded) => loaded?.config,
    (error: unknown) => error,
  );
}

const text = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s.length > 0);
const formats = fc.uniqueArray(fc.constantFrom(...FORMATS), { minLength: 1 });
const target = fc.record(
  { company: text, roles: fc.array(text, { maxLength: 3 }), formats },
  { requiredKeys: ['company'] },
);
const config = fc.record(
  { targets: fc.array(target, { maxLength: 3 }), candidate: text, out: text, formats, paper: fc.constantFrom(...PAPERS) },
  { requiredKeys: [] },
);
const KNOWN = new Set(['$schema', 'targets', 'candidate', 'out', 'formats', 'paper', 'company', 'roles']);
const unknownKey = fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !KNOWN.has(k) && k !== '__proto__');

describe('prep.config properties', () => {
  it('reads back any valid config, written as YAML or as JSON', async () => {
    await fc.assert(
      fc.asyncProperty(config, async (value) => {
        expect(await load('prep.config.yaml', stringify(value))).toEqual(value);
        expect(await load('prep.config.json', JSON.stringify(value))).toEqual(value);
      }),
      { numRuns: runs(60) },
    );
  });

  it('refuses any unknown key, top level or in a target, naming it (exit 2)', async () => {
    await fc.assert(
      fc.asyncProperty(config, unknownKey, fc.boolean(), async (value, key, nested) => {
        const bad = nested ? { ...value, targets: [{ company: 'acme', [key]: 1 }] } : { ...value, [key]: 1 };
        const error = await load('prep.config.json', JSON.stringify(bad));
        expect(error).toBeInstanceOf(UsageError);
        expect((error as UsageError).exitCode).toBe(2);
        expect((error as UsageError).message).toContain(`"${nested ? 'targets[0].' : ''}${key}"`);
      }),
      { numRuns: runs(60) },
    );
  });

  it('refuses a wrong type for any known key, naming the key', async () => {
    const wrong = fc.constantFrom<[string, unknown]>(
      ['out', 5],
      ['candidate', ['a']],
      ['formats', 'md'],
      ['formats', ['docx']],
      ['paper', 'a5'],
      ['targets', { company: 'acme' }],
      ['targets', [{ roles: ['mle'] }]],
    );
    await fc.assert(
      fc.asyncProperty(config, wrong, async (value, [key, bad]) => {
        const error = await load('prep.config.yaml', stringify({ ...value, [key]: bad }));
        expect(error).toBeInstanceOf(UsageError);
        expect((error as UsageError).message).toMatch(new RegExp(`^prep\\.config\\.yaml: .*"${key.replace('$', '\\$')}`));
      }),
      { numRuns: runs(40) },
    );
  });

  it('answers any text in prep.config.yaml with a config or one usage error, never a crash', async () => {
    const yamlish = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.stringMatching(/^(?:[a-z$_]{1,8}: ?(?:\[[a-z, ]*\]|[&*!][a-z]*|[a-z0-9 ]*|\{\})?\n(?: {2}- [a-z: ]*\n)?){0,4}$/),
    );
    await fc.assert(
      fc.asyncProperty(yamlish, async (source) => {
        const result = await load('prep.config.yaml', source);
        if (result instanceof Error) {
          expect(result).toBeInstanceOf(UsageError);
          expect(result.message.split('\n')).toHaveLength(1);
        }
      }),
      { numRuns: runs(150) },
    );
  });
});
