import { describe, expect, it } from 'vitest';
import { modelOf } from '../helpers/model.js';

describe('numbered blanks of a template', () => {
  it('are one gap for a section with nothing else, and no unmapped lines', () => {
    const { company } = modelOf([{ name: 'prep.md', markdown: '## Key Talking Points\n\n1. \n2. \n3. \n', frontMatter: { role: 'Site Reliability Engineer' } }]);
    expect(company.gaps.map((gap) => [gap.field, gap.text, gap.source.line])).toEqual([['talkingPoints', '(empty)', 3]]);
    expect(company.unmapped).toEqual([]);
  });

  it('are dropped without a gap when the section holds items too', () => {
    const { company } = modelOf([{ name: 'prep.md', markdown: '## Key Talking Points\n\n1. Scaled the pager rotation\n2. \n', frontMatter: { role: 'Site Reliability Engineer' } }]);
    expect(company.roles[0]?.talkingPoints.map((f) => f.text)).toEqual(['Scaled the pager rotation']);
    expect(company.gaps).toEqual([]);
    expect(company.unmapped).toEqual([]);
  });
});
