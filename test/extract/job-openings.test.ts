import { describe, expect, it } from 'vitest';
import { modelOf, texts } from '../helpers/model.js';
import { modelOfText } from './text-model.js';

describe('a markdown careers page: a heading per opening, with its own subheadings', () => {
  const markdown = [
    '# Careers at Fernhill',
    '## About Fernhill',
    'Fernhill makes payroll simple.',
    '## Open roles',
    '### Platform Engineer',
    '#### Responsibilities for the Platform Engineer role',
    '- Run the clusters',
    '#### Bonus points',
    '- Grew up on a farm',
    '### Customer Success Manager',
    "#### What you'll do",
    '- Onboard cooperatives',
  ].join('\n\n');
  const { company } = modelOf([{ name: 'careers.md', markdown }], 'fernhill');

  it('makes each job-title heading an opening with the sections under it, not a role family', () => {
    expect(company.roleFamilies.map((f) => [f.name, f.roles])).toEqual([['Open roles', ['Platform Engineer', 'Customer Success Manager']]]);
    expect(company.roles.map((r) => [r.title, texts(r.responsibilities), texts(r.requirements)])).toEqual([
      ['Platform Engineer', ['Run the clusters'], ['Grew up on a farm']],
      ['Customer Success Manager', ['Onboard cooperatives'], []],
    ]);
  });

  it('takes a one-line blurb under "About <Company>" as the summary', () => {
    expect(company.overview.summary?.text).toBe('Fernhill makes payroll simple.');
  });
});

describe('a section heading that names its role', () => {
  it('claims that role: "Responsibilities for the Data Engineer role" with no opening above it', () => {
    const markdown = '## Responsibilities for the Data Engineer role\n\n- Build pipelines\n\n## Requirements for the Analyst position\n\n- SQL\n';
    const { company } = modelOf([{ name: 'jobs.md', markdown }]);
    expect(company.roles.map((r) => [r.title, texts(r.responsibilities), texts(r.requirements)])).toEqual([
      ['Data Engineer', ['Build pipelines'], []],
      ['Analyst', [], ['SQL']],
    ]);
  });
});

describe('openings with a workplace after the title', () => {
  it('are roles by their title; the workplace is a note of the role, or of the company when nothing claims the opening', () => {
    const text = ['Open positions', '', 'Data Engineer — Remote (EU)', '', 'Responsibilities', '  • Build pipelines', '', 'Office Manager (On-site)', ''].join('\n');
    const company = modelOfText(text);
    expect(company.roleFamilies[0]?.roles).toEqual(['Data Engineer', 'Office Manager']);
    expect(company.roles.find((r) => r.title === 'Data Engineer')?.notes.map((n) => [n.label, n.text])).toEqual([['Workplace', 'Remote (EU)']]);
    expect(company.notes.map((n) => [n.label, n.text])).toEqual([['Office Manager', 'On-site']]);
  });
});

describe('a job card: a title heading over its place and terms', () => {
  const CARDS = [
    '## Open roles', // 1
    '',
    '### Machine Learning Engineer',
    '',
    'Leeds or Remote (UK) · Full-time', // 5
    '',
    "#### What you'll do",
    '',
    '- Productionise pricing models',
    '', // 10
    '### Data Analysts',
    '',
    'Pricing, Claims',
  ].join('\n');

  it('is an opening whose card line is a note of the role, not a family whose role is the card line', () => {
    const { company } = modelOf([{ name: 'careers.md', markdown: CARDS }]);
    const mle = company.roles.find((r) => r.title === 'Machine Learning Engineer');
    expect(mle?.responsibilities.map((f) => f.text)).toEqual(['Productionise pricing models']);
    expect(mle?.notes.map((n) => [n.label, n.text, n.source.line])).toEqual([['Workplace', 'Leeds or Remote (UK) · Full-time', 3]]);
    expect(company.roles.map((r) => r.title)).not.toContain('Leeds or Remote (UK) · Full-time');
  });

  it('under a plural heading stays a family of the roles listed', () => {
    const { company } = modelOf([{ name: 'careers.md', markdown: CARDS }]);
    expect(company.roleFamilies.find((f) => f.name === 'Data Analysts')?.roles).toEqual(['Pricing', 'Claims']);
  });
});
