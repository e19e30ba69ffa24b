import { splitNamedTitle, titleBeforeRoleWord } from './named-title.js';
import { normalizeHeading } from './normalize-heading.js';
import { qualifiedVariants, withoutBrackets } from './qualifiers.js';

/**
 * THE table of heading synonyms: the one place that says which heading starts
 * which kind of section. The plain-text reader uses it to tell headings from
 * prose; the classifier uses it to give each section its kind. Add synonyms
 * here, never special cases elsewhere.
 */
export const SECTION_KINDS = {
  overview: ['company overview', 'overview', 'about', 'about us', 'who we are', 'about the company', 'company profile', 'at a glance', 'company facts', 'key facts', 'fast facts', 'quick facts', 'company snapshot', 'basics', 'über uns', 'wer wir sind', 'unternehmen', 'über das unternehmen', 'unternehmensprofil', 'à propos', 'a propos', 'qui sommes-nous', 'présentation', "l'entreprise", 'entreprise', 'quiénes somos', 'quienes somos', 'sobre nosotros', 'acerca de nosotros', 'empresa', 'perfil de la empresa', '会社概要', '企業概要', '会社情報', '企業情報', 'over ons', 'wie zijn wij', 'wie wij zijn', 'over het bedrijf', 'bedrijfsprofiel', 'bedrijf', 'over de organisatie', 'organisatie'],
  offering: ['what they build', 'what we build', 'what they do', 'what we do', 'offering', 'was wir tun', 'ce que nous faisons', 'lo que hacemos', '事業内容', '事業概要', 'wat wij doen', 'wat we doen'],
  customers: ['customer type', 'customers', 'target customers', 'who they serve'],
  businessModel: ['business model', 'how they make money', 'revenue model'],
  initiatives: ['key products and initiatives', 'initiatives', 'strategic initiatives', 'key initiatives'],
  products: ['key products and brands', 'products and services', 'products', 'what we make', 'what they make', 'our products', 'product lines', 'key products', 'brands', 'products and brands', 'brands and products', 'produkte', 'produkte und leistungen', 'produits', 'nos produits', 'productos', 'productos y servicios', '製品', '製品・サービス', '主な製品', 'services', 'producten', 'producten en diensten', 'diensten'],
  roleFamilies: ['role families', 'job families', 'roles', 'open roles', 'open positions', 'current openings', 'job openings', "who we're hiring", 'who we are hiring', "we're hiring", 'we are hiring', 'now hiring', 'open jobs', 'jobs', 'vacancies', 'current vacancies', 'teams and roles', 'career areas', 'offene stellen', 'stellenangebote', 'postes ouverts', "offres d'emploi", 'vacantes', 'ofertas de empleo', '募集中の職種'],
  skills: ['expected skills', 'skills', 'key skills', 'core skills', 'required skills'],
  work: ['what they work on', 'what you will work on', "what you'll work on", 'the work', 'day to day'],
  portfolioIdeas: ['portfolio ideas', 'project ideas', 'portfolio projects'],
  entryPathways: ['entry pathways', 'early careers', 'entry points', 'how to get in', 'pathways'],
  culture: ['culture signals', 'culture', 'company culture', 'our people', 'people and culture', 'notes on company culture and fit', 'culture and fit', 'culture notes', 'work culture', 'unternehmenskultur', 'kultur', "culture d'entreprise", 'cultura', 'cultura de empresa', '社風', '企業文化', 'cultuur', 'bedrijfscultuur'],
  guidance: ['guidance by audience', 'guidance', 'advice', 'tips', 'how to stand out'],
  missionValues: ['company mission and values', 'mission and values', 'mission vision and values', 'mission and culture'],
  mission: ['mission', 'mission statement', 'our mission', 'purpose', 'our purpose', 'purpose statement', 'vision', 'leitbild', 'misión', 'mision', '企業理念', '理念', 'ミッション', 'ビジョン', 'missie', 'visie'],
  values: ['values', 'core values', 'company values', 'our values', 'werte', 'valeurs', 'valores', '価値観', '行動指針', 'バリュー', 'waarden', 'kernwaarden'],
  news: ['recent news and developments', 'recent news', 'news', 'recent developments', 'latest news', 'in the news', 'recent news and activity', 'news and activity', 'aktuelles', 'neuigkeiten', 'actualités', 'noticias', 'ニュース', 'お知らせ', 'nieuws'],
  techStack: ['technology stack', 'tech stack', 'engineering stack', 'stack', 'technologies', 'tools and technologies', 'technology', 'tools we use', 'tools', 'technologien', 'tech-stack', 'tecnologías', 'tecnologias', '技術スタック', '使用技術', '開発環境', 'technologieën', 'techstack'],
  personalExperience: ['personal experience with company/products', 'personal experience', 'my experience with the product'],
  competitors: ['competitors', 'competition', 'competitive landscape', 'market position', 'direct competitors', 'main competitors', 'key competitors', 'competitive advantages', 'industry challenges', 'similar companies', 'similar pages', 'pages people also viewed', 'people also viewed', 'wettbewerber', 'mitbewerber', 'wettbewerb', 'konkurrenz', 'concurrents', 'concurrence', 'competidores', 'competencia', '競合', '競合他社', 'concurrenten', 'concurrentie'],
  roleAnalysis: ['role analysis', 'the role', 'about the role', 'about this role', 'about the position', 'about the team', 'role overview', 'position overview', 'job description', 'stellenbeschreibung', 'stellenangebot', 'die stelle', 'die rolle', 'description du poste', 'le poste', "offre d'emploi", 'descripción del puesto', 'el puesto', 'oferta de empleo', '募集職種', '職種', '募集要項', 'ポジション', 'functieomschrijving', 'over de functie', 'de functie', 'over de rol', 'de rol', 'vacature'],
  responsibilities: ['responsibilities', 'key responsibilities', 'accountabilities', 'key accountabilities', 'what the job involves', 'what the role involves', 'main duties', 'what you will do', "what you'll do", "what you'll be doing", 'what you will be doing', 'your responsibilities', 'your tasks', 'duties', 'aufgaben', 'ihre aufgaben', 'deine aufgaben', 'aufgabengebiet', 'was sie erwartet', 'was dich erwartet', 'missions', 'vos missions', 'responsabilités', 'tâches', 'responsabilidades', 'funciones', 'tus funciones', '仕事内容', '業務内容', '職務内容', 'wat ga je doen', 'wat ga je doen?', 'wat je gaat doen', 'taken', 'taken en verantwoordelijkheden', 'verantwoordelijkheden', 'werkzaamheden'],
  requirements: ['requirements', 'qualifications', 'minimum qualifications', 'preferred qualifications', 'basic qualifications', 'what we are looking for', "what we're looking for", 'must haves', 'must have', 'nice to haves', 'nice to have', 'bonus points', 'preferred skills', 'what you bring', "what you'll bring", 'what you will bring', 'what you need', "what you'll need", 'what you will need', "what they'll look for", 'what they look for', 'minimum requirements', 'qualifications and skills', 'skills and qualifications', 'what they want', 'what we want', "what they're looking for", 'what they are looking for', 'your profile', 'skills and experience', 'person specification', 'essential criteria', 'desirable criteria', 'essential', 'desirable', 'who you are', 'about you', 'profil', 'ihr profil', 'dein profil', 'anforderungen', 'qualifikationen', 'das bringen sie mit', 'was sie mitbringen', 'was du mitbringst', 'profil recherché', 'compétences', 'compétences requises', 'prérequis', 'requisitos', 'perfil', 'perfil buscado', 'lo que buscamos', 'qué buscamos', '応募資格', '必須スキル', '歓迎スキル', '求める人物像', '必要なスキル', '応募条件', 'what we look for', 'wat vragen wij', 'wat vragen wij?', 'wat vragen we', 'wat vragen we?', 'wie ben jij', 'wie ben jij?', 'wie zoeken wij', 'wie zoeken wij?', 'wie zoeken we?', 'functie-eisen', 'functie eisen', 'eisen', 'profiel', 'wat breng je mee', 'wat breng je mee?', 'wat neem je mee', 'wat neem je mee?', 'vereisten', 'kwalificaties'],
  successMetrics: ['success metrics', 'how success is measured', 'measures of success'],
  growth: ['growth opportunities', 'career growth', 'growth'],
  interviewPrep: ['interview preparation', 'interview prep', 'preparation'],
  benefits: ['benefits', 'perks', 'perks and benefits', 'benefits and perks', 'what we offer', 'compensation and benefits', 'compensation', 'salary', 'pay and benefits', 'wir bieten', 'was wir bieten', 'unser angebot', 'leistungen', 'avantages', 'nous offrons', 'ce que nous offrons', 'beneficios', 'ofrecemos', 'qué ofrecemos', '待遇', '福利厚生', '給与', '待遇・福利厚生', 'wat bieden wij', 'wat bieden wij?', 'wat bieden we', 'wat bieden we?', 'wij bieden', 'arbeidsvoorwaarden', 'wat krijg je', 'wat krijg je?', 'salaris'],
  interviewProcess: ['how to apply', 'application process', 'so bewerben sie sich', 'bewerbung', 'candidature', 'comment postuler', 'cómo aplicar', 'cómo postularse', '応募方法', 'interview process', 'interview', 'hiring process', 'recruitment process', 'interview stages', 'interview loop', 'how we hire', 'our hiring process', 'bewerbungsprozess', 'auswahlverfahren', 'processus de recrutement', 'déroulement des entretiens', 'proceso de selección', '選考プロセス', '選考フロー', '選考の流れ', 'sollicitatieprocedure', 'sollicitatieproces', 'selectieprocedure', 'solliciteren'],
  talkingPoints: ['key talking points', 'talking points', 'things to mention', 'points to mention', 'stories to tell'],
  keywords: ['keywords to emphasize', 'keywords', 'key terms'],
  skillsMap: ['skills-to-requirements mapping', 'skills to requirements mapping', 'skills mapping', 'skills map', 'skills to requirements'],
  questions: ['potential questions to prepare for', 'questions to prepare for', 'interview questions', 'likely questions', 'questions they may ask', 'practice questions', 'questions they asked', 'questions they ask', 'questions we ask', 'questions you might be asked', 'questions you may be asked', 'questions they might ask', 'questions asked', 'fragen im interview', "questions d'entretien", 'preguntas de la entrevista', '面接での質問', 'sollicitatievragen'],
  questionsToAsk: ['questions to ask interviewer', 'questions to ask', 'questions to ask the interviewer', 'questions for them', 'questions to ask them', 'questions for the interviewer', 'my questions', 'fragen an das unternehmen', 'meine fragen', 'questions à poser', 'preguntas para hacer', 'preguntas para el entrevistador', '逆質問'],
  researchSources: ['research sources', 'sources', 'references', 'further reading', 'reading list', 'links', 'resources', 'useful links'],
  swot: ['swot analysis', 'swot'],
  strengths: ['strengths'],
  weaknesses: ['weaknesses'],
  opportunities: ['opportunities'],
  threats: ['threats', 'risks', 'key risks', 'principal risks', 'main risks', 'risk factors'],
  priorities: ['key priorities', 'priorities', 'strategic priorities', 'strategy', 'our strategy', 'strategy and priorities', 'strategic plan'],
  okrs: ['okr plan', 'okrs', 'objectives and key results', 'okr'],
  keyResults: ['key results', 'krs', 'measurable results'],
  metrics: ['metrics', 'key metrics', 'kpis', 'key figures', 'facts and figures', 'by the numbers', 'in numbers'],
  retrospective: ['retrospective', 'retro'],
  wentWell: ['what went well', 'went well'],
  notSoWell: ['not so well', 'what did not go well', "what didn't go well", 'what went wrong'],
  learnings: ['learnings', 'lessons learned', 'what we learned'],
  actionItems: ['action items', 'next steps', 'actions'],
} as const satisfies Record<string, readonly string[]>;

