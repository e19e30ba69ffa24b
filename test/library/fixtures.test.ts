import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { compile } from '../../src/compile.js';
import type { Company } from '../../src/model/company.js';
import type { Fact } from '../../src/model/source.js';
import { fixtures, repoRoot } from '../helpers/cli.js';

// The hand-checked facts of test/fixtures/README.md, company by company.
const profiles = path.join(fixtures, 'profiles');
const texts = (facts: readonly Fact[]): string[] => facts.map((f) => f.text);
const load = async (id: string) => compile(profiles, id, { cwd: repoRoot });
const tags = (c: Company) => Object.fromEntries(c.products.map((p) => [p.name, [p.category, ...p.tags]]));
const skills = (c: Company) => Object.fromEntries(c.roleFamilies.map((f) => [f.name, [...f.roles, '|', ...texts(f.skills)]]));
const role = (c: Company, title: string) => c.roles.find((r) => r.title === title)!;
const counts = (c: Company, title: string) => {
  const r = role(c, title);
  return [r.responsibilities, r.successMetrics, r.talkingPoints, r.keywords, r.skillsMap, r.questions, r.questionsToAsk].map((l) => l.length);
};
const gapLines = (c: Company) => c.gaps.map((g) => `${g.source.file.split('/')[1]}:${g.source.line}`);

describe('fixture ledgerline', async () => {
  const { company: c, diagnostics } = await load('ledgerline');
  it('identity, overview and conflicts', () => {
    expect([c.name, ...c.aliases]).toEqual(['Ledgerline', 'llx', 'ledger-line']);
    expect(c.overview.headquarters?.text).toBe('Berlin, Germany');
    expect(c.overview.marketCap).toMatchObject({ text: '€3.8B', currency: 'EUR' });
    expect(c.mission?.text).toBe('Make money movement as dependable as electricity for every European business');
    const conflicts = diagnostics.filter((d) => d.ruleId === 'conflicting-value').map((d) => d.message);
    expect(conflicts.some((m) => m.includes('`2015`') && m.includes('notes.md:7'))).toBe(true);
  });
  it('products, families and the SRE role created by its heading', () => {
    expect(tags(c)['Ledgerline Payments']).toEqual(['Payments Platform', 'payments', 'fraud detection', 'ledgers', 'compliance']);
    expect(tags(c)['Ledgerline Connect']).toEqual(['Developer Platform', 'API', 'rate limiting', 'SDK', 'webhooks']);
    expect(tags(c)['Ledgerline Treasury']).toEqual(['Business Banking', 'cash management', 'FX', 'reconciliation', 'reporting']);
    expect(skills(c)['Core Banking Engineering']).toEqual(['Backend Engineer', 'Payments Engineer', 'Security Engineer', '|', 'Go', 'Kubernetes', 'PostgreSQL', 'gRPC', 'Observability']);
    expect(c.roles).toHaveLength(7);
    expect(role(c, 'Site Reliability Engineer').team?.text).toMatch(/^Platform Reliability/);
    expect(counts(c, 'Site Reliability Engineer')).toEqual([4, 3, 3, 5, 4, 4, 4]);
    expect(role(c, 'Site Reliability Engineer').requirements).toHaveLength(5);
  });
  it('pathways, strategy and gaps', () => {
    expect(c.entryPathways).toHaveLength(3);
    expect(c.guidance).toHaveLength(4);
    expect([c.swot.length, c.okrs.length]).toEqual([0, 0]);
    expect(gapLines(c)).toEqual(['interview-prep-sre.md:41', 'interview-prep-sre.md:42', 'interview-prep-sre.md:43', 'interview-prep-sre.md:47', 'interview-prep-sre.md:49']);
  });
});

