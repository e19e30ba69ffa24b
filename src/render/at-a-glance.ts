import { sameLine, type Fact } from '../model/source.js';
import type { Packet } from '../model/packet.js';
import { citation, escapeMarkdown } from './escape-markdown.js';
import { humanizeField } from './humanize-field.js';
import { labelShown } from './label-case.js';
import { groupByLabel } from './group-by-label.js';

interface Row {
  label: string;
  value: string;
  ref: string;
}

const OVERVIEW_LABELS: Array<[keyof Packet['company']['overview'], string]> = [
  ['summary', 'Summary'],
  ['offering', 'Offering'],
  ['customers', 'Customers'],
  ['businessModel', 'Business model'],
  ['founded', 'Founded'],
  ['headquarters', 'Headquarters'],
  ['employees', 'Employees'],
  ['industry', 'Industry'],
  ['ownership', 'Ownership'],
  ['ticker', 'Ticker'],
  ['revenue', 'Revenue'],
  ['marketCap', 'Market cap'],
];

interface Cited {
  text: string;
  source: { file: string; line: number };
  exchange?: string;
  symbol?: string;
}

/** A ticker reads as `NASDAQ: NFLX`, not as the sentence it was found in. */
function displayText(fact: Cited): string {
  if (fact.symbol) return fact.exchange ? `${fact.exchange}: ${fact.symbol}` : fact.symbol;
  return fact.text;
}

/** `Public (NASDAQ: NFLX)` from the line the ticker came from says it already: one row, not two. */
function tickerShownInOwnership({ ownership, ticker }: Packet['company']['overview']): boolean {
  if (!ownership || !ticker?.symbol) return false;
  return sameLine(ownership.source, ticker.source) && ownership.text.includes(ticker.symbol);
}

/** One citation per file, in the order the files first appear, each with every line cited from it in ascending order. */
export function citeByFile(sources: ReadonlyArray<{ file: string; line: number }>): string {
  const lines = new Map<string, Set<number>>();
  for (const { file, line } of sources) lines.set(file, (lines.get(file) ?? new Set()).add(line));
  return [...lines].map(([file, set]) => citation(file, [...set].sort((a, b) => a - b))).join(' ');
}

function row(label: string, facts: readonly Cited[]): Row {
  return {
    label: escapeMarkdown(labelShown(label)),
    value: facts.map((fact) => escapeMarkdown(displayText(fact))).join(', '),
    ref: citeByFile(facts.map((fact) => fact.source)),
  };
}

/** A stack bucket by the label its document gave it (`Data & ML`), else by its key. */
function stackLabel(key: string, facts: readonly Fact[]): string {
  const written = facts.find((fact) => fact.label)?.label;
  if (written) return written;
  if (key === 'other') return 'Tech stack';
  return humanizeField(key);
}

/** Competitors as their documents grouped them: names under `Competitors`, a labelled line (`Market position: …`) under its label. */
function competitorRows(facts: readonly Fact[]): Row[] {
  return groupByLabel(facts, facts).map((group) => row(group.label ?? 'Competitors', group.items));
}

/**
 * The at-a-glance table: one row per overview field that has a value, then
 * one per tech-stack bucket, then the competitors, each citing every line
 * its values came from.
 */
export function atAGlance(company: Packet['company']): Row[] {
  const rows: Row[] = [];
  for (const [key, label] of OVERVIEW_LABELS) {
    if (key === 'ticker' && tickerShownInOwnership(company.overview)) continue;
    const field = company.overview[key] as Cited | Cited[] | null;
    const facts = field === null ? [] : Array.isArray(field) ? field : [field];
    if (facts.length > 0) rows.push(row(label, facts));
  }
  for (const [key, facts] of Object.entries(company.techStack)) {
    if (facts.length > 0) rows.push(row(stackLabel(key, facts), facts));
  }
  return [...rows, ...competitorRows(company.competitors)];
}

