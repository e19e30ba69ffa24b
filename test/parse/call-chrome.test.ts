import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callChrome } from '../../src/parse/call-chrome.js';
import { splitLines } from '../../src/parse/text-lines.js';
import { modelOfText } from '../helpers/model.js';

const EARNINGS_CALL = [
  'Acme Systems, Inc. (ACME) Q3 2025 Earnings Call Transcript', // 1
  '',
  'Company Participants',
  '',
  'Dana Whitlock - Vice President, Investor Relations', // 5
  'Marcus Eide - Chief Executive Officer',
  '',
  'Operator',
  '',
  'Good afternoon, and welcome to the call. Please go ahead.', // 10
  '',
  'Marcus Eide',
  '',
  'Our mission is to make every shipment verifiable. We ended the quarter with about 2,300 employees.',
  '', // 15
  'Question-and-Answer Session',
  '',
  'Operator',
  '',
  'Thank you. [Operator Instructions] Our first question comes from Tom Okafor.', // 20
  '',
  'Tom Okafor',
  '',
  'Who do you compete with?',
].join('\n');

const OTTER = [
  'Informational chat with Lena Marsh', // 1
  'Wed, Oct 15, 2025 4:02PM • 34:18',
  'SUMMARY KEYWORDS',
  'design system, clinicians, research',
  'SPEAKERS', // 5
  'Lena Marsh, Me',
  '',
  'Lena Marsh  00:09',
  'We are about 120 people now.',
  '', // 10
  'Transcribed by https://otter.ai',
].join('\n');

const chromeOf = (text: string): number[] => callChrome(splitLines(text)).map((c) => c.line);

describe('a recorded call written out', () => {
  it('drops the participants list, the operator\'s turns and the Q&A heading, and keeps what the speakers say', () => {
    expect(chromeOf(EARNINGS_CALL)).toEqual([3, 5, 6, 8, 10, 16, 18, 20]);
    const { company } = modelOfText('acme/call.txt', EARNINGS_CALL);
    expect(JSON.stringify(company)).toContain('Our mission is to make every shipment verifiable.');
    expect(JSON.stringify(company)).not.toMatch(/welcome to the call|Operator Instructions|Chief Executive Officer/);
  });

  it('drops a transcriber\'s header and footer', () => {
    expect(chromeOf(OTTER)).toEqual([2, 3, 4, 5, 6, 11]);
  });

  it('leaves an event page\'s `SPEAKERS` over its talks as content: only a recorded call\'s header is chrome', () => {
    expect(chromeOf(['Acme Data Summit 2025', '', 'SPEAKERS', 'Priya Nair, VP Engineering, on scaling the warehouse'].join('\n'))).toEqual([]);
  });

  it('leaves a team page\'s `Executives` over `Name - Title` lines as content: only a call\'s roster is chrome', () => {
    const team = ['Acme', '', 'Executives', '', 'Maria Lopez - Chief Executive Officer', 'Tom Becker - Chief Technology Officer'].join('\n');
    expect(chromeOf(team)).toEqual([]);
    const call = [team, '', 'Operator', '', 'Welcome to the call.', '', 'Maria Lopez', '', 'Thanks, everyone.', '', 'Operator', '', 'Our next question, please.'].join('\n');
    expect(chromeOf(call)).toEqual([3, 5, 6, 8, 10, 16, 18]);
  });

  it('leaves a text with one `Operator` line, or none, to its speakers', () => {
    const name = fc.constantFrom('Dana Whitlock', 'Tom Okafor', 'Mei Lin', 'Operator');
    const sentence = fc.constantFrom('We grew revenue by a third.', 'Thank you for the question.', 'Our mission is fair pay.');
    fc.assert(
      fc.property(fc.array(fc.tuple(name, sentence), { minLength: 1, maxLength: 8 }), (turns) => {
        const lines = turns.flatMap(([who, said]) => [who, '', said, '']);
        const operators = turns.filter(([who]) => who === 'Operator').length;
        const chrome = chromeOf(lines.join('\n'));
        // Each operator's name line and sentence when the call has two turns or more of theirs; nothing otherwise.
        const expected = operators < 2 ? [] : turns.flatMap(([who], i) => (who === 'Operator' ? [4 * i + 1, 4 * i + 3] : []));
        expect(chrome).toEqual(expected);
      }),
    );
  });
});
