import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isClosingNote } from '../../src/extract/closing-notes.js';
import { modelOfText, texts } from '../helpers/model.js';

// A paragraph written after a list of requirements or duties, before the next heading.
const posting = (heading: string, items: readonly string[], after: readonly string[]) =>
  ['# Acme: Backend Engineer', '', `## ${heading}`, '', ...items.map((item) => `- ${item}`), '', ...after.flatMap((p) => [p, '']), '## Benefits', '', 'Free lunch.', ''].join('\n');
const roleOf = (text: string, file = 'acme/posting.md') => modelOfText(file, text).company.roles[0]!;

describe('a closing paragraph after a list section\'s list', () => {
  it('that speaks of applying or as the company is a note of the role, at its line, not an item', () => {
    const role = roleOf(posting('Requirements', ['5+ years of Go', 'PostgreSQL'], ['Please apply by March 31 with a short note.', 'We review applications on a rolling basis.']));
    expect(texts(role.requirements)).toEqual(['5+ years of Go', 'PostgreSQL']);
    expect(role.notes.map((n) => [n.text, n.source.line])).toEqual([['Please apply by March 31 with a short note.', 8], ['We review applications on a rolling basis.', 10]]);
  });

  it('is a note under Responsibilities too, and in a scraped text page where it follows the bullets', () => {
    expect(texts(roleOf(posting('Responsibilities', ['Run the ledger'], ['Applications close on 1 May.'])).responsibilities)).toEqual(['Run the ledger']);
    const page = ['Acme: Data Engineer', '', 'Requirements', '', '• 4+ years with Python', '• Airflow', '', 'We review applications every Friday.', '', 'Benefits', '', 'Free lunch.', ''].join('\n');
    const role = roleOf(page, 'acme/careers.txt');
    expect(texts(role.requirements)).toEqual(['4+ years with Python', 'Airflow']);
    expect(texts(role.notes)).toContain('We review applications every Friday.');
  });

  it('that still reads as an item stays one: the candidate, something preferred, what the company asks', () => {
    const after = [
      'You are happy to be on call one week in six.', 'Experience with Kafka is a plus.', 'We expect you to mentor two engineers.', 'Kubernetes',
      // `applications` as software, and a request still asking something of the candidate.
      'Experience building large-scale distributed applications.', 'Please be fluent in German.',
    ];
    expect(texts(roleOf(posting('Requirements', ['Go'], after)).requirements)).toEqual(['Go', ...after]);
  });

  it('is an item of talking points, where "we" is the candidate\'s team', () => {
    const role = roleOf(posting('Talking points', ['Led the billing rewrite'], ['We cut checkout latency by 40% in one quarter.']));
    expect(texts(role.talkingPoints)).toEqual(['Led the billing rewrite', 'We cut checkout latency by 40% in one quarter.']);
  });

  it('is no closing note in a section written as prose, one requirement per paragraph', () => {
    const text = ['# Acme: Analyst', '', '## Requirements', '', 'You have 3 years of SQL.', '', 'We would like you to know dbt.', '', 'Please be fluent in German.', ''].join('\n');
    expect(texts(roleOf(text).requirements)).toEqual(['You have 3 years of SQL.', 'We would like you to know dbt.', 'Please be fluent in German.']);
  });
});

describe('isClosingNote', () => {
  const words = fc.array(fc.stringMatching(/^[a-z]{2,9}$/), { minLength: 1, maxLength: 10 }).map((w) => w.join(' '));

  it('never takes an unfinished line, a labelled one or a preferred item for a note, whatever its words', () => {
    fc.assert(fc.property(fc.constantFrom('We', 'Please', 'Our'), words, (opener, rest) => {
      expect(isClosingNote({ text: `${opener} ${rest}`, labelled: undefined })).toBe(false);
      expect(isClosingNote({ text: `${opener} ${rest}, ideally.`, labelled: undefined })).toBe(false);
      expect(isClosingNote({ text: `${opener} ${rest}.`, labelled: { label: 'Tech stack', value: rest } })).toBe(false);
    }));
  });

  it('takes any finished sentence spoken as the employer for a note, and none spoken of the candidate', () => {
    // Words after the opener that still ask something of the candidate (`We expect…`, `Please be…`) have tests of their own.
    const telling = words.filter((rest) => !/^(?:expect|need|require|want|ask|look|looking|be|have|hold|bring|speak|sei|seien|haben)\b/.test(rest));
    fc.assert(fc.property(fc.constantFrom('We', 'Our', 'Please', 'Wir', 'Bitte', 'Nous'), fc.constantFrom('You', 'Strong', 'Experience', 'Own', 'Build'), telling, (employer, candidate, rest) => {
      expect(isClosingNote({ text: `${employer} ${rest}.`, labelled: undefined })).toBe(true);
      expect(isClosingNote({ text: `${candidate} ${rest.replace(/\bappl\w*/g, 'x')}.`, labelled: undefined })).toBe(false);
    }));
  });
});
