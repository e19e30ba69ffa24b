import { runs } from '../helpers/runs.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/candidate/types.js';
import { UsageError } from '../../src/errors.js';
import { Packet } from '../../src/model/packet.js';
import { resolveRole } from '../../src/tailor/resolve-role.js';
import { tailor } from '../../src/tailor/tailor.js';
import { fixtureModel } from './helpers.js';

const companies = ['netflix', 'ledgerly', 'brightboard'].map(fixtureModel);

describe('properties', () => {
  it('resolveRole returns one of the company\'s roles or throws a UsageError, for any text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...companies), fc.string({ maxLength: 40 }), (company, query) => {
        try {
          expect(company.roles).toContain(resolveRole(company, query));
        } catch (error) {
          expect(error).toBeInstanceOf(UsageError);
        }
      }),
    );
  });

  it('any candidate evidence gives a valid packet whose evidence is the candidate\'s own text', () => {
    const evidence = fc.record({
      text: fc.string({ minLength: 1, maxLength: 80 }),
      kind: fc.constantFrom('skill', 'experience', 'project', 'story', 'summary' as const),
      context: fc.option(fc.string({ maxLength: 20 }), { nil: null }),
      source: fc.record({ file: fc.constant('me.md'), line: fc.integer({ min: 1, max: 500 }) }),
    });
    fc.assert(
      fc.property(fc.constantFrom(...companies), fc.array(evidence, { maxLength: 12 }), (company, items) => {
        const candidate: Candidate = { name: null, headline: null, file: 'me.md', evidence: items };
        const role = company.roles[0];
        if (!role) return;
        const packet = tailor(company, { role, candidate, builtAt: '2026-01-01', prepVersion: 't' });
        expect(Packet.safeParse(packet).success).toBe(true);
        const texts = new Set(items.map((e) => e.text));
        for (const row of packet.skillsMap) {
          if (row.evidence !== null) expect(texts).toContain(row.evidence);
          for (const more of row.moreEvidence ?? []) expect(texts).toContain(more.text);
        }
      }),
      { numRuns: runs(40) },
    );
  });
});
