import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelOfText, texts } from '../helpers/model.js';

// Blocks among a list section's items that are none of them: a code sample, a callout.
const page = (block: readonly string[]) =>
  ['# Acme: Backend Engineer', '', '## Requirements', '', '- 5+ years of Go', '- PostgreSQL', '', '## Questions they may ask', '', '1. How do you debug a slow query?', '', ...block, ''].join('\n');

describe('a code block under a list section', () => {
  it('is no question: it is kept as a note under the section\'s heading, at its line', () => {
    const { company } = modelOfText('acme/prep.md', page(['```sql', 'select * from orders;', '```']));
    expect(texts(company.roles[0]!.questions)).toEqual(['How do you debug a slow query?']);
    expect(company.notes.map((n) => [n.label, n.text, n.source.line])).toContainEqual(['Questions they may ask', 'select * from orders;', 12]);
  });

  it('whatever it holds, leaves the questions as they were', () => {
    const codeLine = fc.stringMatching(/^[a-z0-9?=:;#(){}.-][a-z0-9 ?=:;#(){}.-]{0,29}$/);
    fc.assert(fc.property(fc.array(codeLine, { minLength: 1, maxLength: 4 }), fc.constantFrom('', 'python', 'yaml'), (lines, lang) => {
      const { company } = modelOfText('acme/prep.md', page([`\`\`\`${lang}`, ...lines, '```']));
      expect(texts(company.roles[0]!.questions)).toEqual(['How do you debug a slow query?']);
      expect(company.unmapped.map((u) => u.source.line).filter((line) => line >= 12)).toEqual([]);
    }));
  });
});

describe('a callout under a list section', () => {
  it('is an aside, a note labelled with its kind, not an item', () => {
    const text = page([]).replace('- PostgreSQL\n', '- PostgreSQL\n\n> [!warning]\n> Do not share this page.\n');
    const { company } = modelOfText('acme/prep.md', text);
    expect(texts(company.roles[0]!.requirements)).toEqual(['5+ years of Go', 'PostgreSQL']);
    expect(company.notes.map((n) => [n.label, n.text])).toContainEqual(['Warning', 'Do not share this page.']);
  });

  it('whose title names a field still fills it', () => {
    const text = page([]).replace('- PostgreSQL\n', '- PostgreSQL\n\n> [!note] Team\n> Platform, 7 people\n');
    const { company } = modelOfText('acme/prep.md', text);
    expect(company.roles[0]!.team?.text).toMatch(/^Platform/);
    expect(texts(company.roles[0]!.requirements)).toEqual(['5+ years of Go', 'PostgreSQL']);
  });
});

describe('a quote opening with an admonition\'s word in bold (`> **Note:** …`, GitHub\'s older `> **Warning**`)', () => {
  const products = (block: string) =>
    ['# Acme', '', '## Products', '', '- **Tidebook**: a ledger for ferries', '- **Quaylink**: berth booking', '', block, ''].join('\n');

  it('is an aside among products and among requirements, labelled with its kind however it is written', () => {
    const { company } = modelOfText('acme/notes.md', products('> **NOTE:** Quaylink is sold through port authorities.'));
    expect(company.products.map((p) => p.name)).toEqual(['Tidebook', 'Quaylink']);
    expect(company.notes.map((n) => [n.label, n.text, n.source.line])).toContainEqual(['Note', 'Quaylink is sold through port authorities.', 8]);
    const text = page([]).replace('- PostgreSQL\n', '- PostgreSQL\n\n> **Tip:** Bring a laptop.\n');
    expect(texts(modelOfText('acme/prep.md', text).company.roles[0]!.requirements)).toEqual(['5+ years of Go', 'PostgreSQL']);
  });

  it('is one only for an admonition\'s word: a quoted item in bold stays an item', () => {
    const { company } = modelOfText('acme/notes.md', products('> **Harbourline**: a tide-table API'));
    expect(company.products.map((p) => p.name)).toEqual(['Tidebook', 'Quaylink', 'Harbourline']);
  });
});
