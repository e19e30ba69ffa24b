import { normalizeHeading } from '../classify/normalize-heading.js';

/**
 * Labels of single facts (`**Founded**: 1997`), by the field they fill.
 * Labels that name a whole section kind (`Core values`, `Key
 * responsibilities`) are routed through the heading table instead.
 */
export const FIELD_LABELS = {
  founded: ['founded', 'year founded', 'established', 'founding year', 'founded in', 'gründung', 'gegründet', 'gründungsjahr', 'fondée en', 'fondé en', 'fondation', 'année de création', 'création', 'fundación', 'fundada en', 'año de fundación', '設立', '創業', '創立', 'opgericht', 'opgericht in', 'oprichting', 'jaar van oprichting'],
  headquarters: ['headquarters', 'hq', 'location', 'locations', 'head office', 'headquartered', 'based in', 'main office', 'hauptsitz', 'firmensitz', 'unternehmenssitz', 'siège', 'siège social', 'sede', 'sede central', 'sede social', '本社', '本社所在地', 'hoofdkantoor', 'hoofdvestiging', 'vestiging'],
  employees: ['size', 'employees', 'company size', 'headcount', 'number of employees', 'employee count', 'workforce', 'mitarbeiter', 'mitarbeitende', 'beschäftigte', 'anzahl der mitarbeiter', 'effectif', 'effectifs', 'salariés', 'empleados', 'plantilla', 'número de empleados', '従業員数', '従業員', '社員数', 'medewerkers', 'aantal medewerkers', 'werknemers'],
  industry: ['industry', 'industries', 'sector', 'sectors', 'vertical', 'branche', 'secteur', "secteur d'activité", '業種', '業界'],
  ownership: ['public/private', 'ownership', 'company type', 'public or private', 'type of company', 'status', 'type'],
  ticker: ['ticker', 'stock symbol', 'stock ticker', 'ticker symbol'],
  revenue: ['revenue', 'annual revenue', 'revenues', 'arr', 'umsatz', "chiffre d'affaires", 'facturación', 'ingresos', '売上高', '売上'],
  marketCap: ['market cap', 'market capitalization', 'valuation', 'market value'],
  offering: ['key products/services', 'products/services', 'main product lines', 'product lines', 'key services', 'main products', 'what they build', 'what we build', 'offering', 'specialties', 'specialities'],
  customers: ['target market/customers', 'target market', 'customers', 'customer type', 'target customers', 'clients'],
  businessModel: ['business model', 'revenue model', 'how they make money'],
  summary: ['summary', 'description', 'about', 'tagline', 'elevator pitch', 'über uns', 'wer wir sind', 'à propos', 'qui sommes-nous', 'quiénes somos', 'sobre nosotros'],
  team: ['department structure', 'team', 'the team', 'your team', 'department', 'organization', 'org', 'group'],
  company: ['company', 'company name', 'employer', 'organisation name', 'organization name'],
  role: ['role', 'position', 'job title', 'open role', 'open position', 'vacancy', 'job opening'],
  roleNotes: ['team composition', 'reporting structure', 'reports to', 'reporting line', 'hiring manager', 'level', 'location type', 'seniority level', 'seniority', 'employment type', 'job type', 'job function', 'contract type', 'work arrangement', 'time type', 'job requisition id', 'requisition id', 'job requisition', 'job id', 'req id'],
} as const;

export type Field = keyof typeof FIELD_LABELS;

const lookup = new Map<string, Field>();
for (const [field, labels] of Object.entries(FIELD_LABELS) as [Field, readonly string[]][]) {
  for (const label of labels) lookup.set(normalizeHeading(label), field);
}

export function fieldOfLabel(label: string): Field | undefined {
  return lookup.get(normalizeHeading(label));
}

/** Labels a line may carry glued inside scraped text: `United StatesMarket Cap: $280B`. */
export const GLUED_LABELS: readonly string[] = Object.values(FIELD_LABELS)
  .flat()
  .filter((label) => label.length > 4 && !label.includes('/'));

/**
 * What an ownership value talks about. `Status` is an ownership label in
 * company templates and a page property in notes apps (`Status: In
 * progress`); only the first says who owns the company.
 */
export const OWNERSHIP_WORDS = /\b(?:public(?:ly)?|private(?:ly)?|owned|listed|traded|held|subsidiary|parent|acquired|ipo|nasdaq|nyse|lse|exchange|stock|shares?|funded|funding|series|seed|venture|vc|backed|bootstrapped|co-?op(?:erative)?|non-?profit|not-for-profit|charity|mutual|government|state|family|founder|employee|partnership|llc|ltd|gmbh|plc|inc|b\.?v|s\.?a)\b/i;

/** Fields about the role rather than the company: a `Seniority level` line inside a role section still means that. */
export const ROLE_FIELDS: ReadonlySet<Field> = new Set<Field>(['team', 'roleNotes', 'role', 'industry']);
