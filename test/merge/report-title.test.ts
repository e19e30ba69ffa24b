import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelOf, modelOfText } from '../helpers/model.js';

const nameOf = (markdown: string, id: string) => modelOf([{ name: 'a.md', markdown }], id).company.name;

describe('the company name in a report\'s or a call\'s title', () => {
  it('is the id\'s words and the capitalized words after them, up to the ticker or the period covered', () => {
    const transcript = 'Acme Systems, Inc. (ACME) Q3 2025 Earnings Call Transcript\nNovember 6, 2025 5:00 PM ET\n\nOperator\n\nGood afternoon.\n';
    expect(modelOfText('acme/call.txt', transcript, {}).company.name).toBe('Acme Systems, Inc.');
    expect(nameOf('# Acme Robotics 2024 Annual Report\n\nRevenue grew.\n', 'acme')).toBe('Acme Robotics');
    expect(nameOf('Kestrel Freight Q1 FY25 results\n\nVolumes were up.\n', 'kestrel')).toBe('Kestrel Freight');
  });

  it('ends before a period spelled out in words', () => {
    expect(nameOf('# Acme Robotics Fourth Quarter 2024 Earnings Call Transcript\n\nHello.\n', 'acme')).toBe('Acme Robotics');
    expect(nameOf('# Acme Robotics Full Year 2024 Results\n\nRevenue grew.\n', 'acme')).toBe('Acme Robotics');
    // The period alone after the id adds nothing to the name.
    expect(nameOf('# Acme Fourth Quarter 2024 Earnings Call Transcript\n\nHello.\n', 'acme')).toBe('Acme');
  });

  it('is no longer name in a title that is not about a period, nor from a later line', () => {
    expect(nameOf('# Acme Robotics interview notes\n\nIt went well.\n', 'acme')).toBe('Acme');
    expect(nameOf('# Notes\n\nAcme Robotics Q3 2025 call was dull.\n', 'acme')).toBe('Acme');
    // A plan's title names the plan after the company, not more of its name.
    expect(nameOf('# Acme OKRs 2025\n\nGrow.\n', 'acme')).toBe('Acme');
    expect(nameOf('# Acme Hiring Plan Q3 2025\n\nHire.\n', 'acme')).toBe('Acme');
  });

  it('on any title of capitalized words and a period, starts with the id and ends before the period', () => {
    const word = fc.stringMatching(/^[A-Z][a-z]{1,8}$/);
    const period = fc.constantFrom('Q1 2024', 'Q4 2025', 'FY24', 'H1 2023', '2024', '(ACME) Q2 2025');
    fc.assert(fc.property(fc.array(word, { maxLength: 4 }), period, fc.constantFrom('Earnings Call Transcript', 'Annual Report', 'results'), (more, when, kind) => {
      const name = nameOf(`# ${['Acme', ...more].join(' ')} ${when} ${kind}\n\nText.\n`, 'acme');
      expect(name.startsWith('Acme')).toBe(true);
      expect(name).not.toMatch(/\d|\(/);
      expect(name.split(' ').length).toBeLessThanOrEqual(4);
    }));
  });
});
