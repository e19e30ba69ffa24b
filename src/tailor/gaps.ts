import type { Company, Role } from '../model/company.js';
import type { Packet, PacketSkillsMapRow } from '../model/packet.js';
import { isActivity, isSubjectWord } from './match/subject-words.js';
import { extractTerms, termKeys } from './match/terms.js';
import { portfolioIdeasOf } from './requirements.js';
import { word } from './wording.js';

type Gap = Packet['gaps'][number];

/** At most this many portfolio ideas and products suggested per gap. */
const SUGGESTIONS_EACH = 1;

const topicKeys = (text: string): Set<string> => termKeys(text, { topic: true });

/** The one word a requirement is about when the rest only names an activity: "Risk communication" → risk. */
function soleSubject(requirement: string): string | null {
  const subjects = extractTerms(requirement, { topic: true }).filter((t) => !isActivity(t));
  const [only] = subjects;
  return subjects.length === 1 && only && isSubjectWord(only) ? only.key : null;
}

/**
 * The texts (by index) that share most with one requirement, best first. One
 * shared ordinary word ("workflows") is not enough, unless it is all the
 * requirement is about; a shared name or two words are.
 */
function closest(requirement: string, texts: readonly string[]): number[] {
  const wanted = topicKeys(requirement);
  const subject = soleSubject(requirement);
  return texts
    .map((text, i) => {
      const shared = [...topicKeys(text)].filter((k) => wanted.has(k));
      const strong = shared.length >= 2 || shared.some((k) => !k.startsWith('~') || k === subject);
      return { n: strong ? shared.length : 0, i };
    })
    .filter((s) => s.n > 0)
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .slice(0, SUGGESTIONS_EACH)
    .map((s) => s.i);
}

/** Unmatched rows, each with what to prepare: never a claim, only a plan. */
export function collectGaps(company: Company, role: Role, rows: readonly PacketSkillsMapRow[]): Gap[] {
  const ideas = portfolioIdeasOf(company, role);
  const products = company.products;
  return rows
    .filter((r) => r.matchedOn === 'none')
    .map((r) => ({
      requirement: r.requirement, weight: r.weight, required: r.required, source: r.sources.requirement,
      suggestions: [
        word('gap', { requirement: r.requirement }),
        ...closest(r.requirement, ideas.map((i) => i.text)).map((i) =>
          word('gap-portfolio', { family: role.family ?? company.name, idea: ideas[i]?.text ?? '' })),
        ...closest(r.requirement, products.map((p) => `${p.name} ${p.description ?? ''} ${p.tags.join(' ')}`)).map((i) =>
          word('gap-product', { product: products[i]?.name ?? '', category: products[i]?.category ?? null, company: company.name })),
      ],
    }));
}
