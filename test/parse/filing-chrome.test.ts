import { describe, expect, it } from 'vitest';
import { filingChrome } from '../../src/parse/filing-chrome.js';
import { splitLines } from '../../src/parse/text-lines.js';

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
    expect(filingChrome(splitLines(filing)).map((c) => c.line)).toEqual([2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13]);
  });
});
