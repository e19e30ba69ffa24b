import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeScalar } from '../../src/merge/scalar.js';
import { modelOf, texts } from '../helpers/model.js';

const at = (file: string, line: number) => ({ file, line });

describe('merge', () => {
  it('unions lists without near-duplicates', () => {
    const { company } = modelOf([
      { name: 'a.md', markdown: '## Values\n- Freedom & Responsibility\n- Candor\n' },
      { name: 'b.md', markdown: '## Core Values\n- freedom and responsibility.\n- Courage\n- CANDOR\n' },
    ]);
    expect(texts(company.values)).toEqual(['Freedom & Responsibility', 'Candor', 'Courage']);
    expect(company.values[0]!.source).toEqual(at('acme/a.md', 2));
  });

  it('keeps the more specific of two disagreeing values, the other as an alternative, and warns citing both', () => {
    const { company, diagnostics } = modelOf([
      { name: 'a.md', markdown: '## Overview\n- **Headquarters**: Austin, Texas\n' },
      { name: 'b.md', markdown: '## Overview\n\n- **HQ**: Austin, TX, United States\n' },
    ]);
    expect(company.overview.headquarters).toMatchObject({
      text: 'Austin, TX, United States',
      source: at('acme/b.md', 3),
      alternatives: [{ text: 'Austin, Texas', source: at('acme/a.md', 2) }],
    });
    const warning = diagnostics.find((d) => d.ruleId === 'conflicting-value');
    expect(warning).toMatchObject({ file: 'acme/a.md', line: 2, severity: 'warning' });
    expect(warning?.message).toContain('acme/b.md:3');
  });

  it('does not call a refinement a conflict', () => {
    const conflicts: string[] = [];
    const kept = mergeScalar({ text: 'Austin', source: at('a', 1) }, { text: 'Austin, TX', source: at('b', 1) }, (k) => conflicts.push(k.text));
    expect(kept?.text).toBe('Austin, TX');
    expect(conflicts).toEqual([]);
  });

  it.each([
    ['100', '1000'],
    ['Austin', 'Boston'],
    ['$3B', '$33B'],
    ['Lyon', 'Lyons, France'],
  ])('calls %s and %s a conflict: one is not the other with words added', (a, b) => {
    const conflicts: string[] = [];
    mergeScalar({ text: a, source: at('a', 1) }, { text: b, source: at('b', 1) }, (k) => conflicts.push(k.text));
    expect(conflicts).toHaveLength(1);
  });

  it('merges named items from several documents into one', () => {
    const { company } = modelOf([
      { name: 'a.md', markdown: '## Products\n### Anvil\nHeavy Goods\n' },
      { name: 'b.md', markdown: '## Key Products\n### anvil\n- **Tags**: iron, drop\n' },
    ]);
    expect(company.products).toHaveLength(1);
    expect(company.products[0]).toMatchObject({ name: 'Anvil', category: 'Heavy Goods', tags: ['iron', 'drop'] });
  });

  it('accounts for every content line: mapped, or listed as unmapped with its place', () => {
    const { company } = modelOf([{ name: 'a.md', markdown: 'Written on a train, somewhat in a hurry.\n\n## Values\n- Candor\n\n## Lunch Menu\nTacos on Tuesday\n<!-- a note to self -->\n' }]);
    expect(company.unmapped).toEqual([{ text: 'Written on a train, somewhat in a hurry.', source: at('acme/a.md', 1) }]);
    expect(company.notes).toEqual([{ text: 'Tacos on Tuesday', label: 'Lunch Menu', source: at('acme/a.md', 7) }]);
    expect(company.sources[0]).toMatchObject({ contentLines: 5, mappedLines: 4, facts: 2, family: 'notes' });
  });

  it('is deterministic whatever the order of the documents', () => {
    const a = { name: 'a.md', markdown: '## Values\n- One\n## Overview\n- **Founded**: 1990\n' };
    const b = { name: 'b.md', markdown: '## Values\n- Two\n## Overview\n- **Founded**: 1991\n' };
    expect(JSON.stringify(modelOf([a, b]).company)).toBe(JSON.stringify(modelOf([b, a]).company));
  });
});

describe('mergeScalar', () => {
  it('does not call two wordings of the same number a conflict, but does two numbers', () => {
    const conflicts: string[] = [];
    const onConflict = (k: { text: string }) => conflicts.push(k.text);
    mergeScalar({ text: 'roughly 900', count: 900, source: at('a', 1) } as never, { text: '900+ employees', count: 900, source: at('b', 1) } as never, onConflict);
    expect(conflicts).toEqual([]);
    const kept = mergeScalar({ text: '2015', year: 2015, source: at('a', 1) } as never, { text: '2016', year: 2016, source: at('b', 2) } as never, onConflict);
    expect(conflicts).toHaveLength(1);
    expect(kept).toMatchObject({ alternatives: [{ source: at('b', 2) }] });
  });
});

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

describe('two values for one field in one document', () => {
  it('are both kept without a conflict warning', () => {
    const { company, diagnostics } = modelOf([{ name: 'a.md', markdown: '## Overview\n- **Key products/services**: Anvils\n- **Key services**: Anvil rental, delivery\n' }]);
    expect([company.overview.offering?.text, ...(company.overview.offering?.alternatives ?? []).map((a) => a.text)]).toEqual(['Anvil rental, delivery', 'Anvils']);
    expect(diagnostics.filter((d) => d.ruleId === 'conflicting-value')).toEqual([]);
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

describe('the company name from the documents', () => {
  it.each([
    ['# Harrow & Finch: careers\n', 'Harrow & Finch'],
    ['# Harrow and Finch\n', 'Harrow and Finch'],
    ['# HARROW-FINCH\n', 'HARROW-FINCH'],
    ['# Finch & Harrow\n', 'Harrow Finch'],
    ['# Hárrow & Fînch 🌱\n', 'Hárrow & Fînch'],
  ])('%j names harrow-finch %j', (markdown, name) => {
    expect(modelOf([{ name: 'a.md', markdown }], 'harrow-finch').company.name).toBe(name);
  });
});

describe('the company name, on any heading text', () => {
  it('is a piece of the heading as written, or the id in title case', () => {
    const accented = fc.constantFrom('á', 'ë', 'ñ', 'ø', 'Å', '🌱', '&', ' ', '-', 'and', 'Harrow', 'Finch', 'ﬁ', '\u0301');
    fc.assert(
      fc.property(fc.array(fc.oneof(accented, fc.string({ maxLength: 4 })), { maxLength: 10 }), (parts) => {
        const title = parts.join('').replace(/[\n\r#*_`[\]<>\\|]/g, ' ').trim() || 'x';
        const { name } = modelOf([{ name: 'a.md', markdown: `# ${title}\n` }], 'harrow-finch').company;
        expect(name === 'Harrow Finch' || title.includes(name)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('two documents describing the company in their own words', () => {
  it('keep both descriptions without a conflict warning, while a fact that disagrees still warns', () => {
    const { company, diagnostics } = modelOf([
      { name: 'a.md', markdown: '## About\n\nAcme builds dosing pumps for pharmaceutical and dairy plants across Europe.\n\n- **Founded**: 1952\n' },
      { name: 'b.md', markdown: '## Who we are\n\nAcme has made pumps since 1952; our controllers meter liquids to a tenth of a millilitre.\n\n- **Founded**: 1953\n' },
    ]);
    expect(company.overview.summary?.alternatives).toHaveLength(1);
    expect(diagnostics.filter((d) => d.ruleId === 'conflicting-value').map((d) => d.message)).toEqual([expect.stringContaining('overview.founded')]);
  });
});
