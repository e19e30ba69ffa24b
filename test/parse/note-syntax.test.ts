import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { extract } from '../../src/extract/extract.js';
import { merge } from '../../src/merge/merge.js';
import { parse } from '../../src/parse/parse.js';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { unfoldNoteSyntax, unwikify } from '../../src/parse/note-syntax.js';

const NOTE = [
  '---', // 1
  'company: "[[Acme Energi AS]]"',
  '---',
  '# Acme Energi AS',
  '', // 5
  '#company #norway',
  '',
  '> [!note] Team',
  '> Platform & Operations, 7 people',
  '', // 10
  'Acme Energi runs hydropower plants; see [[Statkraft vs Acme|the comparison]] and ![[org-chart.png]].',
  '',
  '## Competitors',
  '',
  '- [[Statkraft]]', // 15
  '- ==Tibber== for the app',
  '',
  '%%',
  'Do not share with the recruiter.',
  '%%', // 20
  '',
  '```dataview',
  'TABLE status FROM #interview',
  '```',
].join('\n');

describe('the syntax of a notes app', () => {
  const file = new VFile({ path: 'acme/note.md', value: NOTE, data: { relative: 'acme/note.md' } });
  const doc = parse(file)!;
  const company = merge([extract(doc, 'acme')], 'acme');

  it('reads wiki links and highlights as their text, in the body and in front matter', () => {
    expect(company.name).toBe('Acme Energi AS');
    expect(company.competitors.map((c) => c.text)).toEqual(['Statkraft', 'Tibber for the app']);
    expect(JSON.stringify(company)).not.toMatch(/\[\[|\]\]|==/);
  });

  it('takes a callout\'s title as the label of what it says', () => {
    // No role is named, so the team is company-level prep.
    expect(company.prep.notes.map((n) => [n.label, n.text])).toContainEqual(['Team', 'Platform & Operations, 7 people']);
  });

  it('counts comments, tag lines and queries as chrome: never content, never unmapped', () => {
    expect(doc.chrome.map((c) => c.line)).toEqual([6, 18, 19, 20, 22, 23, 24]);
    expect(JSON.stringify(company)).not.toMatch(/recruiter|TABLE status|#norway/);
    expect(company.unmapped).toEqual([]);
  });

  it('keeps every line of a text where it was', () => {
    const link = fc.constantFrom('[[Page]]', '[[Page|Alias]]', '![[a.png]]', '%%c%%', '%%multi\nline%%', '==mark==', 'text', '\n', ' ', '[[', ']]', '%%', '==');
    fc.assert(fc.property(fc.array(link, { maxLength: 30 }), (parts) => {
      const value = parts.join('');
      const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] };
      const after = toString(unfoldNoteSyntax(tree));
      expect(after.split('\n').length).toBe(value.split('\n').length);
    }));
    expect(unwikify('[[Page#Heading|shown]] and [[Other#Part]]')).toBe('shown and Other');
    expect(unwikify('returns [[]] when empty')).toBe('returns [[]] when empty');
  });
});

describe('Dataview inline fields', () => {
  const model = (body: string) => {
    const file = new VFile({ path: 'acme/note.md', value: body });
    file.data.relative = 'acme/note.md';
    return merge([extract(parse(file)!, 'acme')], 'acme');
  };

  it('reads `name:: value` lines as the fields they name, lower case and all, each at its line', () => {
    const company = model('# Acme\n\nfounded:: 2015\nhq:: Leeds, UK\nemployees:: 320\nwebsite:: https://acme.example\n');
    expect([company.overview.founded?.year, company.overview.headquarters?.text, company.overview.employees?.count]).toEqual([2015, 'Leeds, UK', 320]);
    expect(company.overview.headquarters?.source.line).toBe(4);
  });

  it('leaves `::` inside a line, and one with nothing after it, as written', () => {
    const tree = (value: string): string => toString(unfoldNoteSyntax({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] }));
    expect(tree('Uses std::vector and a [[Page]]')).toBe('Uses std::vector and a Page');
    expect(tree('role:: [[Data Engineer]]\nC++::')).toBe('role: Data Engineer\nC++::');
  });

  it('turns only a line-opening `name::` into `name:`, every other character kept', () => {
    // Single spaces: the note's runs of spaces are folded to one anyway.
    const name = fc.stringMatching(/^[a-z]{1,8}(?: [a-z]{1,8})?$/);
    const value = fc.stringMatching(/^[A-Za-z0-9,.]{1,8}(?: [A-Za-z0-9,.]{1,8}){0,2}$/);
    fc.assert(fc.property(fc.array(fc.tuple(name, value), { minLength: 1, maxLength: 8 }), (rows) => {
      const value_ = rows.map(([n, v]) => `${n}:: ${v}[[x]]`).join('\n');
      const after = toString(unfoldNoteSyntax({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: value_ }] }] }));
      expect(after).toBe(rows.map(([n, v]) => `${n}: ${v}x`).join('\n'));
    }));
  });
});

describe('a line of brackets', () => {
  // Each `[[` of the line tried a link to the line's end: 40 kB of `[[` or `[[a|` took 1-2.5 s.
  it('is read in one pass, and a link at its end still reads as its text', () => {
    for (const run of ['[['.repeat(20_000), '[[a|'.repeat(10_000), '![['.repeat(13_000)]) expect(unwikify(`${run}[[Page|shown]]`)).toBe(`${run}shown`);
  });
});
