import { describe, expect, it } from 'vitest';
import type { Company } from '../../src/model/company.js';
import { build, fixtureModel } from './helpers.js';

const netflix = fixtureModel('netflix');

describe('tailor: questions', () => {
  it('asks behavioral questions from values, technical ones from the role, without near-duplicates', () => {
    const packet = build(netflix, 'mle');
    const behavioral = packet.questions.filter((q) => q.kind === 'behavioral');
    const freedom = behavioral.find((q) => q.origin === 'value: Freedom & Responsibility');
    expect(freedom?.text).toMatch(/ownership/);
    expect(packet.questions.filter((q) => q.kind === 'profile')).toHaveLength(10);
    expect(packet.questions.some((q) => q.kind === 'technical' && q.origin === 'skill: Kotlin')).toBe(true);
    const texts = packet.questions.map((q) => q.text);
    expect(new Set(texts).size).toBe(texts.length);
    // "Innovation" is a value twice in the model; it asks once.
    expect(behavioral.filter((q) => q.origin === 'value: Innovation')).toHaveLength(1);
  });

  it('asks them questions from the profile and from OKRs, priorities, weaknesses and news', () => {
    const packet = build(netflix, 'mle');
    const origins = packet.questionsToAsk.map((q) => q.origin);
    expect(origins.filter((o) => o === 'profile')).toHaveLength(8);
    expect(origins.some((o) => o.startsWith('okr: '))).toBe(true);
    expect(origins.some((o) => o.startsWith('weakness: '))).toBe(true);
    expect(origins.some((o) => o === 'news')).toBe(true);
  });

  it('asks about two short weaknesses both: their questions share the wording, not what they ask about', () => {
    const company = structuredClone(netflix);
    const at = { file: 'netflix/strategy.md', line: 3 };
    company.swot = [{
      title: 'Engineering SWOT', strengths: [], opportunities: [], threats: [], priorities: [], source: at,
      weaknesses: [{ text: 'Stale models', label: 'MODELS', source: at }, { text: 'Slow training', label: 'TRAINING', source: at }],
    }];
    const origins = build(company, 'mle').questionsToAsk.map((q) => q.origin);
    expect(origins.filter((o) => o.startsWith('weakness: '))).toEqual(['weakness: MODELS', 'weakness: TRAINING']);
  });

  it('asks the questions a company-level note lists (no role claimed it) for every role', () => {
    const base = fixtureModel('brightboard');
    const asked = { text: 'How many planners cover the night shift?', source: { file: 'brightboard/notes.txt', line: 17 } };
    const company: Company = { ...base, prep: { ...base.prep, questionsToAsk: [asked] } };
    const packet = build(company, 'fe');
    expect(packet.questionsToAsk.filter((q) => q.origin === 'profile').map((q) => q.text)).toContain(asked.text);
  });
});
