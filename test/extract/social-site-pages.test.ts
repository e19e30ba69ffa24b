import { describe, expect, it } from 'vitest';
import { modelOfText } from './text-model.js';

describe('a jobs tab copied from a social site', () => {
  it('makes each title a role, gender mark off, and its place line a note of that opening, not a role', () => {
    const company = modelOfText([
      'Our values',
      '• Genauigkeit – we measure before we argue',
      'Jobs',
      'Embedded Software Engineer (m/w/d)',
      'Stuttgart, Baden-Württemberg, Germany · On-site', // 5
      'Test Automation Engineer (m/w/d)',
      'Chemnitz, Sachsen, Germany · Hybrid',
    ].join('\n'));
    expect(company.roles.map((r) => r.title)).toEqual(['Embedded Software Engineer', 'Test Automation Engineer']);
    expect(company.values.map((v) => v.text)).toEqual(['Genauigkeit – we measure before we argue']);
    expect(company.notes.map((n) => [n.label, n.text, n.source.line])).toEqual([
      ['Embedded Software Engineer', 'Stuttgart, Baden-Württemberg, Germany · On-site', 5],
      ['Test Automation Engineer', 'Chemnitz, Sachsen, Germany · Hybrid', 7],
    ]);
  });
});

describe('a social site\'s "Pages people also viewed"', () => {
  it('lists companies like this one: competitors, never roles of a jobs list above it', () => {
    const company = modelOfText(['Jobs', 'Embedded Software Engineer', '', 'Pages people also viewed', 'Pumpenfabrik Ostwald AG', 'Kessler Fluidtechnik'].join('\n'));
    expect(company.roles.map((r) => r.title)).toEqual(['Embedded Software Engineer']);
    expect(company.competitors.map((c) => c.text)).toEqual(['Pumpenfabrik Ostwald AG', 'Kessler Fluidtechnik']);
  });
});
