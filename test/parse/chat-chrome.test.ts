import { describe, expect, it } from 'vitest';
import { modelOfText, texts } from '../helpers/model.js';

// Research done with a chat assistant, pasted whole into a markdown note.
const CHAT = [
  'You said:', // 1
  'Tell me about Acme Acoustics for my interview.',
  '',
  'ChatGPT said:',
  '', // 5
  '## Company Overview',
  '',
  'Acme Acoustics makes hearing aids and the app that tunes them.',
  '',
  '## Questions to Ask Them', // 10
  '',
  '- How is the app released?',
  '',
  'Would you like me to turn this into a one-page cheat sheet or run a mock interview with you?',
  '', // 15
  'Good luck with your interview!',
].join('\n');

describe('research pasted from a chat assistant', () => {
  it('keeps who said what and the assistant\'s closing offers out of the facts', () => {
    const { doc, company } = modelOfText('acme/chat.md', CHAT);
    expect(doc.chrome.map((c) => c.line)).toEqual([1, 2, 4, 14, 16]);
    expect(texts(company.roles.flatMap((r) => r.questionsToAsk).concat(company.prep.questionsToAsk))).toEqual(['How is the app released?']);
    expect(JSON.stringify(company)).not.toMatch(/said:|Would you like|Good luck/);
  });
});
