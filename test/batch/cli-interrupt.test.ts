import { spawn } from 'node:child_process';
import { cp, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, fixtures } from '../helpers/cli.js';
import { useTempDirs } from './temp-dir.js';

const tempDir = useTempDirs();
const PACKET = /\.(?:md|html|json)$/;

/** Resolves once `dir` holds at least `count` packets. */
async function packetsIn(dir: string, count: number): Promise<void> {
  for (;;) {
    const files = await readdir(dir).catch(() => []);
    if (files.filter((f) => PACKET.test(f)).length >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('prep build --all interrupted (CLI)', () => {
  it('exits 130 on Ctrl-C mid-batch and leaves only whole packets, no temporary files', async () => {
    const root = await tempDir();
    const profiles = path.join(root, 'profiles');
    // Enough companies that the batch is still writing when the signal lands.
    for (let i = 0; i < 30; i++) {
      for (const company of ['haulwise', 'ledgerline', 'stackforge']) {
        await cp(path.join(fixtures, 'profiles', company), path.join(profiles, `${company}${i}`), { recursive: true });
      }
    }
    const out = path.join(root, 'out');
    const child = spawn(process.execPath, [bin, '--profiles', profiles, 'build', '--all', '--format', 'md,html,json', '--out', out, '--quiet'], {
      env: { ...process.env, NO_COLOR: '1' },
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await packetsIn(out, 12);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    const files = await readdir(out);
    expect(files.filter((f) => f !== '.prep-manifest.json' && !PACKET.test(f))).toEqual([]);
    expect(files.filter((f) => PACKET.test(f)).length).toBeLessThan(90 * 3 * 3);
  }, 60_000);
});
