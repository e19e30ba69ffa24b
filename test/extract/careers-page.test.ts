import { describe, expect, it } from 'vitest';
import { modelOf, texts } from '../helpers/model.js';
import { modelOfText } from './text-model.js';

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
