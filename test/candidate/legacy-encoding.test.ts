import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidateWarnings, loadCandidate } from '../../src/candidate/load-candidate.js';

// The letters and marks an old Word writes above ASCII, with their Windows-1252 bytes.
const WINDOWS_1252: Readonly<Record<string, number>> = { 'é': 0xe9, 'è': 0xe8, 'ü': 0xfc, 'ñ': 0xf1, 'ç': 0xe7, '£': 0xa3, '€': 0x80, '’': 0x92, '‘': 0x91, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
const toWindows1252 = (text: string): Buffer => Buffer.from([...text].map((char) => WINDOWS_1252[char] ?? char.charCodeAt(0)));

const dir = mkdtempSync(path.join(tmpdir(), 'prep-cand-1252-'));
let runs = 0;
/** The file `name` in a folder of its own, read from there, so twins cite the same path. */
async function loadBytes(bytes: Buffer, name = 'me.md') {
  const folder = path.join(dir, String((runs += 1)));
  mkdirSync(folder);
  writeFileSync(path.join(folder, name), bytes);
  return loadCandidate(name, folder);
}

describe('a candidate file in Windows-1252', () => {
  it('reads as its UTF-8 twin does, and says what happened and what to do', async () => {
    const text = '# Renée Dubois\n\nData engineer – pipelines\n\n## Skills\n\n- Python, SQL\n\n## Experience\n\n### Data Engineer, Acme\n\n- Built the team’s streaming pipeline for £2m\n';
    const legacy = await loadBytes(toWindows1252(text), 'cp1252.md');
    const utf8 = await loadBytes(Buffer.from(text, 'utf8'), 'cp1252.md');
    expect(legacy.name).toBe('Renée Dubois');
    const { encoding: _encoding, ...read } = legacy;
    expect(read).toEqual(utf8);
    expect(legacy.encoding).toBe('windows-1252');
    expect(candidateWarnings(legacy)).toEqual(['cp1252.md: Unexpected Windows-1252 text, expected UTF-8; read it as Windows-1252 (£, é, curly quotes), save it as UTF-8 to be sure']);
    expect(utf8.encoding).toBeUndefined();
    expect(candidateWarnings(utf8)).toEqual([]);
  });

  it('reads any résumé of such words as its UTF-8 twin, and flags the Windows-1252 one only', async () => {
    // A mark between ASCII letters, as prose has them: two marks side by side could spell a UTF-8 sequence.
    const word = fc.tuple(fc.stringMatching(/^[A-Za-z]{2,6}$/), fc.constantFrom(...Object.keys(WINDOWS_1252)), fc.stringMatching(/^[a-z]{2,6}$/)).map((parts) => parts.join(''));
    const plain = fc.stringMatching(/^[A-Za-z]{3,8}$/);
    const skill = fc.tuple(word, plain, plain, plain).map((words) => words.join(' '));
    await fc.assert(fc.asyncProperty(fc.array(skill, { minLength: 1, maxLength: 5 }), async (skills) => {
      const text = `# Sam\n\n## Skills\n\n${skills.map((s) => `- ${s}`).join('\n')}\n`;
      const [legacy, utf8] = [await loadBytes(toWindows1252(text)), await loadBytes(Buffer.from(text, 'utf8'))];
      expect(legacy.evidence.map((e) => e.text)).toEqual(utf8.evidence.map((e) => e.text));
      expect(legacy.evidence.map((e) => e.text)).toEqual(skills);
      expect([legacy.encoding, utf8.encoding]).toEqual(['windows-1252', undefined]);
    }));
  });
});
