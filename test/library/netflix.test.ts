import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { compile, type Compiled } from '../../src/compile.js';
import type { Fact } from '../../src/model/source.js';
import { Company } from '../../src/model/company.js';
import { repoRoot } from '../helpers/cli.js';

const texts = (facts: readonly Fact[]): string[] => facts.map((f) => f.text);
let result: Compiled;
let c: Company;

beforeAll(async () => {
  result = await compile(path.join(repoRoot, 'profiles'), 'netflix', { cwd: repoRoot });
  c = result.company;
});

describe('the netflix seeds, compiled', () => {
  it('validates against the schema and names the company', () => {
    expect(Company.safeParse(c).success).toBe(true);
    expect(c.name).toBe('Netflix');
  });

  it('holds the overview facts', () => {
    const o = c.overview;
    expect(o.founded).toMatchObject({ year: 1997, source: { file: 'netflix/interview-prep-mle.txt', line: 4 } });
    expect(o.headquarters?.text).toMatch(/^Los Gatos/);
    expect([o.headquarters?.text, ...(o.headquarters?.alternatives ?? []).map((a) => a.text)]).toEqual(
      expect.arrayContaining(['Los Gatos, CA, United States', 'Los Gatos, California']),
    );
    expect(o.employees).toMatchObject({ count: 12000 });
    expect(o.revenue).toMatchObject({ amount: 33_700_000_000, currency: 'USD', year: 2023 });
    expect(o.marketCap).toMatchObject({ text: '$280B', amount: 280_000_000_000, currency: 'USD' });
    expect(o.ticker).toMatchObject({ exchange: 'NASDAQ', symbol: 'NFLX' });
    expect(texts(o.industry)).toEqual(['Entertainment', 'Streaming Media', 'Content Production']);
  });

  it('holds the mission, both value lists and the culture signals', () => {
    const missions = [c.mission?.text, ...(c.mission?.alternatives ?? []).map((a) => a.text)];
    expect(missions).toContain('To entertain the world through innovative streaming experiences');
    expect(texts(c.values)).toEqual(expect.arrayContaining(['Freedom & Responsibility', 'Context, not Control', 'Judgment', 'Selflessness', 'Integrity']));
    expect(texts(c.culture).some((t) => t.includes('keeper-test'))).toBe(true);
  });

  it('holds the four products with their tags split', () => {
    const tags = Object.fromEntries(c.products.map((p) => [p.name, p.tags]));
    expect(Object.keys(tags)).toEqual(['Netflix Streaming', 'Open Connect', 'Ads Plan', 'Netflix Games']);
    expect(tags['Open Connect']).toEqual(['CDN', 'edge caching', 'QoE', 'network operations']);
    expect(tags['Ads Plan']).toEqual(['AVOD', 'ad tech', 'monetization', 'measurement']);
    expect(tags['Netflix Streaming']).toEqual(['streaming', 'personalization', 'experimentation', 'playback']);
    expect(c.products[1]).toMatchObject({ category: 'Delivery Infrastructure' });
  });

  it('holds the tech stack and the news', () => {
    expect(texts(c.techStack.languages)).toEqual(['Python', 'Java', 'JavaScript', 'Scala']);
    expect(texts(c.techStack.cloud)).toContain('AWS (primary)');
    expect(texts(c.news).some((t) => t.includes('80 mobile games'))).toBe(true);
  });

  it('holds both role families and all six roles', () => {
    expect(c.roleFamilies.map((f) => f.name)).toEqual(['Network Engineering & Infrastructure', 'Service Operations & Risk']);
    expect(c.roleFamilies[0]!.roles).toEqual(['Software Engineer', 'Machine Learning Engineer', 'Product Manager']);
    expect(texts(c.roleFamilies[0]!.skills)).toEqual(['Distributed Systems', 'Java', 'Kotlin', 'Python', 'ML Fundamentals', 'A/B Testing', 'Product Metrics']);
    expect(c.roles.map((r) => r.title)).toEqual([
      'Software Engineer',
      'Machine Learning Engineer',
      'Product Manager',
      'Analytics Engineer',
      'Content Operations Analyst',
      'Policy Operations Analyst',
    ]);
  });

  it('gives the Machine Learning Engineer the prep document', () => {
    const mle = c.roles.find((r) => r.slug === 'machine-learning-engineer')!;
    expect(mle.team?.text).toBe('Studio Media Algorithms');
    expect(mle.responsibilities).toHaveLength(5);
    expect(mle.talkingPoints).toHaveLength(5);
    expect(mle.keywords).toHaveLength(7);
    expect(mle.skillsMap).toHaveLength(5);
    expect(mle.skillsMap[1]).toMatchObject({ skill: 'Python and ML framework expertise', requirement: 'Skills in OO programming (Python) and ML/CV pipelines' });
    expect(mle.questions).toHaveLength(10);
    expect(mle.questionsToAsk).toHaveLength(8);
    expect(mle.questions[0]!.text).not.toMatch(/^"/);
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'inferred-role', severity: 'info' }));
  });

  it('holds both SWOTs, the four OKRs, metrics, retrospective, entry pathways and guidance', () => {
    expect(c.swot.map((s) => s.title)).toEqual(['Netflix Engineering SWOT Analysis', 'Netflix Engineering AI Strategy SWOT Analysis']);
    expect(c.swot[0]!.strengths[0]).toMatchObject({ label: 'PLATFORM', text: 'Industry-leading streaming architecture serving 270M+ members' });
    expect(c.swot[1]!.priorities).toHaveLength(4);
    expect(c.okrs.map((o) => [o.objective, o.keyResults.length])).toEqual([
      ['MODERNIZE PLATFORM', 4],
      ['ENHANCE AI', 4],
      ['EXPAND GAMING', 4],
      ['MONETIZE GROWTH', 4],
    ]);
    expect(c.okrs[0]!.description).toBe('Create world-class streaming architecture for the future');
    expect(c.metrics.map((m) => m.label)).toEqual(['MEMBERSHIPS', 'ENGAGEMENT', 'RETENTION']);
    expect(c.retrospective).toMatchObject({ wentWell: { length: 5 }, notSoWell: { length: 5 }, learnings: { length: 5 }, actionItems: { length: 5 } });
    expect(c.entryPathways.map((p) => p.name.toLowerCase())).toEqual(['internships', 'entry level roles', 'graduate programs']);
    expect(c.guidance).toHaveLength(4);
  });

  it('keeps chrome and placeholders out of the content', () => {
    const json = JSON.stringify({ ...c, gaps: [], sources: [] });
    for (const chrome of ['Netflix logo', 'Stay Updated on Netflix', 'Get free quarterly updates', 'Align the plan', '[Yes/No]', '[List of main competitors]']) {
      expect(json).not.toContain(chrome);
    }
    expect(c.gaps.map((g) => g.text)).toEqual(expect.arrayContaining(['[Yes/No]', '[List of main competitors]']));
    expect(c.competitors.map((f) => f.text).join(' ')).not.toContain('[');
  });

  it('accounts for every content line', () => {
    for (const source of c.sources) expect(source.mappedLines + c.unmapped.filter((u) => u.source.file === source.file).length).toBe(source.contentLines);
    expect(c.sources.map((s) => s.family)).toEqual(['profile', 'strategy', 'prep-template']);
    expect(c.sources.find((s) => s.file.endsWith('engineering-strategy.txt'))!.chromeLines).toBeGreaterThan(10);
  });

  it('is the same model on a second run', async () => {
    const again = await compile(path.join(repoRoot, 'profiles'), 'netflix', { cwd: repoRoot });
    expect(JSON.stringify(again.company)).toBe(JSON.stringify(c));
  });
});
