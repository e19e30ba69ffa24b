import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withSpecialty } from '../../src/roles/specialty.js';

describe('withSpecialty', () => {
  it.each([
    ['Data Engineer, Network Analytics', 'Data Engineer', 'Data Engineer, Network Analytics'],
    ['Role brief – Senior Analyst – Risk', 'Senior Analyst', 'Senior Analyst – Risk'],
    ['Senior Product Manager, Payments', 'Senior Product Manager', 'Senior Product Manager, Payments'],
    ['Research & Development Engineer - R&D', 'Development Engineer', 'Development Engineer'],
  ])('%j names %j with its specialty', (text, title, expected) => {
    expect(withSpecialty(text, title, 'acme')).toBe(expected);
  });

  it.each([
    ['Robotics Software Engineer, Autonomy Team', 'Robotics Software Engineer'],
    ['Data Scientist — Acme Biologics', 'Data Scientist'],
    ['Softwareentwickler (m/w/d)', 'Softwareentwickler'],
    ['Data Engineer, Remote', 'Data Engineer'],
    ['Senior Data Engineer (Routing)', 'Senior Data Engineer'],
    ['Data Engineer, building pipelines for the lab', 'Data Engineer'],
    ['Data Engineer, Platform, Search and Ranking Team', 'Data Engineer'],
  ])('%j has no specialty after %j: a team, the company, an employment note or a sentence', (text, title) => {
    expect(withSpecialty(text, title, 'acme')).toBe(title);
  });

  it('only ever adds to the title, and never throws', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), fc.string({ minLength: 1, maxLength: 40 }), (rest, title) => {
      expect(withSpecialty(`${title}${rest}`, title, 'acme').startsWith(title)).toBe(true);
    }));
  });
});
