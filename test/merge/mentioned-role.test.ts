import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mentionedRole } from '../../src/merge/mentioned-role.js';
import { modelOfText } from '../helpers/model.js';

describe('a role named in prose by a document with no section for it', () => {
  it('is the one opening its notes name', () => {
    expect(mentionedRole(['Me  00:00', "I'm looking at the Senior Product Designer opening.", 'The Senior Product Designer role owns booking.'])).toMatchObject({ title: 'Senior Product Designer', line: 2, mentions: 2 });
    const { company } = modelOfText('acme/call.txt', 'Call with Lena\n\nLena  00:09\nThanks for asking about the Data Analyst position.\n\nMe  00:20\nSure.\n');
    expect(company.roles.map((r) => r.title)).toEqual(['Data Analyst']);
  });

  it('is none when the notes name two openings, or a role in lowercase', () => {
    expect(mentionedRole(['the Data Analyst role', 'the Product Designer role'])).toBeUndefined();
    expect(mentionedRole(['the analyst role is open', 'the role of the Data Analyst'])).toBeUndefined();
    expect(mentionedRole(['In 2021 we introduced the Staff Engineer role to recognise technical leadership.'])).toBeUndefined();
  });

  it('takes any capitalized job title before `role`, `opening` or `position`', () => {
    const word = fc.stringMatching(/^[A-Z][a-z]{2,8}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 3 }), fc.constantFrom('Engineer', 'Analyst', 'Designer'), fc.constantFrom('role', 'opening', 'position'), (words, noun, kind) => {
        const title = [...words, noun].join(' ');
        expect(title).toMatch(/^(?:[A-Z][a-z]+ ){1,3}[A-Z][a-z]+$/);
        expect(mentionedRole([`We talked about the ${title} ${kind} today.`])?.title).toBe(title);
      }),
    );
  });
});
