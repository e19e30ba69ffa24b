import { describe, expect, it } from 'vitest';
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

describe('two values for one field in one document', () => {
  it('are both kept without a conflict warning', () => {
    const { company, diagnostics } = modelOf([{ name: 'a.md', markdown: '## Overview\n- **Key products/services**: Anvils\n- **Key services**: Anvil rental, delivery\n' }]);
    expect([company.overview.offering?.text, ...(company.overview.offering?.alternatives ?? []).map((a) => a.text)]).toEqual(['Anvil rental, delivery', 'Anvils']);
    expect(diagnostics.filter((d) => d.ruleId === 'conflicting-value')).toEqual([]);
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
