import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTranscript, withoutSpeaker } from '../../src/parse/chat-transcript.js';
import { splitLines } from '../../src/parse/text-lines.js';
import { modelOfText } from '../helpers/model.js';

const SLACK = [
  'Priya Raman  10:32 AM', // 1
  'just got out of the Acme onsite for the Pricing Actuary role, brain dump incoming',
  'Jonas Feld  10:35 AM',
  'did they ask about GLMs?',
  ':+1: 2', // 5
  '(edited)',
  '3 replies',
].join('\n');

const TEAMS = ['[10:32 AM] Priya Raman: the panel was three people', '[10:33 AM] Jonas Feld: nice, any system design?'].join('\n');

describe('a team chat copied as text', () => {
  it('reads the messages as notes under one heading, without who said them when, reactions or counters', () => {
    const { doc, company } = modelOfText('acme/slack.txt', SLACK);
    expect(doc.chrome.map((c) => c.line)).toEqual([1, 3, 5, 6, 7]);
    expect(company.notes.map((n) => [n.label, n.text, n.source.line])).toEqual([
      ['Chat', 'just got out of the Acme onsite for the Pricing Actuary role, brain dump incoming', 2],
      ['Chat', 'did they ask about GLMs?', 4],
    ]);
    expect(company.overview.summary).toBeNull();
  });

  it('takes the time and name off a message that starts with them', () => {
    const { company } = modelOfText('acme/teams.txt', TEAMS);
    expect(company.notes.map((n) => [n.text, n.source.line])).toEqual([['the panel was three people', 1], ['nice, any system design?', 2]]);
  });

  it('is no chat with fewer than two speaker lines, and a speaker is taken off only from the start of a line', () => {
    expect(isTranscript(splitLines('Standup 10:30 AM\nWe met.'))).toBe(false);
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const [line] = splitLines(`[9:05] Ann: ${text.replace(/\n/g, ' ')}`);
        const read = withoutSpeaker(line!);
        expect(line!.text.endsWith(read.text)).toBe(true);
        expect(read.column - line!.column).toBe(line!.text.length - read.text.length);
      }),
    );
  });
});