export type SectionKind = keyof typeof SECTION_KINDS;

const lookup = new Map<string, SectionKind>();
for (const [kind, synonyms] of Object.entries(SECTION_KINDS) as [SectionKind, readonly string[]][]) {
  for (const synonym of synonyms) lookup.set(normalizeHeading(synonym), kind);
}

/**
 * Heading-shaped prefixes that carry a value: "The Role: Site Reliability
 * Engineer", "Netflix Engineering SWOT Analysis", "Acme OKR Plan 2025".
 */
const PATTERNS: readonly { kind: SectionKind; pattern: RegExp }[] = [
  { kind: 'swot', pattern: /^(?<value>.*\bswot\b.*)$/ },
  { kind: 'okrs', pattern: /^(?<value>.*\b(?:okrs?|objectives and key results)\b.*)$/ },
  { kind: 'retrospective', pattern: /^(?<value>.*\bretrospective\b.*)$/ },
  // "About Kestrel", "About Acme Labs": a company's own name after "about" ("about the role", "about you" are in the table).
  { kind: 'overview', pattern: /^about (?<value>\S+(?: \S+){0,2})$/ },
];

/** Dutch `Over <Name>`: the company's own name, one to three words, each capitalized. */
const OVER_NAME = /^Over \p{Lu}[\p{L}\p{N}&.-]*(?: \p{Lu}[\p{L}\p{N}&.-]*){0,2}$/u;

