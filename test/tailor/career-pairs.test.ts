import { describe, expect, it } from 'vitest';
import { Packet } from '../../src/model/packet.js';
import { prep } from '../helpers/cli.js';

// Invented candidates applying across role lines, built through the real CLI (npm test builds dist/ first).
const env = { SOURCE_DATE_EPOCH: '1767225600' };
const ours = 'test/fixtures/profiles-tailor6';
const shared = 'test/fixtures/profiles';
const candidate = (file: string) => `test/fixtures/candidates-tailor6/${file}`;

async function packetFor(company: string, role: string, file: string, profiles: string): Promise<Packet> {
  const r = await prep(['build', company, '--role', role, '--candidate', candidate(file), '--profiles', profiles, '--json'], { env });
  expect(r.stderr).not.toMatch(/Error|at .*\.js:\d+/);
  expect(r.code).toBe(0);
  return Packet.parse(JSON.parse(r.stdout));
}

const rowOf = (packet: Packet, requirement: string) => {
  const row = packet.skillsMap.find((r) => r.requirement === requirement);
  expect(row, requirement).toBeDefined();
  return row!;
};
const matched = (packet: Packet, requirement: string, evidence: RegExp) => {
  const row = rowOf(packet, requirement);
  expect(row.matchedOn, requirement).not.toBe('none');
  expect(row.evidence).toMatch(evidence);
};
const gap = (packet: Packet, requirement: string) => {
  expect(rowOf(packet, requirement).matchedOn, requirement).toBe('none');
  expect(packet.gaps.map((g) => g.requirement)).toContain(requirement);
};
const noComputerVision = (packet: Packet) =>
  expect(packet.skillsMap.flatMap((r) => r.matchedTerms)).not.toContain('computer vision');

describe('career pairs (real process)', () => {
  it('data engineer → SRE: Kubernetes and on-call work count, capacity planning is a gap', async () => {
    const p = await packetFor('ledgerline', 'sre', 'data-engineer.md', shared);
    matched(p, 'Five or more years running production systems on Kubernetes', /Kubernetes cluster/);
    matched(p, 'Strong Go or Python for automation and tooling', /Python tool/);
    matched(p, 'Run the incident process and lead blameless reviews', /post-incident reviews/);
    gap(p, 'Automate capacity planning for month-end and Black Friday peaks');
  });

  it('frontend → full-stack: tests and CI shown by their tools, the back end a gap, "my CV" is no skill', async () => {
    const p = await packetFor('lumenfold', 'fse', 'frontend-engineer.md', ours);
    matched(p, 'Automated testing', /Playwright/);
    matched(p, 'Experience with cloud infrastructure and CI/CD', /GitHub Actions/);
    expect(rowOf(p, 'Server-side experience with Node.js or Python').matchedTerms).toEqual(['node.js']);
    for (const r of ['PostgreSQL', 'Docker', 'Relational database design and SQL']) gap(p, r);
    noComputerVision(p);
  });

  it('teacher → instructional designer: classroom work translates, authoring tools are gaps', async () => {
    const p = await packetFor('quarrystone', 'instructional designer', 'teacher.md', ours);
    matched(p, 'Curriculum development', /Curriculum planning/);
    matched(p, 'Learning management systems', /Moodle/);
    matched(p, 'Assessment design', /formative assessments/);
    gap(p, 'Articulate Storyline');
    expect(rowOf(p, 'video editing and graphic design')).toMatchObject({ required: false, matchedOn: 'none' });
    noComputerVision(p);
  });

  it('teacher → developer advocate: speaking and guides count, the stack does not', async () => {
    const p = await packetFor('stackforge', 'developer advocate', 'teacher.md', shared);
    matched(p, 'Public Speaking', /Public speaking/);
    matched(p, 'Write guides and tutorials', /how-to guides/);
    gap(p, 'TypeScript');
  });

  it('senior PM (JSON Resume) → TPM: tracked risks and dependencies count, a certification is a preferred gap', async () => {
    const p = await packetFor('orbitell', 'tpm', 'senior-pm.json', ours);
    matched(p, 'Build integrated schedules, track dependencies and manage risks', /dependencies and risks/);
    matched(p, 'Report program status to executives', /executive team/);
    matched(p, 'Agile delivery', /^Agile$/);
    gap(p, 'Technical background in distributed systems');
    expect(rowOf(p, 'PMP or similar certification preferred')).toMatchObject({ required: false, matchedOn: 'none' });
  });

  it('pastry chef → full-stack: nothing matches, everything is a gap, no talking point claims anything', async () => {
    const p = await packetFor('lumenfold', 'full-stack engineer', 'pastry-chef.md', ours);
    expect(p.skillsMap.every((r) => r.matchedOn === 'none')).toBe(true);
    expect(p.coverage.matched).toBe(0);
    expect(p.gaps).toHaveLength(p.skillsMap.length);
    expect(p.talkingPoints).toEqual([]);
  });
});
