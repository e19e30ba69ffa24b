import { describe, expect, it } from 'vitest';
import { loadCandidate } from '../../src/candidate/load-candidate.js';
import { repoRoot } from '../helpers/cli.js';
import { build, fixtureModel, row } from './helpers.js';

const netflix = fixtureModel('netflix');
const mlCandidate = await loadCandidate('examples/candidate.md', repoRoot);

describe('tailor with a candidate', () => {
  it('lands the ML candidate\'s evidence on the right rows, with file:line', () => {
    const packet = build(netflix, 'mle', mlCandidate);
    const deploy = row(packet, 'Deploying produced models into production');
    expect(deploy?.evidence).toMatch(/^Deployed models into production/);
    expect(deploy?.sources.evidence).toEqual({ file: 'examples/candidate.md', line: 24 });
    expect(row(packet, 'A/B Testing')).toMatchObject({ matchedOn: 'alias', evidence: expect.stringMatching(/A\/B tests/) });
    expect(row(packet, 'ML Fundamentals')?.matchedOn).toBe('alias');
    expect(row(packet, 'Collaborating with research scientists to productize algorithms')?.evidence).toMatch(/^Partnered with research scientists/);
    for (const r of packet.skillsMap.filter((r) => r.evidence)) expect(r.talkingPoint).toContain(r.evidence);
  });

  it('makes Kotlin a gap for the ML candidate, with suggestions and no claimed experience', () => {
    const packet = build(netflix, 'mle', mlCandidate);
    expect(row(packet, 'Kotlin')).toMatchObject({ evidence: null, score: 0, matchedOn: 'none', talkingPoint: null });
    const gap = packet.gaps.find((g) => g.requirement === 'Kotlin');
    expect(gap?.suggestions[0]).toMatch(/Nothing in your file shows "Kotlin"/);
    expect(packet.talkingPoints.map((t) => t.text).join(' ')).not.toMatch(/Kotlin/);
  });

  it('weights coverage: skills above responsibilities, preferred below required', () => {
    const packet = build(netflix, 'mle', mlCandidate);
    const weight = (kind: string) => packet.skillsMap.find((r) => r.kind === kind)?.weight ?? 0;
    expect(weight('skill')).toBeGreaterThan(weight('responsibility'));
    const total = packet.skillsMap.reduce((s, r) => s + r.weight, 0);
    expect(packet.coverage.total).toBe(total);
    expect(packet.coverage.ratio).toBeGreaterThan(0.3);
    const ledgerly = fixtureModel('ledgerly');
    const be = build(ledgerly, 'be');
    const preferred = be.skillsMap.find((r) => r.requirement.includes('(preferred)'));
    expect(preferred).toMatchObject({ required: false });
    expect(preferred?.weight).toBeLessThan(be.skillsMap.find((r) => r.requirement.startsWith('Experience with PostgreSQL'))?.weight ?? 0);
  });

  it('with the fixtures teammate\'s ML candidate: k8s and experimentation match, Java (they wrote JavaScript) and Kotlin are gaps', async () => {
    const priya = await loadCandidate('test/fixtures/candidates/ml-engineer.md', repoRoot);
    const packet = build(netflix, 'mle', priya);
    expect(row(packet, 'A/B Testing')?.matchedOn).toMatch(/exact|alias/);
    expect(row(packet, 'Python')?.matchedOn).toBe('exact');
    expect(packet.gaps.map((g) => g.requirement)).toEqual(expect.arrayContaining(['Java', 'Kotlin']));
    const sre = build(fixtureModel('ledgerly'), 'sre', priya);
    expect(sre.skillsMap.find((r) => r.requirement === 'Kubernetes')?.matchedOn).toBe('alias');
  });

  it('with the JSON Resume backend candidate: Go counts where it is a skill', async () => {
    const tomas = await loadCandidate('test/fixtures/candidates/backend-engineer.json', repoRoot);
    const packet = build(fixtureModel('ledgerly'), 'be', tomas);
    expect(row(packet, 'Go')).toMatchObject({ matchedOn: 'exact', sources: { evidence: { file: 'test/fixtures/candidates/backend-engineer.json' } } });
    expect(row(packet, 'PostgreSQL')?.score).toBeGreaterThan(0);
  });
});
