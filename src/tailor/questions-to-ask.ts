import type { Company, Role } from '../model/company.js';
import type { Question } from '../model/packet.js';
import type { Fact } from '../model/source.js';
import { dropNearDuplicates } from './match/similarity.js';
import type { Draft } from './questions.js';
import { scoreTexts, type RoleTerms } from './relevance.js';
import { word, type Wording } from './wording.js';

/** Generated questions per source kind: a few, and only ones that touch the role. */
const PER_KIND = 2;

interface Candidate {
  text: string;
  wording: Wording;
  data: Record<string, string | null>;
  origin: string;
  source: Fact['source'];
}

/** The items that touch the role most, as questions about each item ("Stale models" and "Slow training" are two, whatever the wording they share). */
function top(items: readonly Candidate[], role: RoleTerms): Draft[] {
  const scores = scoreTexts(items.map((i) => i.text), role);
  return items
    .map((item, i) => ({ item, score: scores[i] ?? 0, i }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, PER_KIND)
    .map(({ item }) => ({
      question: { text: word(item.wording, item.data), kind: 'strategic', origin: item.origin, source: item.source },
      about: item.text,
    }));
}

/** The key result that matters most to the role, if any touches it. */
function closestKeyResult(keyResults: readonly Fact[], role: RoleTerms): string | null {
  const scores = scoreTexts(keyResults.map((k) => k.text), role);
  let best = -1;
  scores.forEach((score, i) => {
    if (score > 0 && (best < 0 || score > (scores[best] ?? 0))) best = i;
  });
  return keyResults[best]?.text ?? null;
}

const labelled = (f: Fact): string => (f.label ? `${f.label}: ${f.text}` : f.text);

/** Questions to ask them: the profile's own, then ones drawn from OKRs, priorities, weaknesses and news. */
export function collectQuestionsToAsk(company: Company, role: Role, terms: RoleTerms): Question[] {
  // What to ask a company, noted where no role claimed it, is worth asking for any of its roles.
  const own = [...role.questionsToAsk, ...company.prep.questionsToAsk].map((f): Draft => ({ question: { text: f.text, kind: 'profile', origin: 'profile', source: f.source }, about: f.text }));
  const okrs = company.okrs.map((o): Candidate => ({
    text: [o.objective, o.description, ...o.keyResults.map((k) => k.text)].join(' '), wording: 'ask-okr',
    data: { objective: o.description ? `${o.objective}: ${o.description}` : o.objective, keyResult: closestKeyResult(o.keyResults, terms) },
    origin: `okr: ${o.objective}`, source: o.source,
  }));
  const fromSwot = (quadrant: 'priorities' | 'weaknesses', wording: Wording) =>
    company.swot.flatMap((s) => s[quadrant].map((f): Candidate => ({
      text: labelled(f), wording, data: { text: f.text }, origin: `${quadrant === 'priorities' ? 'priority' : 'weakness'}: ${f.label ?? s.title}`, source: f.source,
    })));
  const news = company.news.map((f): Candidate => ({ text: f.text, wording: 'ask-news', data: { text: f.text }, origin: 'news', source: f.source }));
  const generated = [okrs, fromSwot('priorities', 'ask-priority'), fromSwot('weaknesses', 'ask-weakness'), news].flatMap((c) => top(c, terms));
  return dropNearDuplicates([...own, ...generated], (d) => d.about).map((d) => d.question);
}
