import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Evidence } from '../../src/candidate/types.js';
import { matchRequirement, prepareEvidence } from '../../src/tailor/match/match-requirement.js';
import { dropNearDuplicates } from '../../src/tailor/match/similarity.js';
import { extractTerms } from '../../src/tailor/match/terms.js';
import { normalizeTokens } from '../../src/tailor/match/tokenize.js';
import type { RequirementKind } from '../../src/tailor/requirement.js';
import { evidenceOf as ev, itNeverMatches, matchOne, requirementOf as req } from './helpers.js';

const match = (requirement: string, evidence: string, opts: { reqKind?: RequirementKind; evKind?: Evidence['kind'] } = {}) =>
  matchOne(requirement, evidence, opts.reqKind, opts.evKind);

describe('normalizeTokens', () => {
  it.each([
    ['C++ and C# on Node.js', 'c++ and c# on node.js'],
    ['CI/CD, A/B testing!', 'ci/cd a/b testing'],
    ['ML/CV pipelines', 'ml cv pipelines'],
    ['Object-Oriented (OO) programming', 'object oriented oo programming'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeTokens(input)).toBe(expected);
  });
});

describe('matchRequirement', () => {
  it.each([
    // requirement, evidence, matchedOn
    ['Python', 'Built data pipelines in Python', 'exact'],
    ['ML Fundamentals', 'Trained machine learning models for fraud', 'alias'],
    ['Machine Learning', 'Shipped ML ranking to production', 'alias'],
    ['A/B Testing', 'Ran experimentation programs for the checkout', 'alias'],
    ['A/B Testing', 'Designed A/B tests for onboarding', 'alias'],
    ['Kubernetes', 'Operated k8s clusters across three regions', 'alias'],
    ['GCP', 'Migrated services to Google Cloud', 'alias'],
    ['JavaScript', 'Rewrote the widget in JS', 'alias'],
    ['TypeScript', 'Moved the codebase to TS', 'alias'],
    ['PostgreSQL', 'Tuned Postgres queries', 'alias'],
    ['NLP', 'Built natural language processing pipelines', 'alias'],
    ['Computer Vision', 'Shipped CV models for video', 'alias'],
    ['CI/CD', 'Set up continuous delivery for 40 services', 'alias'],
    ['C++', 'Wrote a renderer in C++', 'exact'],
    ['Distributed Systems', 'Designed a distributed system for payouts', 'stem'],
    ['Product Metrics', 'Defined the product metric for activation', 'stem'],
    ['Statistics', 'Applied statistical tests to experiments', 'stem'],
  ] as const)('%s ← %s: %s', (requirement, evidence, kind) => {
    const result = match(requirement, evidence);
    expect(result.matchedOn).toBe(kind);
    expect(result.evidence?.source).toEqual({ file: 'me.md', line: 1 });
  });

  itNeverMatches([
    ['Java', 'Built the front end in JavaScript'],
    ['JavaScript', 'Ten years of Java services'],
    ['C', 'Wrote C++ and C# services'],
    ['C++', 'Wrote C services'],
    ['Kotlin', 'Python, PyTorch, Spark, SQL'],
    ['React', 'Reacting quickly to incidents'],
    ['Go', 'Helped the team go to market in Brazil'],
    // A technology named by an ordinary word is that word where written in lower case in prose.
    ['Excel', 'I excel at explaining hard ideas to new people'],
    ['Spark', 'Helped spark a culture of testing'],
    ['Swift', 'Known for swift incident response'],
    ['React', 'We react to incidents within minutes'],
    ['Node.js', 'Each node in the graph is a user'],
    ['Angular', 'Taught angular momentum to 600 students'],
    ['Shell scripting', 'Stopped a shell company fraud ring'],
  ]);

  // A short name joined to a word by a hyphen or '&' is part of that word: "Go-to-market", "R&D", "C-suite".
  itNeverMatches([
    ['Go', 'Go-to-market strategy'],
    ['R', 'R&D'],
    ['C', 'C-suite stakeholder management'],
    ['Node.js', 'Distributed training on multi-node GPU clusters'],
  ], 'skill');

  it.each<[string, string, Evidence['kind']]>([
    ['Excel', 'Built a grade tracker in Excel', 'experience'],
    ['Spark', 'Spark jobs over 3 TB of events a day', 'experience'],
    ['Excel', 'excel', 'skill'],
    ['Go', 'C/C++, Go, R', 'skill'],
    ['R', 'R (tidyverse)', 'skill'],
  ])('%s still matches %s', (requirement, evidence, evKind) => {
    expect(match(requirement, evidence, { evKind }).matchedOn).not.toBe('none');
  });

  it('trusts "Go" only where it is written as a skill', () => {
    expect(match('Go', 'Go', { evKind: 'skill' }).matchedOn).toBe('exact');
    expect(match('Go', 'Golang', { evKind: 'skill' }).matchedOn).toBe('alias');
    expect(match('Go', 'We go fast', { evKind: 'experience' }).matchedOn).toBe('none');
    // A requirement written in prose does not ask for Go just by saying "go".
    expect(match('Go deep on ranking problems', 'Go', { reqKind: 'responsibility', evKind: 'skill' }).matchedTerms).not.toContain('go');
  });

  it('reads shouted words as words and short capitals as acronyms', () => {
    expect(match('Platform engineering', 'Led PLATFORM ENGINEERING for the studio').matchedOn).not.toBe('none');
    expect(extractTerms('AWS and GCP').map((t) => t.kind)).toEqual(['concept', 'concept']);
    expect(extractTerms('Tuned SQL').map((t) => t.kind)).toEqual(['word', 'technology']);
  });

  it('matches plural and stem forms of ordinary words', () => {
    expect(match('Recommendation systems', 'Built recommender systems for 20M users').matchedOn).toBe('alias');
    expect(match('Operational planning', 'Planned operations for launches').matchedOn).toBe('stem');
    expect(match('APIs', 'Designed a public API').matchedOn).not.toBe('none');
  });

  it('scores full matches above partial ones, and exact above alias above stem', () => {
    const scores = [
      match('Machine learning', 'machine learning').score,
      match('Machine learning', 'ML').score,
      match('Product metrics', 'product metric').score,
      match('Design ML systems for media processing', 'Built ML systems for ads').score,
    ];
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(scores[3]).toBeGreaterThan(0);
  });

  it('needs more than one shared ordinary word for a partial match', () => {
    expect(match('Support product and strategy decisions', 'Made product videos').matchedOn).toBe('none');
  });

  it('prefers evidence of doing over a skills-list entry, then the earlier line', () => {
    const items = prepareEvidence([ev('Python', 'skill', 3), ev('Wrote Python services', 'experience', 9), ev('Python tooling', 'project', 5)]);
    expect(matchRequirement(req('Python'), items).evidence?.source.line).toBe(9);
    const same = prepareEvidence([ev('Python', 'experience', 7), ev('Python', 'experience', 2)]);
    expect(matchRequirement(req('Python'), same).evidence?.source.line).toBe(2);
  });

  it('never throws and stays in 0..1 on any text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const r = match(a, b);
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(1);
        expect(extractTerms(a).every((t) => t.key.length > 0)).toBe(true);
      }),
    );
  });
});

describe('dropNearDuplicates', () => {
  it('keeps the first of near-identical questions', () => {
    const kept = dropNearDuplicates(
      ['How do you design ML infrastructure?', 'How would you design ML infrastructure?', 'Why Netflix?'],
      (s) => s,
    );
    expect(kept).toEqual(['How do you design ML infrastructure?', 'Why Netflix?']);
  });
});
