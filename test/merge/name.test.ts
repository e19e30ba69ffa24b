import { runs } from '../helpers/runs.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelOf, modelOfText } from '../helpers/model.js';

const nameOf = (markdown: string, id: string) => modelOf([{ name: 'a.md', markdown }], id).company.name;

describe('the company name', () => {
  it('is the longer name a summary writes before its verb, as written there', () => {
    expect(nameOf('# ORCHARD LANE PROVISIONS\n\nOrchard Lane Provisions supplies bread and pastries to six hundred cafés.\n', 'orchard-lane')).toBe('Orchard Lane Provisions');
    expect(nameOf('# Tidewater\n\nTidewater Robotics builds autonomous hull-cleaning robots for shipping fleets.\n', 'tidewater')).toBe('Tidewater Robotics');
  });

  it('is the longer name a filing\'s summary writes with its legal form before the verb', () => {
    expect(nameOf('## Overview\n\nVerrano Biologics, Inc. is a biotechnology company that develops enzyme therapies.\n', 'verrano')).toBe('Verrano Biologics, Inc.');
    expect(nameOf('## Overview\n\nAcme Rope Ltd makes rope for harbours.\n', 'acme')).toBe('Acme Rope Ltd');
  });

  it('is what a `Company:` property says, as a notes app exports it in a table', () => {
    const markdown = '# Data Analyst prep\n\n| Property | Value |\n| --- | --- |\n| Company | Lumen Health Labs |\n| Status | Applied |\n';
    const { company } = modelOf([{ name: 'a.md', markdown }], 'lumen');
    expect(company.name).toBe('Lumen Health Labs');
    expect(company.overview.ownership).toBeNull();
  });

  it('is not lengthened by the job title a title line puts after it, nor is the role by the name', () => {
    const { company } = modelOf([{ name: 'a.md', markdown: 'Tindrel Data Engineer onsite, what to expect?\n\n## Requirements\n\n- Strong SQL\n' }], 'tindrel');
    expect([company.name, company.roles.map((r) => r.title)]).toEqual(['Tindrel', ['Data Engineer']]);
    // The name's words alone before a role noun are no title to shorten.
    expect(modelOf([{ name: 'a.md', markdown: 'Acme Engineer notes\n\n## Requirements\n\n- Strong SQL\n' }], 'acme').company.roles.map((r) => r.title)).toEqual(['Acme Engineer']);
  });

  it('leaves a careers site\'s logo and links out of the lines a posting\'s title may be among', () => {
    const markdown = 'Acme\n\nCareers\n\nTeams\n\nLife at Acme\n\nProduct Analyst, Growth\n\n## Requirements\n\n- Strong SQL\n';
    expect(modelOf([{ name: 'a.md', markdown }]).company.roles.map((r) => r.title)).toEqual(['Product Analyst, Growth']);
    // Four lines of prose above it are the document's own top: a title below them is text, not the document's title.
    const prose = 'We met on Monday.\n\nIt went well.\n\nThey were nice.\n\nI liked it.\n\nProduct Analyst, Growth\n\n## Requirements\n\n- Strong SQL\n';
    expect(modelOf([{ name: 'a.md', markdown: prose }]).company.roles).toEqual([]);
  });

  it('is where the summary first names the company, not a product named after it', () => {
    expect(nameOf('## About\n\nAcme is a fintech for small firms. Its products are the Acme Card, Acme Expenses and a Ledger API.\n', 'acme')).toBe('Acme');
  });

  it('is the summary\'s longer name even where the id\'s letters stand inside an earlier word', () => {
    expect(nameOf('## Overview\n\nBased in Denmark, Ark Robotics builds warehouse robots for cold storage.\n', 'ark')).toBe('Ark Robotics');
  });

  it('takes no question or title line for a summary', () => {
    const { company } = modelOf([{ name: 'a.md', markdown: 'Acme Systems, Inc. (ACME) Q3 2025 Earnings Call Transcript\n\nAcme onsite for data engineers, what to expect?\n\nAcme makes cold-chain sensors for refrigerated trailers and the software that reads them.\n' }], 'acme');
    expect(company.overview.summary?.text).toBe('Acme makes cold-chain sensors for refrigerated trailers and the software that reads them.');
  });

  it('is not lengthened by a heading that starts with it', () => {
    expect(nameOf('# Acme Engineering SWOT Analysis\n\nAcme operates a large network of rope factories across Europe.\n', 'acme')).toBe('Acme');
  });

  it('is the registered name a title line gives, legal form and all', () => {
    expect(nameOf('# Brunnwerk Präzisionstechnik GmbH\n\nBrunnwerk builds dosing pumps for pharmaceutical plants since 1952.\n', 'brunnwerk')).toBe('Brunnwerk Präzisionstechnik GmbH');
    expect(nameOf('# Kagetsu Logistics Co., Ltd.\n\nWe run cold chains for supermarkets across Kansai and Kanto.\n', 'kagetsu')).toBe('Kagetsu Logistics Co., Ltd.');
    expect(nameOf('# Fjordlys Energi AS\n\nHydropower for western Norway, owned by its municipalities.\n', 'fjordlys')).toBe('Fjordlys Energi AS');
  });

  it('is the registered name a Japanese title line gives, the legal form before or after it, as an English one is', () => {
    expect(nameOf('# 水楢精機株式会社\n\n## 会社概要\n\n- 設立：1958年\n', 'mizunara')).toBe('水楢精機株式会社');
    expect(nameOf('# 株式会社しらかば工房\n\n精密部品をつくっています。\n', 'shirakaba')).toBe('株式会社しらかば工房');
    // Not a line that merely holds a legal form, nor one under the title (a customer, a competitor).
    expect(nameOf('# 水楢精機株式会社の会社案内（2025年版）について\n\n本文。\n', 'mizunara')).toBe('Mizunara');
    expect(nameOf('# Notes\n\n## 取引先\n\n### 大手重工株式会社\n\n本文。\n', 'mizunara')).toBe('Mizunara');
  });

  it('is not taken from a line that only starts with the name and a legal form', () => {
    expect(nameOf('# Acme AG annual report, 2024 edition\n\nAcme operates a large network of rope factories across Europe.\n', 'acme')).toBe('Acme');
  });
});

