import { describe, expect, it } from 'vitest';
import { loadCandidate } from '../../src/candidate/load-candidate.js';
import type { Candidate } from '../../src/candidate/types.js';
import type { Company } from '../../src/model/company.js';
import { Packet } from '../../src/model/packet.js';
import { resolveRole } from '../../src/tailor/resolve-role.js';
import { tailor } from '../../src/tailor/tailor.js';
import { repoRoot } from '../helpers/cli.js';
import { fixtureModel } from './helpers.js';

const netflix = fixtureModel('netflix');
const mlCandidate = await loadCandidate('examples/candidate.md', repoRoot);
const analyst = await loadCandidate('test/fixtures/candidates-tailor/data-analyst.json', repoRoot);

const build = (company: Company, role: string, candidate: Candidate | null = null) =>
  tailor(company, { role: resolveRole(company, role), candidate, builtAt: '2026-01-01', prepVersion: '0.0.0-test' });
const row = (packet: Packet, requirement: string) => packet.skillsMap.find((r) => r.requirement === requirement);

describe('tailor', () => {
  it.each([
    ['netflix', ['swe', 'mle', 'pm', 'ae', 'coa', 'poa']],
    ['ledgerly', ['be', 'sre', 'ds']],
    ['brightboard', ['fe', 'ae']],
  ])('%s: every role builds a packet that validates, with and without a candidate', (id, roles) => {
    const company = fixtureModel(id);
    for (const role of roles) {
      for (const candidate of [null, mlCandidate, analyst]) {
        const result = Packet.safeParse(build(company, role, candidate));
        expect(result.error?.issues ?? []).toEqual([]);
      }
    }
  });

  it('leaves out a Team note on the line the team came from (the header shows it), and keeps other notes there', () => {
    const company = structuredClone(netflix);
    const role = company.roles.find((r) => r.title === 'Machine Learning Engineer')!;
    const at = { file: 'netflix/x.md', line: 7 };
    role.team = { text: 'Recs', source: at };
    role.notes = [
      { text: 'Recs, inside Data', label: 'The team', source: at },
      { text: 'Part of the Data org', label: 'Department structure', source: at },
      { text: 'Recs again', label: 'Team', source: { ...at, line: 8 } },
    ];
    expect(build(company, 'mle').role.notes.map((n) => n.text)).toEqual(['Part of the Data org', 'Recs again']);
  });

  it('names no family for roles listed under a hiring heading ("Open roles this year"), and keeps a real one', () => {
    const company = structuredClone(netflix);
    const role = company.roles.find((r) => r.title === 'Machine Learning Engineer')!;
    role.family = 'Open roles this year';
    expect(build(company, 'mle').role.family).toBeNull();
    role.family = 'Data & Insights';
    expect(build(company, 'mle').role.family).toBe('Data & Insights');
  });

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

  it('gives the same packet for a role passed as an equal copy (a model read back from JSON)', () => {
    const role = resolveRole(netflix, 'mle');
    const options = { candidate: mlCandidate, builtAt: '2026-01-01', prepVersion: '0.0.0-test' };
    expect(tailor(netflix, { ...options, role: structuredClone(role) })).toEqual(tailor(netflix, { ...options, role }));
  });

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

  it('the Analytics Engineer packet has its family\'s skills and nothing of the MLE team', () => {
    const packet = build(netflix, 'ae', analyst);
    expect(packet.role.skills.map((s) => s.text)).toEqual(['SQL', 'Statistics', 'Operational Planning', 'Risk Communication', 'Cross-functional Coordination']);
    const json = JSON.stringify(packet);
    expect(json).not.toMatch(/Studio Media Algorithms|research scientists|GPU-accelerated/);
    // Company-level facts of the MLE document (values, overview) may appear; its role analysis may not.
    const mleRoleLines = new Set(netflix.roles.find((r) => r.title === 'Machine Learning Engineer')?.responsibilities.map((f) => f.source.line));
    const mleRoleFact = new RegExp(`interview-prep-mle.txt","line":(${[...mleRoleLines].join('|')})}`);
    expect(json).not.toMatch(mleRoleFact);
    expect(JSON.stringify(build(netflix, 'mle'))).toMatch(mleRoleFact);
    expect(row(packet, 'SQL')).toMatchObject({ matchedOn: 'exact' });
  });

  it('asks behavioral questions from values, technical ones from the role, without near-duplicates', () => {
    const packet = build(netflix, 'mle');
    const behavioral = packet.questions.filter((q) => q.kind === 'behavioral');
    const freedom = behavioral.find((q) => q.origin === 'value: Freedom & Responsibility');
    expect(freedom?.text).toMatch(/ownership/);
    expect(packet.questions.filter((q) => q.kind === 'profile')).toHaveLength(10);
    expect(packet.questions.some((q) => q.kind === 'technical' && q.origin === 'skill: Kotlin')).toBe(true);
    const texts = packet.questions.map((q) => q.text);
    expect(new Set(texts).size).toBe(texts.length);
    // "Innovation" is a value twice in the model; it asks once.
    expect(behavioral.filter((q) => q.origin === 'value: Innovation')).toHaveLength(1);
  });

  it('asks them questions from the profile and from OKRs, priorities, weaknesses and news', () => {
    const packet = build(netflix, 'mle');
    const origins = packet.questionsToAsk.map((q) => q.origin);
    expect(origins.filter((o) => o === 'profile')).toHaveLength(8);
    expect(origins.some((o) => o.startsWith('okr: '))).toBe(true);
    expect(origins.some((o) => o.startsWith('weakness: '))).toBe(true);
    expect(origins.some((o) => o === 'news')).toBe(true);
  });

  it('asks about two short weaknesses both: their questions share the wording, not what they ask about', () => {
    const company = structuredClone(netflix);
    const at = { file: 'netflix/strategy.md', line: 3 };
    company.swot = [{
      title: 'Engineering SWOT', strengths: [], opportunities: [], threats: [], priorities: [], source: at,
      weaknesses: [{ text: 'Stale models', label: 'MODELS', source: at }, { text: 'Slow training', label: 'TRAINING', source: at }],
    }];
    const origins = build(company, 'mle').questionsToAsk.map((q) => q.origin);
    expect(origins.filter((o) => o.startsWith('weakness: '))).toEqual(['weakness: MODELS', 'weakness: TRAINING']);
  });

  it('asks the questions a company-level note lists (no role claimed it) for every role', () => {
    const base = fixtureModel('brightboard');
    const asked = { text: 'How many planners cover the night shift?', source: { file: 'brightboard/notes.txt', line: 17 } };
    const company: Company = { ...base, prep: { ...base.prep, questionsToAsk: [asked] } };
    const packet = build(company, 'fe');
    expect(packet.questionsToAsk.filter((q) => q.origin === 'profile').map((q) => q.text)).toContain(asked.text);
  });

  it('lists research: placeholders and empty fields', () => {
    const research = build(fixtureModel('brightboard'), 'fe').research;
    expect(research.map((r) => r.field)).toContain('competitors');
    expect(build(netflix, 'ae').research.map((r) => r.field)).toContain('role.team');
    // A checklist item says what to do, not what is missing.
    expect(research.find((r) => r.field === 'competitors')?.text).toBe('[List of main competitors]');
    expect(build(netflix, 'ae').research.find((r) => r.field === 'role.team')?.text).toBe('Find out which team the Analytics Engineer role sits in.');
  });

  it('keeps another role\'s placeholders out of research, but not company-level ones from its document', () => {
    const model = structuredClone(netflix);
    const mleDoc = 'netflix/interview-prep-mle.txt';
    model.gaps.push({ field: 'role.roleNotes', text: '[Hiring manager name]', source: { file: mleDoc, line: 70 } });
    const ae = build(model, 'ae').research;
    expect(ae.some((r) => r.text === '[Hiring manager name]')).toBe(false);
    expect(ae.some((r) => r.source.file === mleDoc && r.text === '[List of main competitors]')).toBe(true);
    expect(build(model, 'mle').research.some((r) => r.text === '[Hiring manager name]')).toBe(true);
  });

  it('is deterministic: the same inputs give byte-identical JSON', () => {
    const a = JSON.stringify(build(netflix, 'mle', mlCandidate));
    const b = JSON.stringify(build(fixtureModel('netflix'), 'Machine Learning Engineer', mlCandidate));
    expect(a).toBe(b);
    const byName = tailor(fixtureModel('netflix'), { role: 'machine-learning-engineer', candidate: mlCandidate, builtAt: '2026-01-01', prepVersion: '0.0.0-test' });
    expect(JSON.stringify(byName)).toBe(a);
  });

  it('passes profile text through as data, never as a template', () => {
    const evil = structuredClone(netflix);
    const role = evil.roles.find((r) => r.title === 'Machine Learning Engineer');
    if (!role?.skills[0]) throw new Error('fixture');
    role.skills[0].text = '{{#each this}}{{/each}} <script>x</script>';
    const packet = build(evil, 'mle', mlCandidate);
    expect(JSON.stringify(packet)).toContain('{{#each this}}{{/each}} <script>x</script>');
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
