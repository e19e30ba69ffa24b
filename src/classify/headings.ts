/**
 * THE table of heading synonyms: the one place that says which heading starts
 * which kind of section. The plain-text reader uses it to tell headings from
 * prose; the classifier uses it to give each section its kind. Add synonyms
 * here, never special cases elsewhere.
 */
export const SECTION_KINDS = {
  overview: ['company overview', 'overview', 'about', 'about us', 'who we are', 'about the company', 'company profile', 'at a glance', 'company facts', 'key facts', 'fast facts', 'quick facts', 'company snapshot', 'basics'],
  offering: ['what they build', 'what we build', 'what they do', 'what we do', 'offering'],
  customers: ['customer type', 'customers', 'target customers', 'who they serve'],
  businessModel: ['business model', 'how they make money', 'revenue model'],
  initiatives: ['key products and initiatives', 'initiatives', 'strategic initiatives', 'key initiatives'],
  products: ['key products and brands', 'products and services', 'products', 'what we make', 'what they make', 'our products', 'product lines', 'key products', 'brands', 'products and brands'],
  roleFamilies: ['role families', 'job families', 'roles', 'open roles', 'open positions', 'current openings', 'job openings', "who we're hiring", 'who we are hiring', "we're hiring", 'we are hiring', 'now hiring', 'open jobs', 'jobs', 'vacancies', 'current vacancies', 'teams and roles', 'career areas'],
  skills: ['expected skills', 'skills', 'key skills', 'core skills', 'required skills'],
  work: ['what they work on', 'what you will work on', "what you'll work on", 'the work', 'day to day'],
  portfolioIdeas: ['portfolio ideas', 'project ideas', 'portfolio projects'],
  entryPathways: ['entry pathways', 'early careers', 'entry points', 'how to get in', 'pathways'],
  culture: ['culture signals', 'culture', 'company culture', 'notes on company culture and fit', 'culture and fit', 'culture notes', 'work culture'],
  guidance: ['guidance by audience', 'guidance', 'advice', 'tips', 'how to stand out'],
  missionValues: ['company mission and values', 'mission and values', 'mission vision and values', 'mission and culture'],
  mission: ['mission', 'mission statement', 'our mission', 'vision'],
  values: ['values', 'core values', 'company values', 'our values'],
  news: ['recent news and developments', 'recent news', 'news', 'recent developments', 'latest news', 'in the news'],
  techStack: ['technology stack', 'tech stack', 'engineering stack', 'stack', 'technologies', 'tools and technologies', 'technology', 'tools we use', 'tools'],
  personalExperience: ['personal experience with company/products', 'personal experience', 'my experience with the product'],
  competitors: ['competitors', 'competition', 'competitive landscape', 'market position', 'direct competitors', 'main competitors', 'key competitors', 'competitive advantages', 'industry challenges', 'similar companies', 'similar pages', 'pages people also viewed', 'people also viewed'],
  roleAnalysis: ['role analysis', 'the role', 'about the role', 'about this role', 'about the position', 'about the team', 'role overview', 'position overview', 'job description'],
  responsibilities: ['responsibilities', 'key responsibilities', 'what you will do', "what you'll do", "what you'll be doing", 'what you will be doing', 'your responsibilities', 'your tasks', 'duties'],
  requirements: ['requirements', 'qualifications', 'minimum qualifications', 'preferred qualifications', 'basic qualifications', 'what we are looking for', "what we're looking for", 'must haves', 'must have', 'nice to haves', 'nice to have', 'bonus points', 'preferred skills', 'what you bring', "what you'll bring", 'what you will bring', 'what you need', 'minimum requirements', 'qualifications and skills', 'skills and qualifications', 'what they want', 'what we want', "what they're looking for", 'what they are looking for', 'your profile', 'skills and experience', 'who you are', 'about you'],
  successMetrics: ['success metrics', 'how success is measured', 'measures of success'],
  growth: ['growth opportunities', 'career growth', 'growth'],
  interviewPrep: ['interview preparation', 'interview prep', 'preparation'],
  benefits: ['benefits', 'perks', 'perks and benefits', 'benefits and perks', 'what we offer', 'compensation and benefits', 'compensation', 'salary', 'pay and benefits'],
  interviewProcess: ['interview process', 'hiring process', 'recruitment process', 'interview stages', 'interview loop', 'how we hire', 'our hiring process'],
  talkingPoints: ['key talking points', 'talking points'],
  keywords: ['keywords to emphasize', 'keywords', 'key terms'],
  skillsMap: ['skills-to-requirements mapping', 'skills to requirements mapping', 'skills mapping', 'skills map', 'skills to requirements'],
  questions: ['potential questions to prepare for', 'questions to prepare for', 'interview questions', 'likely questions', 'questions they may ask', 'practice questions', 'questions they asked', 'questions they ask', 'questions asked'],
  questionsToAsk: ['questions to ask interviewer', 'questions to ask', 'questions to ask the interviewer', 'questions for them', 'questions for the interviewer', 'my questions'],
  researchSources: ['research sources', 'sources', 'references', 'further reading', 'reading list', 'links', 'resources', 'useful links'],
  swot: ['swot analysis', 'swot'],
  strengths: ['strengths'],
  weaknesses: ['weaknesses'],
  opportunities: ['opportunities'],
  threats: ['threats'],
  priorities: ['key priorities', 'priorities', 'strategic priorities'],
  okrs: ['okr plan', 'okrs', 'objectives and key results', 'okr'],
  keyResults: ['key results', 'krs', 'measurable results'],
  metrics: ['metrics', 'key metrics', 'kpis'],
  retrospective: ['retrospective', 'retro'],
  wentWell: ['what went well', 'went well'],
  notSoWell: ['not so well', 'what did not go well', "what didn't go well", 'what went wrong'],
  learnings: ['learnings', 'lessons learned', 'what we learned'],
  actionItems: ['action items', 'next steps', 'actions'],
} as const satisfies Record<string, readonly string[]>;

