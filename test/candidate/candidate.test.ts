import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadCandidate } from '../../src/candidate/load-candidate.js';
import { parseJsonResume } from '../../src/candidate/parse-json-resume.js';
import { parseMarkdownCandidate, splitSkills } from '../../src/candidate/parse-markdown.js';
import { ContentError, UsageError } from '../../src/errors.js';
import { MAX_DOCUMENT_BYTES } from '../../src/read/load.js';
import { fixtures, repoRoot } from '../helpers/cli.js';

const own = path.join(fixtures, 'candidates-tailor');
/** The 1-based line of the file where `text` is written. */
const lineOf = (file: string, text: string): number =>
  readFileSync(path.join(repoRoot, file), 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;

describe('markdown candidate', () => {
  it('reads front matter, sections and evidence with file:line', async () => {
    const c = await loadCandidate('examples/candidate.md', repoRoot);
    expect(c).toMatchObject({ name: 'Priya Raman', headline: expect.stringMatching(/^Machine learning engineer/), file: 'examples/candidate.md' });
    const spark = c.evidence.find((e) => e.text.startsWith('Wrote Spark jobs'));
    expect(spark).toMatchObject({ kind: 'experience', context: 'Machine Learning Engineer, Shoplane (2018–2021)' });
    expect(spark?.source).toEqual({ file: 'examples/candidate.md', line: lineOf('examples/candidate.md', 'Wrote Spark jobs') });
    const cpp = c.evidence.find((e) => e.text === 'C++');
    expect(cpp).toMatchObject({ kind: 'skill', source: { line: lineOf('examples/candidate.md', 'Languages: Python') } });
    const story = c.evidence.filter((e) => e.kind === 'story');
    expect(story.map((e) => e.context)).toContain('Rescuing a failing launch');
    expect(c.evidence.find((e) => e.text === 'PyTorch' && e.source.line <= 4)?.source.line).toBe(4);
  });

  it('never invents: no evidence text that is not in the file', async () => {
    const c = await loadCandidate('examples/candidate.md', repoRoot);
    const text = readFileSync(path.join(repoRoot, 'examples/candidate.md'), 'utf8').replace(/\*\*/g, '').replace(/\s+/g, ' ');
    for (const e of c.evidence) expect(text).toContain(e.text);
  });

  it('keeps lines right with CRLF and a BOM', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'prep-cand-'));
    writeFileSync(path.join(dir, 'me.md'), '\uFEFF---\r\nname: A\r\n---\r\n\r\n## Experience\r\n\r\n- Built Kafka pipelines\r\n');
    const c = await loadCandidate('me.md', dir);
    expect(c.name).toBe('A');
    expect(c.evidence).toEqual([{ text: 'Built Kafka pipelines', kind: 'experience', context: null, source: { file: 'me.md', line: 7 } }]);
  });

  it('reads tables: a row of evidence, or a skill per cell', async () => {
    const text = ['## Skills', '', '| Area | Tools |', '|---|---|', '| Data | SQL |', '', '## Projects', '', '| Project | Result |', '|---|---|', '| Churn model | cut churn 4% |', ''].join('\n');
    const c = await parseMarkdownCandidate(text, 't.md');
    expect(c.evidence).toEqual([
      { text: 'Data', kind: 'skill', context: null, source: { file: 't.md', line: 5 } },
      { text: 'SQL', kind: 'skill', context: null, source: { file: 't.md', line: 5 } },
      { text: 'Churn model, cut churn 4%', kind: 'project', context: null, source: { file: 't.md', line: 11 } },
    ]);
  });

  it("reads text as a profile's is read: an HTML comment is not evidence, a link keeps where it points", async () => {
    const text = ['## Skills', '', '- Python <!-- my strongest -->', '', '## Projects', '', '- Built [a ranking service](https://example.com/rank) for 10M users', ''].join('\n');
    const c = await parseMarkdownCandidate(text, 't.md');
    expect(c.evidence.map((e) => e.text)).toEqual(['Python', 'Built a ranking service (https://example.com/rank) for 10M users']);
  });

  it('reads a file whose sections are level-1 headings: the first is a section, not the name', async () => {
    const c = await parseMarkdownCandidate('# Skills\n\n- Python, Kotlin\n\n# Experience\n\n## Data Engineer, Acme\n\n- Built Airflow pipelines\n', 'me.md');
    expect(c.name).toBeNull();
    expect(c.evidence.filter((e) => e.kind === 'skill').map((e) => e.text)).toEqual(['Python', 'Kotlin']);
    expect(c.evidence.find((e) => e.text.startsWith('Built'))).toMatchObject({ kind: 'experience', context: 'Data Engineer, Acme' });
  });

  it('keeps the job as the context of evidence under a sub-heading of the job', async () => {
    const text = '## Experience\n\n### Data Engineer, Acme\n\n#### Highlights\n\n- Built Airflow pipelines\n\n### Analyst, Beta\n\n- Wrote SQL reports\n'
      + '\n## Education\n\n### MIT\n\n- BSc Computer Science\n';
    const c = await parseMarkdownCandidate(text, 'me.md');
    expect(c.evidence.map((e) => [e.text, e.context])).toEqual([
      ['Built Airflow pipelines', 'Data Engineer, Acme'],
      ['Wrote SQL reports', 'Analyst, Beta'],
      ['BSc Computer Science', 'MIT'],
    ]);
  });

  it('splits comma and labelled skill lists', () => {
    expect(splitSkills('Languages: Python, Go; SQL')).toEqual(['Python', 'Go', 'SQL']);
    expect(splitSkills('C++, C#, Node.js')).toEqual(['C++', 'C#', 'Node.js']);
  });

  it('never throws on arbitrary markdown, and every line is inside the file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('# A', '## Skills', '## Experience', '### Job', '- x, y', 'text', '', '1. z', '---', '**Task:** t'), { maxLength: 20 }), async (lines) => {
        const text = lines.join('\n');
        try {
          const c = await parseMarkdownCandidate(text, 'f.md');
          for (const e of c.evidence) expect(e.source.line).toBeLessThanOrEqual(lines.length + 1);
        } catch (error) {
          expect(error).toBeInstanceOf(ContentError);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('JSON Resume candidate', () => {
  it('reads basics, skills, work and projects with the line of each string', async () => {
    const file = 'test/fixtures/candidates-tailor/data-analyst.json';
    const c = await loadCandidate(file, repoRoot);
    expect(c).toMatchObject({ name: 'Tomás Ortega', headline: 'Analytics engineer' });
    const churn = c.evidence.find((e) => e.text.startsWith('Modelled engagement'));
    expect(churn).toMatchObject({ kind: 'experience', context: 'Analytics Engineer, Streamly' });
    expect(churn?.source.line).toBe(lineOf(file, 'Modelled engagement'));
    expect(c.evidence.find((e) => e.text === 'R')).toMatchObject({ kind: 'skill', source: { line: lineOf(file, '"R"') } });
  });

  it('cites the line of a string written with JSON escapes (\\u00e9, \\/, \\")', () => {
    const source = ['{', '  "skills": [{', '    "name": "Caf\\u00e9 ops",', '    "keywords": ["CI\\/CD", "\\"Quoted\\" tool"]', '  }],', '  "work": [{', '    "highlights": ["Ran the caf\\u00e9 POS"]', '  }]', '}'].join('\n');
    const lines = Object.fromEntries(parseJsonResume(source, 'me.json').evidence.map((e) => [e.text, e.source.line]));
    expect(lines).toEqual({ 'Café ops': 3, 'CI/CD': 4, '"Quoted" tool': 4, 'Ran the café POS': 7 });
  });
});

describe('bad candidate files', () => {
  it('calls a path that leads to no file a usage error (exit 2): the flag or config is wrong, not the candidate', async () => {
    const error = await loadCandidate(path.join(own, 'missing.md'), repoRoot).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toMatch(/cannot read candidate file .*missing\.md: no such file/);
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

describe('the fixtures teammate\'s candidates', () => {
  it('ml-engineer.md: skills from bullets, the "Also:" list and front matter; parentheses kept whole', async () => {
    const c = await loadCandidate('test/fixtures/candidates/ml-engineer.md', repoRoot);
    expect(c.name).toBe('Priya Raman');
    const skills = c.evidence.filter((e) => e.kind === 'skill').map((e) => e.text);
    expect(skills).toEqual(expect.arrayContaining(['Python (daily, eight years)', 'SQL', 'Spark', 'k8s', 'experimentation']));
    expect(c.evidence.filter((e) => e.kind === 'story').length).toBeGreaterThanOrEqual(3);
    const jobs = new Set(c.evidence.filter((e) => e.kind === 'experience').map((e) => e.context));
    expect(jobs.size).toBe(3);
  });

  it('backend-engineer.json: Go as a skill name, highlights with position and company', async () => {
    const file = 'test/fixtures/candidates/backend-engineer.json';
    const c = await loadCandidate(file, repoRoot);
    expect(c).toMatchObject({ name: 'Tomás Ferreira', headline: 'Backend Engineer' });
    const go = c.evidence.find((e) => e.text === 'Go');
    expect(go).toMatchObject({ kind: 'skill', source: { line: lineOf(file, '"Go"') } });
    for (const e of c.evidence) expect(readFileSync(path.join(repoRoot, file), 'utf8').split('\n')[e.source.line - 1]).toContain(JSON.stringify(e.text).slice(1, -1));
  });
});
