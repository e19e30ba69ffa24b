import { runs } from '../helpers/runs.js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadCandidate } from '../../src/candidate/load-candidate.js';
import { parseMarkdownCandidate, splitSkills } from '../../src/candidate/parse-markdown.js';
import { ContentError } from '../../src/errors.js';
import { repoRoot } from '../helpers/cli.js';
import { lineOf } from './line-of.js';

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
      { numRuns: runs(60) },
    );
  });
});
