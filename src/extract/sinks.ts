import type { Fact } from '../model/source.js';
import type { Kind } from '../classify/classify.js';
import type { Draft } from './draft.js';

/** Where the plain list items of each section kind go. Role-level kinds go to the document's role. */
export const LIST_SINKS: Partial<Record<Kind, (draft: Draft) => Fact[]>> = {
  values: (d) => d.company.values,
  missionValues: (d) => d.company.values,
  culture: (d) => d.company.culture,
  initiatives: (d) => d.company.initiatives,
  news: (d) => d.company.news,
  competitors: (d) => d.company.competitors,
  guidance: (d) => d.company.guidance,
  metrics: (d) => d.company.metrics,
  researchSources: (d) => d.company.researchSources,
  personalExperience: (d) => d.company.personalExperience,
  responsibilities: (d) => d.role.responsibilities,
  requirements: (d) => d.role.requirements,
  successMetrics: (d) => d.role.successMetrics,
  growth: (d) => d.role.growth,
  talkingPoints: (d) => d.role.talkingPoints,
  keywords: (d) => d.role.keywords,
  questions: (d) => d.role.questions,
  questionsToAsk: (d) => d.role.questionsToAsk,
  skills: (d) => d.role.skills,
  work: (d) => d.role.work,
  portfolioIdeas: (d) => d.role.portfolioIdeas,
  roleAnalysis: (d) => d.role.notes,
  interviewPrep: (d) => d.role.notes,
};

/** Kinds that are notes for the candidate (the interview's stages, the pay), never a role's requirements. */
export const NOTE_KINDS: ReadonlySet<Kind> = new Set<Kind>(['interviewProcess', 'benefits']);

/** Kinds whose one-line value is a list of short items: "Python, Java, Scala". */
export const SPLIT_KINDS: ReadonlySet<Kind> = new Set<Kind>(['values', 'competitors', 'keywords', 'skills']);

/**
 * Kinds whose unlabelled paragraph of short comma-separated names is a list
 * ("Kindle Unlimited, Scribd, Everand"); not values, where "Context, not
 * control" is one value.
 */
export const NAME_LIST_KINDS: ReadonlySet<Kind> = new Set<Kind>(['competitors', 'keywords', 'skills']);

/** Kinds whose items are quoted questions: the quotes are markup, not text. */
export const QUOTED_KINDS: ReadonlySet<Kind> = new Set<Kind>(['questions', 'questionsToAsk']);

/** Kinds whose section is a set of labelled fields, so labels are routed to their field. */
export const FIELD_KINDS: ReadonlySet<Kind> = new Set<Kind>([
  'preamble',
  'title',
  'overview',
  'missionValues',
  'roleAnalysis',
  'products',
  'competitors',
  'unknown',
]);

/**
 * Kinds whose items are sentences: a sub-bullet under one elaborates it
 * ("Build the pipelines" › "connectors for Shopify") and stays part of it,
 * never a responsibility of its own. Elsewhere nested items are items.
 */
export const PROSE_KINDS: ReadonlySet<Kind> = new Set<Kind>([
  'responsibilities',
  'requirements',
  'successMetrics',
  'growth',
  'talkingPoints',
  'questions',
  'questionsToAsk',
  'work',
]);
