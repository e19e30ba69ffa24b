import type { MatchKind } from '../../model/packet.js';
import { roundScore } from '../round-score.js';
import { implications } from './implied-skills.js';
import { GENERIC_VERBS } from './stopwords.js';
import type { Term } from './terms.js';

/** How a requirement matched the candidate's evidence: the packet's kinds except `profile`, which marks a row the profile wrote rather than a match. */
export type TermMatchKind = Exclude<MatchKind, 'profile'>;

export interface Comparison {
  matchedOn: TermMatchKind;
  /** 0..1: how well the evidence covers the requirement, discounted for looser matches. */
  score: number;
  /** The requirement's terms the evidence shares, as the requirement names them. */
  matchedTerms: string[];
}

/** A verb every job ad uses ("build", "manage") says what is done, not what it is about. */
const isGeneric = (term: Term): boolean => term.kind === 'word' && GENERIC_VERBS.has(term.surface);
/** Named things weigh more than ordinary words: "Kafka" says more than "pipelines", which says more than "build". */
const termWeight = (term: Term): number => (term.kind !== 'word' ? 2 : isGeneric(term) ? 0.5 : 1);
/** `related`: a narrower thing stands for the skill (Kafka for distributed systems). */
const QUALITY = { exact: 1, alias: 0.9, stem: 0.8, related: 0.6 } as const;
/** A partial match counts for less than a full one, whatever its share. */
const OVERLAP_FACTOR = 0.75;
/**
 * The least weighted share of a requirement a partial match must cover: less
 * when a name (Kafka, computer vision) is shared than when only words are.
 * One shared ordinary word is never enough ("Public Speaking" is not "public
 * API"), nor a generic verb ("Incident Management" is not "managed a team").
 */
const MIN_SHARE = { named: 0.15, words: 0.3 } as const;

/** What the evidence holds for a requirement's term: its own term, or a narrower thing that shows it. */
interface Found {
  term: Term;
  /** "kafka → distributed systems" where the term is implied, not written. */
  via: string | null;
}

function quality(req: Term, found: Found): keyof typeof QUALITY {
  if (found.via) return 'related';
  if (req.surface === found.term.surface) return 'exact';
  return req.kind === 'concept' ? 'alias' : 'stem';
}

/** Where the requirement's keys run through `run` in order, side by side. */
function holdsRun(keys: readonly string[], run: readonly string[]): boolean {
  return run.length > 0 && keys.some((_, i) => run.every((k, j) => keys[i + j] === k));
}

/** The evidence's terms by key, plus the broad skills of the requirement that its narrower things show. */
function indexEvidence(requirement: readonly Term[], evidence: readonly Term[]): Map<string, Found> {
  const byKey = new Map<string, Found>();
  for (const term of evidence) if (!byKey.has(term.key)) byKey.set(term.key, { term, via: null });
  const wanted = requirement.map((t) => t.key);
  for (const { name, skill, shownBy } of implications()) {
    if (skill.every((k) => byKey.has(k)) || !holdsRun(wanted, skill)) continue;
    const shown = shownBy.find((s) => s.keys.every((k) => byKey.has(k)));
    if (!shown) continue;
    const said = shown.keys.length === 1 ? (byKey.get(shown.keys[0] ?? '')?.term.surface ?? shown.name) : shown.name;
    for (const key of skill) {
      if (!byKey.has(key)) byKey.set(key, { term: { key, surface: said, kind: 'concept' }, via: `${said} → ${name}` });
    }
  }
  return byKey;
}

/** Compares a requirement's terms with one piece of evidence's terms. */
export function compareTerms(requirement: readonly Term[], evidence: readonly Term[]): Comparison {
  const byKey = indexEvidence(requirement, evidence);
  const seen = new Set<string>();
  let total = 0;
  let covered = 0;
  let worst: keyof typeof QUALITY = 'exact';
  const matched = new Set<string>();
  let named = 0;
  let words = 0;
  for (const term of requirement) {
    if (seen.has(term.key)) continue;
    seen.add(term.key);
    total += termWeight(term);
    const found = byKey.get(term.key);
    if (!found) continue;
    covered += termWeight(term);
    if (term.kind !== 'word' || found.via) named++;
    else if (!isGeneric(term)) words++;
    matched.add(found.via ?? (term.kind === 'concept' ? term.key : term.surface));
    const q = quality(term, found);
    if (QUALITY[q] < QUALITY[worst]) worst = q;
  }
  const matchedTerms = [...matched];
  if (total === 0 || covered === 0) return { matchedOn: 'none', score: 0, matchedTerms: [] };
  if (covered === total) return { matchedOn: worst === 'related' ? 'overlap' : worst, score: QUALITY[worst], matchedTerms };
  const share = covered / total;
  const needed = named > 0 ? MIN_SHARE.named : words > 1 ? MIN_SHARE.words : Infinity;
  if (share < needed) return { matchedOn: 'none', score: 0, matchedTerms: [] };
  return { matchedOn: 'overlap', score: roundScore(OVERLAP_FACTOR * share * QUALITY[worst]), matchedTerms };
}
