import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCardLine, splitWorkplace } from '../../src/roles/workplace.js';

describe('splitWorkplace', () => {
  it.each([
    ['Data Engineer — Remote (EU)', 'Data Engineer', 'Remote (EU)'],
    ['Senior Analytics Engineer — Lisbon or Remote', 'Senior Analytics Engineer', 'Lisbon or Remote'],
    ['Platform Engineer (Hybrid, Berlin)', 'Platform Engineer', 'Hybrid, Berlin'],
    ['Support Lead | On-site', 'Support Lead', 'On-site'],
    ['Senior Frontend Engineer — Reader App', 'Senior Frontend Engineer — Reader App', undefined],
    ['Data Engineer (SCADA)', 'Data Engineer (SCADA)', undefined],
    ['Remote', 'Remote', undefined],
    ['Embedded Software Engineer (m/w/d)', 'Embedded Software Engineer', undefined],
    ['Test Automation Engineer (w/m/d) — Hybrid', 'Test Automation Engineer', 'Hybrid'],
    ['Ingénieur Data (H/F)', 'Ingénieur Data', undefined],
    ['Data Analyst (all genders)', 'Data Analyst', undefined],
  ])('%s', (text, title, workplace) => {
    expect(splitWorkplace(text)).toEqual(workplace ? { title, workplace } : { title });
  });

  it('on any text: the title is a non-empty start of it, and title and workplace are all of it', () => {
    const part = fc.constantFrom('Data Engineer', ' — ', ' - ', ' | ', ', ', 'Remote', '(EU)', '(', ')', 'Hybrid', 'Lisbon', '');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 8 }).map((parts) => parts.join('')), (text) => {
        const { title, workplace } = splitWorkplace(text);
        if (workplace === undefined) return void expect(title).toBe(text);
        expect(title.length).toBeGreaterThan(0);
        expect(text.trimStart().startsWith(title)).toBe(true);
        expect(text).toContain(workplace);
      }),
    );
  });

  it('tells a job card\'s place line from a job', () => {
    expect(isCardLine('Chemnitz, Sachsen, Germany · Hybrid')).toBe(true);
    expect(isCardLine('Leeds or Remote (UK)')).toBe(true);
    expect(isCardLine('Test Automation Engineer')).toBe(false);
    expect(isCardLine('Pumpenfabrik Ostwald AG')).toBe(false);
  });
});

describe('splitWorkplace on a long line', () => {
  // Its patterns tried every space of a 40 000-space run (5 s each for the gender mark and the trailing place).
  it('leaves a line far too long for a title as it is, in one pass', () => {
    for (const line of [`Engineer${' '.repeat(40_000)}x`, `${'Engineer - '.repeat(10_000)}|`]) expect(splitWorkplace(line)).toEqual({ title: line });
  });
});