describe('the company name from the documents', () => {
  it.each([
    ['# Harrow & Finch: careers\n', 'Harrow & Finch'],
    ['# Harrow and Finch\n', 'Harrow and Finch'],
    ['# HARROW-FINCH\n', 'HARROW-FINCH'],
    ['# Finch & Harrow\n', 'Harrow Finch'],
    ['# Hárrow & Fînch 🌱\n', 'Hárrow & Fînch'],
  ])('%j names harrow-finch %j', (markdown, name) => {
    expect(modelOf([{ name: 'a.md', markdown }], 'harrow-finch').company.name).toBe(name);
  });
});

describe('the company name, on any heading text', () => {
  it('is a piece of the heading as written, or the id in title case', () => {
    const accented = fc.constantFrom('á', 'ë', 'ñ', 'ø', 'Å', '🌱', '&', ' ', '-', 'and', 'Harrow', 'Finch', 'ﬁ', '\u0301');
    fc.assert(
      fc.property(fc.array(fc.oneof(accented, fc.string({ maxLength: 4 })), { maxLength: 10 }), (parts) => {
        const title = parts.join('').replace(/[\n\r#*_`[\]<>\\|]/g, ' ').trim() || 'x';
        const { name } = modelOf([{ name: 'a.md', markdown: `# ${title}\n` }], 'harrow-finch').company;
        expect(name === 'Harrow Finch' || title.includes(name)).toBe(true);
      }),
      { numRuns: runs(300) },
    );
  });

  describe('on a job board\'s page, printed between its chrome', () => {
    const page = (masthead: string, after = 'Search for Jobs') =>
      ['Skip to main content', masthead, after, 'Sign In', '', 'Embedded Firmware Engineer', 'Apply', '', 'Key Responsibilities', 'Write drivers for sensors', 'Review code'].join('\n');
    const named = (text: string) => modelOfText('acme/posting.txt', text).company.name;

    it('is the masthead line that starts with the id\'s words', () => {
      expect(named(page('Acme Acoustics'))).toBe('Acme Acoustics');
    });

    it('is not the name of the careers site or blog the page is on', () => {
      expect(named(page('Acme Careers'))).toBe('Acme');
      expect(named(page('Acme Acoustics Jobs'))).toBe('Acme');
    });

    it('is not a line with content next to it, nor a heading the table knows, nor a job title', () => {
      expect(named(page('Acme Acoustics', 'We build hydrophones for research fleets and navies.'))).toBe('Acme');
      expect(named(page('Acme Engineering SWOT Analysis'))).toBe('Acme');
      expect(named(page('Acme Firmware Engineer'))).toBe('Acme');
    });

    it('is any such masthead, up to three words longer than the id', () => {
      const word = fc.stringMatching(/^[A-Z][a-z]{3,9}$/).filter((w) => !/engineer|manager|analyst|developer|scientist|designer|lead/i.test(w));
      fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 3 }), (more) => {
        const masthead = ['Acme', ...more].join(' ');
        expect(named(page(masthead))).toBe(masthead);
      }));
    });
  });
});
