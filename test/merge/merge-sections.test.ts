import { describe, expect, it } from 'vitest';
import { modelOf, texts } from '../helpers/model.js';

const at = (file: string, line: number) => ({ file, line });

describe('strategy sections without their heading', () => {
  it('gathers loose SWOT quadrants into one analysis named after the document', () => {
    const { company } = modelOf([{ name: 's.md', markdown: '# Acme Strategy\n## Strengths\n- SCALE: big\n## Weaknesses\n- COST: high\n' }]);
    expect(company.swot).toHaveLength(1);
    expect(company.swot[0]).toMatchObject({ title: 'Acme Strategy', strengths: [{ label: 'SCALE', text: 'big' }], weaknesses: [{ label: 'COST' }] });
  });
});

describe('items written as lists rather than headings', () => {
  it('reads products and role families from labelled or bare bullets', () => {
    const { company } = modelOf([
      {
        name: 'notes.md',
        markdown: '## Products\n- **Anvil**: drops on things\n- Rocket Skates\n- **Target market**: coyotes\n## Role Families\n- **Engineering**: Software Engineer, Site Reliability Engineer\n',
      },
    ]);
    expect(company.products.map((p) => [p.name, p.description ?? null])).toEqual([['Anvil', 'drops on things'], ['Rocket Skates', null]]);
    expect(company.overview.customers?.text).toBe('coyotes');
    expect(company.roles.map((r) => [r.title, r.family])).toEqual([['Software Engineer', 'Engineering'], ['Site Reliability Engineer', 'Engineering']]);
  });
});

describe('unknown headings under a list section', () => {
  it('add their items to the list, labelled with the heading, or are items themselves', () => {
    const { company } = modelOf([
      { name: 'a.md', markdown: '## Recent News\n### March 2024\n- Opened Lisbon\n## Values\n### Candor\n### Courage\n## Lunch\n### Tacos\n' },
    ]);
    expect(company.news).toEqual([{ text: 'Opened Lisbon', label: 'March 2024', source: at('acme/a.md', 3) }]);
    expect(texts(company.values)).toEqual(['Candor', 'Courage']);
    expect(company.unmapped.map((u) => u.text)).toEqual(['### Tacos']);
  });
});
