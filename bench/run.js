// Benchmark of the ingest pipeline (not a test: it asserts nothing and has no time limit).
// `npm run bench`: compiles the netflix profile, then 100 synthetic companies, and reports the times.
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { compile } from '../dist/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const profiles = path.join(root, 'profiles');
const RUNS = 20;
const COMPANIES = 100;

async function time(fn) {
  globalThis.gc?.();
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A synthetic company: the seed documents with the name, numbers and order of items varied. */
function writeSynthetic(dir, i) {
  const id = `synthetic-${String(i).padStart(3, '0')}`;
  const name = `Synthetic${i}`;
  mkdirSync(path.join(dir, id));
  for (const file of readdirSync(path.join(profiles, 'netflix'))) {
    const text = readFileSync(path.join(profiles, 'netflix', file), 'utf8')
      .replaceAll('Netflix', name)
      .replace(/\b(19|20)\d\d\b/g, (year) => String(Number(year) - (i % 20)));
    const lines = text.split('\n');
    // Repeat a block of lines so documents differ in length too.
    writeFileSync(path.join(dir, id, file), [...lines, ...lines.slice(0, i % 40)].join('\n'));
  }
  return id;
}

const seed = [];
for (let run = 0; run < RUNS; run += 1) seed.push(await time(() => compile(profiles, 'netflix', { cwd: root })));

const dir = mkdtempSync(path.join(tmpdir(), 'prep-bench-'));
try {
  const ids = Array.from({ length: COMPANIES }, (_, i) => writeSynthetic(dir, i));
  const total = await time(async () => {
    for (const id of ids) await compile(dir, id, { cwd: dir });
  });
  process.stdout.write(
    [
      `netflix profile (3 documents): median ${median(seed).toFixed(1)} ms over ${RUNS} runs (first ${seed[0].toFixed(1)} ms)`,
      `${COMPANIES} synthetic companies (${COMPANIES * 3} documents): ${total.toFixed(0)} ms, ${(total / COMPANIES).toFixed(1)} ms per company`,
    ].join('\n') + '\n',
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
