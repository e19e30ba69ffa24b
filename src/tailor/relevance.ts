import type { Company, Role } from '../model/company.js';
import type { Fact } from '../model/source.js';
import { extractTerms } from './match/terms.js';
import { familyOf, skillsOf } from './requirements.js';

/** Role term → weight: what the role is about, from its skills, work and family. */
export type RoleTerms = Map<string, number>;

const termsOf = (text: string): Set<string> => new Set(extractTerms(text, { topic: true }).map((t) => t.key));

/** The role's own duties say most about it, then its skills, then what its family shares and its names. */
export function roleTerms(company: Company, role: Role): RoleTerms {
  const family = familyOf(company, role);
  const weighted: [readonly (Fact | string)[], number][] = [
    [[...role.responsibilities, ...role.requirements], 3],
    [skillsOf(company, role), 2],
    [[...(role.work.length ? role.work : (family?.work ?? [])), role.title, role.family ?? '', ...(role.team ? [role.team] : []), ...role.keywords], 1],
  ];
  const terms: RoleTerms = new Map();
  for (const [items, weight] of weighted) {
    for (const item of items) {
      for (const key of termsOf(typeof item === 'string' ? item : item.text)) {
        terms.set(key, Math.max(terms.get(key) ?? 0, weight));
      }
    }
  }
  return terms;
}

/** A term in more than this share of the texts is the company's own vocabulary ("Netflix", "platform"), not a topic. */
const COMMON_SHARE = 0.25;
/** How strongly a long text is damped: 0.5 would be a square root. */
const DAMPING = 0.5;

/**
 * Scores texts by the role terms they share, ignoring terms common to most of
 * the texts, and damped by the text's length so long paragraphs do not win by size.
 */
export function scoreTexts(texts: readonly string[], role: RoleTerms): number[] {
  const bags = texts.map(termsOf);
  const df = new Map<string, number>();
  for (const bag of bags) for (const key of bag) df.set(key, (df.get(key) ?? 0) + 1);
  const common = bags.length >= 8 ? COMMON_SHARE * bags.length : Infinity;
  return bags.map((bag) => {
    let sum = 0;
    for (const key of bag) {
      const weight = role.get(key);
      const n = df.get(key) ?? 1;
      if (weight && n <= common) sum += weight * Math.log(1 + bags.length / n);
    }
    return bag.size === 0 ? 0 : Math.round((sum / bag.size ** DAMPING) * 1000) / 1000;
  });
}
