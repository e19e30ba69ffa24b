import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { compile } from '../../src/compile.js';
import type { Company } from '../../src/model/company.js';
import type { Fact } from '../../src/model/source.js';
import { fixtures, repoRoot } from '../helpers/cli.js';

// The hand-checked facts of the trial3 companies in test/fixtures/README.md: shapes written after the tool was.
const profiles = path.join(fixtures, 'profiles-trial3');
const texts = (facts: readonly Fact[]): string[] => facts.map((f) => f.text);
const load = async (id: string) => compile(profiles, id, { cwd: repoRoot });
const role = (c: Company, title: string) => c.roles.find((r) => r.title === title)!;
const titles = (c: Company) => c.roles.map((r) => r.title);

describe('trial3 tidewater: Google Docs export, CRLF and a BOM', async () => {
  const { company: c } = await load('tidewater');
  it('reads numbered headings and glyph-nested bullets', () => {
    expect(c.name).toBe('Tidewater Robotics');
    expect(titles(c)).toEqual(['Robotics Software Engineer']);
    expect(c.mission?.text).toBe('Keep every hull clean without a dry dock.');
    expect(c.products.map((p) => p.name)).toEqual(['HullSweep', 'Deckhand Cloud', 'TideScan']);
    const duties = texts(role(c, 'Robotics Software Engineer').responsibilities);
    expect(duties).toHaveLength(4);
    expect(duties[0]).toBe('Own the path planner that moves HullSweep across curved hull plates (tune coverage for bulbous bows; handle weld seams and anodes)');
    expect(texts(role(c, 'Robotics Software Engineer').questionsToAsk)).toHaveLength(3);
    expect(c.notes.map((n) => n.label)).not.toContain('1. Company Overview');
    expect(c.gaps.map((g) => g.source.line)).toEqual([52]);
    expect(c.unmapped).toEqual([]);
  });
});

describe('trial3 mossgrove: Notion export', async () => {
  const { company: c } = await load('mossgrove');
  it('reads toggles as sections, the role from the page, and no status as ownership', () => {
    expect(c.name).toBe('Mossgrove Learning');
    expect(c.products.map((p) => [p.name, p.description])).toEqual([
      ['Mossgrove Planner', 'lesson planning for secondary-school teachers, shared with a department'],
      ['Mossgrove Marks', 'rubric-based grading with reusable feedback banks'],
      ['Mossgrove Parents', 'weekly progress digest sent to families'],
    ]);
    expect(texts(c.competitors)).toEqual(['Chalkline', 'PlanBee Pro', 'Google Classroom']);
    expect(c.values).toHaveLength(3);
    expect(c.overview.ownership).toBeNull();
    const designer = role(c, 'Product Designer');
    expect(designer.team?.text).toBe('Teacher Experience squad');
    expect([designer.responsibilities.length, designer.requirements.length]).toEqual([4, 4]);
    expect(c.unmapped).toEqual([]);
  });
});

describe('trial3 pellucid: careers page with two openings', async () => {
  const { company: c } = await load('pellucid');
  it('gives each opening its own sections, sub-bullets folded into their item', () => {
    expect(c.name).toBe('Pellucid Analytics');
    expect(titles(c)).toEqual(['Data Engineer', 'Senior Analytics Engineer']);
    const engineer = role(c, 'Data Engineer');
    expect(engineer.notes.map((n) => [n.label, n.text])).toEqual([['Workplace', 'Remote (EU)']]);
    expect(engineer.responsibilities.map((f) => f.source.line)).toEqual([14, 17, 18, 19]);
    expect(engineer.requirements.map((f) => f.source.line)).toEqual([22, 23, 24, 28, 29]);
    expect(role(c, 'Senior Analytics Engineer').responsibilities.map((f) => f.source.line)).toEqual([34, 35, 37]);
    expect(c.roleFamilies.map((f) => f.name)).toEqual(['Open positions']);
    expect(c.unmapped).toEqual([]);
  });
});

