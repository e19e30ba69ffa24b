import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findChrome } from '../../src/parse/chrome.js';
import { splitLines } from '../../src/parse/text-lines.js';
import { modelOfText, texts } from '../helpers/model.js';

// An interview thread copied from a forum page: the site's counters and buttons around the posts.
const THREAD = [
  'r/cscareerquestions', // 1
  'Posted by u/quiet_gradient 3 days ago',
  'Acme onsite, what to expect?',
  '▲ 142 ▼',
  '58 comments', // 5
  'Save',
  '',
  'u/ledger_goblin · 3d',
  'The SQL round is window functions, lots of them.',
  '▲ 61 reply', // 10
  '    u/quiet_gradient OP · 2d',
  '    Was it on a shared editor?',
  'u/[deleted] · 2d',
  '[removed]',
  'u/AutoModerator · 3d', // 15
  'Reminder: do not share exact questions. This comment was posted automatically.',
  'Load more comments (21)',
  'Related communities',
].join('\n');

const chromeLines = (text: string): number[] => findChrome(splitLines(text)).map((c) => c.line);

describe('a forum thread copied as text', () => {
  it('drops who posted when, the counters, buttons, removed comments and the bot, and keeps the posts', () => {
    expect(chromeLines(THREAD)).toEqual([1, 2, 4, 5, 6, 8, 10, 11, 13, 14, 15, 16, 17, 18]);
    const { company } = modelOfText('acme/thread.txt', THREAD);
    const kept = JSON.stringify(company);
    expect(kept).toContain('The SQL round is window functions, lots of them.');
    expect(kept).toContain('Was it on a shared editor?');
    expect(kept).not.toMatch(/u\/|▲|comments|\[removed\]|automatically|Related communities/);
    expect(texts(company.unmapped)).not.toContain('Save');
  });

  it('leaves a document\'s own `Context` heading and a sentence of something done automatically as content', () => {
    const text = ['Context', 'Grocery margins are thin.', '', 'Failover to the second region was performed automatically within 30 seconds.', 'Parent'].join('\n');
    expect(chromeLines(text)).toEqual([]);
  });

  it('takes any user\'s byline and any vote counter as chrome, and a sentence about votes or users as content', () => {
    const user = fc.stringMatching(/^[A-Za-z][\w-]{2,15}$/);
    const age = fc.tuple(fc.integer({ min: 1, max: 99 }), fc.constantFrom('h', 'd', 'mo', 'y', ' days ago'));
    const byline = fc.tuple(user, fc.boolean(), age).map(([name, op, [n, unit]]) => `u/${name}${op ? ' OP' : ''} · ${n}${unit}`);
    const votes = fc.tuple(fc.integer({ min: 0, max: 99999 }), fc.constantFrom('', ' reply', ' ▼')).map(([n, tail]) => `▲ ${n}${tail}`);
    fc.assert(
      fc.property(fc.oneof(byline, votes), user, fc.integer({ min: 0, max: 999 }), (line, name, n) => {
        expect(line).toMatch(/^(?:u\/\S+ (?:OP )?· \d|▲ \d)/);
        expect(chromeLines(line)).toEqual([1]);
        expect(chromeLines(`u/${name} said the onsite had ${n} comments on system design.`)).toEqual([]);
        expect(chromeLines(`We got ${n} upvotes on the launch post and ${n} comments.`)).toEqual([]);
      }),
    );
  });
});
