// Synthetic companies for the benchmark: copies of profiles/netflix under
// other names, the company name, id and ticker replaced consistently.
import { mkdir, readdir, readFile, writeFile, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = path.join(repoRoot, 'profiles/netflix');
const SOURCE_NAME = 'Netflix';
const SOURCE_TICKER = 'NFLX';

const ONSETS = ['b', 'c', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u'];

/** A pronounceable, unique name for company `i` ("Bakodi", …), deterministic. */
export function syntheticName(i) {
  // A permutation of 0…75³−1 (7919 is prime to 3 and 5), so neighbours look unalike.
  let n = (i * 7919 + 12345) % 421875;
  let name = '';
  for (let k = 0; k < 3 || n > 0; k++) {
    name += ONSETS[n % ONSETS.length] + VOWELS[Math.floor(n / ONSETS.length) % VOWELS.length];
    n = Math.floor(n / (ONSETS.length * VOWELS.length));
  }
  return name[0].toUpperCase() + name.slice(1);
}

function rename(text, name) {
  const ticker = name.toUpperCase().replace(/[AEIOU]/g, '').padEnd(4, 'X').slice(0, 4);
  return text
    .replaceAll(SOURCE_NAME.toUpperCase(), name.toUpperCase())
    .replaceAll(SOURCE_NAME, name)
    .replaceAll(SOURCE_NAME.toLowerCase(), name.toLowerCase())
    .replaceAll(SOURCE_TICKER, ticker);
}

/** Writes `count` companies into a new temporary profiles directory and returns it. */
export async function synthesize(count, into) {
  const root = into ?? (await mkdtemp(path.join(os.tmpdir(), 'prep-bench-')));
  const profiles = path.join(root, 'profiles');
  const files = await Promise.all(
    (await readdir(SOURCE)).sort().map(async (file) => [file, await readFile(path.join(SOURCE, file), 'utf8')]),
  );
  for (let i = 0; i < count; i++) {
    const name = syntheticName(i);
    const dir = path.join(profiles, name.toLowerCase());
    await mkdir(dir, { recursive: true });
    await Promise.all(files.map(([file, text]) => writeFile(path.join(dir, file), rename(text, name))));
  }
  return { root, profiles };
}

// `node bench/synth.js 5 /tmp/x` writes five companies there.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { profiles } = await synthesize(Number(process.argv[2] ?? 10), process.argv[3]);
  console.log(profiles);
}