describe('fixture haulwise', async () => {
  const { company: c, diagnostics } = await load('haulwise');
  it('overview', () => {
    const o = c.overview;
    expect(o.headquarters?.text).toBe('Rotterdam, South Holland, Netherlands');
    expect(o.revenue).toMatchObject({ amount: 610_000_000, currency: 'EUR', year: 2024 });
    expect(o.employees?.count).toBe(2300);
    expect(o.ticker).toMatchObject({ exchange: 'Euronext Amsterdam', symbol: 'HWISE' });
  });
  it('products and families with their chips split', () => {
    expect(tags(c)['Haulwise Yard']).toEqual(['Warehouse Orchestration', 'RFID', 'slotting', 'dock scheduling', 'pick paths']);
    expect(tags(c)['Haulwise Route']).toEqual(['Route Optimization', 'route optimization', 'ETA prediction', 'fleet telematics', 'EV charging']);
    expect(skills(c)['Fleet & Edge Software']).toEqual(['Mobile Engineer', 'Embedded Software Engineer', 'Backend Engineer', '|', 'Kotlin', 'Rust', 'MQTT', 'C++', 'Edge Computing']);
  });
  it('the data scientist role, inferred', () => {
    expect(c.roles.map((r) => r.title)).toHaveLength(6);
    expect(c.sources.find((s) => s.file.endsWith('data-science.txt'))?.role).toBe('Data Scientist');
    expect(diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'inferred-role', line: 42 }));
    expect(role(c, 'Data Scientist').team?.text).toContain('Network Intelligence');
    expect(counts(c, 'Data Scientist')).toEqual([4, 3, 3, 4, 4, 4, 3]);
  });
  it('strategy', () => {
    expect(c.swot.map((s) => [s.strengths, s.weaknesses, s.opportunities, s.threats, s.priorities].map((l) => l.length))).toEqual([[4, 4, 4, 4, 3]]);
    expect(c.okrs.map((o) => [o.objective, o.keyResults.length])).toEqual([['CUT EMPTY KILOMETRES', 3], ['ELECTRIFY FLEETS', 3], ['DELIGHT DRIVERS', 3]]);
    expect(c.metrics).toHaveLength(3);
    expect(texts(c.values)).toHaveLength(4);
    expect(c.retrospective).toMatchObject({ wentWell: { length: 3 }, notSoWell: { length: 3 }, learnings: { length: 2 }, actionItems: { length: 3 } });
    expect(gapLines(c).map((g) => g.split(':')[1])).toEqual(['33', '34', '35', '38', '39']);
  });
});

describe('fixture stackforge', async () => {
  const { company: c, diagnostics } = await load('stackforge');
  it('agreeing documents give no headquarters conflict', () => {
    expect(c.overview.headquarters?.text).toBe('Toronto, Ontario, Canada');
    expect(diagnostics.filter((d) => d.message.includes('headquarters'))).toEqual([]);
    expect(c.aliases).toEqual(['sforge']);
  });
  it('the developer advocate from front matter, two SWOTs, four OKRs', () => {
    expect(tags(c)['Forge CI']).toEqual(['Build Automation', 'CI/CD', 'build caching', 'monorepos', 'flaky test detection']);
    expect(counts(c, 'Developer Advocate')).toEqual([4, 3, 3, 4, 3, 3, 3]);
    expect(c.sources.find((s) => s.role === 'Developer Advocate')?.asOf).toBe('2025-03-01');
    expect(c.entryPathways).toHaveLength(2);
    expect(c.swot.map((s) => s.title)).toEqual(['Stackforge Engineering SWOT Analysis', 'Stackforge Supply Chain Security SWOT Analysis']);
    expect(c.okrs.map((o) => o.keyResults.length)).toEqual([3, 3, 3, 3]);
    expect(c.gaps).toHaveLength(3);
  });
});

describe('fixture carebridge', async () => {
  const { company: c } = await load('carebridge');
  it('emoji headings, front-matter role, task items are not gaps', () => {
    expect([c.name, ...c.aliases]).toEqual(['CareBridge Health', 'carebridge', 'cbh']);
    expect(c.overview.headquarters?.text).toBe('Boston, MA, United States');
    expect(c.overview.headquarters?.alternatives?.map((a) => a.text)).toEqual(['Boston, Massachusetts', 'Boston']);
    expect(texts(c.techStack.languages)).toEqual(['Python', 'TypeScript', 'SQL']);
    expect(tags(c)['CareBridge Insights']).toEqual(['Population Health', 'population health', 'risk stratification', 'claims analytics', 'ML']);
    // Needs the company-wide vocabulary: "SQL" is spelled out only in the other documents.
    expect(skills(c)['Clinical Data & ML']).toEqual(['Machine Learning Engineer', 'Clinical Data Analyst', 'Data Engineer', '|', 'Python', 'SQL', 'FHIR', 'PyTorch', 'Causal Inference']);
    expect(skills(c)['Product Engineering']).toEqual(['Full Stack Engineer', 'Mobile Engineer', 'QA Automation Engineer', '|', 'TypeScript', 'React Native', 'Node.js', 'GraphQL', 'Accessibility']);
    expect(counts(c, 'Machine Learning Engineer')).toEqual([4, 3, 3, 4, 4, 3, 3]);
    expect(c.values).toHaveLength(4);
    expect(gapLines(c)).toEqual(['interview-prep-ml.md:52', 'interview-prep-ml.md:53', 'interview-prep-ml.md:57', 'interview-prep-ml.md:58']);
  });
});

