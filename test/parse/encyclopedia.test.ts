import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encyclopediaChrome, withoutEncyclopediaMarks } from '../../src/parse/encyclopedia.js';
import { splitLines } from '../../src/parse/text-lines.js';
import { modelOfText, texts } from '../helpers/model.js';

const ARTICLE = [
  'Acme Instruments', // 1
  'From Wikipedia, the free encyclopedia',
  'Jump to navigation',
  'Founded\t1987; 38 years ago in Lyon, France',
  'Headquarters\tVilleurbanne, France', // 5
  'Revenue\t€182 million (2023)[1]',
  '',
  'Acme Instruments Ltd is a French maker of portable spectrometers used in refineries and water utilities.[2][citation needed]',
  '',
  'Contents', // 10
  '1\tHistory',
  '2\tProducts',
  '',
  'History[edit]',
  'Acme was founded in a garage in Lyon and moved to Villeurbanne in 1995.[3]', // 15
  '',
  'Products[edit]',
  'Spectra P4 – a handheld spectrometer.[4]',
  'Corroprobe – a corrosion probe.',
  '', // 20
  'Controversies[edit]',
  'In 2016 a batch of probes was recalled.',
  '',
  'Categories: Companies based in Lyon',
  'Electronics companies of France', // 25
  'This page was last edited on 14 February 2025, at 09:12 (UTC).',
].join('\n');

describe('an encyclopedia article copied as text', () => {
  it('drops citation marks and [edit] links, keeping a task box and a year', () => {
    const line = (text: string) => withoutEncyclopediaMarks(splitLines(text)[0]!);
    expect(line('Revenue €182 million (2023)[1][12]').text).toBe('Revenue €182 million (2023)');
    expect(line('History[edit]')).toMatchObject({ text: 'History', heading: 2 });
    expect(line('- [x] Ask about [1] later').text).toBe('- [x] Ask about [1] later');
    expect(line('Founded 1987; 38 years ago').text).toBe('Founded 1987');
  });

  it('never lengthens a line, and leaves one without brackets or an age as it is', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('[1]', '[edit]', '[citation needed]', '1987; 3 years ago', 'x', ' '), fc.string({ maxLength: 5 })), { maxLength: 10 }), (parts) => {
        const [line] = splitLines(parts.join('').replace(/\n/g, ' '));
        const read = withoutEncyclopediaMarks(line!);
        expect(read.text.length).toBeLessThanOrEqual(line!.text.length);
        if (!line!.text.includes('[') && !line!.text.includes(' ago')) expect(read).toBe(line);
      }),
    );
  });

  it('leaves the site\'s navigation, contents, categories and footer out', () => {
    expect(encyclopediaChrome(splitLines(ARTICLE)).map((c) => c.line)).toEqual([2, 3, 11, 12, 24, 25, 26]);
  });

  it('reads the infobox and the lead, and each [edit] heading as a section of its own', () => {
    const { company } = modelOfText('acme/wikipedia.txt', ARTICLE);
    expect([company.overview.founded?.text, company.overview.headquarters?.text, company.overview.revenue?.text]).toEqual(['1987 in Lyon, France', 'Villeurbanne, France', '€182 million (2023)']);
    expect(company.overview.summary?.text).toBe('Acme Instruments Ltd is a French maker of portable spectrometers used in refineries and water utilities.');
    expect(company.products.map((p) => p.name)).toEqual(['Spectra P4', 'Corroprobe']);
    expect(company.notes.map((n) => n.label)).toContain('Controversies');
    expect(JSON.stringify(company)).not.toMatch(/\[\d+\]|\[edit\]|Wikipedia|last edited|years ago|Categories/);
    expect(texts(company.unmapped)).toEqual([]);
  });
});
