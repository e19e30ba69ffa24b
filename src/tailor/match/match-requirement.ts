import type { Evidence, EvidenceKind } from '../../candidate/types.js';
import type { Requirement } from '../requirement.js';
import { compareTerms, NO_MATCH, type Comparison } from './compare.js';
import { extractTerms, type Term } from './terms.js';

export interface RequirementMatch extends Comparison {
  evidence: Evidence | null;
}

/** On equal scores, evidence of doing beats a bare skills-list entry. */
const KIND_RANK: Record<EvidenceKind, number> = { experience: 0, project: 1, story: 2, summary: 3, skill: 4 };

interface PreparedEvidence {
  evidence: Evidence;
  terms: Term[];
}

/** Terms of every evidence item, computed once per candidate. */
export function prepareEvidence(items: readonly Evidence[]): PreparedEvidence[] {
  return items.map((evidence) => ({ evidence, terms: extractTerms(evidence.text, { asSkill: evidence.kind === 'skill' }) }));
}

function better(a: RequirementMatch, b: RequirementMatch): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (!a.evidence || !b.evidence) return Boolean(a.evidence);
  const rank = KIND_RANK[a.evidence.kind] - KIND_RANK[b.evidence.kind];
  if (rank !== 0) return rank < 0;
  if (a.evidence.source.file !== b.evidence.source.file) return a.evidence.source.file < b.evidence.source.file;
  return a.evidence.source.line < b.evidence.source.line;
}

/** The candidate's best evidence for one requirement; deterministic on ties. */
export function matchRequirement(requirement: Requirement, evidence: readonly PreparedEvidence[]): RequirementMatch {
  const wanted = extractTerms(requirement.text, { asSkill: requirement.kind === 'skill' });
  let best: RequirementMatch = { ...NO_MATCH, matchedTerms: [], evidence: null };
  for (const item of evidence) {
    const comparison = compareTerms(wanted, item.terms);
    if (comparison.matchedOn === 'none') continue;
    const candidate = { ...comparison, evidence: item.evidence };
    if (better(candidate, best)) best = candidate;
  }
  return best;
}
