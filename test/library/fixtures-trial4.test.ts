import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { compile } from '../../src/compile.js';
import type { Company } from '../../src/model/company.js';
import type { Fact } from '../../src/model/source.js';
import { fixtures, repoRoot } from '../helpers/cli.js';

// The hand-checked facts of the trial4 companies in test/fixtures/README.md: shapes prep had never seen.
const profiles = path.join(fixtures, 'profiles-trial4');
const texts = (facts: readonly Fact[]): string[] => facts.map((f) => f.text);
const load = async (id: string) => compile(profiles, id, { cwd: repoRoot });
const role = (c: Company, title: string) => c.roles.find((r) => r.title === title)!;
const everything = (c: Company): string => JSON.stringify(c);

describe('trial4 brunnwerk: a LinkedIn page (BOM, CRLF, NBSP) and a job ad pasted from a PDF', async () => {
  const { company: c, diagnostics } = await load('brunnwerk');
  it('reads the page facts between the site\'s buttons and counters', () => {
    expect(c.name).toBe('Brunnwerk Präzisionstechnik GmbH');
    expect([c.overview.founded?.text, c.overview.headquarters?.text, c.overview.ownership?.text]).toEqual(['1952', 'Stuttgart, Baden-Württemberg', 'Privately Held']);
    expect(c.mission?.text).toBe('Every drop measured, every batch repeatable.');
    expect(texts(c.values).slice(0, 3)).toEqual([
      'Genauigkeit – we measure before we argue',
      'Verlässlichkeit – a promise to one customer is a promise from all of us',
      'Neugier – our apprentices ask the best questions',
    ]);
    expect(everything(c)).not.toMatch(/followers|"Follow"|See all|Get directions|External link/);
    expect(c.roles.map((r) => r.title)).toEqual(['Embedded Software Engineer', 'Test Automation Engineer']);
    expect(texts(c.values)).toHaveLength(3);
    expect(texts(c.competitors)).toContain('Pumpenfabrik Ostwald AG');
  });

  it('joins the PDF\'s hard-wrapped items and hyphenated words, spells out ligatures and drops the page footers', () => {
    const engineer = role(c, 'Embedded Software Engineer');
    expect(texts(engineer.responsibilities)).toHaveLength(5);
    expect(texts(engineer.responsibilities)).toContain('Write unit and hardware-in-the-loop tests and run them in our Jenkins pipeline');
    expect(texts(engineer.responsibilities)).toContain('Implement PROFINET and EtherNet/IP communication and keep it certifiable');
    expect(texts(engineer.requirements)).toEqual([
      'Degree in electrical engineering, computer science or a comparable qualification',
      'At least 3 years of experience with embedded C/C++ on ARM Cortex-M',
      'Experience with an RTOS (FreeRTOS, Zephyr or embOS)',
      'Knowledge of industrial communication protocols, ideally PROFINET',
      'Good English; German is a plus but not a must',
    ]);
    expect(everything(c)).not.toMatch(/Page \d of \d|ﬁ|engi- neers/);
    expect(diagnostics.filter((d) => d.ruleId === 'conflicting-value')).toEqual([]);
  });
});

describe('trial4 thornbury: a careers page saved as HTML, and a reviews dump', async () => {
  const { company: c, diagnostics } = await load('thornbury');
  it('reads the page as its text: facts, values and the opening with its duties', () => {
    expect([c.overview.founded?.text, c.overview.headquarters?.text, c.overview.employees?.text]).toEqual(['2014', 'Leeds, United Kingdom', '140']);
    expect(texts(c.values)).toEqual(['Explain the model — if we cannot explain it, we do not ship it', 'Own the outcome', 'Be kind in review']);
    expect(c.roles.map((r) => r.title)).toEqual(['Machine Learning Engineer']);
    const mle = role(c, 'Machine Learning Engineer');
    expect(texts(mle.responsibilities)).toEqual([
      'Productionise pricing models built by our actuaries and data scientists',
      'Build monitoring for model drift and fairness across protected characteristics',
      'Keep the feature store fast & cheap',
    ]);
    expect(mle.requirements.map((f) => f.source.line)).toEqual([54, 55, 56]);
    expect(texts(mle.notes)).toEqual(['Leeds or Remote (UK) · Full-time']);
  });

  it('keeps no tag, script or footer, and calls no tag a placeholder', () => {
    expect(everything(c)).not.toMatch(/<\/?(?:li|p|strong|html|div)\b|gtag|dataLayer|Apply now|Registered in England/);
    expect(c.gaps).toEqual([]);
    expect(c.unmapped.filter((u) => u.source.file.endsWith('careers-page-source.md'))).toEqual([]);
    expect(diagnostics.filter((d) => d.ruleId === 'placeholder')).toEqual([]);
  });
});

