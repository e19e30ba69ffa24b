import { describe, expect, it } from 'vitest';
import { modelOf, texts } from '../helpers/model.js';
import { modelOfText } from './text-model.js';

describe('a job board post pasted as text', () => {
  const post = [
    'Staff Detection Engineer',
    '',
    'Qualifications:',
    '7+ years in security engineering',
    'Python and SQL',
    '',
    'Seniority level',
    'Mid-Senior level',
    '',
    'Employment type',
    'Full-time',
    '',
    'Industries',
    'Computer and Network Security',
    '',
  ].join('\n');
  const company = modelOfText(post);

  it('reads its criteria, a field name over its value, as fields, not as requirements', () => {
    expect(texts(company.roles[0]?.requirements ?? [])).toEqual(['7+ years in security engineering', 'Python and SQL']);
    expect(company.roles[0]?.notes.map((n) => [n.label, n.text, n.source.line])).toEqual([
      ['Seniority level', 'Mid-Senior level', 7],
      ['Employment type', 'Full-time', 10],
    ]);
    expect(texts(company.overview.industry)).toEqual(['Computer and Network Security']);
    expect(company.unmapped).toEqual([]);
  });
});

describe('a company page listing its facts, a field name over its value', () => {
  it('reads each pair as that field even after a blank line, and `Type` as the ownership', () => {
    const company = modelOfText([
      'Lark & Wren', // 1
      '',
      'Overview',
      'Lark & Wren publishes audiobooks.',
      'Industry', // 5
      'Publishing',
      '',
      'Headquarters',
      'Bristol, England',
      'Type', // 10
      'Privately Held',
      'Founded',
      '2013',
      'Specialties',
      'Audiobooks, podcasts, radio drama, narration, and rights licensing',
    ].join('\n'));
    expect(company.overview.headquarters?.text).toBe('Bristol, England');
    expect(company.overview.ownership?.text).toBe('Privately Held');
    expect(company.overview.founded?.text).toBe('2013');
    expect(company.overview.offering?.text).toBe('Audiobooks, podcasts, radio drama, narration, and rights licensing');
    expect(company.notes.map((n) => n.label)).not.toContain('Headquarters');
  });
});

describe('a company page clipped to markdown, each field name a bold paragraph over its value', () => {
  it('reads each pair as that field, cited at its name, the blank line between them notwithstanding', () => {
    const markdown = ['## Overview', '', 'Lark & Wren publishes audiobooks.', '', '**Industry**', '', 'Publishing', '', '**Headquarters**', '', 'Bristol, England', '', '**Founded**', '', '2013', '', '**Remember**', '', 'Bring ID'].join('\n');
    const { company } = modelOf([{ name: 'about.md', markdown }]);
    expect([company.overview.headquarters?.text, company.overview.founded?.text, texts(company.overview.industry)]).toEqual(['Bristol, England', '2013', ['Publishing']]);
    expect(company.overview.founded?.source.line).toBe(13);
    // A bold paragraph that names no field stays what it was.
    expect(texts(company.notes).filter((text) => !text.includes('audiobooks'))).toEqual(['Remember', 'Bring ID']);
  });
});
