import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findChrome } from '../../src/parse/chrome.js';
import { mailChrome } from '../../src/parse/mail.js';
import { splitLines } from '../../src/parse/text-lines.js';

const chromeOf = (body: string) => findChrome(splitLines(body)).map((c) => c.text);
const mailOf = (body: string) => mailChrome(splitLines(body)).map((c) => c.text);

describe('a newsletter saved as text', () => {
  it.each([
    'View this email in your browser', 'Read this newsletter on the web browser', 'Forward to a friend', 'Was this forwarded to you? Sign up here',
    'You are receiving this email because you signed up at acme.example.', 'Our mailing address is:', 'Want to change how you receive these emails?',
    'You can update your preferences or unsubscribe from this list.', 'Unsubscribe', 'Shop the Kestle →', 'Read more ›', 'See all jobs →', '[Image: A green bike outside the workshop]', '[image]',
  ])('drops its service\'s furniture and buttons: %j', (line) => {
    expect(chromeOf(`Acme\n\n${line}\n\nText.\n`)).toEqual([line]);
  });

  it('keeps a careers page\'s openings, each with its arrow: no call to action, so a role', () => {
    expect(chromeOf('Acme Robotics\n\nOpen roles\nSenior Backend Engineer →\nData Engineer ›\n')).toEqual([]);
  });

  it('keeps a sentence that only starts like them, and an arrow inside a line', () => {
    expect(chromeOf('Acme\n\nYou are receiving a lot of attention, says the press.\n\nRevenue → up 12% in 2024, led by Europe.\n\nUnsubscribing is one click, we made sure.\n')).toEqual([]);
  });

  it('reads its greeting and a sign-off of its own words, with the name under it, as a letter\'s', () => {
    const body = 'View this email in your browser\n\nHi Sam,\n\nThe Kestle is out.\n\nRide well,\nHollie Barraclough\nFounder, Ravensmere Bikes\n';
    expect(mailOf(body)).toEqual(['Hi Sam,', 'Ride well,', 'Hollie Barraclough', 'Founder, Ravensmere Bikes']);
    // Without a sign of having been sent, a text's lines are its own.
    expect(mailOf(body.replace('View this email in your browser\n', ''))).toEqual([]);
  });

  it('keeps a mail\'s own comma line over names: only a sent newsletter signs off in words of its own', () => {
    const body = 'From: Dana <dana@acme.example>\nSubject: Your onsite\n\nHi Alex,\n\nThe day is set.\n\nYou will meet,\nPriya Raman\nTom Okafor\n\nBest,\nDana\n';
    expect(mailOf(body)).not.toContain('Priya Raman');
    expect(mailOf(body)).not.toContain('You will meet,');
  });

  it('takes a comma line for a sign-off only over a name', () => {
    const words = fc.array(fc.stringMatching(/^[a-z]{2,8}$/), { minLength: 1, maxLength: 3 });
    fc.assert(fc.property(words, fc.boolean(), (signOff, named) => {
      const line = `${signOff.join(' ')},`;
      const body = `View this email in your browser\n\nText.\n\n${line}\n${named ? 'Jo Bloggs' : 'and then we left.'}\n`;
      expect(mailOf(body).includes(line)).toBe(named);
    }));
  });
});
