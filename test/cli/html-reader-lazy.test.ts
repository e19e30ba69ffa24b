import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtures, prep } from '../helpers/cli.js';

// parse5 and its converter are big: only a company with a saved web page pays for loading them.
describe('the HTML page reader', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'prep-module-log-'));
  afterAll(() => rm(dir, { recursive: true, force: true }));
  const loaded = async (name: string, args: readonly string[]): Promise<string> => {
    const log = path.join(dir, name);
    await writeFile(log, '');
    const register = path.join(fixtures, 'module-log/register.mjs');
    const { code } = await prep(args, { env: { NODE_OPTIONS: `--import ${register}`, MODULE_LOG: log } });
    expect(code).toBe(0);
    return readFile(log, 'utf8');
  };

  it('is not loaded for help, nor for a company with no saved page', async () => {
    expect(await loaded('help', ['--help'])).toBe('');
    expect(await loaded('netflix', ['-q', 'show', 'netflix', '--json'])).toBe('');
  });

  it('is loaded for a company with one', async () => {
    expect(await loaded('thornbury', ['-q', '--profiles', path.join(fixtures, 'profiles-trial4'), 'show', 'thornbury', '--json'])).toMatch(/parse5/);
  });
});
