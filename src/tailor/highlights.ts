import { byCodeUnit } from '../code-unit-order.js';
import { SWOT_LISTS, type Company } from '../model/company.js';
import type { Packet } from '../model/packet.js';
import type { Fact } from '../model/source.js';
import { leadPhrase } from '../lead-phrase.js';
import { foldProductLines } from './product-lines.js';
import { scoreTexts, type RoleTerms } from './relevance.js';

export type Highlight = Packet['highlights'][number];
type Draft = Omit<Highlight, 'score'>;

const KIND_ORDER: Highlight['kind'][] = ['product', 'initiative', 'okr', 'swot', 'news', 'metric'];
/** Beyond products (always all of them), at most this many of each kind, and only relevant ones. */
const PER_KIND = 6;

const titleOf = (fact: Fact): string => fact.label ?? leadPhrase(fact.text);
const fromFact = (kind: Highlight['kind'], fact: Fact, group?: string): Draft => ({
  kind, title: titleOf(fact), text: fact.text, ...(group ? { group } : {}), source: fact.source,
});

/** Every company-level item that could matter to a role, before ranking. */
function draftHighlights(company: Company): Draft[] {
  return [
    ...company.products.map((p): Draft => ({
      kind: 'product', title: p.name, text: [p.description, p.tags.length ? `(${p.tags.join(', ')})` : ''].filter(Boolean).join(' ') || p.name,
      ...(p.category ? { group: p.category } : {}), source: p.source,
    })),
    ...company.initiatives.map((f) => fromFact('initiative', f)),
    ...company.okrs.map((o): Draft => ({
      kind: 'okr', title: o.objective, text: [o.description, ...o.keyResults.map((k) => k.text)].filter(Boolean).join('; '),
      ...(o.keyResults.length ? { keyResults: o.keyResults } : {}), source: o.source,
    })),
    ...company.swot.flatMap((s) => SWOT_LISTS.flatMap((q) => s[q].map((f) => fromFact('swot', f, `${s.title} · ${q}`)))),
    ...company.news.map((f) => fromFact('news', f)),
    ...company.metrics.map((f) => fromFact('metric', f)),
  ];
}

// A title cut from the text's first words is no title: it must not weigh those words twice.
// Lines folded into a product (`related`) are not scored: its own description says what it is
// about, and a one-line mention's passing word ("infrastructure") would outrank it.
const scorable = (d: Draft) => ({ title: d.text.startsWith(d.title) ? '' : d.title, text: d.text });

/** Company items ranked by relevance to the role; ties keep kind order, then file:line. */
export function rankHighlights(company: Company, role: RoleTerms): Highlight[] {
  const drafts = foldProductLines(draftHighlights(company), company.name);
  const scores = scoreTexts(drafts.map(scorable), role);
  const scored = drafts.map((d, i) => ({ ...d, score: scores[i] ?? 0 })).sort(compareHighlights);
  const taken = new Map<string, number>();
  return scored.filter((h) => {
    if (h.kind === 'product') return true;
    const n = taken.get(h.kind) ?? 0;
    if (h.score <= 0 || n >= PER_KIND) return false;
    taken.set(h.kind, n + 1);
    return true;
  });
}

function compareHighlights(a: Highlight, b: Highlight): number {
  return (
    b.score - a.score ||
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    byCodeUnit(a.source.file, b.source.file) ||
    a.source.line - b.source.line
  );
}
