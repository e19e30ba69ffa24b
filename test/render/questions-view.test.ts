import { describe, expect, it } from 'vitest';
import { questionNote } from '../../src/render/question-note.js';
import { loadPacket, md } from './fixtures.js';
import { section } from './markdown-text.js';


describe('questions', () => {
  it('say where they come from only when the question does not say it already', () => {
    expect(questionNote({ text: 'Acme lists "Own it" among its values. When did you?', origin: 'value: Own it' })).toBeNull();
    expect(questionNote({ text: 'Why maps?', origin: 'profile' })).toBeNull();
    expect(questionNote({ text: 'This role involves "Ship the routing SDK weekly". How?', origin: 'responsibility: Ship the routing SDK…' })).toBeNull();
    expect(questionNote({ text: 'How does this change the team?', origin: 'priority: UNIFY' })).toBe('priority: UNIFY');
    expect(questionNote({ text: 'Describe hard feedback you gave.', origin: 'culture: The keeper test means cand…' })).toBe('culture');
  });

  it('print no "(profile)" tag after a question from the documents', async () => {
    const markdown = await md(loadPacket('mle'));
    expect(markdown).not.toMatch(/\*\(profile/);
    expect(markdown).toContain('2. How would you design a feature pipeline for GPS probe data? `lumen-maps/mle.md:9`');
  });
});

describe('questions by kind', () => {
  it('come under a subheading per kind, numbered on across them, each question once', async () => {
    const packet = loadPacket('mle');
    const source = { file: 'lumen-maps/mle.md', line: 9 };
    const ask = (text: string, kind: 'profile' | 'behavioral' | 'technical') => ({ text, kind, origin: kind, source });
    packet.questions = [ask('Why maps?', 'profile'), ask('When did you own it?', 'behavioral'), ask('Why now?', 'profile'), ask('How is ETA built?', 'technical')];
    const questions = section(await md(packet), 'Questions they may ask');
    expect(questions.match(/^### .+$/gm)).toEqual(['### From the documents', '### About how you work', '### About the role and its skills']);
    expect(questions.match(/^\d+\. .+?(?= `)/gm)).toEqual(['1. Why maps?', '2. Why now?', '3. When did you own it?', '4. How is ETA built?']);
    packet.questions = packet.questions.filter((question) => question.kind === 'profile');
    expect(section(await md(packet), 'Questions they may ask')).not.toContain('###');
  });
});
