// `npm run bench`: the ingest, tailor, batch and render benchmark (not a timed test).
// It runs the built dist/ (npm run bench builds first). A part that cannot run
// here (no browser, a build that failed) says why, and the others go on.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { synthesize, repoRoot } from './synth.js';
import { builtCount, CHROMIUM, fmt, median, prep, run } from './lib.js';

class Skip extends Error {}
// Each part is printed as soon as it is done, so a long run shows progress.
const print = (lines) => process.stdout.write(`${lines.join('\n')}\n`);
const scratch = await mkdtemp(path.join(os.tmpdir(), 'prep-bench-'));
const env = { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1700000000' };
print([`# prep benchmark (${os.availableParallelism()} CPUs, Node ${process.version})`, '']);

async function part(title, fn) {
  process.stderr.write(`… ${title}\n`);
  try {
    const lines = await fn();
    print([`## ${title}`, ...lines, '']);
  } catch (error) {
    const why = error instanceof Skip ? `skipped: ${error.message}` : `failed: ${error.stack ?? error}`;
    print([`## ${title}`, why, '']);
  }
}

/** `prep build --all` on a profiles dir; throws Skip when it prints no summary line (it stopped before the batch). */
async function buildAll(profiles, out, extra = []) {
  const result = await prep(['--profiles', profiles, 'build', '--all', '--out', out, '--force', ...extra], { env });
  const built = builtCount(result.stderr);
  if (built === undefined) throw new Skip(`\`prep build --all\` stopped before the batch (${result.stderr.trim().split('\n')[0]})`);
  return { ...result, built };
}

await part('(a) ingest: parse time', async () => {
  const { compile } = await import(pathToFileURL(path.join(repoRoot, 'dist/compile.js')).href);
  const { profiles } = await synthesize(100, path.join(scratch, 'a'));
  await compile(path.join(repoRoot, 'profiles'), 'netflix'); // warm up
  const netflix = await median(5, () => compile(path.join(repoRoot, 'profiles'), 'netflix'));
  const ids = (await readdir(profiles)).sort();
  const started = performance.now();
  for (const id of ids) await compile(profiles, id);
  const all = performance.now() - started;
  return [`netflix: ${fmt(netflix)} (median of 5)`, `100 synthetic companies: ${fmt(all)} (${fmt(all / 100)} each)`];
});

await part('(b) tailoring: netflix / Machine Learning Engineer with examples/candidate.md', async () => {
  const { benchTailor } = await import('./tailor.js');
  return benchTailor();
});

await part('(c0) one packet: netflix / Machine Learning Engineer through the CLI, md and pdf', async () => {
  const one = async (format) => {
    const file = path.join(scratch, `one.${format}`);
    const ms = await median(3, async () => {
      const r = await prep(['build', 'netflix', '--role', 'mle', '--candidate', 'examples/candidate.md', '-o', file], { env, cwd: repoRoot });
      if (r.code !== 0) throw new Skip(`prep build failed: ${r.stderr.trim().split('\n')[0]}`);
    });
    return `${format}: ${fmt(ms)} (median of 3, whole process: start-up, compile, tailor, render, write)`;
  };
  return [await one('md'), await one('pdf')];
});

await part('(c) markdown: 100 companies, ms per extra packet (target ≤ 15 ms)', async () => {
  const one = await synthesize(1, path.join(scratch, 'c1'));
  const hundred = await synthesize(100, path.join(scratch, 'c100'));
  const small = await buildAll(one.profiles, path.join(scratch, 'c1/out'), ['--format', 'md']);
  const large = await buildAll(hundred.profiles, path.join(scratch, 'c100/out'), ['--format', 'md']);
  const perPacket = (large.ms - small.ms) / (large.built - small.built);
  return [
    `1 company: ${small.built} packets in ${fmt(small.ms)}; 100 companies: ${large.built} packets in ${fmt(large.ms)}`,
    `per extra packet: ${fmt(perPacket)} — ${perPacket <= 15 ? 'meets' : 'misses'} the 15 ms target (concurrency ${os.availableParallelism()})`,
  ];
});

await part('(d) PDF: 20 companies vs md-to-pdf on the same 20 markdown packets (target ≤ 0.45×)', async () => {
  const { profiles } = await synthesize(20, path.join(scratch, 'd'));
  const mdOut = path.join(scratch, 'd/md');
  const md = await buildAll(profiles, mdOut, ['--role', 'mle', '--format', 'md']);
  const pdf = await buildAll(profiles, path.join(scratch, 'd/pdf'), ['--role', 'mle', '--format', 'pdf']);
  if (pdf.code !== 0) throw new Skip(`PDF build failed: ${pdf.stderr.trim().split('\n').slice(-2).join(' ')}`);
  const files = (await readdir(mdOut)).filter((f) => f.endsWith('.md')).map((f) => path.join(mdOut, f));
  const launch = JSON.stringify({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  const cli = path.join(repoRoot, 'node_modules/md-to-pdf/dist/cli.js');
  const baseline = await run(process.execPath, [cli, '--launch-options', launch, ...files], { env });
  if (baseline.code !== 0) throw new Skip(`md-to-pdf failed: ${baseline.stderr.trim().split('\n')[0]}`);
  const ratio = pdf.ms / baseline.ms;
  return [
    `prep: ${pdf.built} PDF packets in ${fmt(pdf.ms)} (from the profiles, tailoring included; markdown alone: ${fmt(md.ms)})`,
    `md-to-pdf CLI on the same ${files.length} markdown packets: ${fmt(baseline.ms)}`,
    `ratio: ${ratio.toFixed(2)}× — ${ratio <= 0.45 ? 'meets' : 'misses'} the 0.45× target`,
    `printing alone (PDF run minus markdown run): ${fmt(pdf.ms - md.ms)}, ${((pdf.ms - md.ms) / baseline.ms).toFixed(2)}× md-to-pdf`,
  ];
});

await part('(e) peak memory: 1,000 companies vs 10 (and 100), markdown only, one role each', async () => {
  const rows = [];
  for (const count of [10, 100, 1000]) {
    const { profiles } = await synthesize(count, path.join(scratch, `e${count}`));
    const child = await run(process.execPath, ['--expose-gc', path.join(repoRoot, 'bench/memory.js'), profiles, path.join(scratch, `e${count}/out`)], { env });
    if (child.code !== 0 && !child.stdout) throw new Skip(`memory run failed: ${child.stderr.trim().split('\n')[0]}`);
    const m = JSON.parse(child.stdout);
    if (m.code !== 0 && count === 10) throw new Skip(`\`prep build --all\` exits ${m.code} on synthetic companies`);
    rows.push({ count, ...m });
    await rm(path.join(scratch, `e${count}`), { recursive: true, force: true });
  }
  const [ten, hundred, thousand] = rows;
  return [
    ...rows.map(
      (r) =>
        `${r.count} companies: peak RSS ${r.peakRssMB.toFixed(0)} MB (the whole process, worker threads included), main thread's heap still reachable after the batch ${r.retainedHeapMB.toFixed(0)} MB, ${fmt(r.ms)}`,
    ),
    `peak RSS, 1,000 vs 10: ×${(thousand.peakRssMB / ten.peakRssMB).toFixed(2)}; 1,000 vs 100: ×${(thousand.peakRssMB / hundred.peakRssMB).toFixed(2)}`,
  ];
});

await rm(scratch, { recursive: true, force: true });
