import { describe, expect, it } from 'vitest';
import { loadCandidate } from '../../src/candidate/load-candidate.js';
import { Packet } from '../../src/model/packet.js';
import { resolveRole } from '../../src/tailor/resolve-role.js';
import { tailor } from '../../src/tailor/tailor.js';
import { repoRoot } from '../helpers/cli.js';
import { build, fixtureModel, row } from './helpers.js';

const netflix = fixtureModel('netflix');
const mlCandidate = await loadCandidate('examples/candidate.md', repoRoot);
const analyst = await loadCandidate('test/fixtures/candidates-tailor/data-analyst.json', repoRoot);

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

  it('gives the same packet for a role passed as an equal copy (a model read back from JSON)', () => {
    const role = resolveRole(netflix, 'mle');
    const options = { candidate: mlCandidate, builtAt: '2026-01-01', prepVersion: '0.0.0-test' };
    expect(tailor(netflix, { ...options, role: structuredClone(role) })).toEqual(tailor(netflix, { ...options, role }));
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
});