describe('fixture emberfall', async () => {
  const { company: c } = await load('emberfall');
  it('closing hashes, bold headings, qualifications as requirements', () => {
    expect(c.overview.headquarters?.text).toBe('Montréal, Québec, Canada');
    expect(tags(c)['Kiln Engine']).toEqual(['Game Engine', 'C++', 'rendering', 'ECS', 'asset pipelines']);
    expect(tags(c)['Lantern']).toEqual(['Player Platform', 'player accounts', 'cross-play', 'telemetry', 'UGC']);
    expect(skills(c)['Game Engineering']).toEqual(['Gameplay Programmer', 'Graphics Programmer', 'Tools Engineer', '|', 'C++', 'HLSL', 'Linear Algebra', 'Profiling', 'Gameplay Systems']);
    expect(tags(c)['Ashen Reach']).toEqual(['Live-Service Action RPG', 'live ops', 'matchmaking', 'seasons', 'anti-cheat']);
    expect(role(c, 'Gameplay Programmer').requirements).toHaveLength(5);
    expect(counts(c, 'Gameplay Programmer')).toEqual([4, 3, 3, 4, 4, 3, 3]);
    expect(c.okrs.map((o) => o.objective)).toEqual(['SHIP SEASONS ON TIME', 'GROW THE PLAYER BASE']);
    expect(c.values).toHaveLength(3);
    expect(c.gaps).toHaveLength(2);
  });
});

describe('fixture broken-co', async () => {
  const { company: c, diagnostics } = await load('broken-co');
  it('keeps the good document and reports each bad one', () => {
    expect(c.name).toBe('Broken Co');
    expect(c.overview.founded?.year).toBe(2019);
    expect(c.mission?.text).toBe('Keep every bike on the road');
    expect(c.roles.map((r) => r.title)).not.toContain('Support Engineer');
    const bySeverity = (file: string) => diagnostics.filter((d) => d.file.endsWith(file)).map((d) => d.severity);
    expect(bySeverity('broken-yaml.md')).toContain('error');
    expect(bySeverity('js-front-matter.md')).toContain('error');
    expect(bySeverity('logo.png')).toEqual(['info']);
    expect(bySeverity('nul-byte.txt')).toEqual(['warning']);
  });
});

describe('fixture brightmoor', async () => {
  const { company: c } = await load('brightmoor');
  const at = (fact: { source: { file: string; line: number } } | null | undefined) => fact && `${fact.source.file.split('/')[1]}:${fact.source.line}`;

  it('one field per labelled line of a paragraph, each at its own line', () => {
    expect([c.overview.founded?.year, at(c.overview.founded), c.overview.headquarters?.text, at(c.overview.headquarters), c.overview.employees?.count, at(c.overview.employees)]).toEqual([
      1961, 'notes.md:4', 'Leeds, England', 'notes.md:5', 72000, 'notes.md:6',
    ]);
    expect(texts(c.overview.industry)).toEqual(['Grocery retail', 'Online delivery']);
  });

  it('headings with a qualifier are the sections they name', () => {
    expect(texts(Object.values(c.techStack).flat())).toContain('Snowflake');
    expect(texts(c.competitors).join(' ')).toContain('Greenbasket');
    expect(texts(c.culture)).toContain('Decisions written up as one-page memos');
    expect(texts([...c.prep.questionsToAsk, ...c.roles.flatMap((r) => r.questionsToAsk)])).toContain('Who owns the promotions calendar?');
  });

  it('the team is the unit a sentence names; the next labelled line is its own field', () => {
    const analyst = role(c, 'Pricing Analyst');
    expect(analyst.team?.text).toBe('Revenue Management & Pricing');
    expect(texts(analyst.notes).join(' ')).toContain('Commercial organization');
    expect(texts(analyst.successMetrics)).toEqual(['Margin on promoted lines held within plan', 'Price-change errors below 0.5%']);
  });

  it('free-form sections are notes; their placeholders are gaps', () => {
    expect(c.notes.filter((n) => n.label === 'Interview loop')).toHaveLength(3);
    expect(c.notes.find((n) => n.label === 'What I learned about the team')?.source.line).toBe(31);
    expect(c.gaps.map((g) => [g.field, at(g)])).toEqual([
      ['notes.salaryBand', 'notes.md:35'],
      ['notes.relocationSupport', 'notes.md:36'],
    ]);
  });

  it('an ALL-CAPS objective and the Title-case line under it are one objective', () => {
    expect(c.okrs.map((o) => [o.objective, o.description ?? null, o.keyResults.length])).toEqual([
      ['MOBILE ORDERING', 'Make Click and Collect a habit', 2],
      ['FRESH WASTE', 'Halve Unsold Fresh Food', 2],
      ['STORE LABOUR', null, 1],
    ]);
    expect(c.unmapped).toEqual([]);
  });
});
