import type { Candidate } from '../candidate/types.js';
import type { Role } from '../model/company.js';
import type { PacketSkillsMapRow } from '../model/packet.js';
import { matchRequirement, prepareEvidence, type RequirementMatch } from './match/match-requirement.js';
import type { Requirement } from './requirement.js';
import { sameRequirement, unquote } from './requirements.js';
import { roundScore } from './round-score.js';
import { shortfall } from './match/years.js';
import { word } from './wording.js';

export interface RowContext {
  company: string;
  role: string;
}

const emptyRow = (r: Requirement): PacketSkillsMapRow => ({
  requirement: r.text, kind: r.kind, required: r.required, weight: r.weight, evidence: null, talkingPoint: null,
  score: 0, matchedOn: 'none', matchedTerms: [], sources: { requirement: r.source, evidence: null },
});

/** The shared terms, unless they only repeat the requirement ("Python" (python)). */
function termsWorthSaying(terms: readonly string[], requirement: string): string | null {
  const said = terms.join(' ').toLowerCase();
  return terms.length === 0 || said === requirement.toLowerCase() ? null : terms.join(', ');
}

/** The row's talking point: the evidence (and a second line, if any) against the requirement, and any shortfall in years. */
function talkingPointOf(r: Requirement, m: RequirementMatch, ctx: RowContext): string {
  const first = m.evidence!;
  const short = shortfall(m.years);
  return word('talking-point', {
    evidence: first.text, context: first.context, requirement: r.text,
    second: m.second?.text ?? null, secondContext: m.second && m.second.context !== first.context ? m.second.context : null,
    listed: first.kind === 'skill' && (m.second?.kind ?? 'skill') === 'skill' ? 'yes' : null, partial: m.complete ? null : 'yes',
    terms: termsWorthSaying(m.matchedTerms, r.text), company: ctx.company, role: ctx.role,
    shownYears: short ? String(short.shown) : null, askedYears: short ? `${short.asked.years}${short.asked.orMore ? '+' : ''}` : null,
  });
}

/** Each requirement with the candidate's best evidence, or empty where there is none. */
export function matchCandidate(requirements: readonly Requirement[], candidate: Candidate, ctx: RowContext): PacketSkillsMapRow[] {
  const evidence = prepareEvidence(candidate.evidence);
  return requirements.map((r) => {
    const m = matchRequirement(r, evidence);
    if (!m.evidence || m.matchedOn === 'none') return emptyRow(r);
    return {
      ...emptyRow(r), evidence: m.evidence.text, talkingPoint: talkingPointOf(r, m, ctx), score: m.score, matchedOn: m.matchedOn,
      ...(m.second ? { moreEvidence: [{ text: m.second.text, source: m.second.source }] } : {}),
      ...(m.years ? { years: { asked: m.years.asked.years, shown: m.years.shown } } : {}),
      matchedTerms: m.matchedTerms, sources: { requirement: r.source, evidence: m.evidence.source },
    };
  });
}

/**
 * Without a candidate: the profile's own skills-map rows as written (the user
 * wrote them about themselves), then every other requirement as an empty
 * worksheet row to fill in.
 */
export function worksheet(requirements: readonly Requirement[], role: Role): PacketSkillsMapRow[] {
  const own = role.skillsMap.map((row): PacketSkillsMapRow => ({
    requirement: unquote(row.requirement), kind: 'skills-map', required: true, weight: 2,
    evidence: row.skill, talkingPoint: row.talkingPoint || null, score: 1, matchedOn: 'profile', matchedTerms: [],
    sources: { requirement: row.source, evidence: row.source },
  }));
  // A requirement one of those rows already answers is not asked again, whichever of the two was kept as the requirement.
  const answered = (r: Requirement): boolean => r.kind === 'skills-map' || own.some((row) => sameRequirement(row.requirement, r.text));
  return [...own, ...requirements.filter((r) => !answered(r)).map(emptyRow)];
}

/** Weighted coverage: each row counts its weight times its score. */
export function coverageOf(rows: readonly PacketSkillsMapRow[]): { matched: number; total: number; ratio: number } {
  const total = rows.reduce((sum, r) => sum + r.weight, 0);
  const matched = rows.reduce((sum, r) => sum + r.weight * r.score, 0);
  return { matched: roundScore(matched), total: roundScore(total), ratio: total === 0 ? 0 : Math.min(1, roundScore(matched / total)) };
}