describe('trial3 orchard-lane: ALL CAPS headings with colons', async () => {
  const { company: c } = await load('orchard-lane');
  it('reads the open role line and keeps it out of the competitors', () => {
    expect(c.name).toBe('Orchard Lane Provisions');
    expect(titles(c)).toEqual(['Supply Chain Analyst']);
    expect(texts(c.competitors)).toEqual(['Bakehouse Direct', 'Midland Crust', 'Greggs wholesale']);
    expect(c.products.map((p) => p.name)).toEqual(['Daily bake', 'Café pastry range', 'Frozen bake-off']);
    expect(c.overview.revenue).toMatchObject({ currency: 'GBP', year: 2024 });
    expect(c.notes.every((n) => !n.label?.endsWith(':'))).toBe(true);
  });
});

describe('trial3 kestrel: role only in front matter title, a front-matter-only file, a long line', async () => {
  const { company: c, diagnostics } = await load('kestrel');
  it('takes the role from `title:` and says the empty document holds only keys', () => {
    expect([c.name, ...c.aliases]).toEqual(['Kestrel Biosystems', 'kestrel', 'kbio']);
    expect(titles(c)).toEqual(['Lab Automation Engineer']);
    expect(c.products.map((p) => p.name)).toEqual(['Kestrel One', 'Kestrel Protocols', 'Kestrel Cloud']);
    expect(diagnostics.filter((d) => d.ruleId === 'front-matter-only').map((d) => d.file.split('/').at(-1))).toEqual(['meta.md']);
    expect(c.unmapped).toEqual([]);
  });
});

describe('trial3 saltmarsh: SWOT as paragraphs, OKRs as lines', async () => {
  const { company: c } = await load('saltmarsh');
  it('fills the quadrants and the objectives, and the role doc joins the listed role', () => {
    expect(c.swot.map((s) => [s.strengths, s.weaknesses, s.opportunities, s.threats].map((l) => l.length))).toEqual([[3, 3, 3, 3]]);
    expect(c.okrs.map((o) => [o.objective, o.keyResults.length])).toEqual([
      ['Bring the cost of energy below €150/MWh', 3],
      ['Build a world-class operations software team', 3],
      ['Win the next array', 2],
    ]);
    expect(titles(c)).toEqual(['Controls Engineer', 'Data Engineer (SCADA)', 'Marine Operations Planner']);
    const engineer = role(c, 'Data Engineer (SCADA)');
    expect(engineer.team?.text).toBe('Operations Software');
    expect(texts(engineer.requirements).some((t) => t.includes('stuck sensor'))).toBe(false);
    expect(engineer.questions).toHaveLength(2);
    expect(c.unmapped).toEqual([]);
  });
});

describe('trial3 fernhill: markdown careers page, CRLF', async () => {
  const { company: c } = await load('fernhill');
  it('makes the opening headings roles, and the one-line blurb the summary', () => {
    expect(c.overview.summary?.text).toBe('Fernhill makes payroll simple for farms.');
    expect(titles(c)).toEqual(['Platform Engineer', 'Customer Success Manager']);
    expect(role(c, 'Platform Engineer').requirements).toHaveLength(5);
    expect(role(c, 'Customer Success Manager').responsibilities).toHaveLength(2);
  });
});

describe('trial3 quarry-hill: Word export to text', async () => {
  const { company: c } = await load('quarry-hill');
  it('reads tab-separated fields, Word bullet letters, and keeps stray lines out of the questions', () => {
    expect([c.overview.founded?.year, c.overview.employees?.count, c.overview.headquarters?.text]).toEqual([1894, 1250, 'Harrogate, United Kingdom']);
    expect(c.overview.ownership?.text).toBe('Mutual, owned by its policyholders');
    const analyst = role(c, 'Claims Data Analyst');
    expect(texts(analyst.responsibilities)[0]).toBe('Build the monthly claims dashboard for the underwriting team (loss ratios by product and region; large-loss watchlist (flag anything over £250k))');
    expect(analyst.responsibilities).toHaveLength(3);
    expect(texts(analyst.questionsToAsk)).toHaveLength(2);
    expect(c.notes.map((n) => n.label)).toEqual(expect.arrayContaining(['Salary', 'Closing date']));
  });
});
