import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { entriesOf } from '../../src/extract/entries.js';
import { modelOf } from '../helpers/model.js';
import { parsedMarkdown } from '../helpers/parsed.js';

const entries = (markdown: string) =>
  entriesOf(parsedMarkdown(markdown).tree.children).map((e) => [e.line, e.labelled?.label ?? null, e.labelled?.value ?? e.text]);

describe('consecutive labelled lines in one paragraph', () => {
  it.each([
    ['__Founded__: 1961\n__Headquarters__: Leeds, England\n__Employees__: about 72,000'],
    ['**Founded**: 1961\n**Headquarters**: Leeds, England\n**Employees**: about 72,000'],
    ['**Founded:** 1961\n**Headquarters:** Leeds, England\n**Employees:** about 72,000'],
    ['Founded: 1961\nHeadquarters: Leeds, England\nEmployees: about 72,000'],
  ])('one field per line, each with its own line: %s', (markdown) => {
    expect(entries(`# Brightmoor\n\n${markdown}\n`)).toEqual([
      [3, 'Founded', '1961'],
      [4, 'Headquarters', 'Leeds, England'],
      [5, 'Employees', 'about 72,000'],
    ]);
  });

  it('splits a run of `**Name** — description` lines into one item per line, but not prose that merely wraps', () => {
    expect(entries('## Values\n\n**Ownership** - we finish what we start.\n**Candor** — we say it plainly.\n')).toEqual([
      [3, null, 'Ownership - we finish what we start.'],
      [4, null, 'Candor — we say it plainly.'],
    ]);
    expect(entries('## Notes\n\nWe met the team and\n**Candor** - came up twice.\n')).toEqual([[3, null, 'We met the team and Candor - came up twice.']]);
  });

  it('splits a paragraph whose every line is a lower-case `name: value` field, and no prose that has one', () => {
    expect(entries('# Acme\n\nhq: Leeds, UK\nemployees: 320\n')).toEqual([[3, 'hq', 'Leeds, UK'], [4, 'employees', '320']]);
    expect(entries('## Notes\n\nthe reason: pay\nand then we left.\n')).toEqual([[3, 'the reason', 'pay and then we left.']]);
  });

  it('fills the overview from such a paragraph', () => {
    const { company } = modelOf([{ name: 'profile.md', markdown: '# Brightmoor\n\n## Overview\n\n__Founded__: 1961\n__Headquarters__: Leeds, England\n__Employees__: about 72,000\n' }], 'brightmoor');
    expect(company.overview.founded).toMatchObject({ text: '1961', year: 1961, source: { line: 5 } });
    expect(company.overview.headquarters).toMatchObject({ text: 'Leeds, England', source: { line: 6 } });
    expect(company.overview.employees).toMatchObject({ count: 72000, source: { line: 7 } });
    expect(company.unmapped).toEqual([]);
  });

  it('does not swallow the next labelled line into a list item label, nested items go under the last line', () => {
    const markdown = '- **Team**: North region, reporting to the District Manager\n**Success metrics:**\n  - Store sales up 5%\n';
    expect(entries(markdown)).toEqual([
      [1, 'Team', 'North region, reporting to the District Manager'],
      [2, 'Success metrics', ''],
    ]);
    const [, metrics] = entriesOf(parsedMarkdown(markdown).tree.children);
    expect(metrics?.children.map((c) => c.text)).toEqual(['Store sales up 5%']);
  });

  it('a label with no value carried into a nested item leaves it, with the items after it', () => {
    const markdown = '- **Team**:\n  - North region\n**Success metrics:**\n  - Store sales up 5%\n';
    const [team, metrics, ...rest] = entriesOf(parsedMarkdown(markdown).tree.children);
    expect(rest).toEqual([]);
    expect([team?.labelled?.label, team?.children.map((c) => c.text)]).toEqual(['Team', ['North region']]);
    expect([metrics?.line, metrics?.labelled?.label, metrics?.children.map((c) => c.text)]).toEqual([3, 'Success metrics', ['Store sales up 5%']]);
  });

  it('an empty label keeps its own line and the next label its own', () => {
    expect(entries('**Team:**\n**Level:** Senior\n')).toEqual([
      [1, 'Team', ''],
      [2, 'Level', 'Senior'],
    ]);
  });

  it('keeps a prose paragraph, and a wrapped value, one entry', () => {
    expect(entries('We grew fast.\nthe team said: more to come\n')).toHaveLength(1);
    expect(entries('**Mission**: To make\nsteel light again\n')).toEqual([[1, 'Mission', 'To make steel light again']]);
  });

  it('any run of labelled lines gives one entry per line, in order', () => {
    const label = fc.stringMatching(/^[A-Z][a-z]{2,10}$/);
    const value = fc.stringMatching(/^[a-z0-9]{1,12}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(label, value), { minLength: 1, maxLength: 8 }), (pairs) => {
        const markdown = pairs.map(([l, v]) => `**${l}**: ${v}`).join('\n');
        expect(entries(markdown)).toEqual(pairs.map(([l, v], i) => [i + 1, l, v]));
      }),
    );
  });
});
