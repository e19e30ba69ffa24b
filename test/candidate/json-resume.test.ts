import { describe, expect, it } from 'vitest';
import { loadCandidate } from '../../src/candidate/load-candidate.js';
import { parseJsonResume } from '../../src/candidate/parse-json-resume.js';
import { repoRoot } from '../helpers/cli.js';
import { lineOf } from './line-of.js';

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
