import type { MatchKind } from '../../model/packet.js';
import { roundScore } from '../round-score.js';
import { indexEvidence, type Found } from './evidence-index.js';
import { isActivity, isGeneric, isSubjectWord } from './subject-words.js';
import type { Term } from './terms.js';

/** How a requirement matched the candidate's evidence: the packet's kinds except `profile`, which marks a row the profile wrote rather than a match. */
export type TermMatchKind = Exclude<MatchKind, 'profile'>;

export interface Comparison {
  matchedOn: TermMatchKind;
  /** 0..1: how well the evidence covers the requirement, discounted for looser matches. */
  score: number;
  /** The requirement's terms the evidence shares, as the requirement names them. */
  matchedTerms: string[];
  /** Whether the evidence answers every part of the requirement that has a subject ("Risk management" ← "tracked risks" does). */
  complete: boolean;
}

/** Named things weigh more than ordinary words: "Kafka" says more than "pipelines", which says more than "build". */
const termWeight = (term: Term): number => (term.kind !== 'word' ? 2 : isGeneric(term) ? 0.5 : 1);
/** `related`: a narrower thing stands for the skill (Kafka for distributed systems). */
const QUALITY = { exact: 1, alias: 0.9, stem: 0.8, related: 0.6 } as const;
type Quality = keyof typeof QUALITY;
/** A partial match counts for less than a full one, whatever its share. */
const OVERLAP_FACTOR = 0.75;
/**
 * The least weighted share of a requirement a partial match must cover: less
 * when a name (Kafka, computer vision) is shared than when only words are.
 * One shared ordinary word is enough only when it is all either side is
 * about ("Risk management" ← the skill "Risk planning"): not "Public
 * Speaking" ← "public API", nor "Incident Management" ← "managed a team".
 */
const MIN_SHARE = { named: 0.15, words: 0.3, subject: 0.3 } as const;

function quality(req: Term, found: Found): Quality {
  if (found.via) return 'related';
  if (req.surface === found.term.surface) return 'exact';
  return req.kind === 'concept' ? 'alias' : 'stem';
}

/** The requirement's distinct terms, alternatives ("Node.js or Python") together as one ask. */
function asksOf(requirement: readonly Term[]): Term[][] {
  const seen = new Set<string>();
  const asks = new Map<string | number, Term[]>();
  requirement.forEach((term, i) => {
    if (seen.has(term.key)) return;
    seen.add(term.key);
    const group = term.alt ?? `#${i}`;
    if (!asks.has(group)) asks.set(group, []);
    asks.get(group)!.push(term);
  });
  return [...asks.values()];
}

interface Tally {
  total: number;
  covered: number;
  worst: Quality;
  matched: Set<string>;
  named: number;
  words: Term[];
  /** Unmatched terms that carry a subject of their own. */
  missedSubjects: number;
}

function tally(requirement: readonly Term[], byKey: ReadonlyMap<string, Found>): Tally {
  const t: Tally = { total: 0, covered: 0, worst: 'exact', matched: new Set(), named: 0, words: [], missedSubjects: 0 };
  for (const ask of asksOf(requirement)) {
    const weight = Math.max(...ask.map(termWeight));
    t.total += weight;
    const term = ask.find((a) => byKey.has(a.key));
    const found = term && byKey.get(term.key);
    if (!term || !found) {
      if (!ask.every(isActivity)) t.missedSubjects++;
      continue;
    }
    t.covered += weight;
    if (term.kind !== 'word' || found.via) t.named++;
    else if (!isGeneric(term)) t.words.push(term);
    // A shared "build" or "design" explains nothing to the reader, though it counts.
    if (found.via || !isGeneric(term)) t.matched.add(found.via ?? (term.kind === 'concept' ? term.key : term.surface));
    const q = quality(term, found);
    if (QUALITY[q] < QUALITY[t.worst]) t.worst = q;
  }
  return t;
}

/** The least share a partial match must cover, by what it shares. */
function needed(t: Tally, evidence: readonly Term[]): number {
  if (t.named > 0) return MIN_SHARE.named;
  if (t.words.length > 1) return MIN_SHARE.words;
  const only = t.words[0];
  if (!only || !isSubjectWord(only) || t.missedSubjects > 0) return Infinity;
  // Both must be about that word alone: "Agile" or "Curriculum planning" for "Curriculum development",
  // never a sentence that mentions it in passing ("Reduced build time" is not "Time management").
  const subjects = new Set(evidence.filter((e) => !isActivity(e)).map((e) => e.key));
  return subjects.size === 1 && subjects.has(only.key) ? MIN_SHARE.subject : Infinity;
}

export const NO_MATCH: Readonly<Comparison> = { matchedOn: 'none', score: 0, matchedTerms: [], complete: false };

/** Compares a requirement's terms with one piece of evidence's terms. */
export function compareTerms(requirement: readonly Term[], evidence: readonly Term[]): Comparison {
  const t = tally(requirement, indexEvidence(requirement, evidence));
  // "react → front end" already says "react".
  const matchedTerms = [...t.matched].filter((m, _, all) => !all.some((other) => other.startsWith(`${m} → `)));
  if (t.total === 0 || t.covered === 0) return NO_MATCH;
  if (t.covered === t.total) return { matchedOn: t.worst, score: QUALITY[t.worst], matchedTerms, complete: true };
  const share = t.covered / t.total;
  if (share < needed(t, evidence)) return NO_MATCH;
  return { matchedOn: 'overlap', score: roundScore(OVERLAP_FACTOR * share * QUALITY[t.worst]), matchedTerms, complete: t.missedSubjects === 0 };
}
