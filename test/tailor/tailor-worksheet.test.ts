import { describe, expect, it } from 'vitest';
import { build, fixtureModel } from './helpers.js';

const netflix = fixtureModel('netflix');

describe('tailor without a candidate', () => {
  it('without a candidate: the profile\'s own skills-map rows, then a worksheet', () => {
    const packet = build(netflix, 'mle');
    const own = packet.skillsMap.filter((r) => r.matchedOn === 'profile');
    expect(own.map((r) => r.evidence)).toEqual(netflix.roles[1]?.skillsMap.map((r) => r.skill));
    const worksheet = packet.skillsMap.filter((r) => r.matchedOn !== 'profile');
    expect(worksheet.length).toBeGreaterThan(0);
    expect(worksheet.every((r) => r.evidence === null && r.sources.evidence === null)).toBe(true);
    expect(packet.gaps).toEqual([]);
    expect(packet.candidate).toBeNull();
  });

  it('without a candidate: a requirement the profile\'s own rows already answer is not asked again', () => {
    const company = structuredClone(netflix);
    const role = company.roles[1]!;
    const source = { file: 'netflix/prep.md', line: 90 };
    role.requirements.push({ text: 'Calm, written communication during incidents', source });
    role.requirements.push({ text: 'Five or more years running production systems on Kubernetes', source });
    role.skillsMap.push({ skill: 'Incident leadership', requirement: 'Calm, written communication during incidents', talkingPoint: '', source });
    role.skillsMap.push({ skill: 'Kubernetes at scale', requirement: 'Running production systems on Kubernetes', talkingPoint: '', source });
    const rows = build(company, 'mle').skillsMap;
    expect(rows.filter((r) => /incidents/.test(r.requirement)).map((r) => r.evidence)).toEqual(['Incident leadership']);
    expect(rows.filter((r) => /Kubernetes/.test(r.requirement)).map((r) => r.evidence)).toEqual(['Kubernetes at scale']);
  });
});
