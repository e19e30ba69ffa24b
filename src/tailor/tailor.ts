import { classifyHeading } from '../classify/headings.js';
import type { Candidate } from '../candidate/types.js';
import type { Company, Role } from '../model/company.js';
import { PACKET_SCHEMA_VERSION, type Packet, type PacketSkillsMapRow } from '../model/packet.js';
import { sameLine, type Fact } from '../model/source.js';
import { collectGaps } from './gaps.js';
import { rankHighlights } from './highlights.js';
import { normalizeTokens } from './match/tokenize.js';
import { collectQuestions } from './questions.js';
import { collectQuestionsToAsk } from './questions-to-ask.js';
import { roleTerms } from './relevance.js';
import { collectRequirements, portfolioIdeasOf, skillsOf, workOf } from './requirements.js';
import { collectResearch } from './research.js';
import { collectTalkingPoints } from './talking-points.js';
import { resolveRole } from './resolve-role.js';
import { coverageOf, matchCandidate, worksheet } from './skills-map.js';

export interface TailorOptions {
  /** The role, or what a user typed for it (title, slug, abbreviation, initials, alias). */
  role: Role | string;
  candidate: Candidate | null;
  /** ISO date the packet is stamped with (SOURCE_DATE_EPOCH in the CLI). */
  builtAt: string;
  prepVersion: string;
}

/**
 * Turns a company model into a packet for one role and, optionally, one
 * candidate. Pure: the same inputs give the same packet, byte for byte.
 * Throws a UsageError for a role the company does not have.
 * Role-level facts come only from this role.
 */
export function tailor(company: Company, options: TailorOptions): Packet {
  const { candidate } = options;
  const role = typeof options.role === 'string' ? resolveRole(company, options.role) : options.role;
  const requirements = collectRequirements(company, role);
  const context = { company: company.name, role: role.title };
  const skillsMap = candidate ? matchCandidate(requirements, candidate, context) : worksheet(requirements, role);
  const terms = roleTerms(company, role);
  return {
    schemaVersion: PACKET_SCHEMA_VERSION,
    builtAt: options.builtAt,
    prepVersion: options.prepVersion,
    company: {
      id: company.id, name: company.name, overview: company.overview, mission: company.mission,
      values: company.values, culture: company.culture, techStack: company.techStack, competitors: company.competitors,
      notes: [...company.notes, ...company.prep.notes],
    },
    role: roleHeader(company, role),
    candidate: candidate ? { name: candidate.name, headline: candidate.headline, file: candidate.file } : null,
    skillsMap,
    coverage: coverageOf(skillsMap),
    gaps: candidate ? collectGaps(company, role, skillsMap) : [],
    talkingPoints: candidate ? collectTalkingPoints(skillsMap, candidate, context) : [...role.talkingPoints, ...rowPoints(skillsMap)],
    keywords: keywords(company, role),
    questions: collectQuestions(company, role),
    questionsToAsk: collectQuestionsToAsk(company, role, terms),
    highlights: rankHighlights(company, terms),
    research: collectResearch(company, role),
    sources: company.sources.map(({ file, kind, family, title }) => ({ file, kind, family, title })),
  };
}

function roleHeader(company: Company, role: Role): Packet['role'] {
  return {
    title: role.title, slug: role.slug, family: familyName(role), team: role.team,
    responsibilities: role.responsibilities, requirements: role.requirements, skills: skillsOf(company, role),
    successMetrics: role.successMetrics, growth: role.growth,
    work: workOf(company, role),
    portfolioIdeas: portfolioIdeasOf(company, role),
    notes: notesBesidesTeam(role),
  };
}

/** Titles listed under "Open roles this year" share a family named after that heading, which names no family. */
function familyName(role: Role): string | null {
  return role.family && classifyHeading(role.family, { qualified: true })?.kind === 'roleFamilies' ? null : role.family;
}

/**
 * A `Team:` note on the line the team was read from says it again (`THE TEAM:
 * Clinical Risk Modeling`): the header shows it already. A note there under
 * another label (`Department structure: … within the Data & Insights org`)
 * frames it otherwise and stays.
 */
function notesBesidesTeam(role: Role): Fact[] {
  const team = role.team?.source;
  const repeatsTeam = (note: Fact): boolean =>
    team !== undefined && sameLine(note.source, team) && /\bteam\b/i.test(note.label ?? '');
  return role.notes.filter((note) => !repeatsTeam(note));
}

/**
 * Without a candidate, the profile's own talking points, which its author
 * wrote about themselves, then those of its own skills-map rows.
 */
function rowPoints(rows: readonly PacketSkillsMapRow[]): Fact[] {
  return rows.flatMap((r): Fact[] => (r.talkingPoint && r.sources.evidence ? [{ text: r.talkingPoint, source: r.sources.evidence }] : []));
}

/** The role's keywords, then its skills, each once. */
function keywords(company: Company, role: Role): string[] {
  const seen = new Set<string>();
  return [...role.keywords, ...skillsOf(company, role)]
    .map((f) => f.text)
    .filter((text) => {
      const key = normalizeTokens(text);
      if (!key || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
