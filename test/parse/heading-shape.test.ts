import { describe, expect, it } from 'vitest';
import { isHeadingShaped, isStrictTitle, knownHeading } from '../../src/parse/heading-shape.js';

describe('heading shape', () => {
  it.each(['Key Products & Brands', 'MODERNIZE PLATFORM', 'internships', 'entry Level Roles', 'Open Connect', 'Skills:', 'Q3 Goals'])(
    '%j looks like a heading',
    (line) => expect(isHeadingShaped(line)).toBe(true),
  );

  it.each([
    'Create world-class streaming architecture for the future', 'Acme makes anvils.', 'Cloud, data, and AI', 'Founded: 1997',
    'https://acme.example', '', '1234', 'A'.repeat(81),
  ])('%j does not', (line) => expect(isHeadingShaped(line)).toBe(false));

  it('tells strict Title Case from sentence case', () => {
    expect(isStrictTitle('Our Engineering Principles')).toBe(true);
    expect(isStrictTitle('Align the plan')).toBe(false);
    expect(isStrictTitle('Overview')).toBe(false);
  });

  it('asks the heading table only about bare lines', () => {
    expect(knownHeading('Tech Stack')?.kind).toBe('techStack');
    expect(knownHeading('Questions to Ask Interviewer:')?.kind).toBe('questionsToAsk');
    expect(knownHeading('Our values are many and varied.')).toBeUndefined();
  });
});
