import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { extract } from '../../src/extract/extract.js';
import { merge } from '../../src/merge/merge.js';
import { readText } from '../../src/parse/text-reader.js';
import { parsedTree } from '../helpers/parsed.js';
import { modelOf, texts } from '../helpers/model.js';

function modelOfText(text: string) {
  const file = 'lark/careers.txt';
  const { tree, chrome } = readText(text);
  const doc = { ...parsedTree(tree, file, {}, new VFile({ path: file, value: text }), text.split('\n').length), kind: 'text' as const, chrome };
  return merge([extract(doc, 'lark')], 'lark');
}

const PAGE = [
  'Lark & Wren — Careers',
  '',
  "Who we're hiring",
  '',
  'Senior Frontend Engineer — Reader App',
  '',
  "What you'll do",
  '',
  '  • Build the reading experience in React',
  '',
  "What you'll bring",
  '',
  '  • 5+ years of frontend work',
  '',
  'Benefits',
  '',
  '  • 30 days holiday',
  '',
  'Competitors',
  '',
  'Kindle Unlimited, Scribd, Everand',
  '',
].join('\n');

describe('a careers page with one opening', () => {
  const company = modelOfText(PAGE);

  it('makes the bare title under "Who we\'re hiring" a role, and gives it the sections that follow', () => {
    expect(company.roleFamilies.map((f) => [f.name, f.roles])).toEqual([["Who we're hiring", ['Senior Frontend Engineer — Reader App']]]);
    const [role] = company.roles;
    expect(role?.title).toBe('Senior Frontend Engineer — Reader App');
    expect(texts(role?.responsibilities ?? [])).toEqual(['Build the reading experience in React']);
    expect(texts(role?.requirements ?? [])).toEqual(['5+ years of frontend work']);
  });

  it('keeps benefits as notes, splits a paragraph of competitor names, and leaves nothing unmapped', () => {
    expect(company.notes.map((n) => [n.label, n.text])).toEqual([['Benefits', '30 days holiday']]);
    expect(texts(company.competitors)).toEqual(['Kindle Unlimited', 'Scribd', 'Everand']);
    expect(company.unmapped).toEqual([]);
  });
});

describe('a paragraph of short names', () => {
  it('is split only where names are listed: competitors yes, values no, and not a sentence', () => {
    const markdown = '## Values\n\nContext, not control\n\n## Competitors\n\nWe mostly lose deals to Acme, which undercuts us on price and ships faster.\n';
    const { company } = modelOf([{ name: 'a.md', markdown }]);
    expect(texts(company.values)).toEqual(['Context, not control']);
    expect(company.competitors).toHaveLength(1);
  });
});

const TWO_OPENINGS = [
  'Open positions',
  '',
  'Data Engineer',
  '',
  'Responsibilities for the Data Engineer role',
  '  • Build the ingestion pipelines',
  '      ◦ connectors for three shop systems',
  '      ◦ schema drift alerts',
  '  • Keep warehouse costs down',
  '',
  "What we're looking for",
  '  • Strong SQL',
  '',
  'Product Designer',
  '',
  "What you'll do",
  '●\tRun discovery interviews',
  '○\twith teachers, every sprint',
  '',
  'Benefits',
  '  • Learning budget',
  '',
].join('\n');

describe('a careers page with two openings', () => {
  const company = modelOfText(TWO_OPENINGS);
  const role = (title: string) => company.roles.find((r) => r.title === title);

  it('gives each opening the sections written under it, not the first opening all of them', () => {
    expect(company.roleFamilies.map((f) => [f.name, f.roles])).toEqual([['Open positions', ['Data Engineer', 'Product Designer']]]);
    expect(texts(role('Data Engineer')?.requirements ?? [])).toEqual(['Strong SQL']);
    expect(role('Product Designer')?.responsibilities.map((f) => f.source.line)).toEqual([17]);
  });

  it('keeps a sub-bullet part of the item it elaborates, with every line of it mapped', () => {
    expect(texts(role('Data Engineer')?.responsibilities ?? [])).toEqual([
      'Build the ingestion pipelines (connectors for three shop systems; schema drift alerts)',
      'Keep warehouse costs down',
    ]);
    expect(texts(role('Product Designer')?.responsibilities ?? [])).toEqual(['Run discovery interviews (with teachers, every sprint)']);
    expect(company.unmapped).toEqual([]);
  });
});

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

describe('a jobs tab copied from a social site', () => {
  it('makes each title a role, gender mark off, and its place line a note of that opening, not a role', () => {
    const company = modelOfText([
      'Our values',
      '• Genauigkeit – we measure before we argue',
      'Jobs',
      'Embedded Software Engineer (m/w/d)',
      'Stuttgart, Baden-Württemberg, Germany · On-site', // 5
      'Test Automation Engineer (m/w/d)',
      'Chemnitz, Sachsen, Germany · Hybrid',
    ].join('\n'));
    expect(company.roles.map((r) => r.title)).toEqual(['Embedded Software Engineer', 'Test Automation Engineer']);
    expect(company.values.map((v) => v.text)).toEqual(['Genauigkeit – we measure before we argue']);
    expect(company.notes.map((n) => [n.label, n.text, n.source.line])).toEqual([
      ['Embedded Software Engineer', 'Stuttgart, Baden-Württemberg, Germany · On-site', 5],
      ['Test Automation Engineer', 'Chemnitz, Sachsen, Germany · Hybrid', 7],
    ]);
  });
});

describe('a social site\'s "Pages people also viewed"', () => {
  it('lists companies like this one: competitors, never roles of a jobs list above it', () => {
    const company = modelOfText(['Jobs', 'Embedded Software Engineer', '', 'Pages people also viewed', 'Pumpenfabrik Ostwald AG', 'Kessler Fluidtechnik'].join('\n'));
    expect(company.roles.map((r) => r.title)).toEqual(['Embedded Software Engineer']);
    expect(company.competitors.map((c) => c.text)).toEqual(['Pumpenfabrik Ostwald AG', 'Kessler Fluidtechnik']);
  });
});
