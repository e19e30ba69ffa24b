import type { Company, Role } from '../model/company.js';
import type { Fact } from '../model/source.js';
import { termKeys } from './match/terms.js';
import { skillsOf, workOf } from './requirements.js';
import { roundScore } from './round-score.js';

/**
 * What the role is about: each of its statements (a duty, a skill, a line of
 * work) as a group of weighted terms. Groups matter because an item that shares
 * several terms of one statement is about that statement's topic, while the
 * same number of words scattered over unrelated statements is coincidence.
 */
export interface RoleTerms {
  groups: Group[];
}

interface Group {
  terms: Map<string, number>;
  /** A name (a skill, the title): sharing one of its words is not sharing it, so a partial match counts by its share. */
  name: boolean;
}

interface Statements {
  texts: string[];
  weight: number;
  name: boolean;
}

const termsOf = (text: string): Set<string> => termKeys(text, { topic: true });
const textOf = (item: Fact | string): string => (typeof item === 'string' ? item : item.text);

/** The role's own duties say most about it, then its skills, then what its family shares and its names. */
function statements(company: Company, role: Role): Statements[] {
  return [
    { texts: [...role.responsibilities, ...role.requirements].map(textOf), weight: 3, name: false },
    { texts: skillsOf(company, role).map(textOf), weight: 2, name: true },
    { texts: [...workOf(company, role), ...role.keywords].map(textOf), weight: 1, name: false },
    { texts: [role.title, role.family ?? '', role.team?.text ?? ''], weight: 1, name: true },
  ];
}

const DISTINCT_FLOOR = 0.75;

/**
 * How much a term sets this role apart from the company's other roles, DISTINCT_FLOOR..1:
 * "churn" in one family's work says more about that family's roles than
 * "engineer", which every technical title shares. Most of the weight stays, since
 * a shared topic is still the role's topic.
 */
function distinctiveness(company: Company, role: Role): (key: string) => number {
  // By slug, not by object: a role passed as a copy (a model read back from JSON) is still this role.
  const others = company.roles.filter((r) => r.slug !== role.slug);
  if (others.length === 0) return () => 1;
  const bags = others.map((r) => new Set(statements(company, r).flatMap(({ texts }) => texts.flatMap((t) => [...termsOf(t)]))));
  return (key) => 1 - ((1 - DISTINCT_FLOOR) * bags.filter((b) => b.has(key)).length) / bags.length;
}

/**
 * "Analyzing engagement and churn": the leading -ing word is what the role
 * does (it ties the line to an "Analytics" title), the rest is what the line is about.
 */
function leadingActivity(text: string): string | undefined {
  const lead = /^\s*(\p{L}+ing)\b/u.exec(text)?.[1];
  return lead ? [...termsOf(lead)][0] : undefined;
}

/** A statement that shares a word with the role's own title or team is this role's, not only its family's. */
const TITLE_AFFINITY = 1;

export function roleTerms(company: Company, role: Role): RoleTerms {
  const distinct = distinctiveness(company, role);
  const own = termsOf(`${role.title} ${role.team?.text ?? ''}`);
  const groups: Group[] = [];
  for (const { texts, weight, name } of statements(company, role)) {
    for (const text of texts) {
      const keys = [...termsOf(text)];
      const affinity = !name && keys.some((key) => own.has(key)) ? 1 + TITLE_AFFINITY : 1;
      const activity = name ? undefined : leadingActivity(text);
      const topics = keys.filter((key) => key !== activity);
      const terms = new Map(topics.map((key): [string, number] => [key, weight * affinity * distinct(key)]));
      if (terms.size > 0) groups.push({ terms, name });
    }
  }
  return { groups };
}

/** A term in more than this share of the texts is the company's own vocabulary ("Netflix", "platform"), not a topic. */
const COMMON_SHARE = 0.25;
/** How strongly a long text is damped: 0.5 would be a square root. */
const DAMPING = 0.5;
/** A term in an item's title (a SWOT label, a product's name) says what the item is about, not just what it mentions. */
const TITLE_BOOST = 1;
/** A plain text, or an item with a title whose terms weigh more. */
export type Scorable = string | { title: string; text: string };
const median = (ns: number[]): number => [...ns].sort((a, b) => a - b)[Math.floor((ns.length - 1) / 2)] ?? 1;

/**
 * Scores texts by the role terms they share, each weighted by how rare it is
 * among the texts (terms common to most of them count for nothing); the
 * statements' shares add up as a Euclidean norm, so one statement covered well
 * beats many touched once; damped by length so long paragraphs do not win by size.
 */
export function scoreTexts(texts: readonly Scorable[], role: RoleTerms): number[] {
  const bags = texts.map((t) => termsOf(typeof t === 'string' ? t : `${t.title} ${t.text}`));
  const titles = texts.map((t) => (typeof t === 'string' ? new Set<string>() : termsOf(t.title)));
  const df = new Map<string, number>();
  for (const bag of bags) for (const key of bag) df.set(key, (df.get(key) ?? 0) + 1);
  const common = bags.length >= 8 ? COMMON_SHARE * bags.length : Infinity;
  const rarity = (key: string): number => {
    const n = df.get(key) ?? 1;
    return n <= common ? Math.log(1 + bags.length / n) : 0;
  };
  const pivot = median(bags.map((b) => b.size));
  return bags.map((bag, i) => {
    if (bag.size === 0) return 0;
    const title = titles[i] ?? new Set<string>();
    let squares = 0;
    for (const group of role.groups) {
      let share = 0;
      let matched = 0;
      for (const [key, weight] of group.terms) {
        if (!bag.has(key)) continue;
        share += weight * rarity(key) * (title.has(key) ? 1 + TITLE_BOOST : 1);
        matched++;
      }
      if (group.name) share *= matched / group.terms.size;
      squares += share * share;
    }
    return roundScore(Math.sqrt(squares) / Math.max(bag.size, pivot) ** DAMPING);
  });
}
