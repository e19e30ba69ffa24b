import type { Company, Role } from '../model/company.js';
import type { Fact } from '../model/source.js';
import { PREFERRED_MARKERS } from '../classify/preferred.js';
import { termJaccard } from './match/similarity.js';
import type { Requirement, RequirementKind } from './requirement.js';

/** Skills count most, then stated requirements and the profile's skills map, then responsibilities. */
const WEIGHT: Record<RequirementKind, number> = { skill: 3, requirement: 2, 'skills-map': 2, responsibility: 1 };
/** A preferred requirement counts half. */
const PREFERRED_FACTOR = 0.5;
/** Two requirements sharing this much of their terms say the same thing. */
const SAME_REQUIREMENT = 0.8;

/** The family a role belongs to, if the model knows it. */
function familyOf(company: Company, role: Role) {
  return company.roleFamilies.find((f) => f.name === role.family) ?? null;
}

/** A role's skills: its own, else its family's expected skills. */
export function skillsOf(company: Company, role: Role): Fact[] {
  return role.skills.length > 0 ? role.skills : (familyOf(company, role)?.skills ?? []);
}

/** A role's lines of work: its own, else its family's. */
export function workOf(company: Company, role: Role): Fact[] {
  return role.work.length > 0 ? role.work : (familyOf(company, role)?.work ?? []);
}

/** A role's portfolio ideas: its own, else its family's. */
export function portfolioIdeasOf(company: Company, role: Role): Fact[] {
  return role.portfolioIdeas.length > 0 ? role.portfolioIdeas : (familyOf(company, role)?.portfolioIdeas ?? []);
}

/** A requirement as the profile wrote it, without the quotes around it. */
export const unquote = (s: string): string => s.trim().replace(/^["“']+|["”']+$/g, '').trim();

/** A "Preferred:" or "Nice to have -" lead-in: the weight says so, the text need not. */
const MARKER_LEAD = new RegExp(`^(?:${PREFERRED_MARKERS.source.replace(/^\\b|\\b$/g, '')})\\s*[:–—-]\\s*`, 'i');

/** A requirement's text as a reader wants it: unquoted, without a preferred lead-in. */
export function requirementText(raw: string): string {
  let text = unquote(raw);
  for (;;) {
    const rest = unquote(text.replace(MARKER_LEAD, ''));
    if (rest === text || !rest) return text;
    text = rest;
  }
}

/** Two requirements that say the same thing: the same words, or most of the same terms. */
export const sameRequirement = (a: string, b: string): boolean =>
  a.toLowerCase() === b.toLowerCase() || termJaccard(a, b) >= SAME_REQUIREMENT;

function requirement(text: string, kind: RequirementKind, source: Fact['source'], label?: string): Requirement {
  // The label is the heading a requirement was listed under when that heading said "Nice to have".
  const preferred = kind !== 'skill' && (PREFERRED_MARKERS.test(text) || PREFERRED_MARKERS.test(label ?? ''));
  return { text: requirementText(text), kind, required: !preferred, weight: WEIGHT[kind] * (preferred ? PREFERRED_FACTOR : 1), source };
}

/** Everything the role asks for, heaviest first, without near-duplicates. */
export function collectRequirements(company: Company, role: Role): Requirement[] {
  const all = [
    ...skillsOf(company, role).map((f) => requirement(f.text, 'skill', f.source)),
    ...role.requirements.map((f) => requirement(f.text, 'requirement', f.source, f.label)),
    ...role.skillsMap.map((row) => requirement(row.requirement, 'skills-map', row.source)),
    ...role.responsibilities.map((f) => requirement(f.text, 'responsibility', f.source)),
  ];
  const kept: Requirement[] = [];
  for (const r of all) {
    if (!r.text) continue;
    if (!kept.some((k) => sameRequirement(k.text, r.text))) kept.push(r);
  }
  return kept;
}
