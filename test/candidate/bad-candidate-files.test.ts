import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadCandidate } from '../../src/candidate/load-candidate.js';
import { parseJsonResume } from '../../src/candidate/parse-json-resume.js';
import { ContentError } from '../../src/errors.js';
import { MAX_DOCUMENT_BYTES } from '../../src/read/load.js';
import { fixtures, repoRoot } from '../helpers/cli.js';

const own = path.join(fixtures, 'candidates-tailor');

describe('bad candidate files', () => {
  // Issue 3: "A candidate file that cannot be read or parsed gets a clear error naming it (exit 1)."
  it.each([
    ['missing.md', /cannot read candidate file .*missing\.md: no such file/],
    ['.', /cannot read candidate file .*: it is a directory/],
  ])('calls %s, which cannot be read, a content error (exit 1) naming it', async (name, message) => {
    const error = await loadCandidate(path.join(own, name), repoRoot).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toMatch(message);
  });

  it.each([
    ['broken.json', /broken\.json:3: not valid JSON/],
    ['js-front-matter.md', /js-front-matter\.md:1: Unexpected JavaScript front matter/],
    ['bad-yaml.md', /bad-yaml\.md:\d+: Unexpected broken YAML front matter/],
  ])('%s → ContentError naming the file', async (name, message) => {
    const error = await loadCandidate(path.join(own, name), repoRoot).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toMatch(message);
    expect((error as ContentError).hint).toBeTruthy();
  });

  it.each(['[]', 'null', '"resume"', '42'])('refuses a JSON file whose top level is %s as not a JSON Resume', (json) => {
    expect(() => parseJsonResume(json, 'me.json')).toThrow(ContentError);
    expect(() => parseJsonResume(json, 'me.json')).toThrow(/me\.json: not a JSON Resume/);
  });

  it('reads any JSON as a candidate or refuses it with a ContentError, never anything else', () => {
    fc.assert(
      fc.property(fc.json(), (json) => {
        try {
          parseJsonResume(json, 'me.json');
        } catch (error) {
          expect(error).toBeInstanceOf(ContentError);
        }
      }),
    );
  });

  it('skips a malformed entry of a JSON Resume list, not the whole list', () => {
    const candidate = parseJsonResume('{"skills": [null, 1, {"name": "Python"}]}', 'me.json');
    expect(candidate.evidence.map((e) => e.text)).toEqual(['Python']);
  });

  it('refuses front matter in another language, naming the file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'prep-candidate-'));
    const file = path.join(dir, 'me.md');
    writeFileSync(file, '---constructor\nname: Sam\n---\n# Sam\n');
    const error = await loadCandidate(file, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toMatch(/me\.md:1: Unexpected front matter language `constructor`/);
  });

  it('keeps __proto__ in front matter from reaching any prototype', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'prep-candidate-'));
    const file = path.join(dir, 'me.md');
    writeFileSync(file, '---\n__proto__: {admin: true}\nname: Sam\nskills: [Python]\n---\n# Sam\n');
    const candidate = await loadCandidate(file, dir);
    expect(candidate.name).toBe('Sam');
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect((candidate as unknown as Record<string, unknown>).admin).toBeUndefined();
  });

  it('refuses a file over the profile documents\' size limit, and reads one at it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'prep-cand-'));
    writeFileSync(path.join(dir, 'big.md'), `# Sam\n${'x'.repeat(MAX_DOCUMENT_BYTES - 7)}\n`);
    writeFileSync(path.join(dir, 'huge.md'), `# Sam\n${'x'.repeat(MAX_DOCUMENT_BYTES - 6)}\n`);
    await expect(loadCandidate('big.md', dir)).resolves.toMatchObject({ name: 'Sam', file: 'big.md' });
    await expect(loadCandidate('huge.md', dir)).rejects.toThrow(/^huge\.md: the candidate file is \d+ KB, over the 2 MB limit/);
  });

  it('cites the file relative to the working directory inside it, absolute outside it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'prep-cand-'));
    writeFileSync(path.join(dir, 'me.md'), '# Sam\n\n## Skills\n\n- Python\n');
    expect((await loadCandidate('me.md', dir)).file).toBe('me.md');
    expect((await loadCandidate(path.join(dir, 'me.md'), repoRoot)).file).toBe(path.join(dir, 'me.md'));
  });

  it('refuses a file that is not text', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'prep-cand-'));
    writeFileSync(path.join(dir, 'x.md'), Buffer.from([0x23, 0x00, 0xff]));
    await expect(loadCandidate('x.md', dir)).rejects.toThrow(/x\.md: the candidate file is not UTF-8 text/);
  });
});
