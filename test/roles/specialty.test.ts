import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withSpecialty } from '../../src/roles/specialty.js';
import { UNIT_WORDS } from '../../src/roles/team-units.js';

describe('withSpecialty', () => {
  it.each([
    ['Data Engineer, Network Analytics', 'Data Engineer', 'Data Engineer, Network Analytics'],
    ['Role brief – Senior Analyst – Risk', 'Senior Analyst', 'Senior Analyst – Risk'],
    ['Senior Product Manager, Payments', 'Senior Product Manager', 'Senior Product Manager, Payments'],
    ['Research & Development Engineer - R&D', 'Development Engineer', 'Development Engineer'],
    // A unit word that does not end the words names no unit: the specialty is the work.
    ['Financial Accountant, Group Reporting', 'Financial Accountant', 'Financial Accountant, Group Reporting'],
    ['Research Scientist – Lab Automation', 'Research Scientist', 'Research Scientist – Lab Automation'],
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
    ['Game Designer – Northern Studio', 'Game Designer'],
    ['Backend Engineer, Payments Pod', 'Backend Engineer'],
    ['Analyst, Risk Function', 'Analyst'],
  ])('%j has no specialty after %j: a team, the company, an employment note or a sentence', (text, title) => {
    expect(withSpecialty(text, title, 'acme')).toBe(title);
  });

  it.each([
    ['Location: London'], ['Join our team in London.'], ['Based in London, UK.'], ['📍 London · Hybrid'], ['Offices: London and Leeds'],
  ])('takes no city for a specialty when the document speaks of it as a place (%j)', (line) => {
    expect(withSpecialty('Backend Engineer, London', 'Backend Engineer', 'acme', `# Backend Engineer, London\n\n${line}\n`)).toBe('Backend Engineer');
  });

  it('keeps a specialty the document names otherwise, even where it also names a city', () => {
    const document = '# Product Manager, Payments\n\nLocation: Lisbon\n\nYou will own payments at checkout.\n';
    expect(withSpecialty('Product Manager, Payments', 'Product Manager', 'acme', document)).toBe('Product Manager, Payments');
  });

  // A specialty of capitalized words, any of them, is kept unless the document places it.
  it('keeps any capitalized specialty, and drops it once the document says it is where the job is', () => {
    const units = new Set(UNIT_WORDS);
    const word = fc.stringMatching(/^[A-Z][a-z]{2,9}$/).filter((w) => !units.has(w.toLowerCase()) && !/^(?:Office|Remote|Hybrid|Onsite|Contract|Permanent|Temporary|Internship|Acme)$/.test(w));
    fc.assert(fc.property(word, (place) => {
      expect(withSpecialty(`Data Engineer, ${place}`, 'Data Engineer', 'acme', '')).toBe(`Data Engineer, ${place}`);
      expect(withSpecialty(`Data Engineer, ${place}`, 'Data Engineer', 'acme', `Location: ${place}`)).toBe('Data Engineer');
    }));
  });

  it('takes no name that ends in a unit word for a specialty, whatever its other words', () => {
    const name = fc.stringMatching(/^[A-Z][a-z]{2,9}$/);
    fc.assert(fc.property(name, fc.constantFrom(...UNIT_WORDS), (words, unit) => {
      const written = `${words} ${unit[0]!.toUpperCase()}${unit.slice(1)}`;
      expect(withSpecialty(`Data Engineer, ${written}`, 'Data Engineer', 'acme')).toBe('Data Engineer');
    }));
  });

  it('only ever adds to the title, and never throws', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), fc.string({ minLength: 1, maxLength: 40 }), (rest, title) => {
      expect(withSpecialty(`${title}${rest}`, title, 'acme').startsWith(title)).toBe(true);
    }));
  });
});
