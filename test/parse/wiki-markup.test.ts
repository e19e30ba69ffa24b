import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWikiMarkup, wikiInline, wikiToMarkdown } from '../../src/parse/wiki-markup.js';
import { modelOfText } from '../helpers/model.js';

const PAGE = [
  'h1. Hiring: Senior Data Engineer', // 1
  '{toc}',
  'h2. About Acme',
  '||Fact||Value||',
  '|Founded|2011|', // 5
  'h3. Responsibilities',
  '* Own the *batch* pipelines',
  '** including backfills',
  'h3. Requirements',
  '# SQL and {{dbt}}', // 10
  '# Python',
  'h2. Example',
  '{code:language=sql}',
  '# not a list item',
  '{code}', // 15
].join('\n');

describe('Confluence and Jira wiki markup', () => {
  it('is told from markdown and plain text', () => {
    expect(isWikiMarkup(PAGE)).toBe(true);
    expect(isWikiMarkup('# Acme\n\n* item\n\n| a | b |\n|---|---|')).toBe(false);
    expect(isWikiMarkup('Notes\nh1. is how Confluence writes a heading')).toBe(false);
  });

  it('writes inline markup over into markdown', () => {
    expect(wikiInline('Status: *OPEN*, see [the loop|https://x.example] by [~amy] in {{git}} _now_')).toBe(
      'Status: **OPEN**, see [the loop](https://x.example) by @amy in `git` *now*',
    );
  });

  it('reads headings, lists and tables at the page\'s own lines', () => {
    const { doc, company: draft } = modelOfText('acme/page.txt', PAGE);
    expect(draft.overview.founded).toMatchObject({ text: '2011', source: { line: 5 } });
    const role = draft.roles.find((r) => r.title === 'Senior Data Engineer');
    expect(role?.responsibilities.map((f) => [f.text, f.source.line])).toEqual([['Own the batch pipelines (including backfills)', 7]]);
    expect(role?.requirements.map((f) => [f.text, f.source.line])).toEqual([['SQL and dbt', 10], ['Python', 11]]);
    expect(doc.chrome.map((c) => c.line)).toContain(2);
    expect(JSON.stringify(draft)).not.toMatch(/h[1-3]\.|\|\||\{toc\}|\{code/);
  });

  it('takes every markdown line back to a line of the page, in order, and keeps every line of the page', () => {
    const line = fc.oneof(
      fc.constantFrom('h2. Title', '||a||b||', '|c|d|', '* item', '## deep', '{panel}', '{code}', '----', '', '{note}', '{warning:title=Heads up}', '{info}Boxed{info}', '{tip}Open'),
      fc.string({ maxLength: 12 }).filter((s) => !s.includes('\n')),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const body = lines.join('\n');
        const { text, lineOf } = wikiToMarkdown(body);
        const origins = text.split('\n').map((_, i) => lineOf(i + 1));
        expect(origins).toEqual([...origins].sort((a, b) => a - b));
        expect(new Set(origins)).toEqual(new Set(body.split('\n').map((_, i) => i + 1)));
      }),
    );
  });

  describe('an admonition panel ({note}, {info}, {warning}, {tip})', () => {
    const requirementsThen = (panel: readonly string[]) => ['h1. Hiring: Data Engineer', 'h3. Requirements', '# SQL', '# Python', '', ...panel, 'h2. Loop'].join('\n');
    const read = (panel: readonly string[]) => modelOfText('acme/page.txt', requirementsThen(panel)).company;

    it('after a list is an aside of its own, a note at its line, never one more item of the list', () => {
      const company = read(['{note}Do not share this page outside the panel.{note}']);
      expect(company.roles[0]?.requirements.map((f) => f.text)).toEqual(['SQL', 'Python']);
      expect(company.notes.map((n) => [n.label, n.text, n.source.line])).toContainEqual(['Note', 'Do not share this page outside the panel.', 6]);
    });

    // Cited where its title stands, over the body, as a label over its value.
    it('on lines of its own is one aside, labelled with its title, its macro lines chrome', () => {
      const { doc, company } = modelOfText('acme/page.txt', requirementsThen(['{warning:title=Heads up}', 'Salaries are *not* final.', '{warning}']));
      expect(company.roles[0]?.requirements.map((f) => f.text)).toEqual(['SQL', 'Python']);
      expect(company.notes.map((n) => [n.label, n.text, n.source.line])).toContainEqual(['Heads up', 'Salaries are not final.', 6]);
      expect(doc.chrome.map((c) => c.line)).toContain(8);
    });

    it('of any kind and text leaves the list as it was', () => {
      const word = fc.stringMatching(/^[A-Za-z]{2,8}$/);
      fc.assert(fc.property(fc.constantFrom('note', 'info', 'warning', 'tip'), fc.array(word, { minLength: 1, maxLength: 6 }), fc.boolean(), (kind, words, oneLine) => {
        const text = words.join(' ');
        const panel = oneLine ? [`{${kind}}${text}{${kind}}`] : [`{${kind}}`, text, `{${kind}}`];
        const company = read(panel);
        expect(company.roles[0]?.requirements.map((f) => f.text)).toEqual(['SQL', 'Python']);
        expect(company.notes.map((n) => n.text)).toContain(text);
      }));
    });
  });
});
