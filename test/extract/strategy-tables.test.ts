import { runs } from '../helpers/runs.js';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { modelOf, texts } from '../helpers/model.js';

const cell = fc.oneof(
  fc.constantFrom('Strengths', 'Weaknesses', '**Opportunities**', 'Threats', 'Objective', 'Key Result', 'Goal', 'Target', '', 'N/A', 'Strong brand'),
  fc.string({ maxLength: 16 }).map((s) => s.replace(/[|\\\n\r`<>[\]*_#&!]/g, ' ').trim()),
);
const row = (width: number) => fc.array(cell, { minLength: width, maxLength: width }).map((cells) => `| ${cells.join(' | ')} |`);
const table = fc.integer({ min: 1, max: 4 }).chain((width) =>
  fc.tuple(row(width), fc.array(row(width), { maxLength: 5 })).map(([head, body]) => [head, `|${' --- |'.repeat(width)}`, ...body].join('\n')),
);

describe('SWOT and OKR tables', () => {
  it('a 2×2 SWOT grid fills all four quadrants, each cell cited by its row', () => {
    const markdown = ['## SWOT', '', '| Strengths | Weaknesses |', '| --- | --- |', '| Brand | Debt |', '| Opportunities | Threats |', '| Ads | Piracy |', ''].join('\n');
    const [swot] = modelOf([{ name: 'notes.md', markdown }]).company.swot;
    expect([swot?.strengths, swot?.weaknesses, swot?.opportunities, swot?.threats].map((list) => texts(list ?? []))).toEqual([['Brand'], ['Debt'], ['Ads'], ['Piracy']]);
    expect(swot?.threats[0]?.source.line).toBe(7);
  });

  it('an OKR table groups key results under their objective, a blank objective cell continuing the one above', () => {
    const markdown = ['## OKRs', '', '| Objective | Key result |', '| --- | --- |', '| Grow | 10 customers |', '| | 2 regions |', '| Retain | Churn < 2% |', ''].join('\n');
    const { company } = modelOf([{ name: 'notes.md', markdown }]);
    expect(company.okrs.map((okr) => [okr.objective, texts(okr.keyResults)])).toEqual([['Grow', ['10 customers', '2 regions']], ['Retain', ['Churn < 2%']]]);
    expect(company.unmapped).toEqual([]);
  });

  it('a table under a list section (Key Metrics): each row an item, the header row and rule not left unmapped', () => {
    const { company } = modelOf([{ name: 'notes.md', markdown: '## Key Metrics\n\n| Metric | Value |\n| --- | --- |\n| DAU | 1.2M |\n' }]);
    expect(texts(company.metrics)).toEqual(['DAU | 1.2M']);
    expect(company.unmapped).toEqual([]);
  });

  it('any table under SWOT or OKR headings: no throw, and every fact is a non-empty cell of a table row', () => {
    fc.assert(
      fc.property(fc.constantFrom('## SWOT', '## Objectives & Key Results'), table, (heading, body) => {
        const { company } = modelOf([{ name: 'notes.md', markdown: `${heading}\n\n${body}\n` }]);
        const facts = [...company.swot.flatMap((s) => [...s.strengths, ...s.weaknesses, ...s.opportunities, ...s.threats]), ...company.okrs.flatMap((o) => o.keyResults)];
        const rows = body.split('\n').length;
        for (const fact of facts) {
          expect(fact.text.trim()).not.toBe('');
          // Heading, blank line, then the table from line 3: its header may hold facts (a row per quadrant), its rule on line 4 never.
          expect(fact.source.line).toBeGreaterThanOrEqual(3);
          expect(fact.source.line).not.toBe(4);
          expect(fact.source.line).toBeLessThanOrEqual(rows + 2);
        }
      }),
      { numRuns: runs(200) },
    );
  });
});
