import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchRequirement, prepareEvidence } from '../../src/tailor/match/match-requirement.js';
import { evidenceOf as ev, requirementOf as req } from './helpers.js';

const both = req('Python and SQL', 'requirement');

describe('a second evidence line', () => {
  it('two lines that each answer a named part answer the requirement together', () => {
    const m = matchRequirement(both, prepareEvidence([ev('Wrote Python scripts to clean claims', 'experience', 3), ev('Queried claims tables in SQL', 'experience', 4)]));
    expect(m.evidence?.source.line).toBe(3);
    expect(m.second?.source.line).toBe(4);
    expect(m.matchedTerms).toEqual(['python', 'sql']);
    expect(m.score).toBe(1);
  });

  it('no second line when one line answers it all, or the other adds only an ordinary word', () => {
    const whole = matchRequirement(both, prepareEvidence([ev('Python and SQL reports'), ev('Wrote SQL views', 'experience', 2)]));
    expect(whole.second).toBeNull();
    const team = req('Report underwriting trends to the actuarial team', 'responsibility');
    const padded = matchRequirement(team, prepareEvidence([ev('Analysed underwriting trends for actuaries'), ev('Led a team of five', 'experience', 2)]));
    expect(padded.second).toBeNull();
  });

  it('a summary line is never one of a pair', () => {
    const m = matchRequirement(both, prepareEvidence([ev('Wrote Python scripts'), ev('Analyst who loves SQL', 'summary', 2)]));
    expect(m.second).toBeNull();
    const flipped = matchRequirement(both, prepareEvidence([ev('Analyst who loves Python and Go', 'summary'), ev('Wrote SQL views', 'experience', 2)]));
    expect(flipped.second).toBeNull();
  });

  it('adding a line never lowers the match, and a second line only raises it', () => {
    const line = fc.constantFrom('Wrote Python scripts', 'Queried tables in SQL', 'Led a team of five', 'Python', 'SQL',
      'Built dashboards in Tableau', 'Tracked risks and managed the plan');
    fc.assert(fc.property(fc.array(line, { maxLength: 4 }), line, (texts, extra) => {
      const items = texts.map((t, i) => ev(t, i % 2 ? 'skill' : 'experience', i + 1));
      const before = matchRequirement(both, prepareEvidence(items));
      const after = matchRequirement(both, prepareEvidence([...items, ev(extra, 'experience', 99)]));
      expect(after.score).toBeGreaterThanOrEqual(before.score);
    }));
  });
});
