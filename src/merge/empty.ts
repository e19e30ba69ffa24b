import { COMPANY_SCHEMA_VERSION, type Company, type Role } from '../model/company.js';

/** A model with nothing in it yet: every list empty, every scalar null. */
export function emptyCompany(id: string, name = id): Company {
  return {
    schemaVersion: COMPANY_SCHEMA_VERSION,
    id,
    name,
    aliases: [],
    overview: emptyOverview(),
    mission: null,
    values: [],
    culture: [],
    personalExperience: [],
    products: [],
    initiatives: [],
    news: [],
    competitors: [],
    techStack: { languages: [], frameworks: [], cloud: [], data: [], practices: [] },
    roleFamilies: [],
    roles: [],
    entryPathways: [],
    guidance: [],
    swot: [],
    okrs: [],
    metrics: [],
    retrospective: null,
    prep: emptyPrep(),
    researchSources: [],
    notes: [],
    sources: [],
    gaps: [],
    unmapped: [],
    settings: {},
  };
}

function emptyOverview(): Company['overview'] {
  return {
    summary: null,
    offering: null,
    customers: null,
    businessModel: null,
    founded: null,
    headquarters: null,
    employees: null,
    industry: [],
    ownership: null,
    ticker: null,
    revenue: null,
    marketCap: null,
  };
}

function emptyPrep(): Company['prep'] {
  return {
    talkingPoints: [],
    keywords: [],
    questions: [],
    questionsToAsk: [],
    responsibilities: [],
    requirements: [],
    skills: [],
    successMetrics: [],
    growth: [],
    notes: [],
    skillsMap: [],
  };
}

export function emptyRole(title: string, slug: string): Role {
  return {
    title,
    slug,
    aliases: [],
    family: null,
    team: null,
    responsibilities: [],
    requirements: [],
    skills: [],
    successMetrics: [],
    growth: [],
    talkingPoints: [],
    keywords: [],
    skillsMap: [],
    questions: [],
    questionsToAsk: [],
    work: [],
    portfolioIdeas: [],
    notes: [],
    sources: [],
  };
}
