import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelOf } from '../helpers/model.js';

const headquartersOf = (...markdown: string[]) => {
  const { company, diagnostics } = modelOf(markdown.map((text, i) => ({ name: `doc-${i}.md`, markdown: text })));
  return { headquarters: company.overview.headquarters?.text, line: company.overview.headquarters?.source.line, warnings: diagnostics.filter((d) => d.severity === 'warning') };
};

describe('`<Place>-based` in a sentence about the company', () => {
  it.each([
    ['Acme is a Dublin-based fintech building tools for shops.', 'Dublin'],
    ['Acme, a San Francisco-based maker of ledgers, sells to banks.', 'San Francisco'],
    ["We're a Lisbon-based studio of 40 people.", 'Lisbon'],
    ['Founded in 2016, Acme is the St. Louis-based insurer for farms.', 'St. Louis'],
  ])('is the headquarters when no document states one: %s', (sentence, place) => {
    expect(headquartersOf(`# Acme\n\n${sentence}`).headquarters).toBe(place);
  });

  it.each([
    'Acme runs a cloud-based ledger and a web-based dashboard.',
    'Cloud-based tools are what Acme sells.',
    'Acme is an AI-based fraud platform for lenders.',
    'Acme is a Python-based shop that ships daily.',
    'Acme is a London-based team inside a larger bank.',
    'Acme bought Foo, a Berlin-based startup, in 2023.',
    'Acme works with evidence-based methods.',
    'Its parent company is a Boston-based private equity firm.',
    'Our largest customer is a Leeds-based retailer with 300 shops.',
  ])('is no headquarters in a sentence about a tool, a team or another company: %s', (sentence) => {
    expect(headquartersOf(`# Acme\n\n${sentence}`).headquarters).toBeUndefined();
  });

  it('gives way, without a warning, to a headquarters any document states, before or after it', () => {
    const stated = '# Acme\n\n- **Headquarters:** Cork, Ireland';
    for (const docs of [[stated, '# Acme\n\nAcme is a Dublin-based fintech.'], ['# Acme\n\nAcme is a Dublin-based fintech.', stated]]) {
      expect(headquartersOf(...docs)).toMatchObject({ headquarters: 'Cork, Ireland', warnings: [] });
    }
    expect(headquartersOf('# Acme\n\nAcme is a Dublin-based fintech headquartered in Galway.').headquarters).toBe('Galway');
  });

  it('on any sentence, is a place of capitalized words that is no technology, cited at its paragraph, or nothing', () => {
    const word = fc.constantFrom('Acme', 'is', 'a', 'an', 'the', 'Dublin', 'San', 'Francisco', 'cloud', 'Python', 'AI', 'team', ',', 'we’re', 'fintech');
    const based = fc.constantFrom('Dublin-based', 'San Francisco-based', 'cloud-based', 'Python-based', 'AI-based', 'Web-based');
    fc.assert(fc.property(fc.array(fc.oneof(word, based), { maxLength: 14 }), (words) => {
      const { headquarters, line } = headquartersOf(`# Acme\n\n${words.join(' ')}.`);
      if (headquarters === undefined) return;
      expect(headquarters).toMatch(/^(?:\p{Lu}\p{Ll}+)(?: \p{Lu}\p{Ll}+)*$/u);
      expect(headquarters).not.toMatch(/Python|Web/);
      expect(line).toBe(3);
    }));
  });
});

