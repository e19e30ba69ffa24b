import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { compile } from '../../src/compile.js';
import type { Company } from '../../src/model/company.js';
import type { Fact } from '../../src/model/source.js';
import { fixtures, repoRoot } from '../helpers/cli.js';

// The hand-checked facts of the trial5 companies in test/fixtures/README.md: exports, encodings, mails and languages.
const profiles = path.join(fixtures, 'profiles-trial5');
const texts = (facts: readonly Fact[]): string[] => facts.map((f) => f.text);
const load = async (id: string) => compile(profiles, id, { cwd: repoRoot });
const role = (c: Company, title: string) => c.roles.find((r) => r.title === title)!;
const everything = (c: Company): string => JSON.stringify(c);
const facts = (c: Company) => [c.overview.founded?.text, c.overview.headquarters?.text, c.overview.employees?.count];

describe('trial5 quillmere: a Notion page export', async () => {
  const { company: c } = await load('quillmere');
  it('reads the property table, the callout and the toggles as their text', () => {
    expect(facts(c)).toEqual(['2013', 'Dundee, Scotland', 85]);
    expect(c.roles.map((r) => r.title)).toEqual(['Product Designer']);
    expect(texts(role(c, 'Product Designer').questionsToAsk)).toEqual([
      'How do designers and the bindery floor work together day to day?',
      'Who owns the design system?',
      'What share of orders start from the Archive app?',
    ]);
    expect(texts(c.notes).join('\n')).toContain('the panel is three people');
    expect(texts(c.notes)).toEqual(expect.arrayContaining(['Status: Interviewing', 'Tags: print-on-demand, stationery']));
    expect(c.unmapped).toEqual([]);
  });

  it('keeps no tag and no encoded link to the export\'s other pages', () => {
    expect(everything(c)).not.toMatch(/<\/?(?:aside|details|summary)|%20/);
    expect(texts(role(c, 'Product Designer').notes)).toEqual(['Product Designer brief']);
  });
});

