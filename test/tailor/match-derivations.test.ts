import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import wordListPath from 'word-list';
import { DERIVED } from '../../src/tailor/match/derivations.js';
import { IRREGULAR_VERBS } from '../../src/tailor/match/irregular-verbs.js';
import { matchRequirement, prepareEvidence } from '../../src/tailor/match/match-requirement.js';
import { stem } from '../../src/tailor/match/stem.js';
import { evidenceOf as ev, itMatches, itNeverMatches, requirementOf as req } from './helpers.js';

describe('a requirement named by a noun, answered by the verb (and back)', () => {
  itMatches([
    ['Risk management', 'Tracked risks and managed the mitigation plan for the claims migration'],
    ['Leadership', 'Led a team of five through a platform rewrite'],
    ['Mentorship', 'Mentored three junior engineers'],
    ['Scalability', 'Scaled the checkout service to a million users'],
    ['Compliance', 'Made sure the payroll system complied with GDPR'],
    ['Troubleshooting', 'Troubleshot network outages for 40 branches'],
    ['Incident response', 'Responded to incidents as the first on-call'],
    ['Prioritisation', 'Prioritized the roadmap with sales'],
    ['Query optimization', 'Optimised slow queries in the billing database'],
    ['Public speaking', 'Public speaker at three regional meetups'],
    ['Partnerships', 'Partnered with two banks on a card launch'],
    ['Project delivery', 'Delivered the project a month early'],
  ]);
});

describe('words that only look alike stay apart', () => {
  itNeverMatches([
    ['Creativity', 'Created the monthly dashboards'],
    ['Applications', 'Applied for a research grant'],
    ['Supervision', 'Revised the onboarding guide'],
    ['Control plane', 'Planned the quarterly offsite'],
  ]);
});

describe('stems over the dictionary', () => {
  const listed = (w: string) => IRREGULAR_VERBS.has(w) || DERIVED.has(w);

  it('words that begin differently never share a stem, unless a table lists one as the other\'s form', () => {
    const words = readFileSync(wordListPath, 'utf8').split('\n').filter((w) => /^[a-z]{5,}$/.test(w));
    const byStem = new Map<string, string[]>();
    for (const w of words) {
      const s = stem(w);
      // Porter's shortest stems (ag, aw) join words of their own; this is about the rules and tables added to it.
      if (s.length >= 4) byStem.set(s, [...(byStem.get(s) ?? []), w]);
    }
    const mixed = [...byStem.values()].filter((group) => new Set(group.filter((w) => !listed(w)).map((w) => w.slice(0, 3))).size > 1);
    expect(mixed).toEqual([]);
  });

  it('the -ise spelling meets the -ize one only where English has that verb', () => {
    expect(stem('prioritised')).toBe(stem('prioritization'));
    expect(stem('organising')).toBe(stem('organized'));
    expect(stem('supervised')).toBe(stem('supervision'));
  });

  it('-ship joins the person who does it, not a vessel or a place', () => {
    expect(stem('mentorship')).toBe(stem('mentored'));
    expect(stem('relationships')).toBe(stem('relations'));
    expect(stem('flagship')).not.toBe(stem('flags'));
    expect(stem('hardship')).not.toBe(stem('hard'));
  });
});

describe('matching stays monotone', () => {
  const lines = ['Led the data team', 'Mentored two analysts', 'Owned the budget', 'Responded to incidents', 'Python and SQL',
    'Scaled the API', 'Tracked risks', 'Sold to banks', 'Wrote the docs'];
  const asks = ['Leadership', 'Mentorship and coaching', 'Ownership', 'Incident response', 'Scalability', 'Risk management', 'B2B sales'];

  it('adding a line of evidence never lowers a match', () => {
    fc.assert(fc.property(fc.constantFrom(...asks), fc.subarray(lines), fc.constantFrom(...lines), (ask, some, extra) => {
      const items = some.map((t, i) => ev(t, 'experience', i + 1));
      const before = matchRequirement(req(ask), prepareEvidence(items)).score;
      expect(matchRequirement(req(ask), prepareEvidence([...items, ev(extra, 'experience', 50)])).score).toBeGreaterThanOrEqual(before);
    }));
  });
});
