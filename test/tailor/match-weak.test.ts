import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../src/tailor/match/terms.js';
import { itMatches, itNeverMatches, matchOne as match } from './helpers.js';

describe('one shared ordinary word is not a match', () => {
  itNeverMatches([
    ['Public Speaking', 'Designed a public API for partner integrations'],
    ['Product Design', 'Made product videos for the launch'],
    ['Data Pipelines', 'Built data quality dashboards for finance'],
    ['Incident Management', 'Managed a team of five engineers'],
    ['Customer Empathy', 'Reduced customer churn by 4%'],
  ]);

  itMatches([
    // a shared technology or concept is enough
    ['Python scripting', 'Wrote Python services for billing'],
    ['Kubernetes operations', 'Ran k8s clusters in three regions'],
    // every word shared, in another form
    ['Public speaking', 'Gave public speaking workshops for new managers'],
    ['Stakeholder management', 'Managed stakeholders across five teams'],
    // two meaningful words of a longer requirement
    ['Build reliable data pipelines for analytics', 'Owned the data pipelines behind the revenue reports'],
  ]);
});

const conceptKeys = (text: string, asSkill = false) =>
  extractTerms(text, { asSkill }).filter((t) => t.kind === 'concept').map((t) => t.key);

describe('an abbreviation that is also an everyday word needs context', () => {
  it.each([
    'Please send your CV and a short cover letter',
    'Attach a CV to your application',
    'Rewrote my CV for career changers',
    'Reviewed 300 CVs for the graduate programme',
    'Updated CV template for the careers site',
    'Coached students on CV writing and interviews',
  ])('"CV" in %s is a document, not computer vision', (text) => {
    expect(conceptKeys(text)).not.toContain('computer vision');
  });

  it.each([
    ['ML/CV pipelines', false],
    ['Shipped CV models for video tagging', false],
    ['Computer Vision (CV)', false],
    ['CV', true],
    ['NLP, CV, speech', true],
  ] as const)('"CV" in %s is computer vision', (text, asSkill) => {
    expect(conceptKeys(text, asSkill)).toContain('computer vision');
  });

  it('a computer vision requirement is not matched by a CV-writing workshop', () => {
    expect(match('Computer Vision', 'Ran CV writing workshops for 200 students').matchedOn).toBe('none');
    expect(match('Computer vision', 'Sent my CV to 40 companies').matchedOn).toBe('none');
  });

  it('"ml" after a quantity is a unit', () => {
    expect(conceptKeys('Dosed 5 ml samples in the lab')).not.toContain('machine learning');
    expect(conceptKeys('Shipped ML ranking')).toContain('machine learning');
  });
});

describe('an abbreviation read in its everyday sense', () => {
  it('is an ordinary word: a CV-writing requirement is met by CV-writing evidence', () => {
    expect(extractTerms('Send your CV').find((t) => t.surface === 'cv')?.kind).toBe('word');
    expect(match('CV writing workshops', 'Ran CV writing workshops for 200 students', 'requirement').matchedOn).not.toBe('none');
  });
});

describe('everyday senses, whatever surrounds them', () => {
  it('"send your CV" is a document and "ML/CV" computer vision, in any sentence', () => {
    const prose = fc.array(fc.constantFrom('we', 'models', 'and', 'the', 'team', '2024', 'of', 'data', 'ML', 'vision', '—', ','), { maxLength: 6 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(prose, prose, (a, b) => {
        expect(extractTerms(`${a} please send your CV ${b}`).find((t) => t.surface === 'cv')?.kind).toBe('word');
        expect(extractTerms(`${a} ML/CV pipelines ${b}`).some((t) => t.key === 'computer vision')).toBe(true);
      }),
    );
  });
});
