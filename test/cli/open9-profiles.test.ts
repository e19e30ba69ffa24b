import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, prep } from '../helpers/cli.js';
import { checked, citedFacts, miscited, shown } from '../helpers/trial.js';

// Postings that close their lists with a word on applying, a company known only as "Dublin-based", a requirement
// to travel "twice a year", and a careers site's navigation, through the CLI.
const profiles = path.join(fixtures, 'profiles-open9');
type Role = { requirements: { text: string }[]; responsibilities: { text: string }[]; notes: { text: string; source: { line: number } }[] };
type Model = { overview: Record<string, { text: string } | null>; roles: Role[]; notes: { text: string }[]; values: { text: string }[] };
const show = (id: string): Promise<Model> => shown<Model>(profiles, id);
const texts = (facts: readonly { text: string }[]): string[] => facts.map((f) => f.text);

describe('prep on postings with closing paragraphs and prose-only facts (open9)', () => {
  it('warns of nothing and cites every fact at the line that holds it', async () => {
    const { code, diagnostics } = await checked(profiles);
    expect(code).toBe(0);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    for (const id of ['brackwater', 'orvale', 'quillon']) expect(miscited(profiles, citedFacts(await show(id))), id).toEqual([]);
  });

  it('keeps a closing paragraph on applying out of the requirements and duties, as a note of the role', async () => {
    const role = (await show('brackwater')).roles[0]!;
    expect(texts(role.requirements)).toEqual(['5+ years of backend development in Go or Java', 'Experience with PostgreSQL and event-driven systems', 'Willing to travel to our Lisbon office twice a year']);
    expect(texts(role.responsibilities)).toHaveLength(3);
    expect(texts(role.notes)).toEqual(expect.arrayContaining(['We review applications on a rolling basis.', 'Please apply by March 31 with a CV and a short note.']));
  });

  it('keeps every paragraph of a section written as prose, one requirement to a paragraph', async () => {
    const role = (await show('orvale')).roles[0]!;
    expect(texts(role.requirements)).toHaveLength(3);
    expect(texts(role.responsibilities)).toHaveLength(2);
  });

  it('takes "a Dublin-based fintech" for the headquarters, and no cloud-based or London-based team for one', async () => {
    expect((await show('brackwater')).overview['headquarters']?.text).toBe('Dublin');
    expect((await show('orvale')).overview['headquarters']).toBeNull();
    // A forum post's background line, the only place the company's city is given.
    expect((await shown<Model>(path.join(fixtures, 'profiles-trial8'), 'tindrel')).overview['headquarters']?.text).toBe('Dublin');
  });

  it('reads no years into a requirement to travel twice a year, nor into evidence that says once a year', async () => {
    const { code, stdout } = await prep(['--profiles', profiles, 'build', 'brackwater', '--candidate', path.join(profiles, 'candidate.md'), '--json']);
    expect(code).toBe(0);
    const rows = (JSON.parse(stdout) as { skillsMap: { requirement: string; years?: unknown }[] }).skillsMap;
    const travel = rows.find((row) => /twice a year/.test(row.requirement));
    expect(travel).toBeDefined();
    expect(travel!.years ?? null).toBeNull();
  });

  it('leaves a careers site\'s menu out, as text and as a markdown list of links, and keeps its short lists', async () => {
    const quillon = await show('quillon');
    expect(JSON.stringify(quillon)).not.toMatch(/"(?:• )?(?:Careers|Teams|Locations|Benefits)(?: \(https[^"]*\))?"/);
    expect(texts(quillon.values)).toEqual(['Candor', 'Courage', 'Craft']);
    const { code, stdout } = await prep(['--profiles', profiles, 'build', 'quillon', '--role', 'data engineer', '-o', '-']);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/quillon\.example|^- (?:Careers|Teams|Locations)$/m);
  });
});
