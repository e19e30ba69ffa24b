import { describe, expect, it } from 'vitest';
import { modelOf, texts } from '../helpers/model.js';

const NOTES = [
  '# Brightmoor notes', // 1
  '',
  '## Interview loop', // 3
  '',
  '1. Recruiter screen with Priya',
  '2. Case study: pricing a new store format',
  '',
  '## Open items', // 8
  '',
  '- Salary band: TBD',
  '- Relocation support: [ask recruiter]',
  '- **Start date**:',
  '  - not before March',
  '',
  '## SWOT', // 15
  '### Strengths',
  '- Loyal customers',
  '### Gossip', // 18
  'Heard the CFO is leaving.',
  '',
].join('\n');

describe('free-form notes under unknown headings', () => {
  const { company } = modelOf([{ name: 'notes.md', markdown: NOTES }], 'brightmoor');

  it('keep their content as company notes, labelled with the heading, with their source line', () => {
    expect(company.notes.filter((n) => n.label === 'Interview loop')).toEqual([
      { text: 'Recruiter screen with Priya', label: 'Interview loop', source: { file: 'brightmoor/notes.md', line: 5 } },
      { text: 'Case study: pricing a new store format', label: 'Interview loop', source: { file: 'brightmoor/notes.md', line: 6 } },
    ]);
    expect(company.notes.find((n) => n.label === 'Open items')).toMatchObject({ text: 'Start date: not before March', source: { line: 13 } });
  });

  it('turn placeholders into gaps, never notes', () => {
    expect(company.gaps.map((g) => [g.field, g.text, g.source.line])).toEqual(
      expect.arrayContaining([
        ['notes.salaryBand', 'TBD', 10],
        ['notes.relocationSupport', '[ask recruiter]', 11],
      ]),
    );
    expect(texts(company.notes).join('\n')).not.toMatch(/TBD|ask recruiter/);
  });

  it('leave unknown headings inside a known container to the container', () => {
    expect(company.notes.some((n) => n.label === 'Gossip')).toBe(false);
    expect(company.unmapped.map((u) => u.source.line)).toEqual([18, 19]);
  });
});

describe('a pay or process line after a list of requirements', () => {
  it('is a note under its own label, never a requirement', () => {
    const { company } = modelOf([{ name: 'job.md', markdown: '## The role: Maintenance Planner\n\n### Requirements\n\n- An HNC\n\nSalary: £36,000 – £41,000 plus night allowance\n\nInterview process: two rounds on site\n' }]);
    expect(texts(company.roles[0]!.requirements)).toEqual(['An HNC']);
    expect(company.notes.map((n) => [n.label, n.text, n.source.line])).toEqual([
      ['Salary', '£36,000 – £41,000 plus night allowance', 7],
      ['Interview process', 'two rounds on site', 9],
    ]);
  });
});

describe('a property table under the title, as a notes app exports a page', () => {
  it('notes each row it has no field for as "label: value"', () => {
    const { company } = modelOf([{ name: 'page.md', markdown: '# Acme\n\n| Property | Value |\n| --- | --- |\n| Founded | 2013 |\n| Stage | Interviewing |\n' }]);
    expect(company.overview.founded?.year).toBe(2013);
    expect(company.notes.map((n) => [n.text, n.source.line])).toEqual([['Stage: Interviewing', 6]]);
  });
});
