import { z } from 'zod';
import { CompanySettings } from './settings.js';
import { Role, RoleFamily, SkillsMapRow } from './role.js';
import { Okr, Retrospective, Swot } from './strategy.js';
import { Gap, SourceDocument, Unmapped } from './document.js';
import { Fact, facts, Money, Scalar, Source } from './source.js';

export { Role, RoleFamily, SkillsMapRow } from './role.js';
export { SWOT_LISTS, Swot, Okr, Retrospective, type SwotList } from './strategy.js';
export { DocumentKind, DocumentFamily, SourceDocument, Gap, Unmapped } from './document.js';

/** Bumped on any breaking change to the model's JSON shape. */
export const COMPANY_SCHEMA_VERSION = 1;

export const Overview = z
  .object({
    summary: Scalar.nullable(),
    offering: Scalar.nullable().describe('what they build'),
    customers: Scalar.nullable(),
    businessModel: Scalar.nullable(),
    founded: Scalar.extend({ year: z.number().int().optional() }).nullable(),
    headquarters: Scalar.nullable(),
    employees: Scalar.extend({ count: z.number().int().optional() }).nullable(),
    industry: facts(),
    ownership: Scalar.nullable().describe('public/private, as written'),
    ticker: Scalar.extend({ exchange: z.string().optional(), symbol: z.string() }).nullable(),
    revenue: Money.nullable(),
    marketCap: Money.nullable(),
  })
  .strict();

export const Product = z
  .object({
    name: z.string().min(1),
    category: z.string().optional(),
    description: z.string().optional(),
    tags: z.array(z.string()).default([]),
    source: Source,
  })
  .strict()
  .meta({ id: 'Product' });

/** Named stack buckets; other buckets found in documents are kept under their own key. */
export const TechStack = z
  .object({
    languages: facts(),
    frameworks: facts(),
    cloud: facts(),
    data: facts(),
    practices: facts(),
  })
  .catchall(z.array(Fact));

export const EntryPathway = z
  .object({ name: z.string().min(1), description: z.string().optional(), source: Source })
  .strict();

/** Role-level prep that could not be attached to a role. */
export const CompanyPrep = z
  .object({
    talkingPoints: facts(),
    keywords: facts(),
    questions: facts(),
    questionsToAsk: facts(),
    responsibilities: facts(),
    requirements: facts(),
    skills: facts(),
    successMetrics: facts(),
    growth: facts(),
    notes: facts(),
    skillsMap: z.array(SkillsMapRow).default([]),
  })
  .strict();

export const Company = z
  .object({
    schemaVersion: z.literal(COMPANY_SCHEMA_VERSION),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    name: z.string().min(1),
    aliases: z.array(z.string()).default([]),
    overview: Overview,
    mission: Scalar.nullable(),
    values: facts(),
    culture: facts(),
    personalExperience: facts().describe("the candidate's own notes on the company's products"),
    products: z.array(Product).default([]),
    initiatives: facts(),
    news: facts(),
    competitors: facts(),
    techStack: TechStack,
    roleFamilies: z.array(RoleFamily).default([]),
    roles: z.array(Role).default([]),
    entryPathways: z.array(EntryPathway).default([]),
    guidance: facts(),
    swot: z.array(Swot).default([]),
    okrs: z.array(Okr).default([]),
    metrics: facts(),
    retrospective: Retrospective.nullable().describe('merged from every retrospective found'),
    prep: CompanyPrep,
    researchSources: facts(),
    notes: facts().describe('free-form notes under headings prep does not know; each labelled with its heading'),
    sources: z.array(SourceDocument).default([]),
    gaps: z.array(Gap).default([]),
    unmapped: z.array(Unmapped).default([]),
    settings: CompanySettings.default({}),
  })
  .strict()
  .meta({ id: 'Company', title: 'prep company model' });

export type Company = z.infer<typeof Company>;
export type Product = z.infer<typeof Product>;
export type Overview = z.infer<typeof Overview>;
export type EntryPathway = z.infer<typeof EntryPathway>;
export type CompanyPrep = z.infer<typeof CompanyPrep>;