describe('trial4 fjordlys: Obsidian notes', async () => {
  const { company: c } = await load('fjordlys');
  it('reads wiki links, callouts, comments and tags as a reader of the note sees them', () => {
    expect(c.name).toBe('Fjordlys Energi');
    expect([c.overview.founded?.text, c.overview.headquarters?.text]).toEqual(['1921', 'Bergen, Norway']);
    expect(texts(c.competitors)).toEqual(['Statkraft', 'BKK (now Eviny)', 'Tibber — for the consumer app']);
    expect(c.products.map((p) => p.name)).toEqual(['Fjordlys Straum', 'Ladeklar', 'Vannvakt']);
    const sre = role(c, 'Site Reliability Engineer');
    expect(sre.team?.text).toBe('Plattform & Drift');
    expect(texts(sre.requirements)).toHaveLength(4);
    expect(everything(c)).not.toMatch(/\[\[|\]\]|%%|==|#norway|TABLE status|Don't share/);
  });
});

describe('trial4 kagetsu: unusual YAML, a Japanese name, tables with empty cells, lists three deep', async () => {
  const { company: c } = await load('kagetsu');
  it('takes anchors, numbers and nested maps in front matter in its stride', () => {
    expect(c.name).toBe('Kagetsu Logistics');
    expect(c.aliases).toEqual(['花月ロジスティクス', 'カゲツ', '9147', 'Kagetsu', 'KGT']);
    expect(c.settings.paper?.value).toBe('a4');
    expect(c.sources.map((s) => s.asOf)).toEqual(['2025-04-01', null]);
  });

  it('keeps every level of the nested lists and reads the fact table', () => {
    expect([c.overview.founded?.text, c.overview.headquarters?.text, c.overview.revenue?.text]).toEqual(['1963', 'Osaka, Japan', '¥182 billion (FY2024)']);
    expect(c.overview.ticker).toMatchObject({ exchange: 'TSE Prime', symbol: '9147' });
    expect(c.products.find((p) => p.name === 'Hako')?.tags).toEqual(['launched 2021, ~600 customers', 'pricing per truck per month (a cheaper plan for carriers with under 10 trucks)']);
    const backend = role(c, 'Backend Engineer');
    expect(texts(backend.responsibilities)[0]).toContain('keep the EDI batch jobs running during the migration');
    expect(texts(backend.questionsToAsk)).toHaveLength(3);
    expect(c.unmapped).toEqual([]);
    expect(c.gaps.map((g) => [g.field, g.source.line])).toEqual([['notes.website', 37]]);
  });
});

describe('trial4 ashgrove: a 1 MB log, an empty file, a PDF under a text name and a cp1252 file', async () => {
  const { company: c, diagnostics } = await load('ashgrove');
  it('reads the good documents and says what is wrong with each bad one', () => {
    expect(c.roles.map((r) => r.title)).toEqual(['Data Platform Engineer', 'Hydraulic Modeller']);
    expect(c.sources.map((s) => s.file)).toEqual(['ashgrove/about.md', 'ashgrove/interview-notes.txt', 'ashgrove/operations-log.md']);
    // The Windows-1252 notes are read, `£` and `é` as written, with a warning.
    expect(texts(role(c, 'Data Platform Engineer').questionsToAsk)).toHaveLength(2);
    expect(texts(c.notes)).toContain('£52,000 – £58,000, hybrid (2 days in the office)');
    const said = diagnostics.map((d) => `${d.file.split('/').at(-1)} ${d.severity} ${d.ruleId}`);
    expect(said).toEqual(expect.arrayContaining([
      'offer-letter.md warning not-text',
      'interview-notes.txt warning legacy-encoding',
      'todo.md info empty-document',
      'scratch.txt info empty-document',
    ]));
    expect(diagnostics.find((d) => d.file.endsWith('offer-letter.md'))?.message).toContain('it is a PDF document');
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
