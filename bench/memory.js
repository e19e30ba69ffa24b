// Child of bench/run.js: runs `prep build --all --role mle` in-process on a
// profiles directory and prints memory figures as JSON. Run with --expose-gc.
// The company worker threads share this process: peak RSS counts them, the
// heap figures are this (the main) thread's alone.
import { main } from '../dist/cli/main.js';

const [profiles, out] = process.argv.slice(2);
const mb = (bytes) => bytes / 2 ** 20;
globalThis.gc?.();
const baseline = process.memoryUsage().heapUsed;
let peakHeap = baseline;
const timer = setInterval(() => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}, 10);
const started = performance.now();
const argv = [process.execPath, 'prep', '--quiet', '--profiles', profiles, 'build', '--all', '--role', 'mle', '--format', 'md', '--out', out, '--force'];
const code = await main(argv);
const ms = performance.now() - started;
clearInterval(timer);
peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
// What is still reachable after the batch: growth here, unlike the peak, is a leak rather than GC timing.
globalThis.gc?.();
const retained = process.memoryUsage().heapUsed;
process.stdout.write(
  `${JSON.stringify({
    code,
    ms,
    baselineHeapMB: mb(baseline),
    peakHeapMB: mb(peakHeap),
    retainedHeapMB: mb(retained),
    // maxRSS is in kilobytes: the process's peak resident set.
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
