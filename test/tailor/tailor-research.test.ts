import { describe, expect, it } from 'vitest';
import { build, fixtureModel } from './helpers.js';

const netflix = fixtureModel('netflix');

describe('tailor: research', () => {
  it('lists research: placeholders and empty fields', () => {
    const research = build(fixtureModel('brightboard'), 'fe').research;
    expect(research.map((r) => r.field)).toContain('competitors');
    expect(build(netflix, 'ae').research.map((r) => r.field)).toContain('role.team');
    // A checklist item says what to do, not what is missing.
    expect(research.find((r) => r.field === 'competitors')?.text).toBe('[List of main competitors]');
    expect(build(netflix, 'ae').research.find((r) => r.field === 'role.team')?.text).toBe('Find out which team the Analytics Engineer role sits in.');
  });

  it('keeps another role\'s placeholders out of research, but not company-level ones from its document', () => {
    const model = structuredClone(netflix);
    const mleDoc = 'netflix/interview-prep-mle.txt';
    model.gaps.push({ field: 'role.roleNotes', text: '[Hiring manager name]', source: { file: mleDoc, line: 70 } });
    const ae = build(model, 'ae').research;
    expect(ae.some((r) => r.text === '[Hiring manager name]')).toBe(false);
    expect(ae.some((r) => r.source.file === mleDoc && r.text === '[List of main competitors]')).toBe(true);
    expect(build(model, 'mle').research.some((r) => r.text === '[Hiring manager name]')).toBe(true);
  });
});