describe('trial5 velda-optics: a Google Docs "Download as Markdown" file', async () => {
  const { company: c } = await load('velda-optics');
  it('reads escaped lists, bold headings and heading ids as a reader sees them', () => {
    expect(c.roles.map((r) => r.title)).toEqual(['Computer Vision Engineer']);
    const cv = role(c, 'Computer Vision Engineer');
    expect(texts(cv.responsibilities)).toEqual([
      'Build the face-measurement models behind Velda Fit',
      'Ship models to iPad and Android tablets with on-device inference',
      'Work with optometrists on ground-truth measurements',
    ]);
    expect(texts(cv.requirements)).toEqual(['3+ years of computer vision in production', 'Python and C++', 'Experience with Core ML or TensorFlow Lite']);
    expect(texts(cv.questionsToAsk)).toHaveLength(2);
    expect(c.mission?.text).toBe('Clear sight for everyone who walks into an optician.');
    expect([c.overview.founded?.year, c.overview.revenue?.text]).toEqual([2009, '€118 million (2024)']);
  });

  it('keeps no heading id or inline image, and reads a cell\'s <br> as a space', () => {
    expect(everything(c)).not.toMatch(/\{#|\{ ?h\.|image1|base64|<br>/);
    expect(texts(c.notes)).toEqual(expect.arrayContaining(['Porto: Headquarters, lens lab', 'Braga: Edging machine assembly']));
    expect(c.unmapped).toEqual([]);
  });
});

describe('trial5 harrowgate: Word "Plain Text (Unicode)" files, UTF-16LE and UTF-16BE', async () => {
  const { company: c, diagnostics } = await load('harrowgate');
  it('reads both byte orders as text, with no warning about the encoding', () => {
    expect(diagnostics.filter((d) => ['not-text', 'legacy-encoding'].includes(d.ruleId ?? ''))).toEqual([]);
    expect(c.name).toBe('Harrowgate Mills');
    expect(facts(c)).toEqual(['1887', 'Bradford, West Yorkshire', 210]);
    expect(texts(c.values)).toEqual(['Safety before speed', 'Waste nothing', 'Say when it’s broken']);
    expect(texts(c.competitors)).toEqual(['Allinson’s', 'Wessex Mill', 'Marriage’s']);
  });

  it('finds the job in the subtitle, and keeps the pay out of its requirements', () => {
    expect(c.roles.map((r) => r.title)).toEqual(['Maintenance Planner (Night Shift)']);
    const planner = c.roles[0]!;
    expect(texts(planner.responsibilities)).toHaveLength(3);
    expect(texts(planner.requirements)).toEqual([
      'An HNC in mechanical or electrical engineering, or equivalent experience',
      'Two years planning maintenance in food or process manufacturing',
      'Happy to work nights (four on, four off)',
    ]);
    expect(c.notes.find((n) => n.label === 'Salary')?.text).toBe('£36,000 – £41,000 plus night allowance');
  });
});

describe('trial5 marlowe-freight: a recruiter mail thread and a review site\'s interview questions', async () => {
  const { company: c } = await load('marlowe-freight');
  it('takes the role from the subject and the mission from the quoted reply, and no mail chrome', () => {
    expect(c.roles.map((r) => r.title)).toEqual(['Senior Data Engineer']);
    expect(c.mission?.text).toBe('Our mission is to make every border crossing as boring as a domestic delivery.');
    expect(everything(c)).not.toMatch(/@marlowefreight|@mail\.example|Original Message|wrote:|Sent from my|confidential|Hi Sam|\+31 10/);
    expect(texts(c.notes)).toEqual(expect.arrayContaining(['Systems design with two engineers (60 min)', 'SQL and data modelling exercise (45 min)']));
  });

  it('keeps the review site\'s questions without its buttons and counters', () => {
    expect(texts(role(c, 'Senior Data Engineer').questions)).toEqual([
      'How would you backfill two years of pricing events without double counting?',
      'Design a pipeline that reconciles carrier invoices against shipments.',
      'Model a shipment with many legs and many customs documents.',
    ]);
  });
});

describe('trial5: job ads in German, Spanish, French and Japanese', async () => {
  it('kranich: German headings, fields and a gender-marked title', async () => {
    const { company: c } = await load('kranich');
    expect(facts(c)).toEqual(['1964', 'Lüdenscheid, Nordrhein-Westfalen', 320]);
    expect(c.mission?.text).toBe('Werkzeuge, die eine Million Schuss halten.');
    expect(texts(c.values)).toEqual(['Präzision vor Tempo', 'Offen über Fehler reden', 'Ausbildung ist Chefsache']);
    expect(texts(c.competitors)).toEqual(['Formwerk Hagen AG', 'Stahlform Iserlohn']);
    expect(c.roles.map((r) => [r.title, r.responsibilities.length, r.requirements.length])).toEqual([['Backend-Entwickler', 3, 3]]);
    expect(texts(c.notes)).toEqual(expect.arrayContaining(['30 Tage Urlaub', 'Jobrad']));
  });

  it('alba-solar: Spanish and French headings in two documents', async () => {
    const { company: c } = await load('alba-solar');
    expect(facts(c)).toEqual(['2016', 'Sevilla, España', 180]);
    expect(c.mission?.text).toBe('Que cada cooperativa produzca su propia energía.');
    expect(c.products.map((p) => p.name)).toEqual(['Alba Campo', 'Alba Riego', 'Alba Monitor']);
    expect(texts(c.competitors)).toEqual(['Soleil du Midi', 'Photovolt Occitanie']);
    expect(texts(c.values)).toHaveLength(5);
    expect(c.roles.map((r) => [r.title, r.responsibilities.length, r.requirements.length])).toEqual([['Ingeniero de Datos', 2, 2]]);
  });

  it('sakuragawa: Japanese headings, full-width colons and a katakana title', async () => {
    const { company: c } = await load('sakuragawa');
    expect([c.overview.founded?.year, c.overview.headquarters?.text, c.overview.employees?.count]).toEqual([1972, '新潟県新潟市', 540]);
    expect(c.mission?.text).toBe('米のおいしさを、毎日の食卓へ。');
    const engineer = role(c, 'データエンジニア');
    expect(texts(engineer.responsibilities)).toHaveLength(2);
    expect(texts(engineer.requirements)).toEqual(['SQLでの実務経験3年以上', 'Pythonでのデータ処理経験', 'BigQueryの利用経験']);
  });
});

describe('trial5 tallis-rail: two openings in one text file, and a front-matter-only file', async () => {
  const { company: c } = await load('tallis-rail');
  it('gives each numbered opening its own duties, and applies the front matter', () => {
    expect(c.aliases).toEqual(['tallis', 'trs']);
    expect(c.roles.map((r) => [r.title, texts(r.requirements)])).toEqual([
      ['Embedded Software Engineer', ['3+ years of embedded C', 'Experience with MISRA C']],
      ['Test Engineer', ['Python test automation', 'Comfortable reading circuit diagrams']],
    ]);
    expect(c.notes.find((n) => n.label === 'How to apply')?.text).toBe('Send your CV to careers@tallis.example by 30 April 2025.');
  });
});
