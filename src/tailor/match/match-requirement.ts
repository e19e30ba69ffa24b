import type { Evidence, EvidenceKind } from '../../candidate/types.js';
import type { Requirement } from '../requirement.js';
import { roundScore } from '../round-score.js';
import { compareTerms, NO_MATCH, type Comparison } from './compare.js';
import { secondLine } from './second-line.js';
import { extractTerms, type Term } from './terms.js';
import { compareYears, yearsFactor, type YearsCompared } from './years.js';

export interface RequirementMatch extends Comparison {
  evidence: Evidence | null;
  /** A second line answering a part the first leaves out ("Python and SQL": a line on each); null when one line says it all. */
  second: Evidence | null;
  /** Years of experience, where the requirement and the matching evidence both state them. */
  years: YearsCompared | null;
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

/** Between equally good lines: doing before listing, then the earlier line. Deterministic. */
function preferred(a: Evidence, b: Evidence): boolean {
  const rank = KIND_RANK[a.kind] - KIND_RANK[b.kind];
  if (rank !== 0) return rank < 0;
  if (a.source.file !== b.source.file) return a.source.file < b.source.file;
  return a.source.line < b.source.line;
}

interface Scored {
  comparison: Comparison;
  item: PreparedEvidence;
}

const better = (a: Scored, b: Scored): boolean =>
  a.comparison.score > b.comparison.score || (a.comparison.score === b.comparison.score && preferred(a.item.evidence, b.item.evidence));

interface Pick {
  first: Scored;
  second: PreparedEvidence | null;
  comparison: Comparison;
}

/**
 * The best line, or the best pair of lines where two answer more than any
 * one: every matching line is tried as the first, so adding evidence only
 * adds choices and never lowers the match. A pair must do strictly better.
 */
function pickLines(wanted: readonly Term[], matching: readonly Scored[]): Pick | null {
  const ranked = [...matching].sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
  const [top] = ranked;
  if (!top) return null;
  let pick: Pick = { first: top, second: null, comparison: top.comparison };
  const lines = ranked.map((m) => m.item);
  for (const first of ranked) {
    // A summary says who one is; a pair shows two things done or listed.
    if (first.comparison.matchedOn !== 'overlap' || first.item.evidence.kind === 'summary') continue;
    const pair = secondLine(wanted, first.item, pick.comparison, lines, preferred);
    if (pair) pick = { first, second: pair.line, comparison: pair.together };
  }
  return pick;
}

/** The candidate's best evidence for one requirement, a second line where it adds a part, and the years both state; deterministic on ties. */
export function matchRequirement(requirement: Requirement, evidence: readonly PreparedEvidence[]): RequirementMatch {
  const wanted = extractTerms(requirement.text, { asSkill: requirement.kind === 'skill' });
  const matching = evidence.flatMap((item): Scored[] => {
    const comparison = compareTerms(wanted, item.terms);
    return comparison.matchedOn === 'none' ? [] : [{ comparison, item }];
  });
  const pick = pickLines(wanted, matching);
  if (!pick) return { ...NO_MATCH, matchedTerms: [], evidence: null, second: null, years: null };
  const years = compareYears(requirement.text, matching.map((m) => m.item.evidence.text));
  const factor = yearsFactor(years);
  return {
    ...pick.comparison, evidence: pick.first.item.evidence, second: pick.second?.evidence ?? null, years,
    score: roundScore(pick.comparison.score * factor), complete: pick.comparison.complete && factor === 1,
  };
}
