import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitNamedTitle } from '../../src/classify/named-title.js';
import { classifyHeading, SECTION_KINDS } from '../../src/classify/headings.js';
import { normalizeHeading } from '../../src/classify/normalize-heading.js';

describe('classifyHeading: one table of synonyms', () => {
  it.each([
    ['Tech Stack', 'techStack'],
    ['Technology Stack', 'techStack'],
    ['Engineering stack', 'techStack'],
    ['Mission & Values', 'missionValues'],
    ['Mission and Values', 'missionValues'],
    ['Questions to ask', 'questionsToAsk'],
    ['Questions to Ask Interviewer', 'questionsToAsk'],
    ['Requirements', 'requirements'],
    ['Qualifications', 'requirements'],
    ['Responsibilities', 'responsibilities'],
    ['🚀 Tech Stack', 'techStack'],
    ['**Tech Stack**', 'techStack'],
    ['2. Key Talking Points:', 'talkingPoints'],
    ['2.1 Responsibilities', 'responsibilities'],
    ['3.2.1. Tech Stack', 'techStack'],
    ['What you’ll do', 'responsibilities'],
    ['Nice-to-haves', 'requirements'],
    ['The Interview Process', 'interviewProcess'],
    ['Key accountabilities', 'responsibilities'],
    ['What the job involves', 'responsibilities'],
    ['Person specification', 'requirements'],
    ['Things to mention', 'talkingPoints'],
    ['Brands / products', 'products'],
    ['Recent News & Activity', 'news'],
    ['Principal risks', 'threats'],
    ['Strategy and priorities', 'priorities'],
    ['Our purpose', 'mission'],
    ['Our Stack', 'techStack'],
    ['About Kestrel', 'overview'],
    ['About Acme Labs', 'overview'],
    ['About this role', 'roleAnalysis'],
    ['About you', 'requirements'],
    ['WHAT WE MAKE:', 'products'],
  ])('%s → %s', (heading, kind) => {
    expect(classifyHeading(heading)?.kind).toBe(kind);
  });

  it.each([
    ['Questions to ask (round 2)', 'questionsToAsk'],
    ['Tech Stack (2024)', 'techStack'],
    ['Competitors — 2025', 'competitors'],
    ['Competitors - 2025', 'competitors'],
    ['Culture notes: what I heard', 'culture'],
    ['Key Dates [draft] ', undefined],
    ['Key Risks [draft] ', 'threats'],
    ['Strategy 2025', 'priorities'],
    ['Strategy 2025–2027: "Home for Good"', 'priorities'],
    ['Values FY24', 'values'],
    ['Founded 2011', undefined],
    ['Responsibilities for the Data Engineer role', 'responsibilities'],
    ['Culture at Acme', 'culture'],
    ['Open roles this year', 'roleFamilies'],
    ['QUESTIONS THEY ASKED LAST TIME:', 'questions'],
    ['2024 Highlights', undefined],
    ['Likely responsibilities:', 'responsibilities'],
    ["What they'll probably look for:", 'requirements'],
    ['Probably not relevant', undefined],
  ])('a section heading with a qualifier: %s → %s', (heading, kind) => {
    expect(classifyHeading(heading, { qualified: true })?.kind).toBe(kind);
  });

  it('gives no two kinds the same key', () => {
    const owner = new Map<string, string>();
    for (const [kind, synonyms] of Object.entries(SECTION_KINDS)) {
      for (const synonym of synonyms) {
        const key = normalizeHeading(synonym);
        expect(owner.get(key) ?? kind, `${synonym} → ${key}`).toBe(kind);
        owner.set(key, kind);
      }
    }
  });

  it('keeps a bare line with a value a value, and "The Role: X" a role', () => {
    expect(classifyHeading('Mission: to move the world')).toBeUndefined();
    expect(classifyHeading('Tech Stack (2024)')?.kind).toBe('techStack');
    expect(classifyHeading('The Role: Data Engineer', { qualified: true })).toEqual({ kind: 'roleAnalysis', value: 'Data Engineer' });
  });

  it.each([
    ['💼 The iOS Engineer Role', 'iOS Engineer'],
    ['The C# Engineer Role', 'C# Engineer'],
    ['The Pricing Actuary position', 'Pricing Actuary'],
    ['Data Analyst role', 'Data Analyst'],
  ])('reads the role a heading ending in "role" names: %s', (heading, title) => {
    expect(classifyHeading(heading)).toEqual({ kind: 'roleAnalysis', value: title });
  });

  it.each([
    ['Open position: Computer Vision Engineer', 'Computer Vision Engineer'],
    ['Job opening – Data Engineer', 'Data Engineer'],
  ])('reads the role a heading for a current opening names: %s', (heading, title) => {
    expect(classifyHeading(heading)).toEqual({ kind: 'roleAnalysis', value: title });
  });

  it.each(['About the role', 'My role', 'The engineering role', 'Why this role', 'Open positions'])('names no role in %s', (heading) => {
    expect(classifyHeading(heading)?.value).toBeUndefined();
  });

  it('reads the role a "The Role:" heading names', () => {
    expect(classifyHeading('The Role: Site Reliability Engineer')).toEqual({ kind: 'roleAnalysis', value: 'Site Reliability Engineer' });
  });

  it.each([
    ['Über uns', 'overview'],
    ['À propos', 'overview'],
    ['Quiénes somos', 'overview'],
    ['会社概要', 'overview'],
    ['Unsere Mission', 'mission'],
    ['Nuestra misión', 'mission'],
    ['企業理念', 'mission'],
    ['Unsere Werte', 'values'],
    ['Nos valeurs', 'values'],
    ['Nuestros valores', 'values'],
    ['Ihre Aufgaben', 'responsibilities'],
    ['Deine Aufgaben:', 'responsibilities'],
    ['Vos missions', 'responsibilities'],
    ['Responsabilidades', 'responsibilities'],
    ['仕事内容', 'responsibilities'],
    ['Ihr Profil', 'requirements'],
    ['Profil recherché', 'requirements'],
    ['Requisitos', 'requirements'],
    ['応募資格', 'requirements'],
    ['Wir bieten', 'benefits'],
    ['Wettbewerber', 'competitors'],
    ['Concurrents', 'competitors'],
    ['選考プロセス', 'interviewProcess'],
    ['Stellenbeschreibung', 'roleAnalysis'],
  ])('a heading in another language: %s → %s', (heading, kind) => {
    expect(classifyHeading(heading)?.kind).toBe(kind);
  });

  it.each([
    ['Stellenbeschreibung: Backend-Entwickler (m/w/d)', 'Backend-Entwickler (m/w/d)'],
    ['Oferta de empleo: Ingeniero de Datos', 'Ingeniero de Datos'],
    ['募集職種：データエンジニア', 'データエンジニア'],
    ['ROLE 1: EMBEDDED SOFTWARE ENGINEER', 'EMBEDDED SOFTWARE ENGINEER'],
    ['Position 2: Test Engineer', 'Test Engineer'],
    ['Job description – Maintenance Planner', 'Maintenance Planner'],
    ['The Role: C# Developer', 'C# Developer'],
    ['**Role:** F# Engineer', 'F# Engineer'],
  ])('reads the role a job heading names: %s', (heading, value) => {
    expect(classifyHeading(heading)).toEqual({ kind: 'roleAnalysis', value });
  });

  it('splits any "key: Title" heading into its key and title, and no sentence', () => {
    const word = (first: fc.Arbitrary<string>) => fc.tuple(first, fc.string({ unit: fc.constantFrom(...'abcdeéü'), minLength: 1, maxLength: 6 })).map(([a, b]) => a + b);
    const key = fc.array(word(fc.constantFrom(...'abcRSZ')), { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
    const title = fc.array(word(fc.constantFrom(...'ABCÉÜ')), { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(key, title, (k, t) => {
        expect(splitNamedTitle(`${k}: ${t}`)).toEqual({ key: k, title: t });
        expect(splitNamedTitle(`${k}: ${t.toLowerCase()} and more.`)).toBeUndefined();
      }),
    );
  });

  it('keeps a sentence after a role heading\'s colon prose, not a title', () => {
    expect(classifyHeading('About the role: we are a small team of five.')?.value).toBeUndefined();
    expect(classifyHeading('Job description: see the attached PDF for all details of the position')?.value).toBeUndefined();
  });

  it('reads a Dutch ad\'s headings, its question headings as the table lists them, and `Over <Name>` before a capital only', () => {
    const kinds = ['Wat ga je doen?', 'Wat vragen wij?', 'Functie-eisen', 'Wat bieden wij?', 'Sollicitatieprocedure', 'Onze missie', 'Over ons', 'Over Oostvaart Logistiek']
      .map((heading) => classifyHeading(heading)?.kind);
    expect(kinds).toEqual(['responsibilities', 'requirements', 'requirements', 'benefits', 'interviewProcess', 'mission', 'overview', 'overview']);
    expect(classifyHeading('Vacature: Data Engineer')).toEqual({ kind: 'roleAnalysis', value: 'Data Engineer' });
    for (const line of ['Over 100 applicants', 'Over the years', 'Over time we grew', 'Questions?']) expect(classifyHeading(line), line).toBeUndefined();
  });

  it('knows nothing of a heading that is not in the table', () => {
    expect(classifyHeading('Netflix Streaming')).toBeUndefined();
  });
});
