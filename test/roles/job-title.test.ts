import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jobTitleIn, namesAJob } from '../../src/roles/role-nouns.js';

describe('jobTitleIn', () => {
  it.each([
    ['Robotics Software Engineer, Autonomy Team', 'Robotics Software Engineer'],
    ['Product Designer prep', 'Product Designer'],
    ['DATA ENGINEER (SCADA) — ACME ENERGY', 'Data Engineer'],
    ['OPEN ROLE: SUPPLY CHAIN ANALYST', 'Supply Chain Analyst'],
    ['Notes on the Senior ML Engineer loop', 'Senior ML Engineer'],
    ['Acme Robotics — Interview Prep', undefined],
    ['We need an engineer', undefined],
    ['Notes on the iOS Engineer loop', 'iOS Engineer'],
    ['Pricing Actuary – job description', 'Pricing Actuary'],
  ])('%s → %s', (text, title) => {
    expect(jobTitleIn(text)).toBe(title);
  });

  it('on any text, gives a run of words of that text ending in a job noun, or nothing', () => {
    const word = fc.constantFrom('Data', 'ENGINEER', 'engineer', 'Senior', 'prep', '—', '&', 'Analyst', 'of', 'ML', '(X)', 'Ünïcode', ':');
    fc.assert(
      fc.property(fc.array(fc.oneof(word, fc.string({ maxLength: 8 })), { maxLength: 12 }), (words) => {
        const text = words.join(' ');
        const title = jobTitleIn(text);
        if (title === undefined) return;
        expect(namesAJob(title)).toBe(true);
        expect(text.toLowerCase()).toContain(title.toLowerCase());
      }),
    );
  });
});
