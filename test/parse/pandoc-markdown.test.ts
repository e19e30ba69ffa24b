import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gridTables } from '../../src/parse/grid-table.js';
import { isPandocMarkdown, pandocToMarkdown } from '../../src/parse/pandoc-markdown.js';
import { spellDashes, unwrapSpans } from '../../src/parse/pandoc-inline.js';

const facts = [
  '+--------------+------------------------+',
  '| Founded      | 2015                   |',
  '+--------------+------------------------+',
  '| Headquarters | Manchester, England    |',
  '+--------------+------------------------+',
].join('\n');
const criteria = [
  '+-------------------------+-----------+-----------+',
  '| **Criteria**            | Essential | Desirable |',
  '+=========================+===========+===========+',
  '| Experience running      | ✓         |           |',
  '| Kubernetes              |           |           |',
  '+-------------------------+-----------+-----------+',
].join('\n');

describe('pandoc markdown', () => {
  it('reads a grid table\'s rows, a cell wrapped over lines joined', () => {
    const [table] = gridTables(criteria.split('\n'));
    expect(table?.rows.map((row) => [row.index, row.cells])).toEqual([[1, ['**Criteria**', 'Essential', 'Desirable']], [3, ['Experience running Kubernetes', '✓', '']]]);
    expect([table?.start, table?.end]).toEqual([0, 5]);
  });

  it('writes a two-column table as facts at their rows\' lines, and a wider one as a GFM table', () => {
    const { text, lineOf, chrome } = pandocToMarkdown(`**At a glance**\n\n${facts}\n\n**Person specification**\n\n${criteria}\n`);
    const lines = text.split('\n');
    expect(lines.filter(Boolean)).toEqual([
      '# At a glance', 'Founded: 2015', 'Headquarters: Manchester, England', '## Person specification',
      '| **Criteria** | Essential | Desirable |', '| --- | --- | --- |', '| Experience running Kubernetes | ✓ |  |',
    ]);
    expect(lineOf(lines.indexOf('Headquarters: Manchester, England') + 1)).toBe(6);
    expect(lineOf(lines.indexOf('| Experience running Kubernetes | ✓ |  |') + 1)).toBe(14);
    expect(chrome.map((c) => c.line)).toEqual([3, 5, 7, 11, 13, 16]);
  });

  it('reads spans as their text, drops attributes, spells dashes, and ends a paragraph at a hard break', () => {
    expect(unwrapSpans('Our mission is [to make every pound\ntraceable]{.mark}. ![](media/a.png){width="1in"}')).toBe('Our mission is to make every pound\ntraceable. ![](media/a.png)');
    expect(spellDashes('£65,000 -- £80,000 --- or more <!-- x --> ---')).toBe('£65,000 – £80,000 — or more <!-- x --> —');
    expect(spellDashes('---')).toBe('---');
    expect(spellDashes('Run `dbt --full-refresh` -- nightly')).toBe('Run `dbt --full-refresh` – nightly');
    expect(pandocToMarkdown('Charitalis\\\nFundbook\\\nSage').text).toBe('Charitalis\n\nFundbook\n\nSage');
  });

  it('knows pandoc\'s markdown by a span or a grid table with its list markers, not a plain note', () => {
    expect(isPandocMarkdown('Text [x]{.underline}.')).toBe(true);
    expect(isPandocMarkdown(`${facts}\n\n-   item\n`)).toBe(true);
    expect(isPandocMarkdown('# Notes\n\n- item\n[link](https://x.example)\n')).toBe(false);
    expect(isPandocMarkdown(facts)).toBe(false);
  });

  const body = fc.array(fc.oneof(
    fc.constantFrom('+---+---+', '| a | b |', '+===+===+', '**Title**', '', 'x\\', '[a]{.mark}', '[a', 'b]{.x}', '```', '1.  item', '-- --- ----'),
    fc.string({ maxLength: 12 }),
  ), { maxLength: 30 }).map((lines) => lines.join('\n'));

  it('never throws, maps every line back to a line of the document in order, and is idempotent', () => {
    fc.assert(fc.property(body, (text) => {
      const count = text.split('\n').length;
      const converted = pandocToMarkdown(text);
      const origins = converted.text.split('\n').map((_, i) => converted.lineOf(i + 1));
      expect(origins.every((line, i) => line >= 1 && line <= count && line >= (origins[i - 1] ?? 1))).toBe(true);
      expect(pandocToMarkdown(converted.text).text).toBe(converted.text);
    }));
  });

  it('keeps every line\'s words at that line\'s number, outside tables', () => {
    fc.assert(fc.property(fc.array(fc.stringMatching(/^[A-Za-z][a-z ]{0,20}[a-z]$/), { minLength: 1, maxLength: 20 }), (words) => {
      const converted = pandocToMarkdown(words.join('\n'));
      converted.text.split('\n').forEach((line, i) => {
        if (line !== '') expect(line).toBe(words[converted.lineOf(i + 1) - 1]);
      });
    }));
  });
});
