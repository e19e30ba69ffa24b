// Helpers for bench/run.js: timing and running the built CLI.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './synth.js';

export const bin = path.join(repoRoot, 'bin/prep.js');
export const CHROMIUM = process.env.PUPPETEER_EXECUTABLE_PATH ?? '/usr/bin/chromium';

/** Runs a command and resolves to { code, stdout, stderr, ms } (wall time). */
export function run(file, args, options = {}) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = execFile(file, args, { maxBuffer: 256 * 2 ** 20, encoding: 'utf8', ...options }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr, ms: performance.now() - started });
    });
    // md-to-pdf reads markdown from stdin when it is not a terminal: give it an empty one.
    child.stdin?.end();
  });
}

export const prep = (args, options) => run(process.execPath, [bin, ...args], options);

/** Median wall time of `times` runs of an async function, in ms. */
export async function median(times, fn) {
  const samples = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

export const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

/** `built 12, up to date 0, …` → 12 */
export function builtCount(stderr) {
  const match = /built (\d+), up to date/.exec(stderr);
  return match ? Number(match[1]) : undefined;
}
