// Tailoring benchmark: the netflix profile, Machine Learning Engineer, with the
// example candidate. `node --expose-gc bench/tailor.js` after a build; `npm run bench`
// (bench/run.js) runs it as its part (b). Not a timed test.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => pathToFileURL(path.join(root, 'dist', p)).href;

/** The netflix model, compiled from profiles/netflix. */
async function netflixModel() {
  const { compile } = await import(dist('compile.js'));
  return { model: (await compile(path.join(root, 'profiles'), 'netflix', { cwd: root })).company, from: 'profiles/netflix' };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchTailor({ runs = 21 } = {}) {
  const { tailor } = await import(dist('tailor/tailor.js'));
  const { resolveRole } = await import(dist('tailor/resolve-role.js'));
  const { loadCandidate } = await import(dist('candidate/load-candidate.js'));
  const { model, from } = await netflixModel();
  const role = resolveRole(model, 'mle');
  const candidate = await loadCandidate('examples/candidate.md', root);
  const times = [];
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const start = process.hrtime.bigint();
    tailor(model, { role, candidate, builtAt: '2026-01-01', prepVersion: 'bench' });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const perRole = [];
  for (const r of model.roles) {
    const start = process.hrtime.bigint();
    tailor(model, { role: r, candidate, builtAt: '2026-01-01', prepVersion: 'bench' });
    perRole.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return [
    `tailor netflix / ${role.title} + examples/candidate.md (${from}): median ${median(times).toFixed(2)} ms over ${runs} runs (first ${times[0].toFixed(2)} ms)`,
    `tailor netflix, all ${model.roles.length} roles with the candidate: ${perRole.reduce((a, b) => a + b, 0).toFixed(2)} ms`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await benchTailor()) console.log(line);
}
