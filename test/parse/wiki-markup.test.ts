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
      fc.constantFrom('h2. Title', '||a||b||', '|c|d|', '* item', '## deep', '{panel}', '{code}', '----', ''),
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
});
