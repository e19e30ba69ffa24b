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
