import { z } from 'zod';
import { facts, Source } from './source.js';

// A company's strategy documents as the model holds them: SWOT analyses, OKRs and the merged retrospective.

/** The lists of a SWOT, quadrants and priorities: the one list extract, tailor and the schema share. */
export const SWOT_LISTS = ['strengths', 'weaknesses', 'opportunities', 'threats', 'priorities'] as const;
export type SwotList = (typeof SWOT_LISTS)[number];

export const Swot = z
  .object({
    title: z.string(),
    strengths: facts(),
    weaknesses: facts(),
    opportunities: facts(),
    threats: facts(),
    priorities: facts(),
    source: Source,
  })
  .strict() satisfies z.ZodType<Record<SwotList, unknown>>;

export const Okr = z
  .object({
    objective: z.string().min(1),
    description: z.string().optional(),
    keyResults: facts(),
    source: Source,
  })
  .strict();

export const Retrospective = z
  .object({
    titles: z.array(z.string()).default([]),
    wentWell: facts(),
    notSoWell: facts(),
    learnings: facts(),
    actionItems: facts(),
    sources: z.array(Source).default([]),
  })
  .strict();

export type Swot = z.infer<typeof Swot>;
export type Okr = z.infer<typeof Okr>;
export type Retrospective = z.infer<typeof Retrospective>;
