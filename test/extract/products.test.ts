import { describe, expect, it } from 'vitest';
import { modelOf } from '../helpers/model.js';

describe('a products list', () => {
  it('reads `**Name** — what it does` as a product and its description, and leaves a sentence with a dash alone', () => {
    const markdown = [
      '## Products',
      '',
      '- **Kestrel One** — benchtop robot with two arms',
      '- Kestrel Cloud - remote monitoring and audit exports',
      '- We also sell spare parts to labs that built their own rigs — mostly tips and plates',
      '',
    ].join('\n');
    const { company } = modelOf([{ name: 'a.md', markdown }]);
    expect(company.products.map((p) => [p.name, p.description])).toEqual([
      ['Kestrel One', 'benchtop robot with two arms'],
      ['Kestrel Cloud', 'remote monitoring and audit exports'],
    ]);
    expect(company.unmapped.map((u) => u.source.line)).toEqual([5]);
  });

  it('names a section by its heading without the colon that introduces it or its outline number', () => {
    const { company } = modelOf([{ name: 'a.md', markdown: '## Interview Loop:\n\n- Phone screen\n\n## 3.1 Open Items\n\n- Visa\n' }]);
    expect(company.notes.map((n) => n.label)).toEqual(['Interview Loop', 'Open Items']);
  });
});

describe('a product item nested three deep', () => {
  it('keeps the third level with the tag it elaborates, never dropping it', () => {
    const markdown = [
      '## Products',
      '',
      '- **Hako** — route planning SaaS for regional carriers',
      '  - launched 2021',
      '  - pricing per truck per month',
      '    - a cheaper plan for carriers with under 10 trucks',
    ].join('\n');
    const { company } = modelOf([{ name: 'a.md', markdown }]);
    expect(company.products[0]?.tags).toEqual(['launched 2021', 'pricing per truck per month (a cheaper plan for carriers with under 10 trucks)']);
  });
});

describe('a "What we build" section that lists its products', () => {
  it('reads each `Name – what it is` item as a product, and prose under it as what the company builds', () => {
    const listed = modelOf([{ name: 'a.md', markdown: '## What we build\n\n- Skerry 6 – a six-metre survey vessel\n- Tidemark – cloud software for charts\n' }]).company;
    expect(listed.products.map((p) => [p.name, p.description, p.source.line])).toEqual([['Skerry 6', 'a six-metre survey vessel', 3], ['Tidemark', 'cloud software for charts', 4]]);
    expect(listed.overview.offering).toBeNull();
    const prose = modelOf([{ name: 'a.md', markdown: '## What we build\n\nSurvey vessels and the software that turns soundings into charts.\n' }]).company;
    expect(prose.overview.offering?.text).toBe('Survey vessels and the software that turns soundings into charts.');
  });
});

describe('a filing\'s products section in prose', () => {
  const markdown = [
    '## Our Products', // 1
    '',
    'Lysavel (velmiglucerase alfa) is approved in the United States for the treatment of Gaucher disease.',
    '',
    'Ostrenza is an investigational enzyme therapy, currently in a Phase 3 trial.', // 5
    '',
    'Our pipeline is broad and we expect to grow it further over the next several years.',
    '',
    '### Manufacturing',
    '', // 10
    'We manufacture drug substance at our facility in Sanford, North Carolina, using a continuous perfusion process.',
    '',
    '### Kiln Engine',
    '',
    'Our own C++ engine, which every studio team builds its games and tools on top of.', // 15
    '',
    '### Lantern',
    '',
    'We built Lantern in 2019 so that players keep one account across all of our games and platforms.',
  ].join('\n');
  const { company } = modelOf([{ name: '10-k.md', markdown }]);

  it('reads `Name is …` paragraphs as products, and not one whose subject is the company', () => {
    expect(company.products.map((p) => [p.name, p.description, p.source.line])).toEqual([
      ['Lysavel', 'approved in the United States for the treatment of Gaucher disease.', 3],
      ['Ostrenza', 'an investigational enzyme therapy, currently in a Phase 3 trial.', 5],
      ['Kiln Engine', 'Our own C++ engine, which every studio team builds its games and tools on top of.', 13],
      ['Lantern', 'We built Lantern in 2019 so that players keep one account across all of our games and platforms.', 17],
    ]);
  });

  it('reads a heading under the products over prose about the company itself as a section of notes', () => {
    expect(company.notes.map((n) => [n.label, n.source.line])).toContainEqual(['Manufacturing', 11]);
  });
});