export interface HeadingMatch {
  kind: SectionKind;
  /** The value a patterned heading carries (the role title, the analysis title). */
  value?: string;
}

/**
 * Kind of section a heading starts, or undefined for a heading the table does
 * not know. A section heading (`qualified`) may carry a qualifier the table
 * does not list: "Questions to ask (round 2)", "Competitors — 2025",
 * "Culture notes: what I heard". The reader asks about bare lines, where
 * `Mission: to …` is a labelled value, so only brackets are dropped for it.
 */
export function classifyHeading(text: string, { qualified = false }: { qualified?: boolean } = {}): HeadingMatch | undefined {
  const key = normalizeHeading(text);
  const exact = lookup.get(key);
  if (exact) return { kind: exact };
  const patterned = classifyPatterned(text, key);
  if (patterned) return patterned;
  // `Over Oostvaart` as `About Acme`: only before a capital, as `Over 100 applicants` or `Over the years` is no heading.
  if (OVER_NAME.test(text.trim())) return { kind: 'overview', value: text.trim() };
  const shorter = withoutBrackets(text);
  const kind = lookup.get(normalizeHeading(shorter)) ?? (qualified ? qualifiedKind(shorter) : undefined);
  return kind ? { kind } : undefined;
}

function qualifiedKind(text: string): SectionKind | undefined {
  return qualifiedVariants(text).map((variant) => lookup.get(normalizeHeading(variant))).find((kind) => kind !== undefined);
}

