import { describe, expect, it } from 'vitest';
import { readCount, readMoney, readTicker } from '../../src/extract/money.js';
import { modelOf, texts } from '../helpers/model.js';

describe('overview values', () => {
  it.each([
    ['$33.7 billion (2023)', { amount: 33_700_000_000, currency: 'USD', year: 2023 }],
    ['$280B', { amount: 280_000_000_000, currency: 'USD' }],
    ['€1.2bn in FY2022', { amount: 1_200_000_000, currency: 'EUR', year: 2022 }],
    ['USD 450 million', { amount: 450_000_000, currency: 'USD' }],
  ])('money %s', (text, expected) => {
    expect(readMoney(text)).toEqual(expected);
  });

  it('reads counts and tickers', () => {
    expect(readCount('12,000+ employees globally')).toBe(12000);
    expect(readCount('~5k people')).toBe(5000);
    expect(readTicker('Public (NASDAQ: NFLX)')).toEqual({ exchange: 'NASDAQ', symbol: 'NFLX' });
    expect(readTicker('Private')).toBeUndefined();
    expect(readTicker('TSE Prime: 9147')).toEqual({ exchange: 'TSE Prime', symbol: '9147' });
    expect(readTicker('Listed (HKEX: 0700)')).toEqual({ exchange: 'HKEX', symbol: '0700' });
    expect(readTicker('Private (Series D: 2021)')).toBeUndefined();
  });
});

describe('a labelled overview section', () => {
  const { company } = modelOf([
    {
      name: 'profile.md',
      markdown: [
        '# Acme',
        '## At a Glance',
        '- **Founded**: 2004',
        '- **HQ:** Berlin, Germany',
        '- __Employees__: 1,500',
        '- **Industry**: Logistics, Robotics',
        '- **Public/Private**: Public (XETRA: ACM)',
        '- **Revenue**: €2.1 billion (2024)',
        '- **Market cap**: TBD',
        '## Mission & Values',
        '- **Mission**: To move things',
        '- **Core values**:',
        '  - Ownership',
        '  - Speed, with care',
      ].join('\n'),
    },
  ]);
  const o = company.overview;

  it('fills the fields with the text as written and the numbers read from it', () => {
    expect(o.founded).toMatchObject({ text: '2004', year: 2004, source: { file: 'acme/profile.md', line: 3 } });
    expect(o.headquarters?.text).toBe('Berlin, Germany');
    expect(o.employees).toMatchObject({ text: '1,500', count: 1500 });
    expect(texts(o.industry)).toEqual(['Logistics', 'Robotics']);
    expect(o.ticker).toMatchObject({ exchange: 'XETRA', symbol: 'ACM' });
    expect(o.revenue).toMatchObject({ amount: 2_100_000_000, currency: 'EUR', year: 2024 });
    expect(company.mission?.text).toBe('To move things');
  });

  it('turns a placeholder into a gap, never a fact', () => {
    expect(o.marketCap).toBeNull();
    expect(company.gaps).toContainEqual({ field: 'overview.marketCap', text: 'TBD', source: { file: 'acme/profile.md', line: 9 } });
  });

  it('takes the nested list under a label as the list, each item whole', () => {
    expect(texts(company.values)).toEqual(['Ownership', 'Speed, with care']);
  });
});

describe('an overview written as a two-column table', () => {
  it('fills the fields its first column names, header row and rule included in what is mapped', () => {
    const markdown = '## Company Overview\n\n| | |\n|---|---|\n| Founded | 2017 |\n| HQ | São Paulo, Brazil |\n| Favourite snack | pão de queijo |\n';
    const { company } = modelOf([{ name: 'a.md', markdown }]);
    expect([company.overview.founded?.text, company.overview.headquarters?.text]).toEqual(['2017', 'São Paulo, Brazil']);
    expect(company.notes.map((n) => n.text)).toEqual(['Favourite snack: pão de queijo']);
    expect(company.unmapped).toEqual([]);
  });
});

describe('a job posting\'s location', () => {
  it('is where the job is done, a note of the role, when it says remote or hybrid; a company page\'s location stays its headquarters', () => {
    const posting = modelOf([{ name: 'posting.md', markdown: '# Data Platform Engineer\n\n- **Location:** Lisbon (Hybrid) or Remote — Europe\n- **Employment type:** Full time\n' }]).company;
    expect(posting.overview.headquarters).toBeNull();
    expect(texts(posting.roles[0]?.notes ?? [])).toContain('Lisbon (Hybrid) or Remote — Europe');
    const page = modelOf([{ name: 'about.md', markdown: '## Company facts\n\n- **Location:** Lisbon, Portugal\n' }]).company;
    expect(page.overview.headquarters?.text).toBe('Lisbon, Portugal');
  });
});
