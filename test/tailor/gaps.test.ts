import { describe, expect, it } from 'vitest';
import type { PacketSkillsMapRow } from '../../src/model/packet.js';
import { collectGaps } from '../../src/tailor/gaps.js';
import { fixtureModel } from './helpers.js';

const at = { file: 'acme/prep.md', line: 3 };
const gapRow = (requirement: string): PacketSkillsMapRow => ({
  requirement, kind: 'skill', required: true, weight: 3, evidence: null, talkingPoint: null, score: 0, matchedOn: 'none',
  matchedTerms: [], sources: { requirement: at, evidence: null },
});

describe('collectGaps', () => {
  const company = fixtureModel('netflix');
  const role = structuredClone(company.roles[0]!);
  role.portfolioIdeas = [
    { text: 'Design a dashboard for payment-risk controls', source: at },
    { text: 'Build a product analytics notebook', source: at },
  ];
  const suggestionsFor = (requirement: string) => collectGaps(company, role, [gapRow(requirement)])[0]?.suggestions ?? [];

  it('suggests the portfolio idea about what the requirement is about', () => {
    expect(suggestionsFor('Risk communication').join(' ')).toMatch(/Portfolio idea[^.]*: Design a dashboard for payment-risk controls/);
  });

  it('does not suggest one that only shares a word every role uses', () => {
    for (const requirement of ['Product communication', 'Risk appetite modelling']) {
      // A gap still, with its honest plan: only the idea is left out.
      expect(suggestionsFor(requirement).length, requirement).toBeGreaterThan(0);
      expect(suggestionsFor(requirement).join(' ')).not.toMatch(/Portfolio idea/);
    }
  });

  it('always starts with an honest plan and never claims experience', () => {
    const [first] = suggestionsFor('Kotlin');
    expect(first).toMatch(/Nothing in your file shows "Kotlin"/);
  });
});
