import { runs } from '../helpers/runs.js';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findChrome } from '../../src/parse/chrome.js';
import { SITE_PATTERNS } from '../../src/parse/site-chrome.js';
import { splitLines } from '../../src/parse/text-lines.js';

const chromeOf = (body: string) => findChrome(splitLines(body)).map((c) => c.text);

describe('site chrome', () => {
  it.each([
    'Open in app', '7 min read', 'Published in', 'Written by Morven Baird', 'More from Jane Doe and Acme Engineering',
    'Recommended from Medium', 'Photo by Jo Bloggs on Unsplash', '…show more', '...see less', 'Start Free Trial', 'Start your free trial',
    'Try Premium for £0', 'Unlock even more data', 'Get the LinkedIn app', 'Chrome Extension', 'Explore more profiles',
    'Easy Apply', 'Set alert for similar jobs', 'Meet the hiring team', 'Job poster', 'Promoted by hirer · Responses managed off LinkedIn',
    'Over 100 applicants', '312 on LinkedIn', '2nd', 'No offer', 'Accepted offer', 'Positive experience', 'Difficult interview',
    'Continue reading', 'Add an interview', 'Updated 12 Jan 2025', 'Last edited 3 Feb by me', 'Last updated: Mar 4, 2025',
    'Crunchbase © 2025. All Rights Reserved.', 'LinkedIn Corporation © 2025', 'Save Senior Product Manager, Payments at Kittiwake Analytics',
    'More jobs', 'Interested in working with us in the future?', 'Interview experience', '62% Positive', 'Applied online 58%', '2.9 Average',
    'This page is intentionally left blank in the printed edition.',
  ])('drops %j', (line) => {
    expect(chromeOf(`Acme\n\n${line}\n\nText.\n`)).toEqual([line]);
  });

  it.each([
    'Listen to your customers.', 'Written by engineers, for engineers, our handbook is public.', 'Photo booths for weddings and events',
    'Search is our core product.', 'We accepted offers from two acquirers in 2019.', 'Positive cash flow since 2021',
    'Updated our mission in 2024 to include water quality.', 'Over 100 engineers work in Leeds.', 'Easy to use accounting for charities',
    'Save 20% at checkout', 'Save time at every step', 'Gross margin 62%', 'Interview experience matters to us.',
    // A value, a team, a product line and a revenue mix's last row, written as a site's buttons are.
    'Listen', 'Search Infrastructure', 'Save Time at Checkout', 'Other 12%',
  ])('keeps %j', (line) => {
    expect(chromeOf(`Acme\n\n${line}\n\nText.\n`)).toEqual([]);
  });

  it('drops a network\'s header links one to a line, and a database\'s tabs with an ampersand among them', () => {
    const header = ['LinkedIn', 'Home', 'My Network', 'Jobs', 'Messaging', 'Notifications', 'Me', 'For Business'];
    expect(chromeOf(`${header.join('\n')}\nSenior Product Manager, Payments\nWe build payments.\n`)).toEqual(header.slice(1));
    const tabs = ['Summary', 'Financials', 'People', 'Technology', 'Signals & News', 'Similar Companies'];
    expect(chromeOf(`Acme\n${tabs.join('\n')}\nAbout\nAcme makes rope.\n`)).toEqual(expect.arrayContaining(['Financials', 'Signals & News', 'Similar Companies']));
  });

  // Every pattern is bounded: a line of prose longer than any furniture never matches (and a backtracking pattern would hang here).
  it('never takes a long line for furniture, whatever it starts with', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), fc.constantFrom(' ', '·', '©', '…', '1'), (text, filler) => {
      const line = text + filler.repeat(2000);
      expect(SITE_PATTERNS.filter((pattern) => pattern.test(line))).toEqual([]);
    }), { numRuns: runs(30) });
  });
});
