import { z } from 'zod';
import { Fact, Scalar, Source } from './source.js';
import { Overview, SourceDocument, TechStack } from './company.js';

/** Bumped on any breaking change to the packet's JSON shape. */
export const PACKET_SCHEMA_VERSION = 1;

/** `related`: a narrower thing the candidate wrote shows the skill (Kafka for distributed systems). */
export const MatchKind = z.enum(['exact', 'alias', 'stem', 'related', 'overlap', 'profile', 'none']);
export type MatchKind = z.infer<typeof MatchKind>;

export const RequirementKind = z.enum(['skill', 'requirement', 'responsibility', 'skills-map']);
export type RequirementKind = z.infer<typeof RequirementKind>;

export const PacketSkillsMapRow = z
  .object({
    requirement: z.string(),
    kind: RequirementKind,
    required: z.boolean().describe('true where the text says required; false for preferred/nice-to-have'),
    weight: z.number().positive(),
    evidence: z.string().nullable().describe('the candidate evidence; null on a worksheet row'),
    moreEvidence: z
      .array(Fact)
      .optional()
      .describe('another candidate line that answers a part the evidence leaves out ("Python and SQL": a line on each); at most one'),
    talkingPoint: z.string().nullable(),
    score: z.number().min(0).max(1),
    matchedOn: MatchKind,
    matchedTerms: z.array(z.string()).default([]),
    years: z
      .object({ asked: z.number().positive(), shown: z.number().positive() })
      .strict()
      .optional()
      .describe('where the requirement and the matching evidence both state years of experience: asked for, and the most the evidence states; fewer than asked scales the score down by shown/asked'),
    sources: z
      .object({ requirement: Source, evidence: Source.nullable().describe('candidate file:line or profile row') })
      .strict(),
  })
  .strict()
  .meta({ id: 'PacketSkillsMapRow' });
export type PacketSkillsMapRow = z.infer<typeof PacketSkillsMapRow>;

export const PacketGap = z
  .object({
    requirement: z.string(),
    weight: z.number().positive(),
    required: z.boolean(),
    suggestions: z.array(z.string()).default([]),
    source: Source,
  })
  .strict();

export const Question = z
  .object({
    text: z.string(),
    kind: z.enum(['profile', 'behavioral', 'technical', 'strategic']),
    origin: z.string().describe('what it came from, e.g. "value: Freedom & Responsibility"'),
    source: Source,
  })
  .strict();
export type Question = z.infer<typeof Question>;

export const Highlight = z
  .object({
    kind: z.enum(['product', 'initiative', 'swot', 'okr', 'news', 'metric']),
    title: z.string().describe("the item's label or name; for a line with neither, its first words up to where a clause or phrase ends"),
    text: z.string(),
    group: z.string().optional().describe('e.g. the SWOT analysis and quadrant'),
    related: z.array(Fact).optional().describe('more lines about the same item, folded into it: a line whose subject is a product, under that product'),
    keyResults: z.array(Fact).optional().describe("an OKR's key results one by one (text holds its description and them joined by '; ')"),
    score: z.number().min(0),
    source: Source,
  })
  .strict();

export const Packet = z
  .object({
    schemaVersion: z.literal(PACKET_SCHEMA_VERSION),
    builtAt: z.string().describe('ISO date; from SOURCE_DATE_EPOCH when set'),
    prepVersion: z.string(),
    company: z
      .object({
        id: z.string(),
        name: z.string(),
        overview: Overview,
        mission: Scalar.nullable(),
        values: z.array(Fact),
        culture: z.array(Fact),
        techStack: TechStack,
        competitors: z.array(Fact),
        notes: z.array(Fact).describe('what the documents note beyond the sections prep knows, under their labels ("Interview loop", "People I talked to")'),
      })
      .strict(),
    role: z
      .object({
        title: z.string(),
        slug: z.string(),
        family: z.string().nullable(),
        team: Scalar.nullable(),
        responsibilities: z.array(Fact),
        requirements: z.array(Fact),
        skills: z.array(Fact),
        successMetrics: z.array(Fact),
        growth: z.array(Fact),
        work: z.array(Fact),
        portfolioIdeas: z.array(Fact),
        notes: z.array(Fact).describe('what the documents say about the role beyond the lists above, e.g. "Department structure: …"'),
      })
      .strict(),
    candidate: z
      .object({ name: z.string().nullable(), headline: z.string().nullable(), file: z.string() })
      .strict()
      .nullable(),
    skillsMap: z.array(PacketSkillsMapRow),
    coverage: z
      .object({ matched: z.number().nonnegative(), total: z.number().nonnegative(), ratio: z.number().min(0).max(1) })
      .strict()
      .describe('weighted'),
    gaps: z.array(PacketGap),
    talkingPoints: z.array(Fact),
    keywords: z.array(z.string()),
    questions: z.array(Question),
    questionsToAsk: z.array(Question),
    highlights: z.array(Highlight),
    research: z.array(z.object({ field: z.string(), text: z.string(), label: z.string().optional(), source: Source }).strict()),
    sources: z.array(SourceDocument.pick({ file: true, kind: true, family: true, title: true })),
  })
  .strict()
  .meta({ id: 'Packet', title: 'prep interview packet' });

export type Packet = z.infer<typeof Packet>;
