import { z } from 'zod';
import { facts, Scalar, Source } from './source.js';

/** A group of roles a profile describes together, with what they share. */
export const RoleFamily = z
  .object({
    name: z.string().min(1),
    roles: z.array(z.string()).default([]),
    skills: facts(),
    work: facts(),
    portfolioIdeas: facts(),
    source: Source,
  })
  .strict();

/** One row of a prep template's skills mapping: the candidate's side, their requirement, the talking point. */
export const SkillsMapRow = z
  .object({
    skill: z.string().describe('the candidate-side skill or experience, as written'),
    requirement: z.string(),
    talkingPoint: z.string(),
    source: Source,
  })
  .strict();

/** One role at the company, with everything the documents say about it. */
export const Role = z
  .object({
    title: z.string().min(1),
    slug: z.string().min(1),
    aliases: z.array(z.string()).default([]),
    family: z.string().nullable(),
    team: Scalar.nullable(),
    responsibilities: facts(),
    requirements: facts(),
    skills: facts(),
    successMetrics: facts(),
    growth: facts(),
    talkingPoints: facts(),
    keywords: facts(),
    skillsMap: z.array(SkillsMapRow).default([]),
    questions: facts(),
    questionsToAsk: facts(),
    work: facts(),
    portfolioIdeas: facts(),
    notes: facts().describe('other role-analysis lines: team composition, reporting, …'),
    sources: z.array(Source).default([]).describe('where the role is named'),
  })
  .strict()
  .meta({ id: 'Role' });

export type Role = z.infer<typeof Role>;
export type RoleFamily = z.infer<typeof RoleFamily>;
export type SkillsMapRow = z.infer<typeof SkillsMapRow>;
