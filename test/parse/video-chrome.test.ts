import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findChrome } from '../../src/parse/chrome.js';
import { splitLines } from '../../src/parse/text-lines.js';
import { videoChrome } from '../../src/parse/video-chrome.js';

const chromeOf = (body: string) => findChrome(splitLines(body)).map((c) => c.text);
const chaptersOf = (body: string) => videoChrome(splitLines(body)).map((c) => c.text);

describe('a video page copied as text', () => {
  it.each(['48.2K subscribers', '12,408 views  Mar 4, 2025  #heatpumps', '3.1M views 2 years ago', '...more', '…more'])('drops its counter or expander %j', (line) => {
    expect(chromeOf(`Acme\n\n${line}\n\nText.\n`)).toEqual([line]);
  });

  it('keeps a figure in a sentence, and a number with no unit', () => {
    expect(chromeOf('Acme\n\n1.2K engineers joined in 2024.\n\n2019\n\nWe have 12 views on pricing.\n')).toEqual([]);
    // A count in a list of figures is a fact, not a player's counter: `Users` over `10M`.
    expect(chromeOf('Key numbers\n\n12,000 subscribers to our developer newsletter\n\n3M views on our launch video in 2024\n\nUsers\n\n10M\n')).toEqual([]);
  });

  it('drops the chapter list from the video\'s start, and no times of a schedule', () => {
    expect(chaptersOf('Chapters\n0:00 Intro\n1:12 Why old houses\n4:40 The product\n\nTranscript\n')).toEqual(['0:00 Intro', '1:12 Why old houses', '4:40 The product']);
    expect(chaptersOf('Agenda\n9:00 Welcome\n9:30 Talk\n10:00 Lunch\n')).toEqual([]);
    expect(chaptersOf('0:00 Intro\n1:12 Outro\n')).toEqual([]);
    // A timed transcript from its start is what was said.
    expect(chaptersOf('0:00 so tell me about yourself and the team\n0:04 sure, I lead the data platform group here\n0:09 we moved everything to Kafka last year\n')).toEqual([]);
  });

  it('takes a run of chapters only from 0:00 on, and every line of it', () => {
    const chapter = fc.tuple(fc.integer({ min: 1, max: 59 }), fc.integer({ min: 0, max: 59 }), fc.stringMatching(/^[A-Z][a-z]{1,8}(?: [a-z]{1,8}){0,3}$/))
      .map(([m, s, title]) => `${m}:${String(s).padStart(2, '0')} ${title}`);
    fc.assert(fc.property(fc.array(chapter, { minLength: 2, maxLength: 8 }), fc.boolean(), (rest, fromStart) => {
      const lines = [...(fromStart ? ['0:00 Intro'] : []), ...rest];
      expect(chaptersOf(`Chapters\n${lines.join('\n')}\n\nText.\n`)).toEqual(fromStart && lines.length >= 3 ? lines : []);
    }));
  });
});