// `Open position: X`, `Job opening: X`: a word that says the opening is current is no less a job heading.
const ROLE_WORD = /^(?:(?:open|new|current|featured|job) )?(?:role|rol|rolle|rôle|position|opening|vacancy|job|functie|vacature)(?: \d{1,2}| analysis)?$/;

/** A job heading (`Role 1:`, `Stellenbeschreibung:`) and the title it names; "About the team: Payments" names a team. */
function classifyRoleHeading(text: string): HeadingMatch | undefined {
  const named = splitNamedTitle(text);
  const key = normalizeHeading(named?.key ?? '');
  const jobHeading = ROLE_WORD.test(key) || (lookup.get(key) === 'roleAnalysis' && !/\bteam\b/.test(key));
  if (named && jobHeading) return { kind: 'roleAnalysis', value: named.title };
  const title = titleBeforeRoleWord(text);
  return title === undefined ? undefined : { kind: 'roleAnalysis', value: title };
}

/** `key`: the heading's normalized text. */
function classifyPatterned(text: string, key: string): HeadingMatch | undefined {
  const role = classifyRoleHeading(text);
  if (role) return role;
  for (const { kind, pattern } of PATTERNS) {
    const match = pattern.exec(key);
    if (match) return { kind, value: text.trim() };
  }
  return undefined;
}
