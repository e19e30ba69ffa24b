import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datelineOf } from '../../src/extract/press-release.js';
import { pressChrome } from '../../src/parse/press-chrome.js';
import { splitLines } from '../../src/parse/text-lines.js';
import { modelOfText, texts } from '../helpers/model.js';

const RELEASE = [
  'Acme Launches Tidebook, a Ledger for Ferries', // 1
  '',
  'News provided by',
  'Acme AS',
  'Mar 03, 2025, 08:00 ET', // 5
  '',
  'Share this article',
  '',
  'BERGEN, Norway, March 3, 2025 /PRNewswire/ -- Acme AS today announced Tidebook, a ledger for ferry emissions.',
  '', // 10
  'Tidebook reads fuel-flow meters on board.',
  '',
  'About Acme',
  '',
  'Founded in 2014 and headquartered in Bergen, Norway, Acme builds data products for shipowners.', // 15
  '',
  'Forward-Looking Statements',
  '',
  'This press release contains forward-looking statements about the benefits of Tidebook.',
  '', // 20
  'Media contact:',
  'Kari Nord',
  'press@acme.example',
  '',
  'SOURCE Acme AS', // 25
  '',
  '###',
].join('\n');

describe('a press release pasted as text', () => {
  it('finds the dateline of the wires, and none in a sentence', () => {
    expect(datelineOf('OSLO, Norway, March 3, 2025 /PRNewswire/ -- Acme AS today announced')).toMatchObject({ date: 'March 3, 2025' });
    expect(datelineOf('LONDON, March 3, 2025 (GLOBE NEWSWIRE) -- Acme plc')).toMatchObject({ date: 'March 3, 2025' });
    expect(datelineOf('SAN FRANCISCO, Jan. 9, 2025 -- Acme Inc.')).toMatchObject({ date: 'Jan. 9, 2025' });
    expect(datelineOf('We met in Oslo -- it went well')).toBeUndefined();
    expect(datelineOf('NOTE -- bring a laptop')).toBeUndefined();
  });

  it('on any text, a dateline is a start of it, and dated only by a date it holds', () => {
    let seen = 0;
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.constantFrom('', 'OSLO, ', 'OSLO, Norway, March 3, 2025 ', 'OSLO, Norway, March 3, 2025 /PRNewswire/ -- ', '/PRNewswire/ ', '-- '), (text, prefix) => {
        const found = datelineOf(prefix + text);
        if (!found) return;
        seen += 1;
        const line = prefix + text;
        // It runs through the dash that ends it and the spaces after: the body starts right after it.
        expect(line.slice(0, found.length).trimEnd()).toMatch(/(?:--|—|–)$/);
        expect(line.slice(found.length)).not.toMatch(/^\s/);
        if (found.date) expect(line.slice(0, found.length)).toContain(found.date);
      }),
    );
    // Some of the texts tried held a dateline: the property was not vacuous.
    expect(seen).toBeGreaterThan(0);
  });

  it('leaves the wire\'s buttons, byline, boilerplate and media contact out', () => {
    expect(pressChrome(splitLines(RELEASE)).map((c) => c.line)).toEqual([3, 4, 5, 7, 17, 19, 21, 22, 23, 25]);
  });

  it('makes the headline a dated news item, the About paragraph the summary and the body notes under the headline', () => {
    const { company } = modelOfText('acme/release.txt', RELEASE);
    expect(company.news.map((n) => [n.label, n.text, n.source.line])).toEqual([['March 3, 2025', 'Acme Launches Tidebook, a Ledger for Ferries', 1]]);
    expect(company.overview.summary?.text).toMatch(/^Founded in 2014/);
    expect(company.overview.headquarters?.text).toBe('Bergen, Norway');
    expect(company.notes.map((n) => [n.label, n.text])).toEqual([
      ['Acme Launches Tidebook, a Ledger for Ferries', 'Acme AS today announced Tidebook, a ledger for ferry emissions.'],
      ['Acme Launches Tidebook, a Ledger for Ferries', 'Tidebook reads fuel-flow meters on board.'],
    ]);
    expect(JSON.stringify(company)).not.toMatch(/PRNewswire|forward-looking|press@|Kari Nord|SOURCE|Share this/);
    expect(texts(company.unmapped)).toEqual([]);
  });

  it('keeps the lede as the summary, less its dateline, when the release has no "About" paragraph', () => {
    const { company } = modelOfText('acme/release.txt', RELEASE.split('\n').slice(0, 12).join('\n'));
    expect(company.overview.summary?.text).toBe('Acme AS today announced Tidebook, a ledger for ferry emissions.');
    expect(texts(company.news)).toEqual(['Acme Launches Tidebook, a Ledger for Ferries']);
  });
});
