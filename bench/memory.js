// Child of bench/run.js: runs `prep build --all --role mle` in-process on a
// profiles directory and prints peak memory as JSON. Run with --expose-gc.
import { main } from '../dist/cli/main.js';

const [profiles, out] = process.argv.slice(2);
globalThis.gc?.();
const baseline = process.memoryUsage();
let peakHeap = baseline.heapUsed;
const timer = setInterval(() => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}, 10);
const started = performance.now();
const code = await main([process.execPath, 'prep', '--quiet', '--profiles', profiles, 'build', '--all', '--role', 'mle', '--format', 'md', '--out', out, '--force']);
clearInterval(timer);
peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
process.stdout.write(
  `${JSON.stringify({
    code,
    ms: performance.now() - started,
    baselineHeapMB: baseline.heapUsed / 2 ** 20,
    peakHeapMB: peakHeap / 2 ** 20,
    // maxRSS is in kilobytes: the process's peak resident set.
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
