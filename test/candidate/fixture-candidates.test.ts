import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCandidate } from '../../src/candidate/load-candidate.js';
import { repoRoot } from '../helpers/cli.js';
import { lineOf } from './line-of.js';

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