export type SectionKind = keyof typeof SECTION_KINDS;

/** A section number before a heading: `2.`, `2)`, `2.1`, `2.1.3.`, `iv.` (a bare `2024` is a year, not a number). */
export const SECTION_NUMBER = /^\s*(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)]|[ivx]+\.)\s+/i;

/** Heading text → comparable key: case, emoji, markup, numbering, `&`/`and` and trailing colons folded. */
export function normalizeHeading(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\p{Extended_Pictographic}\p{Regional_Indicator}\uFE0F\u200D]/gu, '')
    .replace(/[*_`~#]+/g, ' ')
    .replace(SECTION_NUMBER, '')
    // Typographic apostrophes (`What you’ll do`) and hyphenated phrases (`Nice-to-haves`) as typed plainly.
    .replace(/[’‘ʼ]/g, "'")
    .replace(/(\p{L})[-‐–](?=\p{L})/gu, '$1 ')
    .replace(/&/g, ' and ')
    .replace(/[:.\s]+$/g, '')
    .replace(/[,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    // `The Interview Process`, `Our Stack`, `Your Responsibilities`: the same sections.
    .replace(/^(?:the|our|your) (?=\S)/, '');
}

const lookup = new Map<string, SectionKind>();
for (const [kind, synonyms] of Object.entries(SECTION_KINDS) as [SectionKind, readonly string[]][]) {
  for (const synonym of synonyms) lookup.set(normalizeHeading(synonym), kind);
}

/**
 * Heading-shaped prefixes that carry a value: "The Role: Site Reliability
 * Engineer", "Netflix Engineering SWOT Analysis", "Acme OKR Plan 2025".
 */
const PATTERNS: readonly { kind: SectionKind; pattern: RegExp }[] = [
  { kind: 'roleAnalysis', pattern: /^(?:the )?role(?: analysis)?:\s*(?<value>.+)$/ },
  { kind: 'swot', pattern: /^(?<value>.*\bswot\b.*)$/ },
  { kind: 'okrs', pattern: /^(?<value>.*\b(?:okrs?|objectives and key results)\b.*)$/ },
  { kind: 'retrospective', pattern: /^(?<value>.*\bretrospective\b.*)$/ },
  // "About Kestrel", "About Acme Labs": a company's own name after "about" ("about the role", "about you" are in the table).
  { kind: 'overview', pattern: /^about (?<value>\S+(?: \S+){0,2})$/ },
];

export interface HeadingMatch {
  kind: SectionKind;
  /** The value a patterned heading carries (the role title, the analysis title). */
  value?: string;
}

/** A trailing `(2024)` or `[draft]`: says which one, not what kind. */
const BRACKETED = /\s*[([][^()[\]]*[)\]]$/;
/** A trailing ` - 2025`, `— what I heard` or `: round 2` after the heading's words. */
const TRAILING = /(?:\s+[-–—]\s+|\s*[–—]\s*|:\s+)[^:–—]*$/;
/** A trailing `for the Data Engineer role`, `at Acme`, `in 2025`, `this year`: whose or when, not what kind. */
const WHOSE = /\s+(?:(?:for|at|in)\s+\S.*|(?:this|next|last)\s+(?:year|quarter|half|month|season|time|round))$/i;

/**
 * Kind of section a heading starts, or undefined for a heading the table does
 * not know. A section heading (`qualified`) may carry a qualifier the table
 * does not list: "Questions to ask (round 2)", "Competitors — 2025",
 * "Culture notes: what I heard". The reader asks about bare lines, where
 * `Mission: to …` is a labelled value, so only brackets are dropped for it.
 */
export function classifyHeading(text: string, { qualified = false }: { qualified?: boolean } = {}): HeadingMatch | undefined {
  const exact = lookup.get(normalizeHeading(text));
  if (exact) return { kind: exact };
  const patterned = classifyPatterned(text);
  if (patterned) return patterned;
  const shorter = text.trim().replace(BRACKETED, '');
  const kind = lookup.get(normalizeHeading(shorter)) ?? (qualified ? qualifiedKind(shorter) : undefined);
  return kind ? { kind } : undefined;
}

function qualifiedKind(text: string): SectionKind | undefined {
  return lookup.get(normalizeHeading(text.replace(TRAILING, ''))) ?? lookup.get(normalizeHeading(text.replace(/[\s:]+$/, '').replace(WHOSE, '')));
}

function classifyPatterned(text: string): HeadingMatch | undefined {
  const key = normalizeHeading(text);
  for (const { kind, pattern } of PATTERNS) {
    const match = pattern.exec(key);
    if (match) {
      const raw = text.replace(/^[^:]*:\s*/, '');
      const value = kind === 'roleAnalysis' ? raw.replace(/[*_#]+/g, '').trim() : text.trim();
      return { kind, value };
    }
  }
  return undefined;
}
