import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtures, prep } from '../helpers/cli.js';

// A résumé saved by an old Word (é as 0xE9, ’ as 0x92, – as 0x96) and its UTF-8 twin, each in a folder of its own.
const root = mkdtempSync(path.join(tmpdir(), 'prep-cand-cp1252-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const RESUME = '# Renée Dubois\n\nMachine learning engineer – clinical models\n\n## Skills\n\n- Python, PyTorch, SQL\n\n## Experience\n\n### ML Engineer, Acme Health\n\n- Built the team’s readmission model in Python\n';
const BYTES: Readonly<Record<string, number>> = { 'é': 0xe9, '’': 0x92, '–': 0x96 };
const legacyDir = path.join(root, 'legacy');
const utf8Dir = path.join(root, 'utf8');
for (const dir of [legacyDir, utf8Dir]) mkdirSync(dir);
writeFileSync(path.join(legacyDir, 'cp1252.md'), Buffer.from([...RESUME].map((char) => BYTES[char] ?? char.charCodeAt(0))));
writeFileSync(path.join(utf8Dir, 'cp1252.md'), RESUME);
const profiles = path.join(fixtures, 'profiles');
const env = { SOURCE_DATE_EPOCH: '1767225600' };
const build = (cwd: string) => prep(['--profiles', profiles, 'build', 'carebridge', '--role', 'machine learning engineer', '--candidate', 'cp1252.md', '--json'], { cwd, env });
const WARNING = 'warning cp1252.md: Unexpected Windows-1252 text, expected UTF-8; read it as Windows-1252 (£, é, curly quotes), save it as UTF-8 to be sure';

describe('prep build --candidate with a Windows-1252 file', () => {
  it('builds the packet its UTF-8 twin builds, and says once which file to save as UTF-8', async () => {
    const [legacy, utf8] = await Promise.all([build(legacyDir), build(utf8Dir)]);
    expect([legacy.code, utf8.code]).toEqual([0, 0]);
    expect(legacy.stdout).toBe(utf8.stdout);
    const packet = JSON.parse(legacy.stdout) as { candidate: { name: string } };
    expect(packet.candidate.name).toBe('Renée Dubois');
    expect(legacy.stdout).not.toMatch(/\uFFFD|Ã©|â€/);
    const lines = legacy.stderr.trimEnd().split('\n');
    expect(lines.filter((line) => line.includes('Windows-1252'))).toEqual([WARNING]);
    // Nothing else differs: the UTF-8 file is read without a word about it.
    expect(lines.filter((line) => line !== WARNING)).toEqual(utf8.stderr.trimEnd().split('\n'));
    expect(utf8.stderr).not.toMatch(/Windows-1252/);
  });

  it('build --all says it once, before the batch, not once a packet', async () => {
    const batch = path.join(root, 'batch');
    cpSync(path.join(profiles, 'carebridge'), path.join(batch, 'profiles', 'carebridge'), { recursive: true });
    writeFileSync(path.join(batch, 'cp1252.md'), Buffer.from([...RESUME].map((char) => BYTES[char] ?? char.charCodeAt(0))));
    const r = await prep(['build', '--all', '--format', 'md', '--candidate', 'cp1252.md'], { cwd: batch, env });
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n').filter((line) => line.includes('Windows-1252'))).toEqual([WARNING]);
    expect(r.stderr).toMatch(/built [2-9]\d*, /);
  });
});

describe('prep build --all --candidate with a file that holds no evidence', () => {
  it('says so once, before the batch, as a single build does', async () => {
    const batch = path.join(root, 'empty-evidence');
    cpSync(path.join(profiles, 'carebridge'), path.join(batch, 'profiles', 'carebridge'), { recursive: true });
    writeFileSync(path.join(batch, 'me.md'), '# Just a title\n');
    const r = await prep(['build', '--all', '--format', 'md', '--candidate', 'me.md'], { cwd: batch, env });
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n').filter((line) => line.includes('has no evidence'))).toEqual([
      'warning me.md has no evidence prep can read; expected sections such as Skills, Experience or Projects (see examples/candidate.md)',
    ]);
  });
});
