import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filingChrome, withRegistrantTitle } from '../../src/parse/filing-chrome.js';
import { splitLines } from '../../src/parse/text-lines.js';
import { modelOfText } from '../helpers/model.js';

describe('a securities filing pasted as text', () => {
  it('leaves its cover page and contents out, and its sections in', () => {
    const filing = [
      'UNITED STATES', // 1
      'SECURITIES AND EXCHANGE COMMISSION',
      'Washington, D.C. 20549',
      'FORM 10-K',
      'ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934', // 5
      'For the fiscal year ended December 31, 2024',
      'ACME THERAPEUTICS, INC.',
      '(Exact name of registrant as specified in its charter)',
      'Delaware\t47-3318820',
      '(State or other jurisdiction of incorporation)\t(I.R.S. Employer Identification No.)', // 10
      'PART I',
      'Item 1. Business\t4',
      'Item 1A. Risk Factors\t11',
      'Item 1. Business',
      'We were incorporated in Delaware in 2011 and employ 1,240 people.', // 15
      'United States sales grew 12% in 2024.',
    ].join('\n');
    expect(filingChrome(splitLines(filing)).map((c) => c.line)).toEqual([1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13]);
  });

  it('takes `UNITED STATES` over the commission\'s name as part of it, and only there', () => {
    const lines = splitLines(['UNITED STATES', '', 'SECURITIES AND EXCHANGE COMMISSION', 'UNITED STATES', 'Revenue by region'].join('\n'));
    expect(filingChrome(lines).map((c) => c.line)).toEqual([1, 3]);
  });

  it('makes the line over `(Exact name of registrant …)` the title, whatever its shape', () => {
    const lines = withRegistrantTitle(splitLines(['FORM 10-K', 'ACME THERAPEUTICS, INC.', '(Exact name of registrant as specified in its charter)'].join('\n')));
    expect(lines.map((line) => line.heading)).toEqual([undefined, 1, undefined]);
  });
});

describe('the registrant on a filing\'s cover', () => {
  const word = fc.stringMatching(/^[A-Z][a-z]{2,9}$/);
  const cover = (name: string, prose: string) =>
    ['UNITED STATES', 'SECURITIES AND EXCHANGE COMMISSION', 'FORM 10-K', '', name.toUpperCase(), '(Exact name of registrant as specified in its charter)', '', 'Item 1. Business', '', 'Overview', '', prose].join('\n');

  it('is the company\'s name, spelled as its prose spells it, whatever the folder is called', () => {
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 3 }), fc.constantFrom('Inc.', 'Corporation', 'Holdings, Inc.'), (words, form) => {
      const name = `${words.join(' ')} ${form}`;
      const { company } = modelOfText('acme/10-k.txt', cover(name, `${name} is a company that makes things for other companies.`));
      expect(company.name).toBe(name);
      expect(company.sources[0]?.title).toBe(name.toUpperCase());
    }));
  });

  it('keeps the cover\'s capitals when nothing spells the name otherwise', () => {
    const { company } = modelOfText('acme/10-k.txt', cover('Harrowgate Labs Inc.', 'We make lab equipment for hospitals and universities.'));
    expect(company.name).toBe('HARROWGATE LABS INC.');
  });
});
