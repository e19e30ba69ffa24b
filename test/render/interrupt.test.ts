import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dist = fileURLToPath(new URL('../../dist/render/pdf/pdf-renderer.js', import.meta.url));

// A process that opens a renderer and waits, like a build in the middle of a PDF.
const child = `
const { PdfRenderer } = await import(${JSON.stringify(dist)});
const renderer = await PdfRenderer.launch({ pages: 1 });
console.log(JSON.stringify(renderer.process));
setInterval(() => {}, 1000);
`;

// The same, but the signal lands while puppeteer.launch is still settling:
// Chrome is running, the renderer does not exist yet. The launch is held open
// until the signal has arrived, so the test does not depend on timing.
const childMidLaunch = `
const { default: puppeteer } = await import('puppeteer');
const launch = puppeteer.launch.bind(puppeteer);
puppeteer.launch = async (options) => {
  const browser = await launch(options);
  const signalled = new Promise((resolve) => { process.once('SIGINT', resolve); process.once('SIGTERM', resolve); });
  console.log(JSON.stringify({ pid: browser.process().pid, profileDir: options.userDataDir }));
  await signalled;
  return browser;
};
const { PdfRenderer } = await import(${JSON.stringify(dist)});
await PdfRenderer.launch({ pages: 1 });
console.log('launched');
setInterval(() => {}, 1000);
`;

/** Pids of processes whose command line mentions `text`. */
function processesMentioning(text: string): string[] {
  try {
    return execFileSync('pgrep', ['-f', text], { encoding: 'utf8' }).split('\n').filter(Boolean);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(!existsSync(dist))('PdfRenderer on Ctrl-C (needs `npm run build`)', () => {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`closes the browser and removes its profile on ${signal}`, async () => {
      const proc = spawn(process.execPath, ['--input-type=module', '-e', child], { stdio: ['ignore', 'pipe', 'inherit'] });
      const started = await new Promise<{ pid: number; profileDir: string }>((resolve) =>
        proc.stdout.once('data', (chunk: Buffer) => resolve(JSON.parse(chunk.toString()) as { pid: number; profileDir: string })),
      );
      expect(alive(started.pid)).toBe(true);
      const exit = new Promise<number | null>((resolve) => proc.on('exit', resolve));
      proc.kill(signal);
      expect(await exit).toBe(code);
      expect(alive(started.pid)).toBe(false);
      expect(existsSync(started.profileDir)).toBe(false);
    });
  }

  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`closes a browser that is still starting and removes its profile on ${signal}`, async () => {
      const tmp = mkdtempSync(path.join(tmpdir(), 'prep-interrupt-'));
      const env = { ...process.env, TMPDIR: tmp };
      const proc = spawn(process.execPath, ['--input-type=module', '-e', childMidLaunch], { env, stdio: ['ignore', 'pipe', 'inherit'] });
      try {
        const output: string[] = [];
        const started = await new Promise<{ pid: number; profileDir: string }>((resolve) =>
          proc.stdout.once('data', (chunk: Buffer) => resolve(JSON.parse(chunk.toString()) as { pid: number; profileDir: string })),
        );
        proc.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
        expect(started.profileDir.startsWith(tmp)).toBe(true);
        expect(processesMentioning(tmp)).toContain(String(started.pid));
        const exit = new Promise<number | null>((resolve) => proc.on('exit', resolve));
        proc.kill(signal);
        expect(await exit).toBe(code);
        expect(output.join('')).not.toContain('launched');
        expect(processesMentioning(tmp)).toEqual([]);
        expect(readdirSync(tmp)).toEqual([]);
      } finally {
        proc.kill('SIGKILL');
        for (const pid of processesMentioning(tmp)) process.kill(Number(pid), 'SIGKILL');
        rmSync(tmp, { recursive: true, force: true });
      }
    });
  }
});
