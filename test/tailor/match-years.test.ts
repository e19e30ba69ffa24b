import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchRequirement, prepareEvidence } from '../../src/tailor/match/match-requirement.js';
import { statedYears } from '../../src/tailor/match/years.js';
import { evidenceOf as ev, requirementOf as req } from './helpers.js';

describe('statedYears', () => {
  it.each([
    ['5+ years of Python', 5, true],
    ['At least 3 years of experience with Kubernetes', 3, true],
    ['Five or more years running production systems', 5, true],
    ['Seven years managing technical programs', 7, false],
    ['3-5 years of SQL', 3, false],
    ['Wrote Python scripts for two years', 2, false],
    ['18 months of Go', 1.5, false],
    ['over a decade of Java', 10, true],
    ['10+ yrs of C++', 10, true],
  ] as const)('%s → %d', (text, years, orMore) => {
    expect(statedYears(text)).toEqual({ years, orMore });
  });

  it.each([
    'Python (2021–2023)', 'Joined 2 years ago', 'Release every 2 years', 'Loaded 2 billion events a day',
    '3 years of Python and 1 year of Go', 'Built a 3-year roadmap', 'Python',
    // How long one piece of work took.
    'Migrated the billing service to Python in 3 months', 'Shipped the app within a year', 'Cut close time to under 2 months',
  ])('%s states no one length', (text) => {
    expect(statedYears(text)).toBeNull();
  });

  it('reads the number back from any "<n> years of <word>" phrase, and never throws on any text', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 40 }), fc.constantFrom('Python', 'sales', 'teaching'), (n, what) => {
      expect(statedYears(`${n} years of ${what}`)?.years).toBe(n);
    }));
    fc.assert(fc.property(fc.string(), (text) => {
      const found = statedYears(text);
      expect(found === null || found.years > 0).toBe(true);
    }));
  });
});

describe('statedYears reads only lengths of experience', () => {
  it.each([
    'Willing to travel to our Lisbon office twice a year', 'Present the roadmap once a year in the board meeting', 'Three times a year with the sales team',
    'A salary of $90k a year', 'Lead a year-long migration', 'Run the review every year', 'Plan this year and next', 'Mentor students who are 16 years old',
    'In the first 2 years you will rotate teams', 'In the first 2 years of the role you will rotate teams', 'Over the next 3 years of growth', 'Two conferences a year in Europe',
  ])('%s states none', (text) => {
    expect(statedYears(text)).toBeNull();
  });

  it.each([
    ['2 years in payments', 2, false],
    ["At least 5 years' experience in retail", 5, true],
    ['5 years relevant industry experience', 5, false],
    ['Python (4 years)', 4, false],
    ['Go, 2 yrs', 2, false],
    ['Over the past 6 years I led data teams', 6, false],
    ['A year of Rust at a startup', 1, false],
    ['At least a year of on-call', 1, true],
    ['5+ years of Go; travel twice a year', 5, true],
  ] as const)('%s → %d', (text, years, orMore) => {
    expect(statedYears(text)).toEqual({ years, orMore });
  });

  it('never reads a rhythm or a price as years, wherever it stands in a requirement, and keeps the length beside it', () => {
    const rhythm = fc.constantFrom('once a year', 'twice a year', 'three times a year', '$90k a year', 'a year-long', 'per year', 'every year', 'this year', 'years ago');
    const words = fc.array(fc.constantFrom('travel', 'to', 'in', 'the', 'office', 'with', 'team', 'Lisbon', 'and', ','), { maxLength: 5 }).map((w) => w.join(' '));
    fc.assert(fc.property(words, rhythm, words, fc.integer({ min: 1, max: 15 }), (head, span, tail, n) => {
      expect(statedYears(`${head} ${span} ${tail}`.trim())).toBeNull();
      expect(statedYears(`${n}+ years of Go; ${head} ${span} ${tail}`)).toEqual({ years: n, orMore: true });
    }));
  });
});

describe('years in the match', () => {
  const python = req('5+ years of Python', 'requirement');

  it('a line stating fewer years than asked is a match scaled by the share of years it states', () => {
    const m = matchRequirement(python, prepareEvidence([ev('Wrote Python scripts for two years')]));
    expect(m.matchedOn).toBe('exact');
    expect(m.years).toMatchObject({ asked: { years: 5 }, shown: 2 });
    expect(m.score).toBeCloseTo(0.4);
    expect(m.complete).toBe(false);
  });

  it('enough years, or none stated, leave the match whole', () => {
    expect(matchRequirement(python, prepareEvidence([ev('Six years of Python at two banks')])).score).toBe(1);
    const none = matchRequirement(python, prepareEvidence([ev('Built pipelines in Python')]));
    expect(none).toMatchObject({ score: 1, years: null, complete: true });
  });

  it('a bare skills-list entry does not stand for more years than the candidate stated elsewhere', () => {
    const m = matchRequirement(python, prepareEvidence([ev('Python', 'skill', 2), ev('Python for 2 years at a bank', 'experience', 9)]));
    expect(m.score).toBeLessThan(1);
    expect(m.years?.shown).toBe(2);
  });

  it('the score is the share of the asked years the line states, whole at or above them', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 15 }), fc.integer({ min: 1, max: 15 }), (asked, shown) => {
      const m = matchRequirement(req(`${asked}+ years of Python`, 'requirement'), prepareEvidence([ev(`Shipped Python services for ${shown} years`)]));
      expect(m.score).toBeCloseTo(Math.min(1, shown / asked), 3);
      expect(m.complete).toBe(shown >= asked);
    }));
  });

  it('years a line states about something the requirement does not ask are not counted', () => {
    const m = matchRequirement(python, prepareEvidence([ev('Python'), ev('Two years as a barista', 'experience', 3)]));
    expect(m).toMatchObject({ score: 1, years: null });
  });
});
