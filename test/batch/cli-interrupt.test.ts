import { spawn } from 'node:child_process';
import { cp, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, fixtures, prep } from '../helpers/cli.js';
import { useTempDirs } from './temp-dir.js';

const tempDir = useTempDirs();
const PACKET = /\.(?:md|html|json)$/;

/** 30 copies of three fixture companies: enough that a batch is still writing when the signal lands. */
async function manyCompanies(root: string): Promise<string> {
  const profiles = path.join(root, 'profiles');
  for (let i = 0; i < 30; i++) {
    for (const company of ['haulwise', 'ledgerline', 'stackforge']) {
      await cp(path.join(fixtures, 'profiles', company), path.join(profiles, `${company}${i}`), { recursive: true });
    }
  }
  return profiles;
}

/** Starts `prep build --all --quiet`, sends SIGINT once `out` holds `after` files of `pattern`, and returns the exit code and stderr. */
async function interruptBatch(profiles: string, out: string, formats: string, pattern: RegExp, after: number) {
  const child = spawn(process.execPath, [bin, '--profiles', profiles, 'build', '--all', '--format', formats, '--out', out, '--quiet'], {
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  await filesIn(out, pattern, after);
  child.kill('SIGINT');
  return { code: await exited, stderr };
}

async function filesIn(dir: string, pattern: RegExp, count: number): Promise<void> {
  for (;;) {
    const files = await readdir(dir).catch(() => []);
    if (files.filter((f) => pattern.test(f)).length >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('prep build --all interrupted (CLI)', () => {
  it('exits 130 on Ctrl-C mid-batch and leaves only whole packets, no temporary files', async () => {
    const root = await tempDir();
    const out = path.join(root, 'out');
    const { code, stderr } = await interruptBatch(await manyCompanies(root), out, 'md,html,json', PACKET, 12);
    expect(code).toBe(130);
    expect(stderr).toBe('');
    const files = await readdir(out);
    expect(files.filter((f) => f !== '.prep-manifest.json' && !PACKET.test(f))).toEqual([]);
  }, 60_000);

  it('with PDFs too: exits 130 quietly (nothing on stderr with --quiet) and leaves only whole files', async () => {
    const root = await tempDir();
    const out = path.join(root, 'out');
    const { code, stderr } = await interruptBatch(await manyCompanies(root), out, 'md,pdf', /\.pdf$/, 3);
    expect(code).toBe(130);
    expect(stderr).toBe('');
    const files = await readdir(out);
    expect(files.filter((f) => f !== '.prep-manifest.json' && !/\.(?:md|pdf)$/.test(f))).toEqual([]);
  }, 60_000);

  // Three batches of 90 companies: 75 s alone on 2 CPUs, past 120 s when the whole suite shares them.
  it('keeps what finished: the next run builds only the rest, and ends with every packet', async () => {
    const root = await tempDir();
    const profiles = await manyCompanies(root);
    const out = path.join(root, 'out');
    expect((await interruptBatch(profiles, out, 'md', /\.md$/, 20)).code).toBe(130);
    const resumed = await prep(['--profiles', profiles, 'build', '--all', '--format', 'md', '--out', out], { env: { NO_COLOR: '1' } });
    expect(resumed.code).toBe(0);
    const upToDate = Number(/up to date (\d+)/.exec(resumed.stderr)?.[1]);
    expect(upToDate).toBeGreaterThan(0);
    // Nothing half-built passes for up to date: the resumed run leaves what a whole run leaves.
    const whole = path.join(root, 'whole');
    expect((await prep(['--profiles', profiles, 'build', '--all', '--format', 'md', '--out', whole], { env: { NO_COLOR: '1' } })).code).toBe(0);
    const packets = async (dir: string) => (await readdir(dir)).filter((f) => f.endsWith('.md')).sort();
    expect(await packets(out)).toEqual(await packets(whole));
    expect(/built (\d+)/.exec(resumed.stderr)?.[1]).toBe(String((await packets(whole)).length - upToDate));
  }, 300_000);
});
