import { describe, expect, it } from 'vitest';
import { collectRequirements } from '../../src/tailor/requirements.js';
import { modelOf } from '../helpers/model.js';

const DOC = ['## Requirements', '', '- SQL', '', "## What We're Looking For", '', '- Statistics', '', '## Nice to have', '', '- Causal inference', '- Bayesian methods', '', '## Must have', '', '- Python', ''].join('\n');

describe('requirements under a "Nice to have" heading', () => {
  const { company } = modelOf([{ name: 'role.md', markdown: DOC, frontMatter: { role: 'Data Scientist' } }]);
  const role = company.roles.find((r) => r.title === 'Data Scientist')!;

  it('are requirements of the role, labelled with the heading; the others are not labelled', () => {
    expect(role.requirements.map((f) => [f.text, f.label ?? null])).toEqual([
      ['SQL', null],
      ['Statistics', null],
      ['Causal inference', 'Nice to have'],
      ['Bayesian methods', 'Nice to have'],
      ['Python', null],
    ]);
    expect(company.unmapped).toEqual([]);
  });

  it('count as preferred when tailoring: half the weight of a required one', () => {
    const byText = new Map(collectRequirements(company, role).map((r) => [r.text, r]));
    expect(byText.get('Causal inference')).toMatchObject({ required: false });
    expect(byText.get('SQL')).toMatchObject({ required: true });
    expect(byText.get('Causal inference')!.weight).toBe(byText.get('SQL')!.weight / 2);
  });
});

describe('an item with a lead-in before a colon', () => {
  const markdown = '## Responsibilities\n\n- Keep payroll day boring: no incidents on the 25th\n\n## Requirements\n\n- **Bonus:** experience with ECS\n- Location: Lisbon\n';
  const { company } = modelOf([{ name: 'role.md', markdown, frontMatter: { role: 'Platform Engineer' } }]);
  const role = company.roles[0]!;

  it('keeps the lead-in as part of the item, unless it names a field', () => {
    expect(role.responsibilities.map((f) => [f.text, f.label ?? null])).toEqual([['Keep payroll day boring: no incidents on the 25th', null]]);
    expect(role.requirements.map((f) => [f.text, f.label ?? null])).toEqual([['Bonus: experience with ECS', null], ['Lisbon', 'Location']]);
  });

  it('still counts a "Bonus:" lead-in as preferred', () => {
    expect(collectRequirements(company, role).find((r) => r.text.endsWith('experience with ECS'))).toMatchObject({ text: 'experience with ECS', required: false });
  });
});

describe('a `label: value` line after a list of questions', () => {
  it('is a note, not a question; a placeholder there is still a gap', () => {
    const markdown = '## Questions to ask\n\n1. How is on-call shared?\n\nSalary: £42,000 from the advert\n\nRelocation: TBD\n\nFollow-up: who owns the roadmap?\n';
    const { company } = modelOf([{ name: 'role.md', markdown, frontMatter: { role: 'Analyst' } }]);
    expect(company.roles[0]?.questionsToAsk.map((f) => f.text)).toEqual(['How is on-call shared?', 'Follow-up: who owns the roadmap?']);
    expect(company.notes.map((n) => [n.label, n.text])).toEqual([['Salary', '£42,000 from the advert']]);
    expect(company.gaps.map((g) => g.text)).toEqual(['TBD']);
  });
});

describe('a paragraph of requirements run together with semicolons', () => {
  it('is one requirement per clause; a sentence with one semicolon stays whole', () => {
    const markdown = '## Requirements\n\nPython or Go; 5+ years of backend work; PostgreSQL.\n\n## Responsibilities\n\nOwn quoting; it is the core of the product.\n';
    const { company } = modelOf([{ name: 'role.md', markdown, frontMatter: { role: 'Backend Engineer' } }]);
    expect(company.roles[0]?.requirements.map((f) => f.text)).toEqual(['Python or Go', '5+ years of backend work', 'PostgreSQL']);
    expect(company.roles[0]?.responsibilities.map((f) => f.text)).toEqual(['Own quoting; it is the core of the product.']);
  });
});
