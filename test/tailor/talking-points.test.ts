import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/candidate/types.js';
import { matchCandidate } from '../../src/tailor/skills-map.js';
import { evidenceOf, requirementOf } from './helpers.js';

const candidate = (...lines: string[]): Candidate => ({
  name: null, headline: null, file: 'me.md', evidence: lines.map((text, i) => evidenceOf(text, 'experience', i + 1)),
});
const pointFor = (requirement: string, ...evidence: string[]) =>
  matchCandidate([requirementOf(requirement, 'responsibility')], candidate(...evidence), { company: 'Acme', role: 'SRE' })[0]?.talkingPoint ?? '';

describe('talking points', () => {
  it('say a partial match answers only part of the requirement, and to prepare the rest', () => {
    const point = pointFor('Run the incident process and lead blameless reviews', 'Led three post-incident reviews');
    expect(point).toMatch(/answers part of their "Run the incident process/);
    expect(point).toMatch(/the part it leaves out/);
  });

  it('say a full match answers it, an implied one included', () => {
    expect(pointFor('Distributed systems', 'Operated Kafka clusters for payments')).toMatch(/answers their "Distributed systems" \(kafka → distributed systems\)/);
    expect(pointFor('Distributed systems', 'Operated Kafka clusters for payments')).not.toMatch(/part/);
  });
});
