import { describe, expect, it } from 'vitest';
import { collectQuestions } from '../../src/tailor/questions.js';
import { fixtureModel } from './helpers.js';

describe('questions from skills', () => {
  const company = fixtureModel('netflix');
  const role = structuredClone(company.roles[0]!);
  role.questions = [];
  const at = { file: 'acme/prep.md', line: 2 };
  const askedAbout = (skill: string) => {
    role.skills = [{ text: skill, source: at }];
    role.responsibilities = [];
    return collectQuestions({ ...company, values: [], culture: [] }, role).find((q) => q.origin === `skill: ${skill}`)?.text ?? '';
  };

  it.each(['Kotlin', 'Go', 'C++', 'Kubernetes', 'PostgreSQL'])('asks about %s as a tool something was built with', (skill) => {
    expect(askedAbout(skill)).toMatch(new RegExp(`something you built with ${skill.replace(/\+/g, '\\+')}`));
  });

  it.each(['Machine learning', 'Distributed Systems', 'Learning management systems', 'Stakeholder management'])('asks about %s as a practice', (skill) => {
    expect(askedAbout(skill)).toMatch(/a time ".*" made the difference/);
  });
});
