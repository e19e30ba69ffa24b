import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelOf, modelOfText, texts } from '../helpers/model.js';

const overviewOf = (markdown: string) => {
  const { overview } = modelOf([{ name: 'about.md', markdown }]).company;
  return [overview.founded?.text, overview.headquarters?.text, overview.employees?.text];
};

describe('facts a paragraph states instead of labelling them', () => {
  it.each([
    ['## About Acme\n\nFounded in 2014 and headquartered in Oslo, Norway, Acme builds data products. The company employs 240 people in Oslo and Gdańsk.', ['2014', 'Oslo, Norway', '240']],
    ['## Overview\n\nAcme, Inc. was incorporated in Delaware in 2011 and our principal executive offices are located in Raleigh, North Carolina. As of December 31, 2024, we had 1,240 full-time employees.', ['2011', 'Raleigh, North Carolina', '1,240']],
    ['Acme Mutual has insured farms since 1921; we are based in Perth and employ about 600 people.', [undefined, 'Perth', '600']],
    // A call's remarks, a thread's aside and a handbook's lead say it their own ways.
    ['We ended the quarter with about 2,300 employees, and we expect to add 200 engineers next year.', [undefined, undefined, '2,300']],
    ['Acme is a fintech (founded 2016, ~900 people) that issues cards.', ['2016', undefined, undefined]],
    ["## About Acme\n\nAcme was founded in 2012. About 450 people work here, 140 of them in engineering. We're about 450 people now.", ['2012', undefined, '450']],
  ])('%s', (markdown, facts) => {
    expect(overviewOf(markdown)).toEqual(facts);
  });

  it.each([
    'This role is based in Manchester and the team has 12 people.',
    'The team was established in 2021 and now has 14 people.',
    'You would join our office in Leeds, which employs 30 people.',
    'We have 4 people on the panel.',
    'The design team is with about 12 people across two squads.',
    'The hiring plan was established 2023 for this role.',
    'Acme serves retailers with 200+ employees across Europe.',
    'Our customers are businesses with 50 employees or more.',
  ])('reads none of the company\'s from a sentence about the job or a team: %s', (text) => {
    expect(overviewOf(`Acme builds things.\n\n${text}`)).toEqual([undefined, undefined, undefined]);
  });

  it('reads the mission a later sentence states, and leaves the pointer to the website out of the summary', () => {
    const { company } = modelOf([{ name: 'about.md', markdown: "## About Acme\n\nAcme builds data products for shipowners. Acme's mission is to make every tonne of fuel accountable. For more information, visit www.acme.example." }]);
    expect(company.mission?.text).toBe("Acme's mission is to make every tonne of fuel accountable.");
    expect(company.overview.summary?.text).toBe("Acme builds data products for shipowners. Acme's mission is to make every tonne of fuel accountable.");
  });

  it('leaves a labelled field of the same document as it is', () => {
    expect(overviewOf('- **Headquarters:** Bergen, Norway\n\nAcme is headquartered in Oslo and was founded in 2001.')).toEqual(['2001', 'Bergen, Norway', undefined]);
  });

  it('on any sentence (no label: a colon makes a field), takes a year of four digits, a place that starts with a capital and a count of ten or more, or nothing', () => {
    const word = fc.constantFrom('founded', 'in', 'Oslo,', 'Norway', 'headquartered', 'based', 'we are', 'employs', 'had', 'with', 'work', 'here', '1,240', '7', '2014', 'people', 'employees', 'the', 'team', '.', ';');
    // Whole phrases too, bad values among them, for the facts to be found often enough to be checked.
    const phrase = fc.constantFrom('Acme was founded in 2014', 'founded in 14', 'headquartered in Oslo, Norway', 'based in oslo', 'Acme employs 1,240 people', 'employs 7 people', 'founded 2016', 'with 8 employees', '450 people work here');
    let found = 0;
    fc.assert(
      fc.property(fc.array(fc.oneof(word, phrase, fc.string({ maxLength: 6 })), { maxLength: 16 }), (words) => {
        const [founded, headquarters, employees] = overviewOf(`Acme note.\n\n${words.join(' ').replace(/[#*_`>|[\]\\:-]/g, '')}`);
        if ((founded ?? headquarters ?? employees) !== undefined) found += 1;
        if (founded !== undefined) expect(founded).toMatch(/^(?:1[6-9]|20)\d{2}$/);
        if (headquarters !== undefined) expect(headquarters).toMatch(/^\p{Lu}/u);
        if (employees !== undefined) expect(Number(employees.replace(/\D/g, ''))).toBeGreaterThanOrEqual(10);
      }),
    );
    expect(found).toBeGreaterThan(0);
  });
});

describe('a company page and a filing', () => {
  it('takes the summary from the "About" paragraph, not from a title line before it, which stays a note', () => {
    const release = ['Acme Launches Harbourline, a Real-Time Ledger for Shipping', '', 'Acme AS today announced Harbourline, a ledger for ferries.', '',
      'About Acme', '', 'Founded in 2014, Acme builds data products that help shipowners cut fuel burn.'].join('\n');
    const { company } = modelOfText('acme/release.txt', release);
    expect(company.overview.summary?.text).toBe('Founded in 2014, Acme builds data products that help shipowners cut fuel burn.');
    expect(texts(company.notes)).toContain('Acme Launches Harbourline, a Real-Time Ledger for Shipping');
  });

  it('drops a printed page\'s bare numbers, and reads a section under "Competition" as a section, not as more names split at its commas', () => {
    const filing = ['Competition', '', 'We compete with large companies that market therapies, including Halbrook and Ostmark, and with smaller ones.', '', '4', '',
      'Human Capital', '', 'As of December 31, 2024, we had 1,240 full-time employees, of whom 410 work in manufacturing and quality.', '', '11'].join('\n');
    const { company } = modelOfText('acme/10-k.txt', filing);
    expect(texts(company.competitors)).toEqual(['We compete with large companies that market therapies, including Halbrook and Ostmark, and with smaller ones.']);
    expect(company.overview.employees?.text).toBe('1,240');
    expect(JSON.stringify(company)).not.toMatch(/"text":"(?:4|11|2024)"/);
  });
});
