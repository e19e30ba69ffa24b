import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, prep } from '../helpers/cli.js';
import { useTempDirs } from './temp-dir.js';

const tempDir = useTempDirs();
const env = { SOURCE_DATE_EPOCH: '1700000000' };

/** A working directory with one company whose strategy page asks for md + html on Letter, and a config asking for json on A4. */
async function workspace(): Promise<string> {
  const cwd = await tempDir();
  await cp(path.join(fixtures, 'profiles/haulwise'), path.join(cwd, 'profiles/haulwise'), { recursive: true });
  const page = path.join(cwd, 'profiles/haulwise/strategy.txt');
  await writeFile(page, `---\nformats: [md, html]\npaper: Letter\n---\n${await readFile(page, 'utf8')}`);
  await writeFile(path.join(cwd, 'prep.config.yaml'), 'formats: [json]\npaper: a4\n');
  return cwd;
}

/** The kinds of packet in the out dir (the batch's manifest is a dotfile). */
const extensions = async (dir: string) => [...new Set((await readdir(dir)).filter((f) => !f.startsWith('.')).map((f) => path.extname(f)))].sort();

describe('build options: defaults < config < front matter < flags (CLI)', () => {
  it('build --all: the front matter beats the config file', async () => {
    const cwd = await workspace();
    const result = await prep(['build', '--all', '--out', 'out'], { cwd, env });
    expect(result.code).toBe(0);
    expect(await extensions(path.join(cwd, 'out'))).toEqual(['.html', '.md']);
    const html = (await readdir(path.join(cwd, 'out'))).find((f) => f.endsWith('.html'))!;
    expect(await readFile(path.join(cwd, 'out', html), 'utf8')).toContain('size: letter');
  });

  it('build --all: a flag beats the front matter', async () => {
    const cwd = await workspace();
    const result = await prep(['build', '--all', '--out', 'out', '--format', 'json'], { cwd, env });
    expect(result.code).toBe(0);
    expect(await extensions(path.join(cwd, 'out'))).toEqual(['.json']);
  });

  it('a single build honours the front matter too, and -o still writes one file', async () => {
    const cwd = await workspace();
    const built = await prep(['build', 'haulwise', '--role', 'data-scientist', '--out', 'out'], { cwd, env });
    expect(built.code).toBe(0);
    expect(built.stdout.trim().split('\n').sort()).toEqual(['out/haulwise-data-scientist.html', 'out/haulwise-data-scientist.md']);
    const piped = await prep(['build', 'haulwise', '--role', 'data-scientist', '-o', '-'], { cwd, env });
    expect(piped.stdout).toMatch(/^# /);
  });
});
