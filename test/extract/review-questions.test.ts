import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import { isPrompt } from '../../src/extract/prompt-shape.js';
import { fixtures, repoRoot } from '../helpers/cli.js';
import { build } from '../tailor/helpers.js';
import { modelOf, texts } from '../helpers/model.js';

// Quillmere's review-site page: `Interview Questions`, then one heading per review over its questions, with and without `?`.
const { company } = await compile(path.join(fixtures, 'profiles-items7'), 'quillmere', { cwd: repoRoot });
const role = company.roles.find((r) => r.title === 'Backend Engineer')!;
const fromReviews = (file: string) => role.questions.filter((q) => q.source.file === file);

describe('interview questions under a review heading', () => {
  it('are questions whether or not they end in "?": imperative prompts too', () => {
    expect(fromReviews('quillmere/interview-reviews.txt').map((q) => [q.text, q.source.line])).toEqual([
      ['Describe a time you handled a production outage', 14],
      ['Walk me through your last project.', 15],
      ['How would you settle taps from a bus that was offline for a day?', 16],
      ['Design a fare-capping service for three agencies with different rules', 23],
    ]);
    expect(texts(company.notes).join(' ')).not.toMatch(/production outage|last project|fare-capping service/);
  });

  it('reach "Questions they may ask" in the packet', () => {
    const packet = build(company, 'Backend Engineer');
    expect(packet.questions.map((q) => q.text)).toEqual(expect.arrayContaining(['Describe a time you handled a production outage', 'Walk me through your last project.']));
  });

  it('leave a `label: value` line of the author\'s own that asks nothing as a note', () => {
    const markdown = ['## Interview questions', '', '### Backend Engineer Interview', '', '- Explain how you would shard a ledger', '', 'Salary: £60k'].join('\n');
    const { company: c } = modelOf([{ name: 'reviews.md', markdown }]);
    expect(texts(c.roles.flatMap((r) => r.questions))).toEqual(['Explain how you would shard a ledger']);
    expect(c.notes.map((n) => [n.label, n.text])).toContainEqual(['Salary', '£60k']);
  });
});

describe('isPrompt', () => {
  it.each(['Describe a time you handled a production outage', 'Walk me through your last project.', 'Tell us about a failed launch', 'How you would shard a ledger', 'Model a route with three legs'])(
    '%s asks something', (text) => expect(isPrompt(text)).toBe(true),
  );
  it.each(['I applied online. The process took 3 weeks.', 'Three rounds, friendly but detailed about SQL.', 'Accepted Offer', 'Difficult Interview', 'Application', 'Jan 20, 2025'])(
    '%s asks nothing', (text) => expect(isPrompt(text)).toBe(false),
  );
  it('takes any line ending in "?" for a question, and no line of one or two words without it', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), fc.array(fc.stringMatching(/^\S{1,12}$/), { minLength: 1, maxLength: 2 }), (text, short) => {
      expect(isPrompt(`${text}?`)).toBe(true);
      expect(isPrompt(short.join(' ').replace(/\?+$/, ''))).toBe(false);
    }));
  });
});
