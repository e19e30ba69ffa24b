import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { Company } from '../../src/model/company.js';
import type { Packet } from '../../src/model/packet.js';
import { resolveRole } from '../../src/tailor/resolve-role.js';
import { tailor } from '../../src/tailor/tailor.js';
import type { Candidate } from '../../src/candidate/types.js';
import { fixtures } from '../helpers/cli.js';
import type { Evidence } from '../../src/candidate/types.js';
import { matchRequirement, prepareEvidence } from '../../src/tailor/match/match-requirement.js';
import type { Requirement, RequirementKind } from '../../src/tailor/requirement.js';

/** A hand-made company model from test/fixtures/models, validated. */
export function fixtureModel(id: string): Company {
  return Company.parse(JSON.parse(readFileSync(path.join(fixtures, 'models', `${id}.json`), 'utf8')));
}

/** The packet for one role of a company, with or without a candidate, on a fixed date and version. */
export const build = (company: Company, role: string, candidate: Candidate | null = null): Packet =>
  tailor(company, { role: resolveRole(company, role), candidate, builtAt: '2026-01-01', prepVersion: '0.0.0-test' });
/** The skills-map row of one requirement. */
export const row = (packet: Packet, requirement: string) => packet.skillsMap.find((r) => r.requirement === requirement);

/** A requirement and a piece of evidence of the given kinds, for matcher tests. */
export const requirementOf = (text: string, kind: RequirementKind = 'skill'): Requirement => ({
  text, kind, required: true, weight: 1, source: { file: 'x/profile.md', line: 1 },
});
export const evidenceOf = (text: string, kind: Evidence['kind'] = 'experience', line = 1): Evidence => ({
  text, kind, context: null, source: { file: 'me.md', line },
});
/** One requirement matched against one piece of evidence. */
export const matchOne = (requirement: string, evidence: string, reqKind: RequirementKind = 'skill', evKind: Evidence['kind'] = 'experience') =>
  matchRequirement(requirementOf(requirement, reqKind), prepareEvidence([evidenceOf(evidence, evKind)]));

type Pair = readonly [requirement: string, evidence: string];
/** One test per pair: the evidence meets the requirement, at least in part. */
export const itMatches = (pairs: Pair[], reqKind?: RequirementKind): void =>
  it.each(pairs)('%s is matched by %s', (requirement, evidence) => {
    expect(matchOne(requirement, evidence, reqKind).matchedOn).not.toBe('none');
  });
/** One test per pair: the evidence does not meet the requirement at all. */
export const itNeverMatches = (pairs: Pair[], evKind?: Evidence['kind']): void =>
  it.each(pairs)('%s is not matched by %s', (requirement, evidence) => {
    expect(matchOne(requirement, evidence, 'skill', evKind).matchedOn).toBe('none');
  });
