import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/candidate/types.js';
import { matchCandidate } from '../../src/tailor/skills-map.js';
import { collectTalkingPoints } from '../../src/tailor/talking-points.js';
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

describe('talking points end with one advice', () => {
  it('whether the evidence answers all, part or several asks, so a packet can print that advice once', () => {
    const lastSentence = (text: string) => text.slice(text.lastIndexOf('. Tell it') + 2);
    const full = pointFor('Distributed systems', 'Operated Kafka clusters for payments');
    const partial = pointFor('Run the incident process and lead blameless reviews', 'Led three post-incident reviews');
    const who = candidate('Tracked dependencies and risks every week');
    const ctx = { company: 'Acme', role: 'SRE' };
    const [many] = collectTalkingPoints(matchCandidate(['Track dependencies', 'Track risks'].map((r) => requirementOf(r, 'responsibility')), who, ctx), who, ctx);
    expect(lastSentence(full)).toMatch(/^Tell it as a short story: .* SRE work at Acme\.$/);
    expect([lastSentence(partial), lastSentence(many?.text ?? '')]).toEqual([lastSentence(full), lastSentence(full)]);
  });

  it('a skill listed by name too', () => {
    const skills: Candidate = { ...candidate(), evidence: [evidenceOf('Terraform', 'skill', 4)] };
    const ctx = { company: 'Acme', role: 'SRE' };
    const [row] = matchCandidate([requirementOf('Terraform', 'skill')], skills, ctx);
    expect(row?.talkingPoint).toMatch(/^You list "Terraform" among your skills, .*\. Tell it as a short story: .* SRE work at Acme\.$/);
  });
});

describe('the packet\'s talking points', () => {
  const ctx = { company: 'Acme', role: 'TPM' };
  const pointsFor = (who: Candidate, ...requirements: string[]) =>
    collectTalkingPoints(matchCandidate(requirements.map((r) => requirementOf(r, 'responsibility')), who, ctx), who, ctx);

  it('are one per piece of evidence, naming every requirement it answers', () => {
    const points = pointsFor(candidate('Tracked dependencies and risks every week'), 'Track dependencies', 'Dependencies and risks', 'Track risks');
    expect(points).toHaveLength(1);
    expect(points[0]?.text).toMatch(/answers several of their asks: "Track dependencies", "Dependencies and risks" and "Track risks"/);
    expect(points[0]?.source).toEqual({ file: 'me.md', line: 1 });
  });

  it('keep two skills listed on one line apart', () => {
    const skills: Candidate = { ...candidate(), evidence: [evidenceOf('Python', 'skill', 4), evidenceOf('SQL', 'skill', 4)] };
    expect(pointsFor(skills, 'Python', 'SQL').map((p) => p.text)).toEqual([
      expect.stringMatching(/You list "Python"/), expect.stringMatching(/You list "SQL"/),
    ]);
  });
});
